import { useState } from 'react';
import { Link } from 'react-router';
import { scriptMinutes } from '../../../core/here/guided.js';
import { GUIDED_SCRIPTS } from '../../../core/here/scripts.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { Card } from '../../components/Card.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useLatestRecord, useRecordChanges } from '../../data/records.js';
import { toProblem } from '../../api/client.js';
import '../../styles/here.css';

interface LibraryItem {
  id: string;
  title: string;
  /** How long it takes, in words. */
  length: string;
  purpose: string;
  to: string;
  from?: string;
}

const GUIDED: LibraryItem[] = GUIDED_SCRIPTS.map((script) => ({
  id: script.id,
  title: script.title,
  length: `About ${scriptMinutes(script)} min`,
  purpose: script.purpose,
  to: pathTo('guided', script.id),
  ...(script.pillar === 'rituals' ? { from: 'From Rituals' } : {}),
}));

const OTHER: LibraryItem[] = [
  {
    id: 'timer',
    title: 'Meditation timer',
    length: 'Any length',
    purpose: 'Silence held between two soft bells, with bells along the way if you like.',
    to: pathTo('timer'),
  },
  {
    id: 'sitting',
    title: 'Sitting with myself',
    length: 'As long as you like',
    purpose: 'Time alone with nothing to do, and a note of what came up.',
    to: pathTo('sitting'),
  },
  {
    id: 'movement',
    title: 'Movement and body',
    length: 'However long you moved',
    purpose: 'Noticing your body while you move, and how it felt before and after.',
    to: pathTo('movement'),
  },
];

/** The H pillar's practice library: every practice with its length and what it is for; favourites first. */
export function LibraryScreen() {
  const favourites = useLatestRecord('here_favourites');
  return (
    <div className="here stack-xl">
      <PageHeader title="Practice library" eyebrow="Here">
        <p>
          Ways to be present with yourself, long and short. Mark the ones you return to and they wait for you
          at the top.
        </p>
      </PageHeader>
      <QueryBoundary query={favourites} loading="Loading your practices…">
        {(kept) => <Library favourites={kept?.payload.items ?? []} recordId={kept?.record.id ?? null} />}
      </QueryBoundary>
      <p>
        <Link to={pathTo('here-history')}>Your time here, week by week</Link>
      </p>
    </div>
  );
}

function Library({ favourites, recordId }: { favourites: readonly string[]; recordId: string | null }) {
  const changes = useRecordChanges();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const toggle = async (id: string) => {
    const items = favourites.includes(id) ? favourites.filter((f) => f !== id) : [...favourites, id];
    setBusy(id);
    setProblem(null);
    try {
      if (recordId) await changes.update(recordId, { payload: { items } });
      else await changes.create({ kind: 'here_favourites', payload: { items } });
    } catch (error) {
      setProblem(toProblem(error).title);
    } finally {
      setBusy(null);
    }
  };

  const all = [...GUIDED, ...OTHER];
  const chosen = favourites.flatMap((id) => all.filter((item) => item.id === id));
  const list = (items: LibraryItem[], label: string) => (
    <ul className="library-list" role="list" aria-label={label}>
      {items.map((item) => (
        <LibraryCard
          key={item.id}
          item={item}
          favourite={favourites.includes(item.id)}
          busy={busy === item.id}
          onToggle={() => void toggle(item.id)}
        />
      ))}
    </ul>
  );

  return (
    <>
      {problem && <InlineError>{problem}</InlineError>}
      {chosen.length > 0 && (
        <section className="stack" aria-labelledby="library-favourites">
          <h2 id="library-favourites" className="section-title">
            Your favourites
          </h2>
          {list(chosen, 'Your favourites')}
        </section>
      )}
      <section className="stack" aria-labelledby="library-guided">
        <h2 id="library-guided" className="section-title">
          Guided practices
        </h2>
        <p className="muted">
          Each one can be read on screen or aloud, paused or stopped whenever you like, with your eyes open if
          you prefer.
        </p>
        {list(GUIDED, 'Guided practices')}
      </section>
      <section className="stack" aria-labelledby="library-other">
        <h2 id="library-other" className="section-title">
          Your own way
        </h2>
        {list(OTHER, 'Your own way')}
      </section>
    </>
  );
}

function LibraryCard({
  item,
  favourite,
  busy,
  onToggle,
}: {
  item: LibraryItem;
  favourite: boolean;
  busy: boolean;
  onToggle: () => void;
}) {
  return (
    <Card as="li" className="library-card">
      <div className="library-card__text">
        <p className="library-card__meta">
          {item.length}
          {item.from ? ` · ${item.from}` : ''}
        </p>
        <h3 className="library-card__title">
          <Link to={item.to}>{item.title}</Link>
        </h3>
        <p>{item.purpose}</p>
      </div>
      <button
        type="button"
        className="library-card__favourite"
        aria-pressed={favourite}
        aria-label={`Favourite: ${item.title}`}
        aria-busy={busy || undefined}
        onClick={() => {
          if (!busy) onToggle();
        }}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="icon">
          <path d="M12 20.5s-7.5-4.6-7.5-10.1A4.3 4.3 0 0 1 12 7.6a4.3 4.3 0 0 1 7.5 2.8c0 5.5-7.5 10.1-7.5 10.1z" />
        </svg>
      </button>
    </Card>
  );
}
