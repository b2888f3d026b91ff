import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Loading } from '../../components/Loading.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { ShowMore } from '../../components/ShowMore.js';
import { usePagedRecords } from '../../data/records.js';
import { dayAndTime } from '../attuning/dates.js';
import { describeMood } from './pad.js';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

/** The calendar brings date-fns with it, so it loads on its own, after the pad. */
const MoodCalendar = lazy(async () => ({ default: (await import('./MoodCalendar.js')).MoodCalendar }));

/** The calendar of moods, then the most recent check-ins, newest first; each opens whole. */
export function CheckinHistory() {
  const history = usePagedRecords('checkin', 10);
  const any = (history.items?.length ?? 0) > 0;
  return (
    <>
      {any && (
        <Suspense fallback={<Loading label="Gathering your moods…" />}>
          <MoodCalendar />
        </Suspense>
      )}
      <section className="stack" aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">
          Your recent check-ins
        </h2>
        <QueryBoundary query={{ ...history, data: history.items }} loading="Loading your check-ins…">
          {(items) =>
            items.length === 0 ? (
              <EmptyState title="No check-ins yet">Your check-ins will gather here, newest first.</EmptyState>
            ) : (
              <>
                <ul className="entry-list" role="list">
                  {items.map((item) => (
                    <li key={item.record.id} className={cx('entry-list__item', arrival(item.record))}>
                      <Link className="entry-list__link" to={pathTo('checkin', item.record.id)}>
                        {item.payload.feelings.join(', ')}
                      </Link>
                      <p className="entry-list__meta">
                        <time dateTime={item.record.occurredAt}>{dayAndTime(item.record.occurredAt)}</time> ·{' '}
                        {describeMood(item.payload)}
                      </p>
                      {item.payload.care && (
                        <p className="entry-list__excerpt">For myself: {item.payload.care}</p>
                      )}
                    </li>
                  ))}
                </ul>
                <ShowMore pages={history} />
              </>
            )
          }
        </QueryBoundary>
      </section>
    </>
  );
}
