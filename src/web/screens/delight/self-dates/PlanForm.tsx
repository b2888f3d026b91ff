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
  const [when, setWhen] = useState<When>({ day: '', timed: 'time', time: '10:00' });
  const [length, setLength] = useState<Length>('60');

  const plan = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      const issues = [
        ...(draft.title.trim()
          ? []
          : [{ path: 'payload.title', message: 'Say what you will do, in a few words' }]),
        ...whenIssues(when),
      ];
      if (issues.length > 0) throw ProblemError.invalid('A little more is needed.', issues);
      return changes.create({
        kind: 'self_date',
        payload: {
          title: draft.title,
          ...(draft.ideaId ? { ideaId: draft.ideaId } : {}),
          ...plannedWhen(when),
          minutes: Number(length),
        },
      });
    });
    if (result.ok) {
      onDraft({ title: '' });
      setWhen({ ...when, day: '' });
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
        <WhenFields
          when={when}
          onChange={setWhen}
          errorOf={action.fieldError}
          ids={{ day: FIELDS['payload.day'].id, time: FIELDS['payload.time'].id }}
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

/** When a self-date is: a day, and a time that day or any time. */
export interface When {
  day: string;
  timed: 'time' | 'any';
  time: string;
}

/** The day, then at a time or any time that day, then the time, in the person's own zone: to plan a self-date or to move one. */
export function WhenFields({
  when,
  onChange,
  errorOf,
  ids,
}: {
  when: When;
  onChange: (when: When) => void;
  errorOf: (path: string) => string | undefined;
  ids?: { day: string; time: string };
}) {
  const zone = ownZone();
  return (
    <>
      <TextField
        id={ids?.day}
        type="date"
        label={FIELDS['payload.day'].label}
        className="self-date-day"
        min={localDay(new Date(), zone)}
        value={when.day}
        error={errorOf('payload.day')}
        onChange={(event) => onChange({ ...when, day: event.target.value })}
      />
      <Segmented
        legend="Time of day"
        options={[
          { value: 'time', label: 'At a time' },
          { value: 'any', label: 'Any time that day' },
        ]}
        value={when.timed}
        onChange={(timed) => onChange({ ...when, timed })}
        className="self-date-segments"
      />
      {when.timed === 'time' && (
        <TextField
          id={ids?.time}
          type="time"
          label={FIELDS['payload.time'].label}
          hint={`Your time, ${zone.replace(/_/g, ' ')}.`}
          className="self-date-time"
          value={when.time}
          error={errorOf('payload.time')}
          onChange={(event) => onChange({ ...when, time: event.target.value })}
        />
      )}
    </>
  );
}

/** What is missing from `when`, as problems with the plan's fields. */
export function whenIssues(when: When): { path: string; message: string }[] {
  return [
    ...(when.day ? [] : [{ path: 'payload.day', message: 'Choose a day' }]),
    ...(when.timed === 'time' && !when.time ? [{ path: 'payload.time', message: 'Choose a time' }] : []),
  ];
}

/** `when` as a plan's day, time (none for any time) and zone: the person's own, now. */
export function plannedWhen(when: When): { day: string; time: string | undefined; timeZone: string } {
  return { day: when.day, time: when.timed === 'time' ? when.time : undefined, timeZone: ownZone() };
}
