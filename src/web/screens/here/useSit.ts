import { useCallback, useEffect, useRef, useState } from 'react';
import type { BellTone } from '../../../core/here/tones.js';
import {
  scheduleBells,
  timerView,
  type Pause,
  type TimerSettings,
  type TimerView,
} from '../../../core/here/timer.js';
import { Bells, type Strike } from './audio.js';

/**
 * A bell is put on the audio clock this long before it is due. A page in the
 * background may run its timers only once a minute; the audio clock keeps
 * running, so a bell placed on it ahead of time rings on time all the same.
 */
export const LOOKAHEAD_MS = 65_000;
/** A bell found this late (the page was asleep) is let go rather than rung out of place. */
const TOO_LATE_MS = 30_000;
const TICK_MS = 500;

export type SitStatus = 'ready' | 'running' | 'ended';

export interface SitResult {
  /** Time spent sitting, pauses and the warm-up left out, in whole seconds. */
  seconds: number;
  endedEarly: boolean;
}

export interface Sit {
  status: SitStatus;
  view: TimerView | null;
  result: SitResult | null;
  start: () => void;
  pause: () => void;
  resume: () => void;
  /** Ends now: early if the time was not up. */
  end: () => void;
  /** Back to the start, to sit again. */
  reset: () => void;
}

/**
 * One sitting on the meditation timer's clock: every moment is worked out
 * from the wall clock (core/here/timer.ts), and whatever is due is done
 * whenever the page runs (a tick, or the page coming back into view).
 */
export function useSit(settings: TimerSettings, tone: BellTone): Sit {
  const [status, setStatus] = useState<SitStatus>('ready');
  const [view, setView] = useState<TimerView | null>(null);
  const [result, setResult] = useState<SitResult | null>(null);
  const bells = useRef<Bells | null>(null);
  const startedAt = useRef(0);
  const pauses = useRef<Pause[]>([]);
  const strikes = useRef(new Map<number, { at: number; strike: Strike | undefined }>());
  const running = useRef(false);
  const wakeLock = useRef<WakeLockSentinel | null>(null);
  const plan = useRef({ settings, tone });
  useEffect(() => {
    plan.current = { settings, tone };
  }, [settings, tone]);

  const cancelAfter = useCallback((now: number) => {
    for (const [index, { at, strike }] of strikes.current) {
      if (at > now) {
        strike?.cancel();
        strikes.current.delete(index);
      }
    }
  }, []);

  const finish = useCallback(
    (now: number, early: boolean) => {
      if (!running.current) return;
      running.current = false;
      const current = timerView(plan.current.settings, startedAt.current, pauses.current, now);
      if (early) {
        cancelAfter(now);
        if (plan.current.settings.minutes !== null) bells.current?.strike(plan.current.tone, now, 0.6);
      }
      void wakeLock.current?.release().catch(() => undefined);
      wakeLock.current = null;
      setView(current);
      setResult({ seconds: Math.round(current.sittingMs / 1000), endedEarly: early });
      setStatus('ended');
    },
    [cancelAfter],
  );

  /** Does whatever is due now: bells onto the audio clock, the face brought up to date, the end. */
  const catchUp = useCallback(() => {
    if (!running.current) return;
    const now = Date.now();
    const { settings: current, tone: currentTone } = plan.current;
    scheduleBells(current, startedAt.current, pauses.current).forEach((bell, index) => {
      if (bell.at === undefined || strikes.current.has(index)) return;
      if (bell.at - now > LOOKAHEAD_MS) return;
      const strike = bell.at >= now - TOO_LATE_MS ? bells.current?.strike(currentTone, bell.at) : undefined;
      strikes.current.set(index, { at: bell.at, strike });
    });
    const next = timerView(current, startedAt.current, pauses.current, now);
    if (next.phase === 'done') finish(now, false);
    else setView(next);
  }, [finish]);

  useEffect(() => {
    if (status !== 'running') return;
    const timer = window.setInterval(catchUp, TICK_MS);
    document.addEventListener('visibilitychange', catchUp);
    window.addEventListener('focus', catchUp);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', catchUp);
      window.removeEventListener('focus', catchUp);
    };
  }, [status, catchUp]);

  // Leaving the screen mid-sit silences what is still to come.
  useEffect(
    () => () => {
      running.current = false;
      for (const { strike } of strikes.current.values()) strike?.cancel();
      bells.current?.close();
    },
    [],
  );

  const start = useCallback(() => {
    bells.current ??= new Bells();
    bells.current.wake();
    startedAt.current = Date.now();
    pauses.current = [];
    strikes.current = new Map();
    running.current = true;
    setResult(null);
    setStatus('running');
    navigator.wakeLock
      ?.request('screen')
      .then((lock) => (wakeLock.current = lock))
      .catch(() => undefined);
    catchUp();
  }, [catchUp]);

  const pause = useCallback(() => {
    const now = Date.now();
    if (!running.current || pauses.current.some((p) => p.to === undefined)) return;
    pauses.current = [...pauses.current, { from: now }];
    cancelAfter(now);
    setView(timerView(plan.current.settings, startedAt.current, pauses.current, now));
  }, [cancelAfter]);

  const resume = useCallback(() => {
    const now = Date.now();
    bells.current?.wake();
    pauses.current = pauses.current.map((p) => (p.to === undefined ? { ...p, to: now } : p));
    catchUp();
  }, [catchUp]);

  const end = useCallback(() => finish(Date.now(), true), [finish]);

  const reset = useCallback(() => {
    setStatus('ready');
    setView(null);
    setResult(null);
  }, []);

  return { status, view, result, start, pause, resume, end, reset };
}
