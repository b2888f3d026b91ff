import { useCallback, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

/** The controls a roving group moves between. */
const ITEMS = 'button:not([disabled]), a[href], [role="checkbox"]';

/** Where an arrow key moves within `count` items from `from`, or null for a key the group leaves alone. */
export function rovingTarget(key: string, from: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (from + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (from - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * One Tab stop for a whole group of chips or links, with the arrow keys (and
 * Home, End) moving inside it: a roving tab index. The group remembers the
 * item last focused, so Tab brings a person back where they were. It works on
 * whatever buttons and links the group holds, so the chips need no changes.
 */
export function useRovingGroup<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const current = useRef(0);

  const items = useCallback(
    () => (ref.current ? Array.from(ref.current.querySelectorAll<HTMLElement>(ITEMS)) : []),
    [],
  );

  // After every render, so chips that come and go (a search, another quadrant) join the group.
  useLayoutEffect(() => {
    const all = items();
    const active = all.findIndex((item) => item === document.activeElement);
    if (active >= 0) current.current = active;
    const stop = Math.min(current.current, all.length - 1);
    all.forEach((item, index) => item.setAttribute('tabindex', index === stop ? '0' : '-1'));
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<E>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const all = items();
      const from = all.findIndex((item) => item === event.target);
      if (from < 0) return;
      const to = rovingTarget(event.key, from, all.length);
      if (to === null) return;
      event.preventDefault();
      all[from]?.setAttribute('tabindex', '-1');
      const next = all[to];
      next?.setAttribute('tabindex', '0');
      current.current = to;
      next?.focus();
    },
    [items],
  );

  const onFocus = useCallback(
    (event: FocusEvent<E>) => {
      const all = items();
      const at = all.findIndex((item) => item === event.target);
      if (at < 0) return;
      current.current = at;
      all.forEach((item, index) => item.setAttribute('tabindex', index === at ? '0' : '-1'));
    },
    [items],
  );

  return { ref, onKeyDown, onFocus };
}
