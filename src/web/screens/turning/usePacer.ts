import { useEffect, useState } from 'react';
import { nextTickAt, pacerAt, type BreathPattern, type PacerState } from '../../../core/turning/breathing.js';

/** The clock of one session: when it began, and the time spent paused, all in wall-clock milliseconds. */
export interface PacerClock {
  startedAt: number;
  pausedAt: number | null;
  pausedFor: number;
}

export function elapsedOn(clock: PacerClock, now: number): number {
  return (clock.pausedAt ?? now) - clock.startedAt - clock.pausedFor;
}

/**
 * Drives the guide from the wall clock: after each change it sleeps until the
 * next phase change or second of the count, computed from the start, so late
 * timers never add up to drift.
 */
export function usePacer(pattern: BreathPattern, total: number) {
  const [clock, setClock] = useState<PacerClock>(() => ({
    startedAt: Date.now(),
    pausedAt: null,
    pausedFor: 0,
  }));
  const [now, setNow] = useState(() => Date.now());
  const elapsed = elapsedOn(clock, now);
  const state: PacerState = pacerAt(pattern, elapsed, total);
  const paused = clock.pausedAt !== null;

  useEffect(() => {
    if (paused || state.done) return;
    const wake = nextTickAt(pattern, elapsed, total);
    const timer = window.setTimeout(() => setNow(Date.now()), Math.max(0, wake - elapsed));
    return () => window.clearTimeout(timer);
  }, [pattern, total, elapsed, paused, state.done]);

  return {
    state,
    clock,
    elapsed: Math.min(elapsed, total),
    paused,
    pause: () =>
      setClock((c) => {
        const at = Date.now();
        setNow(at);
        return c.pausedAt === null ? { ...c, pausedAt: at } : c;
      }),
    resume: () =>
      setClock((c) => {
        const at = Date.now();
        setNow(at);
        return c.pausedAt === null ? c : { ...c, pausedAt: null, pausedFor: c.pausedFor + at - c.pausedAt };
      }),
  };
}
