import { useMemo, useState } from 'react';
import type { TimerSettings } from '../../../core/here/timer.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { Checkbox } from '../../components/Checkbox.js';
import { PageHeader } from '../../components/PageHeader.js';
import { AfterSession } from '../../guided/AfterSession.js';
import { Segmented } from '../../components/Segmented.js';
import { QuietFace } from './QuietFace.js';
import { minutesPhrase } from './words.js';
import { useSit } from './useSit.js';
import '../../styles/here.css';

type LengthChoice = 'open' | '5' | '10' | '20';

/** Sitting alone with myself: no guidance and nothing to do; afterwards, a note of what came up, if I like. */
export function SittingScreen() {
  const [length, setLength] = useState<LengthChoice>('open');
  const [showTime, setShowTime] = useState(true);
  const settings: TimerSettings = useMemo(
    () => ({
      minutes: length === 'open' ? null : Number(length),
      warmupSeconds: 0,
      interval: { kind: 'none' },
      startBell: false,
    }),
    [length],
  );
  const sit = useSit(settings, 'bowl');

  if (sit.status === 'running') {
    return (
      <div className="here here--sitting">
        <title>Sitting with myself · Haven</title>
        <QuietFace
          view={sit.view}
          label="Sitting with myself"
          showTime={showTime}
          onPause={sit.pause}
          onResume={sit.resume}
          onEnd={sit.end}
        />
      </div>
    );
  }

  if (sit.status === 'ended' && sit.result) {
    const { seconds, endedEarly } = sit.result;
    const planned = settings.minutes;
    return (
      <div className="here stack-xl narrow">
        <PageHeader title="Sitting with myself" eyebrow="Here" />
        <AfterSession
          session={{
            kind: 'sitting_session',
            payload: {
              ...(planned !== null ? { plannedMinutes: planned } : {}),
              seconds,
              endedEarly: planned !== null && endedEarly,
            },
          }}
          heading="You were with yourself"
          summary={`You sat for ${minutesPhrase(seconds)}.`}
          noteLabel="What came up"
          noteHint="Thoughts, feelings, memories, nothing much: whatever was there. Optional."
          onAgain={sit.reset}
          againLabel="Sit again"
        />
      </div>
    );
  }

  return (
    <div className="here stack-xl narrow">
      <PageHeader title="Sitting with myself" eyebrow="Here">
        <p>
          Time alone with nothing to do and nothing to get right. No guidance, no bells along the way.
          Whatever comes up is welcome, and so is nothing at all.
        </p>
      </PageHeader>
      <Card as="section" className="stack-l" aria-label="Your sitting">
        <Segmented
          className="here-choice"
          legend="How long"
          hint="Open-ended lasts until you end it. A length ends with one soft bell."
          options={[
            { value: 'open', label: 'Open-ended' },
            { value: '5', label: '5 min' },
            { value: '10', label: '10 min' },
            { value: '20', label: '20 min' },
          ]}
          value={length}
          onChange={setLength}
        />
        <Checkbox
          label="Show the time while I sit"
          checked={showTime}
          onChange={(e) => setShowTime(e.currentTarget.checked)}
        />
        <div className="button-row">
          <Button variant="primary" onClick={sit.start}>
            Begin sitting
          </Button>
        </div>
      </Card>
    </div>
  );
}
