import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { RiskCategory, RiskLevel } from '../../core/safety/detector.js';
import { SAFETY_WATCH_DELAY_MS, useDetection, type FieldWatch } from './detection.js';
import { samePassage, type Assessment, type Passage } from './passages.js';

export { SAFETY_WATCH_DELAY_MS } from './detection.js';

/**
 * What every free-text field in Haven shares: it reads what the person is
 * writing, on the device and after a short pause in typing, and decides
 * whether to offer help. Nothing typed here ever leaves the browser. The
 * reading itself happens in the page's detection service (detection.ts),
 * off the main thread.
 *
 * - `urgent` shows a notice with crisis contacts; `concern` a gentle offer.
 * - A notice, once shown, stays until the person hides it, even if the words
 *   that raised it are deleted: someone who writes a thought and erases it
 *   may still be in danger, and help should not vanish with the words.
 * - Neither nags. Hiding a notice remembers the passages it was about (as
 *   word sets, compared loosely, so fixing a typo or finishing the sentence is
 *   still "the same passage"). It comes back only for a passage not seen
 *   before, or when what is written becomes more serious than what was hidden.
 */

/**
 * How a field shows what it notices. `gentle` is for writing that is about hard
 * times by design (the safety plan): concern is not offered at all, and urgent
 * shows a quieter notice that is announced politely.
 */
export type SafetyWatchMode = 'standard' | 'gentle';

export interface SafetyWatch {
  /** What to show now: 'none' shows nothing. */
  level: RiskLevel;
  categories: readonly RiskCategory[];
  mode: SafetyWatchMode;
  /** Call with the field's whole text on every change. */
  onText: (text: string) => void;
  /** Call when the field loses focus: what is waiting is read without the pause. */
  onLeave: () => void;
  /** The person hid the notice or offer. */
  dismiss: () => void;
}

export function useSafetyWatch({
  enabled = true,
  mode = 'standard',
  delayMs = SAFETY_WATCH_DELAY_MS,
}: {
  enabled?: boolean;
  mode?: SafetyWatchMode;
  delayMs?: number;
} = {}): SafetyWatch {
  const [state, dispatch] = useReducer(watchReducer, initialWatchState);
  const detection = useDetection();
  const field = useRef<FieldWatch | undefined>(undefined);
  const modeNow = useRef(mode);

  useEffect(() => {
    modeNow.current = mode;
  }, [mode]);

  useEffect(() => {
    const watch = detection.watch(
      (assessment) => dispatch({ type: 'assessed', assessment, mode: modeNow.current }),
      delayMs,
    );
    field.current = watch;
    return () => watch.stop();
  }, [detection, delayMs]);

  const onText = useCallback(
    (text: string) => {
      if (enabled) field.current?.change(text);
    },
    [enabled],
  );
  const onLeave = useCallback(() => field.current?.settle(), []);
  const dismiss = useCallback(() => dispatch({ type: 'dismissed' }), []);

  return {
    level: enabled ? state.shown : 'none',
    categories: enabled ? state.categories : [],
    mode,
    onText,
    onLeave,
    dismiss,
  };
}

/* ------------------------------------------------------------------------ */
/* The pure part: the watch's state                                          */
/* ------------------------------------------------------------------------ */

export interface WatchState {
  shown: RiskLevel;
  categories: RiskCategory[];
  /** The latest reading, whether or not it is shown; hiding the notice remembers its passages. */
  latest: Assessment;
  /** Passages the person has hidden a notice about, and the most serious level hidden so far. */
  dismissed: Passage[];
  dismissedLevel: RiskLevel;
}

export type WatchEvent =
  { type: 'assessed'; assessment: Assessment; mode: SafetyWatchMode } | { type: 'dismissed' };

export const initialWatchState: WatchState = {
  shown: 'none',
  categories: [],
  latest: { level: 'none', categories: [], passages: [] },
  dismissed: [],
  dismissedLevel: 'none',
};

export function watchReducer(state: WatchState, event: WatchEvent): WatchState {
  if (event.type === 'dismissed') {
    return {
      ...state,
      shown: 'none',
      categories: [],
      dismissed: [...state.dismissed, ...state.latest.passages],
      dismissedLevel: maxLevel(state.dismissedLevel, maxLevel(state.shown, state.latest.level)),
    };
  }
  const { assessment, mode } = event;
  const fresh = alreadyDismissed(assessment, state) ? 'none' : assessment.level;
  const offered: RiskLevel = mode === 'gentle' && fresh === 'concern' ? 'none' : fresh;
  const rises = rank(offered) > rank(state.shown);
  return {
    ...state,
    latest: assessment,
    shown: rises ? offered : state.shown,
    categories: rises ? assessment.categories : state.categories,
  };
}

/** Everything this reading is about was hidden before, at the same level or a more serious one. */
export function alreadyDismissed(assessment: Assessment, state: WatchState): boolean {
  if (assessment.level === 'none') return true;
  if (rank(assessment.level) > rank(state.dismissedLevel)) return false;
  return assessment.passages.every((passage) =>
    state.dismissed.some(
      (hidden) => rank(hidden.level) >= rank(passage.level) && samePassage(hidden.words, passage.words),
    ),
  );
}

function rank(level: RiskLevel): number {
  return level === 'urgent' ? 2 : level === 'concern' ? 1 : 0;
}

function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return rank(a) >= rank(b) ? a : b;
}
