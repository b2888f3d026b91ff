/**
 * Hearing the critic again. When a person writes something (a journal line, a
 * check-in note, a trigger log) that sounds like a critic they have already
 * met in a dialogue, Haven offers the kind translation they wrote for it. The
 * rule runs on the device, over records only the signed-in person can read.
 *
 * Two ways in: the person's own past critic statements (shared words, once
 * pronouns and small words are set aside), and harsh self-talk patterns
 * (../delight/harshWords.ts: "I
 * should have", "I always mess up", "what's wrong with me", "I'm so stupid").
 * Patterns are written narrowly, so ordinary plans ("I should call Mum"),
 * other people ("she's always late") and idioms ("you should have seen it")
 * pass quietly.
 */

import { harshPatternsIn, normalise, sentencesOf, type HarshPattern } from '../delight/harshWords.js';

// The harsh-talk patterns live in one place, shared with kinder self-talk's pointing.
export {
  HARSH_PATTERNS,
  harshPatternsIn,
  normalise,
  sentencesOf,
  type HarshPattern,
} from '../delight/harshWords.js';

/** A critic the person has met: one saved dialogue. */
export interface KnownCritic {
  id: string;
  critic?: string | undefined;
  says: string;
  translation?: string | undefined;
}

export interface CriticMatch {
  /** The sentence that sounded like the critic, as written. */
  sentence: string;
  /** Why it matched: the person's own critic words, or a harsh pattern. */
  because: 'their-words' | HarshPattern;
  /** The dialogue whose translation to offer; absent when no known critic fits. */
  critic?: KnownCritic;
}

// Words that carry no meaning of their own here: pronouns, articles, helpers.
const STOP = new Set(
  (
    'i me my myself mine you your yours yourself we us our they them their he him his she her it its a an the ' +
    'and or but so if then than that this these those is am are was were be been being do does did done have ' +
    'has had having to of in on at for with by from as about into just really very too not no dont doesnt ' +
    'didnt cant cannot wont isnt arent wasnt im youre ive youve ill youll id youd there here what when why how ' +
    'all any some again more most such only own same can could would should will shall may might must ever ' +
    'get got going go up out off over also even still because'
  ).split(' '),
);

/** The meaning-bearing words of a text, roughly stemmed so "messed" meets "mess". */
export function contentWords(text: string): Set<string> {
  const words = normalise(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));
  return new Set(words.map(stem));
}

function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'ly']) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * How much of the critic's own words a sentence carries: the share of the
 * critic statement's content words the sentence shares (0 to 1), counted only
 * once at least two of them (or the only one) are shared, and how many.
 */
export function echoOf(sentence: string, criticSays: string): { score: number; shared: number } {
  const mine = contentWords(sentence);
  let best = { score: 0, shared: 0 };
  for (const part of sentencesOf(criticSays)) {
    const theirs = contentWords(part);
    if (theirs.size === 0) continue;
    let shared = 0;
    for (const word of theirs) if (mine.has(word)) shared++;
    if (shared < Math.min(2, theirs.size)) continue;
    const score = shared / Math.min(theirs.size, Math.max(mine.size, 1));
    if (score > best.score) best = { score, shared };
  }
  return best;
}

export function echoScore(sentence: string, criticSays: string): number {
  return echoOf(sentence, criticSays).score;
}

const SELF = /\b(?:i|me|my|myself|you|your|yourself)\b/;

/** A sentence echoes a critic's words from this score up. */
export const ECHO_THRESHOLD = 0.6;

/**
 * The critic a text sounds like, and the translation to offer, or null when
 * it sounds like no critic. Only critics with a translation are offered; a
 * harsh pattern with no known critic that fits is still reported, so Haven
 * can offer a dialogue instead.
 */
export function matchCritic(text: string, known: readonly KnownCritic[]): CriticMatch | null {
  const withTranslation = known.filter((k) => k.translation?.trim());
  const sentences = sentencesOf(text);
  let echo: { sentence: string; critic: KnownCritic; score: number } | null = null;
  for (const sentence of sentences) {
    const aboutMe = SELF.test(normalise(sentence));
    for (const critic of withTranslation) {
      const { score, shared } = echoOf(sentence, critic.says);
      // One shared word is enough only in self-talk: "so lazy" about the cat is not the critic.
      if (shared < 2 && !aboutMe) continue;
      if (score >= ECHO_THRESHOLD && (!echo || score > echo.score)) echo = { sentence, critic, score };
    }
  }
  if (echo) return { sentence: echo.sentence, because: 'their-words', critic: echo.critic };

  for (const sentence of sentences) {
    const patterns = harshPatternsIn(sentence);
    const first = patterns[0];
    if (!first) continue;
    const critic = closestCritic(sentence, patterns, withTranslation);
    return { sentence, because: first, ...(critic ? { critic } : {}) };
  }
  return null;
}

/** For a harsh sentence: the known critic sharing the most words with it, else one speaking the same pattern. */
function closestCritic(
  sentence: string,
  patterns: readonly HarshPattern[],
  known: readonly KnownCritic[],
): KnownCritic | undefined {
  const mine = contentWords(sentence);
  let best: { critic: KnownCritic; score: number } | undefined;
  for (const critic of known) {
    const theirs = contentWords(critic.says);
    let shared = 0;
    for (const word of theirs) if (mine.has(word)) shared++;
    const samePattern = sentencesOf(critic.says).some((s) =>
      harshPatternsIn(s).some((p) => patterns.includes(p)),
    );
    const score = shared + (samePattern ? 0.5 : 0);
    if (score >= 0.5 && (!best || score > best.score)) best = { critic, score };
  }
  return best?.critic;
}
