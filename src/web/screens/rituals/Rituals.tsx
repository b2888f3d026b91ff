import { Link } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { describeSchedule } from '../../../core/rituals/schedule.js';
import { ButtonLink } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import type { Kept } from '../../data/records.js';
import { TodayList } from './TodayList.js';
import { today, useRecentDone, useRituals } from './data.js';
import { useRitualReminders } from './reminders.js';
import '../../styles/rituals.css';

/** The rituals: today's, all of them, and the way to a new one and to the calendar. */
export function RitualsScreen() {
  const rituals = useRituals();
  const done = useRecentDone();
  useRitualReminders(rituals.data ?? [], done.data ?? []);
  const day = today();
  return (
    <div className="rituals stack-xl">
      <PageHeader title="Small rituals" eyebrow="Rituals and routines">
        <p>
          A ritual is a small, steady way of caring for yourself. Five minutes a day is enough; two is fine
          too. Choose the days and times that suit you, and change them whenever you like.
        </p>
        <div className="button-row">
          <ButtonLink to={pathTo('rituals', 'new')} variant="primary">
            Create a ritual
          </ButtonLink>
          <ButtonLink to={pathTo('rituals', 'calendar')}>Reminders and what you did</ButtonLink>
        </div>
      </PageHeader>
      <QueryBoundary query={rituals} loading="Loading your rituals…">
        {(items) =>
          items.length === 0 ? (
            <EmptyState
              title="No rituals yet"
              action={
                <ButtonLink to={pathTo('rituals', 'new')} variant="primary">
                  Create your first ritual
                </ButtonLink>
              }
            >
              <p>Start with something small: a two-minute check-in, a gratitude line, a short sit.</p>
            </EmptyState>
          ) : (
            <>
              <div className="card">
                <TodayList rituals={items} done={done.data ?? []} day={day} />
              </div>
              <AllRituals rituals={items} />
            </>
          )
        }
      </QueryBoundary>
    </div>
  );
}

function AllRituals({ rituals }: { rituals: readonly Kept<'ritual'>[] }) {
  const sorted = [...rituals].sort((a, b) => a.payload.title.localeCompare(b.payload.title));
  return (
    <section aria-labelledby="rituals-all" className="stack">
      <h2 id="rituals-all" className="section-title">
        All your rituals
      </h2>
      <ul className="ritual-list" role="list">
        {sorted.map(({ record, payload }) => (
          <li key={record.id} className="card ritual-card">
            <h3 className="ritual-card__title">
              <Link to={pathTo('rituals', record.id)}>{payload.title}</Link>
            </h3>
            <p className="muted">
              {describeSchedule(payload)}, about {payload.minutes} min
              {payload.paused ? ' · resting for now' : ''}
            </p>
            {payload.why && <p className="ritual-card__why">{payload.why}</p>}
            <p className="ritual-card__calendar muted">
              {payload.calendarTitle
                ? `In your calendar as “${payload.calendarTitle}”`
                : 'Not in your calendar'}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
