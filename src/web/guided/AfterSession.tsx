import { useCallback, useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import type { PayloadInput } from '../../core/records/registry.js';
import { pathTo } from '../../core/practices/catalogue.js';
import { Button, ButtonLink } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { TextArea } from '../components/TextArea.js';
import { TextField } from '../components/TextField.js';
import { useAction } from '../components/useAction.js';
import { useRecordChanges } from '../data/records.js';

export type SessionKind = 'timer_session' | 'sitting_session' | 'guided_session';
/** A session as it happened, without words: its kind and payload. */
export type Session = { [K in SessionKind]: { kind: K; payload: PayloadInput<K> } }[SessionKind];

/**
 * After a session: it is kept at once, as it was (ended early or not), so
 * nothing is lost if the person simply walks away. Then there is room for a
 * few words on how it felt and a note, both optional, added to the same record.
 */
export function AfterSession({
  session,
  heading,
  summary,
  noteLabel = 'Anything you want to remember',
  noteHint = 'Optional, and only for you.',
  onAgain,
  againLabel,
}: {
  session: Session;
  heading: string;
  summary: ReactNode;
  noteLabel?: string;
  noteHint?: string;
  onAgain: () => void;
  againLabel: string;
}) {
  const changes = useRecordChanges();
  const [felt, setFelt] = useState('');
  const [note, setNote] = useState('');
  const [recordId, setRecordId] = useState<string | null>(null);
  const [wordsKept, setWordsKept] = useState(false);
  const keeping = useAction();
  const action = useAction();
  const started = useRef(false);

  const keep = useCallback(
    () =>
      keeping.run(async () => {
        const record = await changes.create(session);
        setRecordId(record.id);
      }),
    [keeping, changes, session],
  );

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // Kept once, when the session ends: the guard, not the dependencies, makes it once.
    void keep();
  }, [keep]);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = {
      ...(felt.trim() ? { felt: felt.trim() } : {}),
      ...(note.trim() ? { note } : {}),
    };
    const result = await action.run(async () => {
      const payload = Object.assign({}, session.payload, words);
      if (recordId) await changes.update(recordId, { payload });
      else setRecordId((await changes.create({ ...session, payload })).id);
    });
    if (result.ok) setWordsKept(true);
  };

  return (
    <section className="after-session stack" aria-labelledby="after-heading">
      <h2 id="after-heading" className="section-title">
        {heading}
      </h2>
      <p>{summary}</p>
      <p className="muted" role="status">
        {keeping.pending
          ? 'Keeping this session…'
          : recordId
            ? wordsKept
              ? 'Kept, with your words.'
              : 'Kept in your history.'
            : ''}
      </p>
      {keeping.problem && (
        <div className="stack-s">
          <ErrorSummary problem={keeping.problem} />
          <Button small onClick={() => void keep()}>
            Try keeping it again
          </Button>
        </div>
      )}
      {!wordsKept && (
        <form
          className="stack"
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label="A few words afterwards"
        >
          <ErrorSummary problem={action.problem} />
          <TextField
            label="How it felt, in a few words"
            hint="Optional."
            value={felt}
            maxLength={120}
            onChange={(e) => setFelt(e.currentTarget.value)}
            error={action.fieldError('payload.felt')}
          />
          <TextArea
            label={noteLabel}
            hint={noteHint}
            value={note}
            rows={4}
            maxLength={4000}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={action.fieldError('payload.note')}
          />
          <div className="button-row">
            <Button type="submit" variant="primary" busy={action.pending}>
              Save these words
            </Button>
          </div>
        </form>
      )}
      <div className="button-row">
        <Button onClick={onAgain}>{againLabel}</Button>
        <ButtonLink to={pathTo('here-history')} variant="quiet">
          See your time here
        </ButtonLink>
      </div>
    </section>
  );
}
