import type { RiskCategory, RiskLevel, RiskResult } from '../../core/safety/detector.js';

/**
 * What one reading of a piece of writing says, and the passages it was about.
 * Pure and small: the main thread keeps it to remember what a person hid; the
 * detector itself is passed in, so only the worker (or the main-thread
 * fallback) ever loads it.
 */

/** One stretch of writing that raised something, kept only as its set of words. */
export interface Passage {
  words: ReadonlySet<string>;
  level: Exclude<RiskLevel, 'none'>;
}

export interface Assessment {
  /** The whole text's level (combinations across sentences can raise it). */
  level: RiskLevel;
  categories: RiskCategory[];
  /** The sentences that raised something on their own: what a dismissal is tied to. */
  passages: Passage[];
}

/** Everything one check answers: the safety assessment and whether the writing guesses at someone else's mind. */
export interface Reading extends Assessment {
  mindReading: boolean;
}

/** Reads the whole text, then each sentence on its own, so a dismissal can be tied to what it was about. */
export function assessPassages(text: string, detectRisk: (text: string) => RiskResult): Assessment {
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
function splitPassages(text: string): string[] {
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
