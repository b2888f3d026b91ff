import { useMutation } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import type { Region } from '../../../../core/attuning/feelings.js';
import { NEUTRAL_SELF_DATE_TITLE } from '../../../../core/delight/selfDateCalendar.js';
import { describeWhen, standingOf } from '../../../../core/delight/selfDates.js';
import { ProblemError, toProblem } from '../../../api/client.js';
import { useApi } from '../../../app/session.js';
import { Button } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { InlineError } from '../../../components/InlineError.js';
import { TextArea } from '../../../components/TextArea.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../../data/records.js';
import { downloadBlob } from '../../../lib/download.js';
import { FeelingWordPicker } from '../../checkin/FeelingWords.js';
import type { PadPoint } from '../../checkin/pad.js';
import { Segmented } from '../../../components/Segmented.js';
import { plannedWhen, WhenFields, whenIssues, type When } from './PlanForm.js';

type Panel = 'none' | 'calendar' | 'move' | 'done';

/** One self-date: when it is, and what can be done with it (put it in a calendar, move it, mark it done, let it go). */
export function DateItem({ date }: { date: Kept<'self_date'> }) {
  const [panel, setPanel] = useState<Panel>('none');
  const [letGo, setLetGo] = useState(false);
  const changes = useRecordChanges();
  const toast = useToast();
  const remove = useAction();
  const { payload } = date;
  const standing = standingOf(payload, new Date());
  const titleId = `self-date-${date.record.id}`;
  const toggle = (next: Panel) => setPanel((now) => (now === next ? 'none' : next));

  return (
    <li className={payload.doneAt ? 'self-date self-date--done' : 'self-date'} aria-labelledby={titleId}>
      <div className="self-date__head">
        <p id={titleId} className="self-date__title">
          {payload.title}
        </p>
        <p className="self-date__when muted">
          {standing === 'today'
            ? `Today${payload.time ? ` at ${payload.time}` : ', any time'}`
            : describeWhen(payload)}
        </p>
        {payload.doneAt ? (
          <p className="self-date__felt">
            <span className="self-date__done">Done</span>
            {payload.feeling && <> · it felt {payload.feeling}</>}
          </p>
        ) : standing === 'gone-by' ? (
          <p className="self-date__gone muted">Planned, and that is all it needs to be.</p>
        ) : null}
        {payload.doneAt && payload.howItFelt?.trim() && (
          <p className="self-date__words">{payload.howItFelt}</p>
        )}
      </div>
      {!payload.doneAt && (
        <div className="button-row">
          {standing !== 'gone-by' && (
            <Button small aria-expanded={panel === 'calendar'} onClick={() => toggle('calendar')}>
              Add to my calendar
            </Button>
          )}
          <Button small aria-expanded={panel === 'move'} onClick={() => toggle('move')}>
            Move it
          </Button>
          <Button small aria-expanded={panel === 'done'} onClick={() => toggle('done')}>
            Mark it done
          </Button>
          <Button small variant="quiet" onClick={() => setLetGo(true)}>
            Let it go
          </Button>
        </div>
      )}
      {panel === 'calendar' && <CalendarFile date={date} />}
      {panel === 'move' && <MoveDate date={date} onClose={() => setPanel('none')} />}
      {panel === 'done' && <MarkDone date={date} onClose={() => setPanel('none')} />}
      <ConfirmDialog
        open={letGo}
        onOpenChange={setLetGo}
        title="Let this self-date go?"
        description="It moves to the trash in Settings, where you can bring it back for a while."
        confirmLabel="Let it go"
        pending={remove.pending}
        problem={remove.problem}
        onConfirm={() =>
          void remove
            .run(() => changes.remove('self_date', date.record.id))
            .then((result) => {
              if (result.ok) {
                setLetGo(false);
                toast.show('Let go.', 'info');
              }
            })
        }
      />
    </li>
  );
}

/** The calendar file for one self-date: titled neutrally, or with its own title if the person prefers. */
function CalendarFile({ date }: { date: Kept<'self_date'> }) {
  const api = useApi();
  const [title, setTitle] = useState<'neutral' | 'own'>('neutral');
  const download = useMutation({
    mutationFn: () => api.selfDateCalendar(date.record.id, title),
    onSuccess: (file) => downloadBlob(file.blob, file.filename),
  });
  return (
    <div className="self-date__panel stack-s" role="group" aria-label="Add to my calendar">
      <Segmented
        legend="In your calendar, call it"
        options={[
          { value: 'neutral', label: NEUTRAL_SELF_DATE_TITLE },
          { value: 'own', label: date.payload.title },
        ]}
        value={title}
        onChange={setTitle}
        stacked
      />
      <p className="muted">
        A file with one event, {date.payload.time ? `at ${date.payload.time}` : 'all day'} your time (
        {date.payload.timeZone.replace(/_/g, ' ')}). Open it and your calendar app adds it.
      </p>
      <div className="button-row">
        <Button small variant="primary" busy={download.isPending} onClick={() => download.mutate()}>
          Download the event
        </Button>
      </div>
      {download.error && (
        <div role="alert">
          <InlineError>{toProblem(download.error).title}</InlineError>
        </div>
      )}
    </div>
  );
}

/** Moves a self-date to another day or time; what it is and how long stay as they were. */
function MoveDate({ date, onClose }: { date: Kept<'self_date'>; onClose: () => void }) {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const { day, time } = date.payload;
  const [when, setWhen] = useState<When>({ day, timed: time ? 'time' : 'any', time: time ?? '10:00' });

  const move = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const moved = plannedWhen(when);
    const result = await action.run(async () => {
      const issues = whenIssues(when);
      if (issues.length > 0) throw ProblemError.invalid('A little more is needed.', issues);
      return changes.update(date.record.id, { payload: { ...date.payload, ...moved } });
    });
    if (result.ok) {
      toast.show(`Moved to ${describeWhen(moved)}.`, 'success');
      onClose();
    }
  };

  return (
    <form
      className="self-date__panel stack"
      aria-label="Move it"
      onSubmit={(event) => void move(event)}
      noValidate
    >
      <WhenFields when={when} onChange={setWhen} errorOf={action.fieldError} />
      {action.problem && !action.fieldError('payload.day') && !action.fieldError('payload.time') && (
        <div role="alert">
          <InlineError>{action.problem.title}</InlineError>
        </div>
      )}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={action.pending}>
          Move it
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Not now
        </Button>
      </div>
    </form>
  );
}

const REGION_POINTS: readonly { value: Region; label: string; point: PadPoint }[] = [
  { value: 'pleasant-high', label: 'Bright', point: { pleasantness: 0.6, energy: 0.6 } },
  { value: 'pleasant-low', label: 'Calm', point: { pleasantness: 0.6, energy: -0.6 } },
  { value: 'middle', label: 'In between', point: { pleasantness: 0, energy: 0 } },
  { value: 'unpleasant-high', label: 'Stirred up', point: { pleasantness: -0.6, energy: 0.6 } },
  { value: 'unpleasant-low', label: 'Low', point: { pleasantness: -0.6, energy: -0.6 } },
];

/** Marks a self-date done, with a feeling word from the check-in's list and a few words, both optional. */
function MarkDone({ date, onClose }: { date: Kept<'self_date'>; onClose: () => void }) {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [region, setRegion] = useState<Region>('middle');
  const [feeling, setFeeling] = useState<string[]>([]);
  const [words, setWords] = useState('');
  const point = REGION_POINTS.find((r) => r.value === region)?.point ?? { pleasantness: 0, energy: 0 };

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = feeling[0];
    const result = await action.run(() =>
      changes.update(date.record.id, {
        payload: {
          ...date.payload,
          doneAt: new Date().toISOString(),
          ...(chosen ? { feeling: chosen } : {}),
          ...(words.trim() ? { howItFelt: words.trim() } : {}),
        },
      }),
    );
    if (result.ok) {
      toast.show('Kept. Thank you for the time with yourself.', 'success');
      onClose();
    }
  };

  return (
    <form
      className="self-date__panel stack"
      aria-label="How it felt"
      onSubmit={(event) => void keep(event)}
      noValidate
    >
      <Segmented
        legend="Roughly, how did it feel?"
        options={REGION_POINTS}
        value={region}
        onChange={setRegion}
        className="self-date-segments self-date-segments--compact"
      />
      <FeelingWordPicker point={point} chosen={feeling} onChange={setFeeling} max={1} ownWords={false} />
      <TextArea
        label="A few words about it"
        hint="Optional. What you noticed, what you would keep."
        rows={3}
        maxLength={1000}
        value={words}
        error={action.fieldError('payload.howItFelt')}
        onChange={(event) => setWords(event.target.value)}
      />
      {action.problem && !action.fieldError('payload.howItFelt') && (
        <div role="alert">
          <InlineError>{action.problem.title}</InlineError>
        </div>
      )}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={action.pending}>
          Keep this
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Not now
        </Button>
      </div>
    </form>
  );
}
