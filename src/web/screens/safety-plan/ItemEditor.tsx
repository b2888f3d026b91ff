import { useEffect, useState, type ReactNode } from 'react';
import type { SafetyPlanSection } from '../../../core/safety/kinds.js';
import { Button } from '../../components/Button.js';
import { MAX_ITEMS, newKey } from './lists.js';

/** What a section's list is given: LineList and PeopleList take the same. */
export interface ListProps<T> {
  section: SafetyPlanSection;
  items: T[];
  onChange: (items: T[]) => void;
}

/** What each item's own fields get from the list around it. */
export interface ItemTools<T> {
  /** The id of the item's first field, where focus goes when it arrives. */
  id: string;
  /** Where the item sits, for screen readers: "My warning signs, 2". */
  where: string;
  update: (change: Partial<T>) => void;
  /** Starts a new, empty item just after this one and moves focus there; false when the list is full. */
  addAfter: () => boolean;
}

/**
 * One section's list of items, whatever an item holds (a line, a person):
 * each with its "Remove", then "Add" at the foot. Focus follows the person's
 * attention: into an item when it is added, to the one before when one is
 * removed, to "Add" when the list empties.
 */
export function ItemEditor<T extends { key: string }>({
  section: { id: sectionId, heading },
  items,
  onChange,
  newItem,
  addLabel,
  itemClassName,
  children,
}: ListProps<T> & {
  /** An empty item with this key. */
  newItem: (key: string) => T;
  addLabel: { first: string; more: string };
  itemClassName: string;
  /** The item's own fields. */
  children: (item: T, tools: ItemTools<T>) => ReactNode;
}) {
  const addId = `${sectionId}-add`;
  // Where focus goes once the list has rendered its change; a new request each time, even to the same place.
  const [focus, setFocus] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focus) document.getElementById(focus.id)?.focus();
  }, [focus]);

  const insertAt = (index: number): boolean => {
    if (items.length >= MAX_ITEMS) return false;
    const item = newItem(newKey());
    onChange([...items.slice(0, index), item, ...items.slice(index)]);
    setFocus({ id: itemId(sectionId, item.key) });
    return true;
  };

  return (
    <>
      {items.length > 0 && (
        <ol className="plan-section__items" role="list">
          {items.map((item, index) => {
            const where = `${heading}, ${index + 1}`;
            const tools: ItemTools<T> = {
              id: itemId(sectionId, item.key),
              where,
              update: (change) => onChange(items.map((i) => (i.key === item.key ? { ...i, ...change } : i))),
              addAfter: () => insertAt(index + 1),
            };
            return (
              <li key={item.key} className={itemClassName}>
                {children(item, tools)}
                <Button
                  variant="quiet"
                  small
                  className="plan-item__remove"
                  onClick={() => {
                    const previous = items[index - 1];
                    onChange(items.filter((i) => i.key !== item.key));
                    setFocus({ id: previous ? itemId(sectionId, previous.key) : addId });
                  }}
                >
                  Remove<span className="visually-hidden"> {where}</span>
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      {items.length < MAX_ITEMS && (
        <div>
          <Button id={addId} small onClick={() => insertAt(items.length)}>
            {items.length === 0 ? addLabel.first : addLabel.more}
            <span className="visually-hidden"> to {heading}</span>
          </Button>
        </div>
      )}
    </>
  );
}

function itemId(sectionId: string, key: string): string {
  return `plan-${sectionId}-${key}`;
}
