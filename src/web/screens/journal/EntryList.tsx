import { Link } from 'react-router';
import { journalTitle, type JournalPayload } from '../../../core/attuning/kinds.js';
import { ButtonLink } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { ShowMore } from '../../components/ShowMore.js';
import { usePagedRecords } from '../../data/records.js';
import { dayAndTime } from '../attuning/dates.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

const PAGE = 20;

/** Every entry, newest first, a page at a time. */
export function EntryList() {
  const journal = usePagedRecords('journal', PAGE);
  return (
    <QueryBoundary query={{ ...journal, data: journal.items }} loading="Loading your journal…">
      {(items) =>
        items.length === 0 ? (
          <EmptyState
            title="Nothing written yet"
            action={<ButtonLink to={pathTo('journal', 'new')}>Write your first entry</ButtonLink>}
          >
            Your entries will gather here, newest first.
          </EmptyState>
        ) : (
          <>
            <ul className="entry-list" role="list">
              {items.map((entry) => (
                <li key={entry.record.id} className={cx('entry-list__item', arrival(entry.record))}>
                  <Link to={pathTo('journal', entry.record.id)} className="entry-list__link">
                    {journalTitle(entry.payload)}
                  </Link>
                  <p className="entry-list__meta">
                    <time dateTime={entry.record.occurredAt}>{dayAndTime(entry.record.occurredAt)}</time>
                    {entry.payload.tags.length > 0 && <> · {entry.payload.tags.join(', ')}</>}
                  </p>
                  <p className="entry-list__excerpt">{excerpt(entry.payload)}</p>
                </li>
              ))}
            </ul>
            <ShowMore pages={journal} />
          </>
        )
      }
    </QueryBoundary>
  );
}

/** The opening of an entry without its markup, for the list. */
function excerpt(entry: JournalPayload): string {
  const plain = entry.body
    .replace(/\*+/g, '')
    .replace(/^\s*- /gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 160 ? `${plain.slice(0, 159).trimEnd()}…` : plain;
}
