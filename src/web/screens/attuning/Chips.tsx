import type { ReactNode } from 'react';
import { cx } from '../../lib/cx.js';

/** A word that can be picked or set down again: a toggle button drawn as a soft pill. */
export function Chip({
  pressed,
  onToggle,
  children,
  describedBy,
  title,
  tone,
}: {
  pressed: boolean;
  onToggle: () => void;
  children: ReactNode;
  describedBy?: string | undefined;
  title?: string | undefined;
  /** A second state a chip can be in besides pressed, e.g. a need marked "met" while marking unmet ones. */
  tone?: 'other' | undefined;
}) {
  return (
    <button
      type="button"
      className={cx('chip', tone === 'other' && 'chip--other')}
      aria-pressed={pressed}
      aria-describedby={describedBy}
      title={title}
      onClick={onToggle}
    >
      {children}
    </button>
  );
}

/** A row of chips that wraps; a list, so screen readers hear how many there are. */
export function ChipList({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <ul className="chip-list" role="list" aria-label={label}>
      {children}
    </ul>
  );
}

/** Adds or removes one item, keeping order. */
/** Suggestions a person can add with one press: "+ idea", announced as "Add idea". */
export function IdeaChips({ ideas, onPick }: { ideas: readonly string[]; onPick: (idea: string) => void }) {
  return (
    <ul className="chip-list" role="list">
      {ideas.map((idea) => (
        <li key={idea}>
          <button type="button" className="chip chip--idea" onClick={() => onPick(idea)}>
            <span aria-hidden="true">+ </span>
            <span className="visually-hidden">Add </span>
            {idea}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function toggled(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
