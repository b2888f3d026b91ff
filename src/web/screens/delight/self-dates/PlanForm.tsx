import { useState, type RefObject, type SubmitEvent } from 'react';
import { localDay } from '../../../../core/rituals/schedule.js';
import { describeWhen } from '../../../../core/delight/selfDates.js';
import { ProblemError } from '../../../api/client.js';
import { Button } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { TextField } from '../../../components/TextField.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import { useRecordChanges } from '../../../data/records.js';
import { ownZone } from '../letterData.js';
import { Segmented } from '../../../components/Segmented.js';

const LENGTHS = [
  { value: '30', label: '30 min' },
  { value: '60', label: 'An hour' },
  { value: '120', label: 'Two hours' },
  { value: '240', label: 'Half a day' },
] as const;
type Length = (typeof LENGTHS)[number]['value'];

const FIELDS = {
  'payload.title': { id: 'self-date-title', label: 'What will you do?' },
  'payload.day': { id: 'self-date-day', label: 'Which day' },
  'payload.time': { id: 'self-date-time', label: 'At what time' },
};

/** What the plan holds while it is being written: the title may come from an idea. */
export interface Draft {
  title: string;
  ideaId?: string | undefined;
}

/** Plans a self-date for a day, at a time or any time that day, in the person's own time zone. */
export function PlanForm({
  draft,
  onDraft,
  titleRef,
}: {
  draft: Draft;
  onDraft: (draft: Draft) => void;
  titleRef: RefObject<HTMLInputElement | null>;
}) {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const zone = ownZone();
  const today = localDay(new Date(), zone);
  const [day, setDay] = useState('');
  const [timed, setTimed] = useState<'time' | 'any'>('time');
  const [time, setTime] = useState('10:00');
  const [length, setLength] = useState<Length>('60');

  const plan = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      const issues = [];
      if (!draft.title.trim())
        issues.push({ path: 'payload.title', message: 'Say what you will do, in a few words' });
      if (!day) issues.push({ path: 'payload.day', message: 'Choose a day' });
      if (timed === 'time' && !time) issues.push({ path: 'payload.time', message: 'Choose a time' });
      if (issues.length > 0) throw ProblemError.invalid('A little more is needed.', issues);
      return changes.create({
        kind: 'self_date',
        payload: {
          title: draft.title,
          ...(draft.ideaId ? { ideaId: draft.ideaId } : {}),
          day,
          ...(timed === 'time' ? { time } : {}),
          minutes: Number(length),
          timeZone: zone,
        },
      });
    });
    if (result.ok) {
      onDraft({ title: '' });
      setDay('');
      toast.show(`Planned for ${describeWhen(result.value.payload)}.`, 'success');
    }
  };

  return (
    <Card as="section" aria-labelledby="plan-self-date" className="stack">
      <h2 id="plan-self-date" className="section-title">
        Plan a self-date
      </h2>
      <form className="stack" onSubmit={(event) => void plan(event)} noValidate>
        <ErrorSummary problem={action.problem} fields={FIELDS} />
        <TextField
          ref={titleRef}
          id={FIELDS['payload.title'].id}
          label={FIELDS['payload.title'].label}
          hint="Anything you would enjoy with yourself for company. The ideas below may help."
          maxLength={200}
          value={draft.title}
          error={action.fieldError('payload.title')}
          onChange={(event) => onDraft({ title: event.target.value })}
        />
        <div className="self-date-when">
          <TextField
            id={FIELDS['payload.day'].id}
            type="date"
            label={FIELDS['payload.day'].label}
            min={today}
            value={day}
            error={action.fieldError('payload.day')}
            onChange={(event) => setDay(event.target.value)}
          />
          {timed === 'time' && (
            <TextField
              id={FIELDS['payload.time'].id}
              type="time"
              label={FIELDS['payload.time'].label}
              hint={`Your time, ${zone.replace(/_/g, ' ')}.`}
              value={time}
              error={action.fieldError('payload.time')}
              onChange={(event) => setTime(event.target.value)}
            />
          )}
        </div>
        <Segmented
          legend="Time of day"
          options={[
            { value: 'time', label: 'At a time' },
            { value: 'any', label: 'Any time that day' },
          ]}
          value={timed}
          onChange={setTimed}
          className="self-date-segments"
        />
        <Segmented
          legend="About how long"
          options={LENGTHS}
          value={length}
          onChange={setLength}
          className="self-date-segments"
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Plan it
          </Button>
        </div>
      </form>
    </Card>
  );
}
