import { useMemo, useRef, useState } from 'react';
import { BELL_TONES, TONE_RECIPES, type BellTone } from '../../../core/here/tones.js';
import {
  intervalMinutes,
  parseMoments,
  TIMER_LIMITS,
  type IntervalBells,
  type TimerSettings,
} from '../../../core/here/timer.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextField } from '../../components/TextField.js';
import { AfterSession } from '../../guided/AfterSession.js';
import { Bells } from './audio.js';
import { Segmented } from '../../components/Segmented.js';
import { QuietFace } from './QuietFace.js';
import { minutesPhrase } from './words.js';
import { useSit } from './useSit.js';
import '../../styles/here.css';

const PRESETS = ['5', '10', '15', '20', '30', '45', '60'] as const;
type LengthChoice = (typeof PRESETS)[number] | 'other';
type Warmup = '0' | '10' | '30' | '60';
type IntervalChoice = IntervalBells['kind'];

function clampMinutes(n: number): number {
  if (!Number.isFinite(n)) return 10;
  return Math.min(TIMER_LIMITS.maxMinutes, Math.max(TIMER_LIMITS.minMinutes, Math.round(n)));
}

/** The meditation timer: choose a length and bells, then sit; every session is kept as it was. */
export function TimerScreen() {
  const [length, setLength] = useState<LengthChoice>('10');
  const [otherMinutes, setOtherMinutes] = useState('25');
  const [warmup, setWarmup] = useState<Warmup>('10');
  const [intervalKind, setIntervalKind] = useState<IntervalChoice>('none');
  const [every, setEvery] = useState('5');
  const [moments, setMoments] = useState('');
  const [tone, setTone] = useState<BellTone>('bowl');
  const preview = useRef<Bells | null>(null);

  const minutes = clampMinutes(Number(length === 'other' ? otherMinutes : length));
  const interval: IntervalBells = useMemo(() => {
    if (intervalKind === 'every') return { kind: 'every', minutes: clampMinutes(Number(every)) };
    if (intervalKind === 'at') {
      const chosen = parseMoments(moments);
      return chosen.length > 0 ? { kind: 'at', minutes: chosen } : { kind: 'none' };
    }
    return { kind: 'none' };
  }, [intervalKind, every, moments]);
  const settings: TimerSettings = useMemo(
    () => ({ minutes, warmupSeconds: Number(warmup), interval, startBell: true }),
    [minutes, warmup, interval],
  );
  const sit = useSit(settings, tone);
  const bellsBetween = intervalMinutes(interval, minutes);

  const listen = () => {
    preview.current ??= new Bells();
    preview.current.wake();
    preview.current.strike(tone, Date.now());
  };

  if (sit.status === 'running') {
    return (
      <div className="here here--sitting">
        <title>Sitting · Haven</title>
        <QuietFace
          view={sit.view}
          label="Meditation timer"
          onPause={sit.pause}
          onResume={sit.resume}
          onEnd={sit.end}
        />
      </div>
    );
  }

  if (sit.status === 'ended' && sit.result) {
    const { seconds, endedEarly } = sit.result;
    return (
      <div className="here stack-xl narrow">
        <PageHeader title="Meditation timer" eyebrow="Here" />
        <AfterSession
          session={{
            kind: 'timer_session',
            payload: {
              plannedMinutes: minutes,
              warmupSeconds: Number(warmup),
              interval,
              tone,
              seconds,
              endedEarly,
            },
          }}
          heading={endedEarly ? 'You stopped here' : 'The end bell'}
          summary={
            endedEarly
              ? `You sat for ${minutesPhrase(seconds)} of the ${minutes} you planned. Stopping when you choose is part of the practice too.`
              : `You sat for ${minutesPhrase(seconds)}. Take a moment before you move on, if you like.`
          }
          onAgain={sit.reset}
          againLabel="Sit again"
        />
      </div>
    );
  }

  return (
    <div className="here stack-xl narrow">
      <PageHeader title="Meditation timer" eyebrow="Here">
        <p>Choose a length and the bells you want. Then there is nothing to do but sit.</p>
      </PageHeader>
      <Card as="section" className="stack-l timer-setup" aria-labelledby="timer-setup-title">
        <h2 id="timer-setup-title" className="visually-hidden">
          Your sitting
        </h2>
        <Segmented
          className="here-choice"
          legend="How long"
          options={[
            ...PRESETS.map((p) => ({ value: p, label: `${p} min` })),
            { value: 'other' as const, label: 'Other' },
          ]}
          value={length}
          onChange={setLength}
        />
        {length === 'other' && (
          <TextField
            label="Minutes"
            type="number"
            inputMode="numeric"
            min={TIMER_LIMITS.minMinutes}
            max={TIMER_LIMITS.maxMinutes}
            value={otherMinutes}
            onChange={(e) => setOtherMinutes(e.currentTarget.value)}
            hint={`Anything from 1 to ${TIMER_LIMITS.maxMinutes} minutes.`}
          />
        )}
        <Segmented
          className="here-choice"
          legend="Time to settle before the first bell"
          options={[
            { value: '0', label: 'None' },
            { value: '10', label: '10 s' },
            { value: '30', label: '30 s' },
            { value: '60', label: '1 min' },
          ]}
          value={warmup}
          onChange={setWarmup}
        />
        <Segmented
          className="here-choice"
          legend="Bells along the way"
          options={[
            { value: 'none', label: 'None' },
            { value: 'every', label: 'Every few minutes' },
            { value: 'at', label: 'At moments I choose' },
          ]}
          value={intervalKind}
          onChange={setIntervalKind}
        />
        {intervalKind === 'every' && (
          <TextField
            label="Every how many minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={TIMER_LIMITS.maxMinutes}
            value={every}
            onChange={(e) => setEvery(e.currentTarget.value)}
          />
        )}
        {intervalKind === 'at' && (
          <TextField
            label="Minutes into the sitting"
            hint="For example 5, 12, 18"
            inputMode="numeric"
            safetyAware={false}
            value={moments}
            onChange={(e) => setMoments(e.currentTarget.value)}
          />
        )}
        <div className="stack-s">
          <Segmented
            className="here-choice"
            legend="Bell"
            options={BELL_TONES.map((t) => ({ value: t, label: TONE_RECIPES[t].label }))}
            value={tone}
            onChange={setTone}
          />
          {Bells.available && (
            <div>
              <Button small variant="quiet" onClick={listen}>
                Listen to this bell
              </Button>
            </div>
          )}
        </div>
        <p className="timer-summary" aria-live="polite">
          {minutes} minutes
          {Number(warmup) > 0
            ? `, after ${warmup === '60' ? 'a minute' : `${warmup} seconds`} to settle`
            : ''}
          {bellsBetween.length > 0
            ? `, with ${bellsBetween.length === 1 ? 'a bell' : `${bellsBetween.length} bells`} at ${bellsBetween.join(', ')} min`
            : ''}
          .
        </p>
        <div className="button-row">
          <Button variant="primary" onClick={sit.start}>
            Begin
          </Button>
        </div>
        {!Bells.available && (
          <p className="muted">This browser cannot play the bells; the timer still works.</p>
        )}
      </Card>
    </div>
  );
}
