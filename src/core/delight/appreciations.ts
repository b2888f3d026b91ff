import { addDays, format, parseISO } from 'date-fns';

/** Prompts for when it is hard to start: Haven's own words. */
export const APPRECIATION_PROMPTS = [
  { id: 'quality', text: 'A quality of yours that a good friend would name' },
  { id: 'handled', text: 'Something hard you handled better than you gave yourself credit for' },
  { id: 'kept-going', text: 'A time you kept going when stopping would have been easier' },
  { id: 'kind', text: 'A kindness you showed someone, or yourself, lately' },
  { id: 'body', text: 'Something your body did for you today' },
  { id: 'learned', text: 'Something you learned, or are still learning, and stuck with' },
  { id: 'small', text: 'A small thing you did today that took care of you' },
  { id: 'way', text: 'The way you show up for people or things you care about' },
] as const;

/** One appreciation as the home's rule needs it: its id and the day it was written (`yyyy-MM-dd`). */
export interface Dated {
  id: string;
  day: string;
}

/** Whether the home shows an appreciation on this day: some days, not every day, the same for everyone. */
export function isQuietLineDay(day: string): boolean {
  // FNV-1a over the day: spread evenly, about two days in five.
  let hash = 0x811c9dc5;
  for (let i = 0; i < day.length; i++) {
    hash ^= day.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 5 < 2;
}

/**
 * The appreciation the home shows today, or undefined on a quiet day (or
 * with none kept yet). On each showing day since the first one was written,
 * the one shown is the one shown least recently among those written by then
 * (never shown first; then the oldest), so the same one never comes twice in
 * a row while there are two or more, and a new one comes soon.
 */
export function quietLineFor(appreciations: readonly Dated[], today: string): string | undefined {
  if (appreciations.length === 0 || !isQuietLineDay(today)) return undefined;
  const sorted = [...appreciations].sort((a, b) =>
    a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : 1,
  );
  const lastShown = new Map<string, number>();
  let shown: string | undefined;
  let step = 0;
  for (let day = sorted[0]?.day ?? today; day <= today; day = nextDay(day)) {
    if (!isQuietLineDay(day)) continue;
    step++;
    let best: Dated | undefined;
    for (const a of sorted) {
      if (a.day > day) break;
      const seen = lastShown.get(a.id) ?? -1;
      if (!best || seen < (lastShown.get(best.id) ?? -1)) best = a;
    }
    if (best) {
      lastShown.set(best.id, step);
      shown = best.id;
    }
  }
  return shown;
}

function nextDay(day: string): string {
  return format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
}

/** Below this pleasantness a check-in counts as low, and an appreciation is offered after it. */
export const LOW_CHECKIN = -0.2;

/** One appreciation to offer after a low check-in: the same for the same check-in, varied across them. */
export function appreciationAfter<T>(checkinId: string, appreciations: readonly T[]): T | undefined {
  if (appreciations.length === 0) return undefined;
  let hash = 0;
  for (let i = 0; i < checkinId.length; i++) hash = (Math.imul(hash, 31) + checkinId.charCodeAt(i)) >>> 0;
  return appreciations[hash % appreciations.length];
}
