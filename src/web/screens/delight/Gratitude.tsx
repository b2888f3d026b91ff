import { format } from 'date-fns';
import { useState, type SubmitEvent } from 'react';
import { byMonth, promptsForDay } from '../../../core/delight/gratitude.js';
import { ProblemError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../data/records.js';
import '../../styles/delight.css';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

/** One to three things I am glad of, one always about me; kept, and browsable by month. */
export function GratitudeScreen() {
  const entries = useAllRecords('gratitude');
  return (
    <div className="delight stack-xl">
      <PageHeader title="Gratitude, with you in it" eyebrow="Expressed delight">
        <p>One thing is enough; three at most. The first is always about you.</p>
      </PageHeader>
      <NewGratitude />
      <QueryBoundary query={entries} loading="Finding what you were grateful for…">
        {(all) => <ByMonth entries={all} />}
      </QueryBoundary>
    </div>
  );
}

function NewGratitude() {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const prompts = promptsForDay(format(new Date(), 'yyyy-MM-dd'));
  const [answers, setAnswers] = useState(['', '', '']);

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const items = prompts
      .map((prompt, index) => ({
        prompt: prompt.text,
        text: (answers[index] ?? '').trim(),
        aboutMe: index === 0,
      }))
      .filter((item) => item.text);
    const result = await action.run(async () => {
      if (items.length === 0) {
        throw ProblemError.invalid('Write one thing first.', [
          { path: 'payload.items', message: 'One thing is enough' },
        ]);
      }
      return changes.create({ kind: 'gratitude', payload: { items } });
    });
    if (result.ok) {
      setAnswers(['', '', '']);
      toast.show('Kept.', 'success');
    }
  };

  return (
    <Card as="section" aria-labelledby="new-gratitude" className="stack">
      <h2 id="new-gratitude" className="section-title">
        Today
      </h2>
      <form className="stack" onSubmit={(event) => void keep(event)} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{ 'payload.items': { id: 'gratitude-0', label: prompts[0].text } }}
        />
        {prompts.map((prompt, index) => (
          <TextField
            key={prompt.id}
            id={`gratitude-${index}`}
            label={prompt.text}
            hint={index === 0 ? 'About you.' : 'Optional.'}
            maxLength={1000}
            value={answers[index] ?? ''}
            onChange={(event) => {
              const value = event.target.value;
              setAnswers((now) => now.map((a, i) => (i === index ? value : a)));
            }}
          />
        ))}
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep these
          </Button>
        </div>
      </form>
    </Card>
  );
}

function ByMonth({ entries }: { entries: Kept<'gratitude'>[] }) {
  if (entries.length === 0) {
    return (
      <EmptyState title="Nothing kept yet">
        <p>What you keep here gathers by month, to look back on when you like.</p>
      </EmptyState>
    );
  }
  const months = byMonth(entries, (e) => format(new Date(e.record.occurredAt), 'yyyy-MM'));
  return (
    <section aria-labelledby="gratitude-months" className="stack">
      <h2 id="gratitude-months" className="section-title">
        By month
      </h2>
      {months.map(({ month, entries: inMonth }, index) => (
        <details key={month} className="gratitude-month" open={index === 0}>
          <summary className="gratitude-month__summary">
            {format(new Date(`${month}-01T12:00:00`), 'MMMM yyyy')}{' '}
            <span className="muted">
              ({inMonth.length} {inMonth.length === 1 ? 'day' : 'days'})
            </span>
          </summary>
          <ul className="gratitude-list" role="list">
            {inMonth.map((entry) => (
              <li key={entry.record.id} className={cx('gratitude-entry', arrival(entry.record))}>
                <p className="gratitude-entry__day muted">
                  {format(new Date(entry.record.occurredAt), 'EEEE d MMMM')}
                </p>
                <ul className="gratitude-entry__items">
                  {entry.payload.items.map((item, i) => (
                    <li key={i} className={item.aboutMe ? 'gratitude-entry__me' : undefined}>
                      {item.text}
                      {item.aboutMe && <span className="visually-hidden"> (about you)</span>}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
