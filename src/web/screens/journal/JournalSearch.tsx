import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { toProblem, type SearchResults } from '../../api/client.js';
import { EmptyState } from '../../components/EmptyState.js';
import { InlineError } from '../../components/InlineError.js';
import { Loading } from '../../components/Loading.js';
import { TextField } from '../../components/TextField.js';
import { useRecordSearch } from '../../data/search.js';
import { dayAndTime } from '../attuning/dates.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { highlight, queryWords, type Piece } from './searchExcerpt.js';

type Found =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; results: SearchResults }
  | { status: 'failed'; message: string };

/** Search across every entry; while a search is typed, its results stand in for the list. */
export function JournalSearch({ children }: { children: ReactNode }) {
  const [query, setQuery] = useState('');
  const q = query.trim();
  const search = useRecordSearch('journal', q, 50);
  const words = queryWords(q);
  const found: Found = !q
    ? { status: 'idle' }
    : !search.settled || search.isPending
      ? { status: 'searching' }
      : search.data
        ? { status: 'done', results: search.data }
        : { status: 'failed', message: toProblem(search.error).title };

  return (
    <section className="stack" aria-labelledby="entries-title">
      <h2 id="entries-title" className="section-title">
        Your entries
      </h2>
      <div className="journal-search">
        <TextField
          label="Search your journal"
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <div aria-live="polite" className="visually-hidden">
        {found.status === 'done' &&
          `${found.results.total} ${found.results.total === 1 ? 'entry' : 'entries'} found`}
      </div>
      {!q && children}
      {found.status === 'searching' && <Loading label="Searching…" />}
      {found.status === 'failed' && <InlineError>{found.message}</InlineError>}
      {found.status === 'done' &&
        (found.results.results.length === 0 ? (
          <EmptyState title="Nothing found">
            No entry has all of those words. You might try fewer or different ones.
          </EmptyState>
        ) : (
          <>
            <p className="muted">
              {found.results.total} {found.results.total === 1 ? 'entry' : 'entries'} found
            </p>
            <ul className="entry-list" role="list">
              {found.results.results.map((hit) => (
                <SearchHit key={hit.id} hit={hit} words={words} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

/** One entry found: its title as the link, when it was written, its tags, and its words around the match, marked. */
function SearchHit({ hit, words }: { hit: SearchResults['results'][number]; words: readonly string[] }) {
  return (
    <li className="entry-list__item search-hit">
      <Link to={pathTo('journal', hit.id)} className="entry-list__link">
        <Marked pieces={highlight(hit.title, words)} />
      </Link>
      <p className="entry-list__meta">
        <time dateTime={hit.occurredAt}>{dayAndTime(hit.occurredAt)}</time>
        {hit.tags.length > 0 && <> · {hit.tags.join(', ')}</>}
      </p>
      {hit.excerpt && (
        <p className="entry-list__excerpt">
          <Marked pieces={highlight(hit.excerpt, words)} />
        </p>
      )}
    </li>
  );
}

function Marked({ pieces }: { pieces: readonly Piece[] }) {
  return pieces.map((piece, index) =>
    piece.match ? (
      <mark key={index} className="search-hit__match">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}
