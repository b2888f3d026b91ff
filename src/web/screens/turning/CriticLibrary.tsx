import { Link } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { ButtonLink } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useAllRecords, type Kept } from '../../data/records.js';
import '../../styles/turning.css';

const UNNAMED = 'Critics without a name yet';

/** Saved dialogues, grouped by the critic's name; the ones with a translation first. */
export function groupByCritic(dialogues: readonly Kept<'critic_dialogue'>[]) {
  const groups = new Map<string, Kept<'critic_dialogue'>[]>();
  for (const dialogue of dialogues) {
    const name = dialogue.payload.critic?.trim() || UNNAMED;
    const key = name === UNNAMED ? UNNAMED : name.toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), dialogue]);
  }
  return [...groups.entries()]
    .map(([key, items]) => ({
      key,
      name: key === UNNAMED ? UNNAMED : (items[0]?.payload.critic?.trim() ?? key),
      items,
    }))
    .sort((a, b) => (a.key === UNNAMED ? 1 : b.key === UNNAMED ? -1 : a.name.localeCompare(b.name)));
}

/** The inner critic's place: start a dialogue, and the library of translations, grouped by critic. */
export function CriticLibraryScreen() {
  const dialogues = useAllRecords('critic_dialogue');
  return (
    <div className="turning stack-xl">
      <PageHeader title="Your inner critic" eyebrow="Turning towards">
        <p>
          The harsh voice inside often learned to be harsh to keep you safe. Here you can listen to it, find
          what it wants for you, and say that more kindly.
        </p>
      </PageHeader>
      <div className="button-row">
        <ButtonLink to={pathTo('inner-critic', 'new')} variant="primary">
          Start a dialogue
        </ButtonLink>
      </div>
      <section className="stack" aria-labelledby="library">
        <h2 id="library" className="section-title">
          Your translation library
        </h2>
        <p className="muted">
          When you later write something that sounds like one of these critics, Haven offers its translation
          quietly beside your words. That happens on this device only.
        </p>
        <QueryBoundary query={dialogues} loading="Loading your library…">
          {(items) =>
            items.length === 0 ? (
              <EmptyState title="No dialogues yet">
                <p>Your translations will gather here, grouped by critic.</p>
              </EmptyState>
            ) : (
              <div className="stack-l">
                {groupByCritic(items).map((group) => (
                  <section key={group.key} className="stack-s" aria-label={group.name}>
                    <h3 className="critic-group__name">{group.name}</h3>
                    <ul className="translation-list" role="list">
                      {group.items.map((item) => (
                        <TranslationCard key={item.record.id} item={item} />
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            )
          }
        </QueryBoundary>
      </section>
    </div>
  );
}

function TranslationCard({ item }: { item: Kept<'critic_dialogue'> }) {
  const { payload, record } = item;
  return (
    <Card as="li" className="translation-card stack-s">
      <p className="translation-card__label muted">It says</p>
      <blockquote className="translation-card__critic">{payload.says}</blockquote>
      {payload.translation?.trim() ? (
        <>
          <p className="translation-card__label muted">Said kindly</p>
          <p className="translation-card__kind">{payload.translation}</p>
        </>
      ) : (
        <p className="muted">Still listening: no translation yet.</p>
      )}
      <p>
        <Link to={pathTo('inner-critic', record.id)}>
          {payload.translation?.trim() ? 'Open this dialogue' : 'Carry on with this dialogue'}
        </Link>
      </p>
    </Card>
  );
}
