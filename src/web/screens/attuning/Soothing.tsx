import { IdeaChips } from './Chips.js';
import { useCallback, useState, type SubmitEvent } from 'react';
import { soothingItemSchema, type SoothingItemPayload } from '../../../core/attuning/kinds.js';
import { SOOTHING_SENSES, type SenseInfo } from '../../../core/attuning/soothing.js';
import { toProblem } from '../../api/client.js';
import { useApi } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError, LoadFailed } from '../../components/InlineError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useQuery } from '../../components/useQuery.js';
import { listAll, type Kept } from './records.js';
import { RemovedNotice, type Removal } from './Removed.js';
import '../../styles/attuning.css';

/** The sensory soothing kit: what calms each of the five senses, kept close for harder moments. */
export function SoothingScreen() {
  const api = useApi();
  const load = useCallback(
    (signal: AbortSignal) => listAll(api, 'soothing_item', soothingItemSchema, signal),
    [api],
  );
  const { state, reload } = useQuery(load);

  return (
    <div className="attuning stack-xl">
      <PageHeader title="My soothing kit" eyebrow="Attuning">
        <p>
          The sights, smells, sounds, touches and tastes that help you settle. Haven shows them back to you
          after a hard check-in.
        </p>
      </PageHeader>
      {state.status === 'loading' && <Loading label="Loading your soothing kit…" />}
      {state.status === 'failed' && <LoadFailed title={state.problem.title} onRetry={reload} />}
      {state.status === 'ready' && (
        <div className="sense-grid">
          {SOOTHING_SENSES.map((sense) => (
            <SenseCard
              key={sense.id}
              sense={sense}
              items={state.data.filter((item) => item.payload.sense === sense.id)}
              onChanged={reload}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function SenseCard({
  sense,
  items,
  onChanged,
}: {
  sense: SenseInfo;
  items: Kept<SoothingItemPayload>[];
  onChanged: () => void;
}) {
  const api = useApi();
  const add = useAction();
  const [text, setText] = useState('');
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const have = new Set(items.map((item) => item.payload.text.toLowerCase()));
  const ideas = sense.suggestions.filter((idea) => !have.has(idea.toLowerCase()));

  const create = async (words: string) => {
    const trimmed = words.trim();
    if (!trimmed) return false;
    const payload: SoothingItemPayload = { sense: sense.id, text: trimmed };
    const result = await add.run(() => api.records.create({ kind: 'soothing_item', payload }));
    if (result.ok) onChanged();
    return result.ok;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await create(text)) setText('');
  };

  const remove = async (item: Kept<SoothingItemPayload>) => {
    setRemoveError(null);
    try {
      await api.records.remove(item.record.id);
      setRemoval({ id: item.record.id, label: `“${item.payload.text}”` });
      onChanged();
    } catch (error) {
      setRemoveError(toProblem(error).title);
    }
  };

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
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={() => setRemoval(null)}
          onRestored={() => {
            setRemoval(null);
            onChanged();
          }}
        />
      )}
      {removeError && <InlineError>{removeError}</InlineError>}
      {items.length > 0 ? (
        <ul className="item-list" role="list">
          {items.map((item) => (
            <li key={item.record.id} className="item-list__item">
              <p className="item-list__main">{item.payload.text}</p>
              <Button small variant="quiet" onClick={() => void remove(item)}>
                Remove<span className="visually-hidden"> “{item.payload.text}”</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted profile-section__empty">Nothing here yet.</p>
      )}
      <form className="add-form stack-s" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problem={add.problem} />
        <div className="add-form__row">
          <TextField
            label={`Add your own ${sense.label.toLowerCase()}`}
            value={text}
            maxLength={300}
            className="add-form__field"
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" busy={add.pending}>
            Add
          </Button>
        </div>
      </form>
      {ideas.length > 0 && (
        <details className="ideas">
          <summary className="ideas__summary">Ideas to pick from</summary>
          <IdeaChips ideas={ideas} onPick={(idea) => void create(idea)} />
        </details>
      )}
    </Card>
  );
}
