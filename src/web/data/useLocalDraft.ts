import { useCallback, useEffect, useRef, useState } from 'react';
import { useDrafts, useSignedInUser } from '../app/session.js';

/**
 * Writing kept as a draft on this device only (sealed under the session's
 * draft key, lib/drafts.ts) until the person chooses to keep it: through
 * leaving the screen and coming back, a reload or a lost connection. Nothing
 * goes to the server until they do, so a letter is never sealed by a save loop
 * (compare useAutosaved, which saves as it goes). `done()` forgets the draft
 * once the writing is kept. Pass module-level `parse`, `empty` and `isEmpty`
 * (stable across renders).
 */
export function useLocalDraft<T extends object>(options: {
  /** Where the draft lives among this person's drafts, e.g. `letter.new`. */
  place: string;
  /** Reads a stored draft back; undefined when it no longer fits. */
  parse: (value: unknown) => T | undefined;
  empty: T;
  isEmpty: (value: T) => boolean;
}) {
  const { place, parse, empty, isEmpty } = options;
  const user = useSignedInUser();
  const drafts = useDrafts();
  const [start] = useState(() => drafts.read(user.id, place, parse)?.value);
  const [value, setValue] = useState<T>(start ?? empty);
  // Only the person's own changes are written back, so opening the screen never rewrites a draft.
  const changed = useRef(false);

  useEffect(() => {
    if (!changed.current) return;
    if (isEmpty(value)) drafts.clear(user.id, place);
    else drafts.write(user.id, place, value);
  }, [drafts, isEmpty, place, user.id, value]);

  const change = useCallback((patch: Partial<T>) => {
    changed.current = true;
    setValue((current) => ({ ...current, ...patch }));
  }, []);

  const done = useCallback(() => {
    changed.current = false;
    drafts.clear(user.id, place);
    setValue(empty);
  }, [drafts, empty, place, user.id]);

  return { value, change, done, restored: start !== undefined };
}
