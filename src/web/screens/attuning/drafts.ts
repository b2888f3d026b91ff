/**
 * Drafts kept on this device only, so a reload, a crash or a lost connection
 * never loses what someone was writing. They live in localStorage in the
 * clear, which is acceptable only because they never leave the person's own
 * device; each is keyed by the signed-in person's id and removed as soon as
 * the server has the words safely (and encrypted).
 */

export interface Draft<T> {
  /** When the draft was written, in milliseconds since the epoch. */
  savedAt: number;
  value: T;
}

/** The storage to use, or undefined where the browser offers none (private modes, blocked storage). */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function draftKey(userId: string, name: string): string {
  return `haven.draft.${userId}.${name}`;
}

/** Reads a draft, or undefined when there is none or it no longer fits what `parse` expects. */
export function readDraft<T>(
  storage: Storage | undefined,
  key: string,
  parse: (value: unknown) => T | undefined,
): Draft<T> | undefined {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  try {
    const stored: unknown = JSON.parse(raw);
    if (typeof stored !== 'object' || stored === null) return undefined;
    const savedAt = 'savedAt' in stored ? stored.savedAt : undefined;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
    const value = parse('value' in stored ? stored.value : undefined);
    return value === undefined ? undefined : { savedAt, value };
  } catch {
    return undefined;
  }
}

/** Writes a draft; false when the device would not keep it (full or blocked storage). */
export function writeDraft(
  storage: Storage | undefined,
  key: string,
  value: unknown,
  now = Date.now(),
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ savedAt: now, value } satisfies Draft<unknown>));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage | undefined, key: string): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/**
 * Which words to open an entry with: the local draft when it is newer than
 * the server's copy and says something different, otherwise the server's.
 */
export function newerDraft<T>(
  server: { updatedAt: string; value: T } | undefined,
  draft: Draft<T> | undefined,
  same: (a: T, b: T) => boolean,
): T | undefined {
  if (!draft) return undefined;
  if (!server) return draft.value;
  const serverTime = Date.parse(server.updatedAt);
  if (Number.isFinite(serverTime) && draft.savedAt <= serverTime) return undefined;
  return same(draft.value, server.value) ? undefined : draft.value;
}

const NUDGE_KEY = 'haven.mindReadingNudge';
const NUDGE_DISMISSED_KEY = 'haven.mindReadingNudge.dismissed';

/** Whether the mind-reading pause may be offered; the person can turn it off ('off'). */
export function mindReadingNudgeOn(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(NUDGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function setMindReadingNudge(storage: Storage | undefined, on: boolean): void {
  try {
    if (on) storage?.removeItem(NUDGE_KEY);
    else storage?.setItem(NUDGE_KEY, 'off');
  } catch {
    // The choice holds for this visit only.
  }
}

/** Entries where the pause was set aside with "Not now"; only ids are kept, never words. */
export function nudgeDismissedFor(storage: Storage | undefined, entryKey: string): boolean {
  return dismissedEntries(storage).includes(entryKey);
}

export function dismissNudgeFor(storage: Storage | undefined, entryKey: string): void {
  const kept = dismissedEntries(storage).filter((id) => id !== entryKey);
  try {
    storage?.setItem(NUDGE_DISMISSED_KEY, JSON.stringify([...kept.slice(-199), entryKey]));
  } catch {
    // Dismissed for this visit only.
  }
}

function dismissedEntries(storage: Storage | undefined): string[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(NUDGE_DISMISSED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
