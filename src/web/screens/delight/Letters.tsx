import type { SubmitEvent } from 'react';
import { Link } from 'react-router';
import { LETTER_MAX_CHARS } from '../../../core/delight/kinds.js';
import {
  firstChoosableDay,
  LETTER_SPANS,
  letterDay,
  letterState,
  opensAtFor,
  type LetterSpanId,
} from '../../../core/delight/letters.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { ProblemError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../data/records.js';
import { OpenEarly } from './OpenEarly.js';
import { ownZone } from './letterData.js';
import { LETTER_DRAFT } from './drafts.js';
import { useLocalDraft } from '../../data/useLocalDraft.js';
import '../../styles/delight.css';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

type Opening = LetterSpanId | 'day';

/** Letters to myself: write one, choose its day, seal it; see what waits and what has arrived. */
export function LettersScreen() {
  const letters = useAllRecords('letter');
  return (
    <div className="delight stack-xl">
      <PageHeader title="Letters to yourself" eyebrow="Expressed delight">
        <p>
          Write to the person you will be. Haven keeps it sealed until the day you choose, then it finds you
          again.
        </p>
      </PageHeader>
      <WriteLetter />
      <QueryBoundary query={letters} loading="Finding your letters…">
        {(all) => <LetterShelf letters={all} />}
      </QueryBoundary>
    </div>
  );
}

function WriteLetter() {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  // Unsealed words stay a draft on this device only, through leaving and coming back; sealing alone sends them.
  const draft = useLocalDraft(LETTER_DRAFT);
  const { text, opening, day } = draft.value;
  const setText = (next: string) => draft.change({ text: next });
  const setOpening = (next: Opening) => draft.change({ opening: next });
  const setDay = (next: string) => draft.change({ day: next });
  const zone = ownZone();
  const firstDay = firstChoosableDay(new Date(), zone);

  const seal = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      if (!text.trim()) {
        throw ProblemError.invalid('Your letter is empty.', [
          { path: 'payload.text', message: 'Write a few words first' },
        ]);
      }
      if (opening === 'day' && !day) {
        throw ProblemError.invalid('Choose the day it opens.', [
          { path: 'payload.opensAt', message: 'Choose a day' },
        ]);
      }
      const opensAt = opensAtFor(opening === 'day' ? { day } : { span: opening }, new Date(), zone);
      return changes.create({ kind: 'letter', payload: { text, opensAt: opensAt.toISOString() } });
    });
    if (result.ok) {
      const opens = result.value.payload.opensAt;
      draft.done();
      toast.show(`Sealed. It opens on ${letterDay(opens, zone)}.`, 'success');
    }
  };

  return (
    <Card as="section" aria-labelledby="write-letter" className="stack letter-desk">
      <h2 id="write-letter" className="section-title">
        Write a letter
      </h2>
      <form className="stack" onSubmit={(event) => void seal(event)} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{
            'payload.text': { id: 'letter-text', label: 'Your letter' },
            'payload.opensAt': { id: 'letter-day', label: 'When it opens' },
          }}
        />
        <TextArea
          id="letter-text"
          label="Your letter"
          hint="Whatever you would like to hear, then. No one else reads it, and neither do you until its day."
          rows={9}
          maxLength={LETTER_MAX_CHARS}
          value={text}
          error={action.fieldError('payload.text')}
          onChange={(event) => setText(event.target.value)}
        />
        <fieldset className="segmented letter-opening">
          <legend className="segmented__legend">When should it open?</legend>
          <div className="segmented__options">
            {[...LETTER_SPANS, { id: 'day' as const, label: 'On a day I choose' }].map((choice) => (
              <label key={choice.id} className="segmented__option">
                <input
                  type="radio"
                  name="letter-opening"
                  value={choice.id}
                  checked={opening === choice.id}
                  onChange={() => setOpening(choice.id)}
                />
                <span>{choice.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {opening === 'day' && (
          <TextField
            id="letter-day"
            type="date"
            label="The day it opens"
            hint={`From ${letterDay(`${firstDay}T12:00:00Z`)} on.`}
            min={firstDay}
            value={day}
            className="letter-day"
            error={action.fieldError('payload.opensAt')}
            onChange={(event) => setDay(event.target.value)}
          />
        )}
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Seal it
          </Button>
        </div>
      </form>
    </Card>
  );
}

function LetterShelf({ letters }: { letters: Kept<'letter'>[] }) {
  const zone = ownZone();
  const sealed = letters
    .filter((l) => letterState(l.payload) === 'sealed')
    .sort((a, b) => (a.payload.opensAt < b.payload.opensAt ? -1 : 1));
  const readable = letters.filter((l) => letterState(l.payload) !== 'sealed');
  if (letters.length === 0) {
    return (
      <EmptyState title="No letters yet">
        <p>When you write one, it waits here, sealed, until its day.</p>
      </EmptyState>
    );
  }
  return (
    <div className="stack-l">
      {sealed.length > 0 && (
        <section aria-labelledby="letters-waiting" className="stack">
          <h2 id="letters-waiting" className="section-title">
            Waiting for you
          </h2>
          <ul className="letter-list" role="list">
            {sealed.map((letter) => (
              <li key={letter.record.id} className={cx('letter-envelope', arrival(letter.record))}>
                <span className="letter-envelope__seal" aria-hidden="true" />
                <div className="letter-envelope__words">
                  <p className="letter-envelope__title">A letter is waiting</p>
                  <p className="muted">
                    Opens on {letterDay(letter.payload.opensAt, zone)}. Written{' '}
                    {letterDay(letter.record.createdAt, zone)}.
                  </p>
                </div>
                <OpenEarly id={letter.record.id} opensAt={letter.payload.opensAt} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {readable.length > 0 && (
        <section aria-labelledby="letters-open" className="stack">
          <h2 id="letters-open" className="section-title">
            Letters you can read
          </h2>
          <ul className="letter-list" role="list">
            {readable.map((letter) => (
              <li key={letter.record.id} className="letter-envelope letter-envelope--open">
                <div className="letter-envelope__words">
                  <Link to={pathTo('letters', letter.record.id)} className="letter-envelope__title">
                    Written {letterDay(letter.record.createdAt, zone)}
                  </Link>
                  <p className="muted">
                    {letterState(letter.payload) === 'arrived' ? 'Arrived, not yet read. ' : ''}
                    {'openedEarlyAt' in letter.payload && letter.payload.openedEarlyAt
                      ? `Opened early, on ${letterDay(letter.payload.openedEarlyAt, zone)}.`
                      : `Opened on ${letterDay(letter.payload.opensAt, zone)}.`}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
