import type { Draft } from '../../lib/drafts.js';

/**
 * Choosing between the server's words and a draft kept while writing
 * (lib/drafts.ts holds the drafts themselves), and the mind-reading pause's
 * preferences, which hold entry ids and never words.
 */
export { deviceStorage } from '../../lib/storage.js';

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
