import { useState, type ReactNode, type SubmitEvent } from 'react';
import type { PayloadInput, RecordKindName } from '../../../core/records/registry.js';
import { toProblem } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError } from '../../components/InlineError.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges } from '../../data/records.js';
import { IdeaChips } from './Chips.js';
import { RemovedNotice, type Removal } from './Removed.js';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

/** The least a listed item has: an id, and the person's own words. */
export interface ListItem {
  record: { id: string; createdAt: string };
  payload: { text: string };
}

/**
 * A short list a person keeps in their own words (a profile section, one sense
 * of the soothing kit): add your own, pick a suggested idea, remove, undo.
 */
export function ItemList<N extends RecordKindName, I extends ListItem>({
  kind,
  items,
  toPayload,
  addLabel,
  addExtra,
  empty,
  ideas,
  ideasShown,
  renderItem = plainItem,
}: {
  kind: N;
  items: readonly I[];
  /** The payload of a new item with these (trimmed) words. */
  toPayload: (text: string) => PayloadInput<N>;
  /** The add field's label: "Add a value". */
  addLabel: string;
  /** More of the add form, under the field (e.g. whether a new boundary is a "no" or a "maybe"). */
  addExtra?: ReactNode;
  /** Said while the list is empty. */
  empty: string;
  /** Suggestions; those already in the list are left out. */
  ideas: readonly string[];
  /**
   * How ideas show: under a heading, the first `ideasShown` with "More ideas"
   * for the rest; or, when not given, all of them behind a disclosure.
   */
  ideasShown?: number;
  /** The inside of one row; `remove` is its Remove button. */
  renderItem?: (item: I, remove: ReactNode) => ReactNode;
}) {
  const changes = useRecordChanges();
  const add = useAction();
  const [text, setText] = useState('');
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [removing, setRemoving] = useState<{ id: string | null; error: string | null }>({
    id: null,
    error: null,
  });
  const have = new Set(items.map((item) => item.payload.text.toLowerCase()));
  const fresh = ideas.filter((idea) => !have.has(idea.toLowerCase()));

  const create = async (words: string) => {
    const trimmed = words.trim();
    if (!trimmed) return false;
    const result = await add.run(() => changes.create({ kind, payload: toPayload(trimmed) }));
    return result.ok;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await create(text)) setText('');
  };

  const remove = async (item: I) => {
    setRemoving({ id: item.record.id, error: null });
    try {
      await changes.remove(kind, item.record.id);
      setRemoval({ id: item.record.id, label: `“${item.payload.text}”` });
      setRemoving({ id: null, error: null });
    } catch (error) {
      setRemoving({ id: null, error: toProblem(error).title });
    }
  };

  return (
    <>
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={() => setRemoval(null)}
          onRestored={() => setRemoval(null)}
        />
      )}
      {removing.error && <InlineError>{removing.error}</InlineError>}
      {items.length > 0 ? (
        <ul className="item-list" role="list">
          {items.map((item) => (
            <li key={item.record.id} className={cx('item-list__item', arrival(item.record))}>
              {renderItem(
                item,
                <Button
                  small
                  variant="quiet"
                  busy={removing.id === item.record.id}
                  onClick={() => void remove(item)}
                >
                  Remove<span className="visually-hidden"> “{item.payload.text}”</span>
                </Button>,
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted profile-section__empty">{empty}</p>
      )}
      <form className="add-form stack-s" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problem={add.problem} />
        <div className="add-form__row">
          <TextField
            label={addLabel}
            value={text}
            maxLength={300}
            className="add-form__field"
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" busy={add.pending}>
            Add
          </Button>
        </div>
        {addExtra}
      </form>
      {fresh.length > 0 && <Ideas ideas={fresh} shown={ideasShown} onPick={(idea) => void create(idea)} />}
    </>
  );
}

function plainItem(item: ListItem, remove: ReactNode) {
  return (
    <>
      <p className="item-list__main">{item.payload.text}</p>
      {remove}
    </>
  );
}

function Ideas({
  ideas,
  shown,
  onPick,
}: {
  ideas: readonly string[];
  shown: number | undefined;
  onPick: (idea: string) => void;
}) {
  const [all, setAll] = useState(false);
  if (shown === undefined) {
    return (
      <details className="ideas">
        <summary className="ideas__summary">Ideas to pick from</summary>
        <IdeaChips ideas={ideas} onPick={onPick} />
      </details>
    );
  }
  return (
    <div className="stack-s">
      <h3 className="ideas-title">Ideas to pick from</h3>
      <IdeaChips ideas={all ? ideas : ideas.slice(0, shown)} onPick={onPick} />
      {ideas.length > shown && (
        <div>
          <Button small variant="quiet" aria-expanded={all} onClick={() => setAll((a) => !a)}>
            {all ? 'Fewer ideas' : `More ideas (${ideas.length - shown})`}
          </Button>
        </div>
      )}
    </div>
  );
}
