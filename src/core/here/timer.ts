/**
 * The meditation timer's clock, as pure arithmetic. Everything is measured
 * from the wall clock (the moment Start was pressed and the pauses since),
 * never by counting ticks, so a tab in the background or a locked phone,
 * whose timers the browser slows or stops, still rings on time: whatever is
 * due is worked out again from `Date.now()` the moment anything runs.
 *
 * Times are milliseconds. "Active" time is time spent sitting or settling,
 * pauses left out; a bell's offset is the active time at which it rings.
 */

export const TIMER_LIMITS = {
  minMinutes: 1,
  maxMinutes: 240,
  maxWarmupSeconds: 300,
  maxIntervalBells: 24,
} as const;

export const MINUTE = 60_000;

/** Bells between the start and the end: none, one every few minutes, or at moments chosen by the person. */
export type IntervalBells =
  | { readonly kind: 'none' }
  | { readonly kind: 'every'; readonly minutes: number }
  | { readonly kind: 'at'; readonly minutes: number[] };

export interface TimerSettings {
  /** How long the sitting lasts after the warm-up; null for an open-ended sit that ends when the person ends it. */
  readonly minutes: number | null;
  /** Time to settle before the start bell. */
  readonly warmupSeconds: number;
  readonly interval: IntervalBells;
  /** Whether a bell marks the start of the sitting (the end always has one, when there is an end). */
  readonly startBell: boolean;
}

/** A pause: from when, and until when (open while it lasts). Wall-clock milliseconds. */
export interface Pause {
  readonly from: number;
  readonly to?: number | undefined;
}

export type BellRole = 'start' | 'interval' | 'end';

export interface PlannedBell {
  readonly role: BellRole;
  /** Active time from pressing Start (the warm-up included) at which it rings. */
  readonly offsetMs: number;
}

export interface ScheduledBell extends PlannedBell {
  /** The wall-clock time it rings; undefined while a pause holds it back. */
  readonly at: number | undefined;
}

/** The bells of a sitting, in order: start, intervals, end. */
export function planBells(settings: TimerSettings): PlannedBell[] {
  const warmup = settings.warmupSeconds * 1000;
  const total = settings.minutes === null ? Infinity : settings.minutes * MINUTE;
  const bells: PlannedBell[] = [];
  if (settings.startBell) bells.push({ role: 'start', offsetMs: warmup });
  for (const minute of intervalMinutes(settings.interval, settings.minutes)) {
    const offset = minute * MINUTE;
    if (offset > 0 && offset < total) bells.push({ role: 'interval', offsetMs: warmup + offset });
  }
  if (Number.isFinite(total)) bells.push({ role: 'end', offsetMs: warmup + total });
  return bells;
}

/** The minutes into the sitting at which interval bells ring, ascending and without repeats. */
export function intervalMinutes(interval: IntervalBells, minutes: number | null): number[] {
  const limit = minutes ?? TIMER_LIMITS.maxMinutes;
  if (interval.kind === 'none') return [];
  if (interval.kind === 'every') {
    if (!(interval.minutes > 0)) return [];
    const out: number[] = [];
    for (
      let m = interval.minutes;
      m < limit && out.length < TIMER_LIMITS.maxIntervalBells;
      m += interval.minutes
    ) {
      out.push(m);
    }
    return out;
  }
  return [...new Set(interval.minutes)].filter((m) => m > 0 && m < limit).sort((a, b) => a - b);
}

/** Active time between Start and `now`: the wall-clock time less every pause (an open pause counts up to `now`). */
export function activeMs(startedAt: number, pauses: readonly Pause[], now: number): number {
  let paused = 0;
  for (const pause of pauses) {
    const from = Math.min(Math.max(pause.from, startedAt), now);
    const to = Math.min(pause.to ?? now, now);
    if (to > from) paused += to - from;
  }
  return Math.max(0, now - startedAt - paused);
}

/**
 * The wall-clock time at which active time reaches `offsetMs`: the start plus
 * the offset plus every pause that began before it was reached. Undefined
 * when an open pause began first (it will ring, but no one knows when).
 */
export function wallTimeOf(
  offsetMs: number,
  startedAt: number,
  pauses: readonly Pause[],
): number | undefined {
  let at = startedAt + offsetMs;
  for (const pause of [...pauses].sort((a, b) => a.from - b.from)) {
    if (pause.from >= at) break;
    if (pause.to === undefined) return undefined;
    at += pause.to - Math.max(pause.from, startedAt);
  }
  return at;
}

/** Every bell with the wall-clock time it rings, given when Start was pressed and the pauses so far. */
export function scheduleBells(
  settings: TimerSettings,
  startedAt: number,
  pauses: readonly Pause[],
): ScheduledBell[] {
  return planBells(settings).map((bell) => ({ ...bell, at: wallTimeOf(bell.offsetMs, startedAt, pauses) }));
}

export type TimerPhase = 'settling' | 'sitting' | 'done';

export interface TimerView {
  phase: TimerPhase;
  paused: boolean;
  /** Active time since Start. */
  activeMs: number;
  /** Time spent sitting, the warm-up left out. */
  sittingMs: number;
  /** Time left in the current phase; null when the sitting has no end. */
  remainingMs: number | null;
}

/** Where a sitting stands at `now`. */
export function timerView(
  settings: TimerSettings,
  startedAt: number,
  pauses: readonly Pause[],
  now: number,
): TimerView {
  const active = activeMs(startedAt, pauses, now);
  const paused = pauses.some((p) => p.to === undefined);
  const warmup = settings.warmupSeconds * 1000;
  if (active < warmup) {
    return { phase: 'settling', paused, activeMs: active, sittingMs: 0, remainingMs: warmup - active };
  }
  const sitting = active - warmup;
  if (settings.minutes === null) {
    return { phase: 'sitting', paused, activeMs: active, sittingMs: sitting, remainingMs: null };
  }
  const total = settings.minutes * MINUTE;
  if (sitting >= total) {
    return { phase: 'done', paused: false, activeMs: warmup + total, sittingMs: total, remainingMs: 0 };
  }
  return { phase: 'sitting', paused, activeMs: active, sittingMs: sitting, remainingMs: total - sitting };
}

/** "12:05" or "1:02:05": minutes and seconds, rounded up so the last second shows as 0:01, not 0:00. */
export function clockFace(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** Parses "5, 12, 18" into minutes, keeping whole numbers only. */
export function parseMoments(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => Number(part))
    .filter((n) => Number.isInteger(n) && n > 0);
}
