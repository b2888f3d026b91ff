import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useToast } from '../../components/Toast.js';
import { useRecordChanges, type Kept } from '../../data/records.js';
import { ritualsForToday } from './data.js';

/**
 * Today's rituals with one action each to mark it done, and then, if the
 * person wants, a word on how it felt. Nothing is counted and nothing is owed.
 */
export function TodayList({
  rituals,
  done,
  day,
  headingLevel = 2,
}: {
  rituals: readonly Kept<'ritual'>[];
  done: readonly Kept<'ritual_done'>[];
  day: string;
  headingLevel?: 2 | 3;
}) {
  const items = ritualsForToday(rituals, done, day);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby="rituals-today" className="stack">
      <Heading id="rituals-today" className={headingLevel === 2 ? 'section-title' : 'subsection-title'}>
        Today&rsquo;s rituals
      </Heading>
      {items.length === 0 ? (
        <p className="muted">Nothing is planned for today. That is fine too.</p>
      ) : (
        <ul className="ritual-today" role="list">
          {items.map(({ ritual, done: doneToday }) => (
            <TodayItem key={ritual.record.id} ritual={ritual} done={doneToday} day={day} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TodayItem({
  ritual,
  done,
  day,
}: {
  ritual: Kept<'ritual'>;
  done: Kept<'ritual_done'> | undefined;
  day: string;
}) {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [note, setNote] = useState('');
  const [noteOpen, setNoteOpen] = useState(false);
  const { title, minutes, time } = ritual.payload;

  const markDone = () =>
    void action
      .run(() => changes.create({ kind: 'ritual_done', payload: { ritualId: ritual.record.id, day } }))
      .then((result) => {
        if (result.ok) {
          setNoteOpen(true);
          toast.show(`Marked “${title}” as done.`, 'success');
        }
      });

  const saveNote = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!done) return;
    void action
      .run(() =>
        changes.update(done.record.id, { payload: { ...done.payload, note: note.trim() || undefined } }),
      )
      .then((result) => {
        if (result.ok) {
          setNoteOpen(false);
          toast.show('Kept your note.', 'success');
        }
      });
  };

  return (
    <li className="ritual-today__item" data-done={done ? 'true' : undefined}>
      <div className="ritual-today__main">
        <p className="ritual-today__title">
          <Link to={pathTo('rituals', ritual.record.id)}>{title}</Link>
        </p>
        <p className="muted ritual-today__when">
          {time ? `At ${time}` : 'Any time today'}, about {minutes} {minutes === 1 ? 'minute' : 'minutes'}
        </p>
      </div>
      {done ? (
        <p className="ritual-today__done">
          <span aria-hidden="true">✓ </span>Done today
        </p>
      ) : (
        <Button
          small
          variant="primary"
          busy={action.pending}
          onClick={markDone}
          aria-label={`Done: ${title}`}
        >
          Done
        </Button>
      )}
      {done && noteOpen && (
        <form className="ritual-today__note stack-s" onSubmit={saveNote}>
          <TextField
            label={`How did it feel? (optional)`}
            value={note}
            maxLength={1000}
            onChange={(event) => setNote(event.target.value)}
          />
          <div className="button-row">
            <Button small type="submit" busy={action.pending}>
              Keep this note
            </Button>
            <Button small variant="quiet" onClick={() => setNoteOpen(false)}>
              Not now
            </Button>
          </div>
        </form>
      )}
      {action.problem && <p className="ritual-today__problem">{action.problem.title}</p>}
    </li>
  );
}
