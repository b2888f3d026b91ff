import { useEffect, useId, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { journalSchema, journalTitle, type JournalPayload } from '../../../core/attuning/kinds.js';
import { pickPrompt, type JournalPrompt } from '../../../core/attuning/prompts.js';
import { PILLARS, type PillarId } from '../../../core/pillars.js';
import { toProblem, type SearchResults } from '../../api/client.js';
import { useApi } from '../../app/session.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { EmptyState } from '../../components/EmptyState.js';
import { InlineError } from '../../components/InlineError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextField } from '../../components/TextField.js';
import { deviceStorage, mindReadingNudgeOn, setMindReadingNudge } from './drafts.js';
import { dayAndTime } from './records.js';
import { usePagedRecords } from './usePaged.js';
import { RemovedNotice, type Removal } from './Removed.js';
import '../../styles/attuning.css';

const PAGE = 20;

/** The journal: write freely or from a prompt, find old entries, and read back what you wrote. */
export function JournalScreen() {
  const location = useLocation();
  const navigate = useNavigate();
  const [removal, setRemoval] = useState<Removal | null>(() => removalFrom(location.state));
  const [listVersion, setListVersion] = useState(0);

  const closeRemoval = () => {
    setRemoval(null);
    void navigate('.', { replace: true, state: null });
  };

  return (
    <div className="attuning stack-xl">
      <PageHeader title="Journal" eyebrow="Attuning">
        <p>A private place to write, freely or from a prompt. Everything autosaves as you go.</p>
      </PageHeader>
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={closeRemoval}
          onRestored={() => {
            closeRemoval();
            setListVersion((v) => v + 1);
          }}
        />
      )}
      <div className="journal-start">
        <section className="card stack" aria-labelledby="write-title">
          <h2 id="write-title" className="subsection-title">
            Start writing
          </h2>
          <p className="muted">No prompt, no shape. Whatever is here.</p>
          <div>
            <ButtonLink to="/journal/new" variant="primary">
              Write freely
            </ButtonLink>
          </div>
        </section>
        <PromptCard />
      </div>
      <JournalSearch>
        <EntryList key={listVersion} />
      </JournalSearch>
      <NudgeSetting />
    </div>
  );
}

function removalFrom(state: unknown): Removal | null {
  if (typeof state !== 'object' || state === null || !('removed' in state)) return null;
  const removed = state.removed;
  if (typeof removed !== 'object' || removed === null) return null;
  const id = 'id' in removed ? removed.id : undefined;
  const label = 'label' in removed ? removed.label : undefined;
  return typeof id === 'string' && typeof label === 'string' ? { id, label } : null;
}

function PromptCard() {
  const [pillar, setPillar] = useState<PillarId | ''>('');
  const [prompt, setPrompt] = useState<JournalPrompt>(() => pickPrompt({ random: Math.random }));
  const selectId = useId();
  const another = (from: PillarId | '') =>
    setPrompt((current) =>
      pickPrompt({ random: Math.random, excludeIds: [current.id], ...(from ? { pillar: from } : {}) }),
    );
  return (
    <section className="card stack" aria-labelledby="prompt-title">
      <h2 id="prompt-title" className="subsection-title">
        Or start from a prompt
      </h2>
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          Prompts from
        </label>
        <select
          id={selectId}
          className="input select"
          value={pillar}
          onChange={(event) => {
            const next = PILLARS.find((p) => p.id === event.target.value)?.id ?? '';
            setPillar(next);
            another(next);
          }}
        >
          <option value="">Any area</option>
          {PILLARS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <blockquote className="journal-prompt" aria-live="polite">
        {prompt.text}
      </blockquote>
      <div className="button-row">
        <ButtonLink to={`/journal/new?prompt=${encodeURIComponent(prompt.id)}`} variant="secondary">
          Write about this
        </ButtonLink>
        <Button variant="quiet" onClick={() => another(pillar)}>
          Another prompt
        </Button>
      </div>
    </section>
  );
}

type Found =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'done'; results: SearchResults }
  | { status: 'failed'; message: string };

/** Search across every entry; while a search is typed, its results stand in for the list. */
function JournalSearch({ children }: { children: ReactNode }) {
  const api = useApi();
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<
    | { q: string; results: SearchResults; message?: undefined }
    | { q: string; results?: undefined; message: string }
    | null
  >(null);
  const q = query.trim();
  // The answer on screen belongs to one query; while a newer one is typed, it reads as "searching".
  const found: Found = !q
    ? { status: 'idle' }
    : answer?.q !== q
      ? { status: 'searching' }
      : answer.results
        ? { status: 'done', results: answer.results }
        : { status: 'failed', message: answer.message ?? '' };

  useEffect(() => {
    if (!q) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.search({ q, kind: 'journal', limit: 50 }, controller.signal).then(
        (results) => setAnswer({ q, results }),
        (error: unknown) => {
          if (!controller.signal.aborted) setAnswer({ q, message: toProblem(error).title });
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [api, q]);

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
                <li key={hit.id} className="entry-list__item">
                  <Link to={`/journal/${hit.id}`} className="entry-list__link">
                    {dayAndTime(hit.occurredAt)}
                  </Link>
                  <p className="entry-list__excerpt">{hit.excerpt}</p>
                </li>
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}

function EntryList() {
  const { state, reload, items, hasMore, showMore, loadingMore } = usePagedRecords(
    'journal',
    journalSchema,
    PAGE,
  );
  if (state.status === 'loading') return <Loading label="Loading your journal…" />;
  if (state.status === 'failed') {
    return (
      <div className="stack-s">
        <InlineError>{state.problem.title}</InlineError>
        <div>
          <Button small onClick={reload}>
            Try again
          </Button>
        </div>
      </div>
    );
  }
  if (items.length === 0) {
    return (
      <EmptyState
        title="Nothing written yet"
        action={<ButtonLink to="/journal/new">Write your first entry</ButtonLink>}
      >
        Your entries will gather here, newest first.
      </EmptyState>
    );
  }
  return (
    <>
      <ul className="entry-list" role="list">
        {items.map((entry) => (
          <li key={entry.record.id} className="entry-list__item">
            <Link to={`/journal/${entry.record.id}`} className="entry-list__link">
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
      {loadingMore.error && <InlineError>{loadingMore.error}</InlineError>}
      {hasMore && (
        <div>
          <Button small busy={loadingMore.pending} onClick={() => void showMore()}>
            Show more
          </Button>
        </div>
      )}
    </>
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

function NudgeSetting() {
  const [on, setOn] = useState(() => mindReadingNudgeOn(deviceStorage()));
  return (
    <section className="card card--quiet stack" aria-labelledby="nudge-setting-title">
      <h2 id="nudge-setting-title" className="subsection-title">
        Gentle pauses while you write
      </h2>
      <Checkbox
        label="Offer a pause when my writing seems to guess what someone else thinks of me"
        hint="Haven checks on this device only, never interrupts your typing, and you can set any pause aside."
        checked={on}
        onChange={(event) => {
          setOn(event.target.checked);
          setMindReadingNudge(deviceStorage(), event.target.checked);
        }}
      />
    </section>
  );
}
