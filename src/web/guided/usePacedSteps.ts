import { useCallback, useEffect, useRef, useState } from 'react';
import { stepMs, type GuidedScript } from '../../core/here/guided.js';
import type { VoicePreference } from './preferences.js';
import type { Speech } from './useSpeech.js';

export type PlayerStatus = 'ready' | 'playing' | 'paused' | 'ended';

export interface PlayerResult {
  /** Time spent in the practice, pauses left out, in whole seconds. */
  seconds: number;
  stepsReached: number;
  /** Stopped before the last step was reached. */
  endedEarly: boolean;
}

export interface PacedSteps {
  status: PlayerStatus;
  index: number;
  result: PlayerResult | null;
  begin: () => void;
  pause: () => void;
  resume: () => void;
  back: () => void;
  next: () => void;
  /** Stops here, whatever step this is. */
  stop: () => void;
}

/**
 * Walks a script's steps at their pace: each step's words (read aloud when
 * the person asked and a voice exists, else given time to be read on screen),
 * then its quiet, then the next. Pausing holds the step; resuming starts it
 * again. The person can go back, skip ahead or stop at any moment.
 */
export function usePacedSteps(script: GuidedScript, voice: VoicePreference, speech: Speech): PacedSteps {
  const [status, setStatus] = useState<PlayerStatus>('ready');
  const [index, setIndex] = useState(0);
  const [result, setResult] = useState<PlayerResult | null>(null);
  const reached = useRef(0);
  const clock = useRef({ startedAt: 0, pausedMs: 0, pausedFrom: null as number | null });
  const last = script.steps.length - 1;

  const end = useCallback(
    (completed: boolean) => {
      const now = Date.now();
      const { startedAt, pausedMs, pausedFrom } = clock.current;
      const paused = pausedMs + (pausedFrom === null ? 0 : now - pausedFrom);
      setResult({
        seconds: Math.max(0, Math.round((now - startedAt - paused) / 1000)),
        stepsReached: completed ? script.steps.length : reached.current,
        endedEarly: !completed,
      });
      setStatus('ended');
    },
    [script.steps.length],
  );

  useEffect(() => {
    if (status === 'ready') return;
    reached.current = Math.max(reached.current, index + 1);
  }, [index, status]);

  useEffect(() => {
    if (status !== 'playing') return;
    const step = script.steps[index];
    if (!step) return;
    let cancelled = false;
    let timer: number | undefined;
    const onward = () => {
      if (index < last) setIndex(index + 1);
      else end(true);
    };
    if (voice.speak && speech.available) {
      void speech.speak(step.text, { voiceURI: voice.voiceURI, rate: voice.rate }).then(() => {
        if (!cancelled) timer = window.setTimeout(onward, step.pauseSeconds * 1000);
      });
    } else {
      // Read on screen: paced for reading, whatever the speaking rate.
      timer = window.setTimeout(onward, stepMs(step));
    }
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
      speech.cancel();
    };
  }, [status, index, script.steps, last, voice.speak, voice.voiceURI, voice.rate, speech, end]);

  const begin = useCallback(() => {
    clock.current = { startedAt: Date.now(), pausedMs: 0, pausedFrom: null };
    reached.current = 0;
    setIndex(0);
    setResult(null);
    setStatus('playing');
  }, []);

  const pause = useCallback(() => {
    setStatus((now) => {
      if (now !== 'playing') return now;
      clock.current.pausedFrom = Date.now();
      return 'paused';
    });
  }, []);

  const resume = useCallback(() => {
    const { pausedFrom } = clock.current;
    if (pausedFrom !== null) {
      clock.current.pausedMs += Date.now() - pausedFrom;
      clock.current.pausedFrom = null;
    }
    setStatus((now) => (now === 'paused' ? 'playing' : now));
  }, []);

  const back = useCallback(() => setIndex((i) => Math.max(0, i - 1)), []);
  const next = useCallback(() => {
    if (index < last) setIndex(index + 1);
    else end(true);
  }, [index, last, end]);
  const stop = useCallback(() => end(false), [end]);

  return { status, index, result, begin, pause, resume, back, next, stop };
}
