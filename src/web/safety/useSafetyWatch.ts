import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { RiskCategory, RiskLevel, RiskResult } from '../../core/safety/detector.js';

type Detect = (text: string) => RiskResult;
let loadedDetector: Detect | undefined;
let loadingDetector: Promise<Detect> | undefined;

/**
 * The detector is large, so it loads with the first keystroke in a watched
 * field rather than with the first screen. It is bundled with the app, so this
 * works offline too.
 */
export function loadDetector(): Promise<Detect> {
  loadingDetector ??= import('../../core/safety/detector.js').then((module) => {
    loadedDetector = module.detectRisk;
    return module.detectRisk;
  });
  return loadingDetector;
}

/**
 * What every free-text field in Haven shares: it reads what the person is
 * writing, on the device and after a short pause in typing, and decides
 * whether to offer help. Nothing typed here ever leaves the browser.
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
  /** The person hid the notice or offer. */
  dismiss: () => void;
}

/** Long enough that a sentence in progress is not read word by word. */
export const SAFETY_WATCH_DELAY_MS = 600;

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
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onText = useCallback(
    (text: string) => {
      if (!enabled) return;
      void loadDetector();
      clearTimeout(timer.current);
      const reading = ++latest.current;
      timer.current = setTimeout(() => {
        const assess = (detect: Detect) => {
          // Only the newest text counts: a slow first load must not show an older reading.
          if (reading === latest.current)
            dispatch({ type: 'assessed', assessment: assessPassages(text, detect), mode });
        };
        if (loadedDetector) assess(loadedDetector);
        else void loadDetector().then(assess);
      }, delayMs);
    },
    [enabled, mode, delayMs],
  );
  const dismiss = useCallback(() => dispatch({ type: 'dismissed' }), []);

  return {
    level: enabled ? state.shown : 'none',
    categories: enabled ? state.categories : [],
    mode,
    onText,
    dismiss,
  };
}

/* ------------------------------------------------------------------------ */
/* The pure part: passages, fingerprints and the watch's state               */
/* ------------------------------------------------------------------------ */

/** One stretch of writing that raised something, kept only as its set of words. */
export interface Passage {
  words: ReadonlySet<string>;
  level: Exclude<RiskLevel, 'none'>;
}

export interface Assessment {
  /** The whole text's level (combinations across sentences can raise it). */
  level: RiskLevel;
  categories: RiskCategory[];
  /** The sentences that raised something on their own. */
  passages: Passage[];
}

/** Reads the whole text, then each sentence on its own, so a dismissal can be tied to what it was about. */
export function assessPassages(text: string, detectRisk: Detect): Assessment {
  const overall = detectRisk(text);
  if (overall.level === 'none') return { level: 'none', categories: [], passages: [] };
  const passages: Passage[] = [];
  for (const sentence of splitPassages(text)) {
    const { level } = detectRisk(sentence);
    if (level !== 'none') passages.push({ words: wordsOf(sentence), level });
  }
  return { level: overall.level, categories: overall.categories, passages };
}

/** Sentences and lines; commas stay inside, since a thought often runs on with them. */
export function splitPassages(text: string): string[] {
  return text
    .split(/[.!?;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function wordsOf(passage: string): Set<string> {
  return new Set(
    passage
      .toLowerCase()
      .replace(/['’‘`]/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0),
  );
}

/**
 * Two passages are the same when most of the shorter one's words are in the
 * longer one: a sentence being finished, a typo fixed or a word added.
 */
export function samePassage(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size >= SAME_PASSAGE_SHARE;
}

const SAME_PASSAGE_SHARE = 0.75;

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
