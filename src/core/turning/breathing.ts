/**
 * The paced breathing guide's rhythms and its schedule. The schedule is a pure
 * function of time elapsed since the start (wall-clock milliseconds, pauses
 * taken out by the caller), so the pacer never drifts: each phase change is
 * computed from the start, not from the one before it.
 */

export const PHASES = ['in', 'hold-in', 'out', 'hold-out'] as const;
export type PhaseName = (typeof PHASES)[number];

/** Seconds for each part of one breath; a hold of 0 is left out. */
export interface BreathPattern {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

export const RHYTHM_IDS = ['slow', 'box', 'long-exhale', 'custom'] as const;
export type RhythmId = (typeof RHYTHM_IDS)[number];

export interface Rhythm {
  id: RhythmId;
  label: string;
  hint: string;
  pattern: BreathPattern;
}

export const RHYTHMS: readonly Rhythm[] = [
  {
    id: 'slow',
    label: 'Slow and even',
    hint: 'Five seconds in, five out: about six breaths a minute.',
    pattern: { inhale: 5, holdIn: 0, exhale: 5, holdOut: 0 },
  },
  {
    id: 'long-exhale',
    label: 'Longer breath out',
    hint: 'Four in, six out. A longer out-breath can help your body slow down.',
    pattern: { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 },
  },
  {
    id: 'box',
    label: 'Box',
    hint: 'Four in, hold for four, four out, hold for four.',
    pattern: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
  },
  {
    id: 'custom',
    label: 'Your own',
    hint: 'Choose the seconds for each part yourself.',
    pattern: { inhale: 4, holdIn: 2, exhale: 6, holdOut: 0 },
  },
];

export const DEFAULT_RHYTHM: RhythmId = 'slow';
export const LENGTHS_MINUTES = [1, 2, 3, 5, 10] as const;
export const DEFAULT_MINUTES = 3;

/** The bounds of a custom rhythm, in whole seconds. */
export const PATTERN_LIMITS = { breath: { min: 1, max: 15 }, hold: { min: 0, max: 15 } } as const;

export function rhythmById(id: RhythmId): Rhythm {
  const rhythm = RHYTHMS.find((r) => r.id === id);
  if (!rhythm) throw new Error(`Unknown rhythm ${id}`);
  return rhythm;
}

export const PHASE_WORDS: Readonly<Record<PhaseName, string>> = {
  in: 'Breathe in',
  'hold-in': 'Hold',
  out: 'Breathe out',
  'hold-out': 'Rest',
};

/** A pattern inside the limits: whole seconds, breaths of at least one second. */
export function isUsablePattern(p: BreathPattern): boolean {
  const whole = (n: number, { min, max }: { min: number; max: number }) =>
    Number.isInteger(n) && n >= min && n <= max;
  return (
    whole(p.inhale, PATTERN_LIMITS.breath) &&
    whole(p.exhale, PATTERN_LIMITS.breath) &&
    whole(p.holdIn, PATTERN_LIMITS.hold) &&
    whole(p.holdOut, PATTERN_LIMITS.hold)
  );
}

/** The parts of one breath that take any time, in order, in milliseconds. */
export function phasesOf(p: BreathPattern): { phase: PhaseName; ms: number }[] {
  const all: { phase: PhaseName; ms: number }[] = [
    { phase: 'in', ms: p.inhale * 1000 },
    { phase: 'hold-in', ms: p.holdIn * 1000 },
    { phase: 'out', ms: p.exhale * 1000 },
    { phase: 'hold-out', ms: p.holdOut * 1000 },
  ];
  return all.filter((part) => part.ms > 0);
}

export function cycleMs(p: BreathPattern): number {
  return (p.inhale + p.holdIn + p.exhale + p.holdOut) * 1000;
}

export function breathsPerMinute(p: BreathPattern): number {
  return Math.round((60_000 / cycleMs(p)) * 10) / 10;
}

/** A session's length: the minutes asked for, rounded up to whole breaths so it ends on a breath out. */
export function sessionMs(p: BreathPattern, minutes: number): number {
  const cycle = cycleMs(p);
  return Math.ceil((minutes * 60_000) / cycle) * cycle;
}

/** Where the guide is at one moment. */
export interface PacerState {
  done: boolean;
  phase: PhaseName;
  /** Which breath, from 0. */
  breath: number;
  /** Counting every phase from the start, from 0: changes exactly when the phase does. */
  step: number;
  /** Milliseconds since the start at which this phase began and ends. */
  startedAt: number;
  endsAt: number;
  /** How far through the phase, 0 to 1. */
  progress: number;
  /** Whole seconds left in this phase, as a count shows them (3, 2, 1). */
  secondsLeft: number;
}

/** Where the guide is `elapsed` milliseconds after the start of a session `total` milliseconds long. */
export function pacerAt(p: BreathPattern, elapsed: number, total: number): PacerState {
  const parts = phasesOf(p);
  const cycle = cycleMs(p);
  const first = parts[0];
  if (!first || cycle <= 0) throw new Error('A breath needs some length');
  const t = Math.max(0, elapsed);
  if (t >= total) {
    const steps = (total / cycle) * parts.length;
    return {
      done: true,
      phase: 'out',
      breath: Math.floor(total / cycle),
      step: steps,
      startedAt: total,
      endsAt: total,
      progress: 1,
      secondsLeft: 0,
    };
  }
  const breath = Math.floor(t / cycle);
  const within = t - breath * cycle;
  let offset = 0;
  for (const [index, part] of parts.entries()) {
    if (within < offset + part.ms) {
      const startedAt = breath * cycle + offset;
      const endsAt = startedAt + part.ms;
      return {
        done: false,
        phase: part.phase,
        breath,
        step: breath * parts.length + index,
        startedAt,
        endsAt,
        progress: (t - startedAt) / part.ms,
        secondsLeft: Math.ceil((endsAt - t) / 1000),
      };
    }
    offset += part.ms;
  }
  // Floating point cannot reach here with whole milliseconds; kept for the type checker.
  return pacerAt(p, breath * cycle + cycle, total);
}

/** Every moment a phase begins, in milliseconds from the start, up to the end of the session. */
export function phaseChanges(p: BreathPattern, total: number): number[] {
  const parts = phasesOf(p);
  const changes: number[] = [];
  for (let at = 0, i = 0; at < total; i++) {
    changes.push(at);
    at += parts[i % parts.length]?.ms ?? total;
  }
  return changes;
}

/** The moment the display next needs to change: a phase change or the next whole second of its count. */
export function nextTickAt(p: BreathPattern, elapsed: number, total: number): number {
  const state = pacerAt(p, elapsed, total);
  if (state.done) return total;
  const nextSecond = state.endsAt - (state.secondsLeft - 1) * 1000;
  return Math.min(state.endsAt, nextSecond > elapsed ? nextSecond : state.endsAt);
}
