import { type SoothingItemPayload } from '../../../core/attuning/kinds.js';
import { SOOTHING_SENSES, type SenseInfo } from '../../../core/attuning/soothing.js';
import { Card } from '../../components/Card.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useAllRecords, type Kept } from '../../data/records.js';
import { ItemList } from '../attuning/ItemList.js';
import '../../styles/attuning.css';

/** The sensory soothing kit: what calms each of the five senses, kept close for harder moments. */
export function SoothingScreen() {
  const kit = useAllRecords('soothing_item');
  return (
    <div className="attuning stack-xl">
      <PageHeader
        title="My soothing kit"
        eyebrow="Attuning"
        about={<p>Haven shows them back to you after a hard check-in.</p>}
      >
        <p>The sights, smells, sounds, touches and tastes that help you settle.</p>
      </PageHeader>
      <QueryBoundary query={kit} loading="Loading your soothing kit…">
        {(items) => (
          <div className="sense-grid">
            {SOOTHING_SENSES.map((sense) => (
              <SenseCard
                key={sense.id}
                sense={sense}
                items={items.filter((item) => item.payload.sense === sense.id)}
              />
            ))}
          </div>
        )}
      </QueryBoundary>
    </div>
  );
}

function SenseCard({ sense, items }: { sense: SenseInfo; items: Kept<'soothing_item'>[] }) {
  return (
    <Card
      as="section"
      aria-labelledby={`sense-${sense.id}`}
      className={`stack sense-card sense-card--${sense.id}`}
    >
      <h2 id={`sense-${sense.id}`} className="subsection-title">
        {sense.label}
      </h2>
      <p className="muted">{sense.prompt}</p>
      <ItemList
        kind="soothing_item"
        items={items}
        toPayload={(text): SoothingItemPayload => ({ sense: sense.id, text })}
        addLabel={`Add your own ${sense.label.toLowerCase()}`}
        empty="Nothing here yet."
        ideas={sense.suggestions}
      />
    </Card>
  );
}
