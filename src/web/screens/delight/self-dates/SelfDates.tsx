import { useRef, useState } from 'react';
import { plannerLists } from '../../../../core/delight/selfDates.js';
import { format, parseISO } from 'date-fns';
import { EmptyState } from '../../../components/EmptyState.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { useAllRecords, type Kept } from '../../../data/records.js';
import { DateItem } from './DateItem.js';
import { Ideas } from './Ideas.js';
import { PlanForm, type Draft } from './PlanForm.js';
import '../../../styles/delight.css';
import '../../../styles/self-dates.css';

/** Self-dates: what is coming, a plan to make (from an idea or not), and the ones gone by, by month. */
export function SelfDatesScreen() {
  const dates = useAllRecords('self_date');
  const ideas = useAllRecords('self_date_idea');
  const [draft, setDraft] = useState<Draft>({ title: '' });
  const titleRef = useRef<HTMLInputElement>(null);

  return (
    <div className="delight self-dates stack-xl">
      <PageHeader title="Self-dates" eyebrow="Expressed delight">
        <p>
          Time with yourself, planned the way you would plan it with someone you are glad to see. Keep it,
          move it or let it go; nothing here is counted.
        </p>
      </PageHeader>
      <QueryBoundary query={dates} loading="Finding your self-dates…">
        {(all) => <Coming dates={all} />}
      </QueryBoundary>
      <PlanForm draft={draft} onDraft={setDraft} titleRef={titleRef} />
      <QueryBoundary query={ideas} loading="Finding ideas…">
        {(own) => (
          <Ideas
            own={own}
            onChoose={(idea) => {
              setDraft({ title: idea.text, ideaId: idea.id });
              titleRef.current?.focus();
            }}
          />
        )}
      </QueryBoundary>
      <QueryBoundary query={dates} loading="Finding your self-dates…">
        {(all) => <Past dates={all} />}
      </QueryBoundary>
    </div>
  );
}

function Coming({ dates }: { dates: Kept<'self_date'>[] }) {
  const { coming } = plannerLists(dates, new Date());
  if (coming.length === 0) {
    return (
      <EmptyState title="Nothing planned just now">
        <p>When you plan a self-date, it waits here until its day.</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="self-dates-coming" className="stack">
      <h2 id="self-dates-coming" className="section-title">
        Coming up
      </h2>
      <ul className="self-date-list" role="list">
        {coming.map((date) => (
          <DateItem key={date.record.id} date={date} />
        ))}
      </ul>
    </section>
  );
}

function Past({ dates }: { dates: Kept<'self_date'>[] }) {
  const { history } = plannerLists(dates, new Date());
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="self-dates-past" className="stack">
      <h2 id="self-dates-past" className="section-title">
        Past self-dates
      </h2>
      {history.map(({ month, entries }, index) => (
        <details key={month} className="gratitude-month" open={index === 0}>
          <summary className="gratitude-month__summary">
            {format(parseISO(`${month}-01`), 'MMMM yyyy')}
          </summary>
          <ul className="self-date-list" role="list">
            {entries.map((date) => (
              <DateItem key={date.record.id} date={date} />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
