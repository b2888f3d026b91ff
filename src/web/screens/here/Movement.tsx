import { useId, useState, type SubmitEvent } from 'react';
import { movementName } from '../../../core/here/kinds.js';
import { MOVEMENT_LABELS, MOVEMENTS, movingPrompts, type Movement } from '../../../core/here/movement.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RecordSection } from '../../components/RecordSection.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges } from '../../data/records.js';
import { fullDateTime } from '../../lib/time.js';
import { Segmented } from '../../components/Segmented.js';
import '../../styles/here.css';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

/** Movement and body awareness: prompts for noticing the body while moving, and a log of how it felt before and after. */
export function MovementScreen() {
  const [movement, setMovement] = useState<Movement>('walking');
  return (
    <div className="here stack-xl">
      <PageHeader title="Movement and body" eyebrow="Here">
        <p>
          Yoga, dancing, walking, stretching or your own way of moving. Notice your body as you go, and keep a
          note of how it felt before and after.
        </p>
      </PageHeader>
      <div className="movement-layout">
        <MovingPrompts movement={movement} />
        <MovementForm movement={movement} onMovement={setMovement} />
      </div>
      <RecentMovement />
    </div>
  );
}

function MovingPrompts({ movement }: { movement: Movement }) {
  const prompts = movingPrompts(movement);
  const [turn, setTurn] = useState(0);
  const prompt = prompts[turn % prompts.length];
  return (
    <Card as="section" tone="quiet" className="moving-prompts stack-s" aria-labelledby="moving-prompts-title">
      <h2 id="moving-prompts-title" className="subsection-title">
        While you move
      </h2>
      <p className="moving-prompts__prompt" aria-live="polite">
        {prompt}
      </p>
      <div>
        <Button small variant="quiet" onClick={() => setTurn((t) => t + 1)}>
          Another prompt
        </Button>
      </div>
    </Card>
  );
}

/** A 0 to 10 ease rating, as a native slider with its value said in words. */
function EaseSlider({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (n: number) => void;
}) {
  const id = useId();
  return (
    <div className="field ease-slider">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="ease-slider__row">
        <span className="muted" aria-hidden="true">
          0
        </span>
        <input
          id={id}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value}
          aria-valuetext={`${value} of 10`}
          onChange={(e) => onChange(Number(e.currentTarget.value))}
        />
        <span className="muted" aria-hidden="true">
          10
        </span>
        <output htmlFor={id} className="ease-slider__value">
          {value}
        </output>
      </div>
    </div>
  );
}

function MovementForm({ movement, onMovement }: { movement: Movement; onMovement: (m: Movement) => void }) {
  const changes = useRecordChanges();
  const action = useAction();
  const [own, setOwn] = useState('');
  const [minutes, setMinutes] = useState('20');
  const [beforeWords, setBeforeWords] = useState('');
  const [beforeEase, setBeforeEase] = useState(5);
  const [afterWords, setAfterWords] = useState('');
  const [afterEase, setAfterEase] = useState(5);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const payload = {
      movement,
      ...(movement === 'own' && own.trim() ? { own: own.trim() } : {}),
      minutes: Number(minutes),
      before: { ease: beforeEase, ...(beforeWords.trim() ? { words: beforeWords.trim() } : {}) },
      after: { ease: afterEase, ...(afterWords.trim() ? { words: afterWords.trim() } : {}) },
      ...(note.trim() ? { note } : {}),
    };
    const result = await action.run(() => changes.create({ kind: 'movement_session', payload }));
    if (result.ok) {
      setSaved(`${movementName(payload)}, ${payload.minutes} minutes, kept.`);
      setBeforeWords('');
      setAfterWords('');
      setNote('');
    }
  };

  return (
    <Card as="section" className="stack-l" aria-labelledby="movement-form-title">
      <h2 id="movement-form-title" className="section-title">
        Keep a note of moving
      </h2>
      <form className="stack-l" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{
            'payload.own': { id: 'movement-own', label: 'What you call it' },
            'payload.minutes': { id: 'movement-minutes', label: 'Minutes' },
          }}
        />
        <Segmented
          className="here-choice"
          legend="What kind of movement"
          options={MOVEMENTS.map((m) => ({ value: m, label: MOVEMENT_LABELS[m] }))}
          value={movement}
          onChange={onMovement}
        />
        {movement === 'own' && (
          <TextField
            id="movement-own"
            label="What you call it"
            value={own}
            maxLength={60}
            onChange={(e) => setOwn(e.currentTarget.value)}
            error={action.fieldError('payload.own')}
          />
        )}
        <TextField
          id="movement-minutes"
          label="Minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          value={minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
          error={action.fieldError('payload.minutes')}
        />
        <fieldset className="stack body-felt">
          <legend className="subsection-title">Before</legend>
          <TextField
            label="How your body felt before"
            hint="A few words, if you like."
            value={beforeWords}
            maxLength={120}
            onChange={(e) => setBeforeWords(e.currentTarget.value)}
          />
          <EaseSlider label="How at ease, before (0 to 10)" value={beforeEase} onChange={setBeforeEase} />
        </fieldset>
        <fieldset className="stack body-felt">
          <legend className="subsection-title">After</legend>
          <TextField
            label="How your body feels after"
            hint="A few words, if you like."
            value={afterWords}
            maxLength={120}
            onChange={(e) => setAfterWords(e.currentTarget.value)}
          />
          <EaseSlider label="How at ease, after (0 to 10)" value={afterEase} onChange={setAfterEase} />
        </fieldset>
        <TextArea
          label="Anything else"
          hint="Optional."
          rows={3}
          maxLength={4000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep this
          </Button>
        </div>
        <p role="status" className="muted">
          {saved ?? ''}
        </p>
      </form>
    </Card>
  );
}

function RecentMovement() {
  return (
    <RecordSection
      kind="movement_session"
      pageSize={10}
      id="recent-movement"
      heading="Recent movement"
      loading="Loading your movement…"
      empty={{ title: 'Nothing kept yet', body: <p>When you keep a note of moving, it shows here.</p> }}
    >
      {(items) => (
        <ul className="session-rows" role="list">
          {items.map(({ record, payload }) => (
            <li key={record.id} className={cx('session-row', arrival(record))}>
              <span className="session-row__what">
                {movementName(payload)}, {payload.minutes} min
              </span>
              <span className="session-row__felt">
                ease {payload.before.ease} before, {payload.after.ease} after
                {payload.after.words ? `: ${payload.after.words}` : ''}
              </span>
              <time className="session-row__when muted" dateTime={record.occurredAt}>
                {fullDateTime(new Date(record.occurredAt))}
              </time>
            </li>
          ))}
        </ul>
      )}
    </RecordSection>
  );
}
