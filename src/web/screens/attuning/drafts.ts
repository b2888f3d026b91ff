/**
 * The mind-reading pause's preferences, which hold entry ids and never words.
 * (Drafts of the words themselves live in lib/drafts.ts.)
 */
export { deviceStorage } from '../../lib/storage.js';

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
