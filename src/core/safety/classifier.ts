/**
 * The learned layer of crisis-language detection: two small logistic
 * regression models over hashed words, stems, word pairs, letter 4-grams,
 * word families (concepts.ts) and words inside the reach of a "not", trained offline by
 * `scripts/train-safety-classifier.ts` on the labelled passages in data/safety/
 * and shipped as a data file (classifier-weights.json, read by detector.ts).
 * Pure TypeScript, no network, no download.
 *
 * One model scores "any risk" (concern or urgent), the other "urgent". Each is
 * read over runs of nearby sentences (see `windowsOf`), and the highest score
 * counts, so one risky sentence in a long ordinary entry is not diluted by the
 * rest, and sentences far apart are never read together. It reads normalised tokens from the detector and
 * never keeps or returns any of the text.
 */

import { familiesOf } from './concepts.js';

export type LearnedLevel = 'none' | 'concern' | 'urgent';

export interface LearnedResult extends Scores {
  level: LearnedLevel;
}

/** Where the learned layer's scores become levels; chosen by the training script. */
export interface Thresholds {
  /** Urgent score at or above which the model says urgent. */
  urgent: number;
  /** Any-risk score at or above which the model says concern. */
  risk: number;
  /** Any-risk score the model must also reach to say urgent: the two models must agree. */
  agree: number;
  /** Below this on both scores, a raise by the rules alone is set aside. */
  veto: number;
  /** Urgent score at which the model is heard even where the rules saw a guard. */
  guardOverride: number;
}

/** Number of hash buckets: features are hashed into `[0, BUCKETS)`. */
export const BUCKETS = 1 << 16;

const FIRST_PERSON = new Set(['i', 'im', 'me', 'my', 'myself', 'ive', 'mine']);
const NEGATORS = new Set([
  'not',
  'dont',
  'never',
  'no',
  'cant',
  'wont',
  'didnt',
  'isnt',
  'nothing',
  'nobody',
]);
/** The token a blank line becomes (see rules.ts): the end of a paragraph, which no window crosses. */
export const PARAGRAPH = '¶';
const SENTENCE_END = /^[.!?¶]/;
const WORD = /^[a-z0-9]/;
const CLAUSE_MARK = /^[,;:]/;
/** Words after which a clause turns: the reach of a "not" ends there. */
const CLAUSE_TURN = new Set([',', 'but', 'and', 'so', 'because', 'though', 'although', 'just']);
/** How many words a "not" reaches at most. */
const NEGATION_REACH = 6;

/** FNV-1a, 32 bits, into the buckets. */
function bucket(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

/** A crude stem, so "cutting", "cuts" and "cut" share something. */
function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s|ly)$/, '');
}

/** Splits normalised tokens into sentences of words; punctuation other than sentence ends is dropped. */
export function sentencesOf(tokens: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const t of tokens) {
    if (SENTENCE_END.test(t)) {
      if (current.length > 0) out.push(current);
      current = [];
    } else if (CLAUSE_MARK.test(t)) {
      // Kept inside the sentence as a clause mark: it ends the reach of a "not".
      if (current.length > 0 && current[current.length - 1] !== ',') current.push(',');
    } else if (WORD.test(t)) {
      current.push(t);
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One sentence's feature buckets, and whether it speaks in the first person or negates. */
interface SentenceFeatures {
  buckets: number[];
  first: boolean;
  negated: boolean;
}

/** Features of one word alone, cached per call: long entries repeat their words. */
function wordBuckets(w: string, cache: Map<string, number[]>): number[] {
  let out = cache.get(w);
  if (out) return out;
  out = [bucket(`w:${w}`)];
  const s = stem(w);
  if (s !== w) out.push(bucket(`s:${s}`));
  // Letters four at a time, so misspellings and new forms of a word still share features.
  const padded = `<${w}>`;
  for (let i = 0; i + 4 <= padded.length; i++) out.push(bucket(`c:${padded.slice(i, i + 4)}`));
  cache.set(w, out);
  return out;
}

function sentenceFeatures(words: readonly string[], cache: Map<string, number[]>): SentenceFeatures {
  const buckets: number[] = [];
  let first = false;
  let negated = false;
  let prev = '^';
  let prevFamilies: readonly string[] = [];
  const present = new Set<string>();
  let reach = 0;
  for (const w of words) {
    if (CLAUSE_TURN.has(w)) reach = 0;
    if (w === ',') {
      prev = '^';
      prevFamilies = [];
      continue;
    }
    // Inside the reach of a "not", words and families are features of their own:
    // "i dont want to live" and "i want to live it fully" share little.
    const mark = reach > 0 ? 'n' : '';
    if (reach > 0) reach--;
    for (const b of wordBuckets(w, cache)) buckets.push(b);
    if (mark) buckets.push(bucket(`n:${w}`));
    buckets.push(bucket(`b:${prev} ${w}`));
    // Families stand in for words, so a pair learned as "self stop" still counts for new wording.
    const families = familiesOf(w);
    for (const f of families) {
      present.add(mark + f);
      buckets.push(bucket(`k${mark}:${f}`));
      buckets.push(bucket(`kb:${prev} ${f}`));
      for (const p of prevFamilies) buckets.push(bucket(`kb:${p} ${f}`));
    }
    for (const p of prevFamilies) buckets.push(bucket(`kb:${p} ${w}`));
    if (FIRST_PERSON.has(w)) first = true;
    if (NEGATORS.has(w)) {
      negated = true;
      reach = NEGATION_REACH;
    }
    prev = w;
    prevFamilies = families;
  }
  buckets.push(bucket(`b:${prev} $`));
  // Families that meet in one sentence ("self" and "without" and "better").
  const families = [...present].sort();
  for (let i = 0; i < families.length; i++) {
    for (let j = i + 1; j < families.length; j++) buckets.push(bucket(`kk:${families[i]} ${families[j]}`));
  }
  return { buckets, first, negated };
}

const FIRST_BUCKET = bucket('f:first-person');
const NEGATION_BUCKET = bucket('f:negation');

/** Scratch marks for de-duplicating buckets: holds numbers only, never text. */
const seen = new Uint32Array(BUCKETS);
let generation = 0;

/**
 * The distinct buckets of each run of sentences from `start`, one run per
 * length up to `most`: each run's buckets are the run before it and then the
 * next sentence's new ones, so every sentence is read once per start rather
 * than once per window. The first-person and negation marks come last in each.
 */
function runsFrom(parts: readonly SentenceFeatures[], start: number, most: number): number[][] {
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    seen.fill(0);
    generation = 1;
  }
  const runs: number[][] = [];
  const buckets: number[] = [];
  let first = false;
  let negated = false;
  for (let i = start; i < parts.length && i < start + most; i++) {
    const part = parts[i] as SentenceFeatures;
    for (const b of part.buckets) {
      if (seen[b] === generation) continue;
      seen[b] = generation;
      buckets.push(b);
    }
    first ||= part.first;
    negated ||= part.negated;
    const run = buckets.slice();
    if (first && seen[FIRST_BUCKET] !== generation) run.push(FIRST_BUCKET);
    if (negated && seen[NEGATION_BUCKET] !== generation && !(first && NEGATION_BUCKET === FIRST_BUCKET)) {
      run.push(NEGATION_BUCKET);
    }
    runs.push(run);
  }
  return runs;
}

/** The distinct feature buckets of a run of sentences. */
export function featuresOf(sentences: readonly (readonly string[])[]): number[] {
  const cache = new Map<string, number[]>();
  const parts = sentences.map((words) => sentenceFeatures(words, cache));
  return runsFrom(parts, 0, parts.length).at(-1) ?? [];
}

/**
 * Feature buckets of every window read in use: see `windowsOf` and
 * `readableParagraphs`; no window crosses the end of a paragraph. Windows with too few different words are left out, so
 * one word typed over and over, or a single word, is never read by the model.
 */
export function windowFeatures(tokens: readonly string[]): number[][] {
  const cache = new Map<string, number[]>();
  return readableParagraphs(tokens).flatMap((sentences) => {
    const parts = sentences.map((words) => sentenceFeatures(words, cache));
    const runs = parts.map((_, start) => runsFrom(parts, start, WINDOW_SENTENCES));
    return windowsOf(sentences.map((words, at) => ({ words, at })))
      .filter((window) => saysEnough(window.map((p) => p.words)))
      .map((window) => runs[window[0]?.at ?? 0]?.[window.length - 1] ?? []);
  });
}

/** Weights of one model, as floats. */
export interface Model {
  bias: number;
  weights: Float32Array;
}

/** Logistic score of a feature set: each present feature counts 1/sqrt(n). */
export function probability(model: Model, features: readonly number[]): number {
  if (features.length === 0) return 1 / (1 + Math.exp(-model.bias));
  const value = 1 / Math.sqrt(features.length);
  let z = model.bias;
  for (const f of features) z += (model.weights[f] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The widest window read: this many sentences in a row. */
export const WINDOW_SENTENCES = 5;
/** Sentences longer than this many words are read in overlapping pieces of it. */
export const PIECE_WORDS = 48;
/** A window with fewer distinct words than this says too little for the model to read. */
export const MIN_DISTINCT_WORDS = 2;

/**
 * The windows read: every run of one to five sentences in a row (a text of five
 * sentences or fewer is read whole, and sentence by sentence and pair by pair).
 * Never the whole of a longer text, so two ordinary paragraphs cannot add up to
 * something neither says.
 */
export function windowsOf<T>(sentences: readonly T[]): (readonly T[])[] {
  if (sentences.length <= WINDOW_SENTENCES) {
    const windows: (readonly T[])[] = [sentences];
    if (sentences.length > 1) {
      for (let i = 0; i < sentences.length; i++) {
        windows.push(sentences.slice(i, i + 1));
        if (i + 1 < sentences.length) windows.push(sentences.slice(i, i + 2));
      }
    }
    return windows;
  }
  const windows: (readonly T[])[] = [];
  for (let i = 0; i < sentences.length; i++) {
    for (let n = 1; n <= WINDOW_SENTENCES && i + n <= sentences.length; n++)
      windows.push(sentences.slice(i, i + n));
  }
  return windows;
}

/**
 * Paragraphs of sentences as the model reads them: long sentences cut into
 * overlapping pieces, so a text without stops is still read locally.
 */
export function readableParagraphs(tokens: readonly string[]): string[][][] {
  const paragraphs: string[][][] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i] !== PARAGRAPH) continue;
    const sentences: string[][] = [];
    for (const sentence of sentencesOf(tokens.slice(start, i))) {
      if (sentence.length <= PIECE_WORDS) {
        sentences.push(sentence);
        continue;
      }
      const step = PIECE_WORDS / 2;
      for (let j = 0; j < sentence.length; j += step) {
        sentences.push(sentence.slice(j, j + PIECE_WORDS));
        if (j + PIECE_WORDS >= sentence.length) break;
      }
    }
    if (sentences.length > 0) paragraphs.push(sentences);
    start = i + 1;
  }
  return paragraphs;
}

/** Whether a run of sentences holds enough different words to be worth reading. */
function saysEnough(window: readonly (readonly string[])[]): boolean {
  const distinct = new Set<string>();
  for (const words of window) {
    for (const w of words) {
      if (w !== ',') distinct.add(w);
      if (distinct.size >= MIN_DISTINCT_WORDS) return true;
    }
  }
  return false;
}

/** The learned layer's scores: the highest over the windows read, and whether any was read. */
export interface Scores {
  risk: number;
  urgent: number;
  /** False when the text gave the model nothing to read (too short, or one word over and over). */
  read: boolean;
}

/**
 * Highest scores of both models over the windows of a text. The urgent score is
 * the highest among windows whose any-risk score also reaches `agree`, when
 * there are any: the two models must agree about one stretch of text, not each
 * about a different one.
 */
export function scoreTokens(tokens: readonly string[], risk: Model, urgent: Model, agree: number): Scores {
  return scoreWindows(windowFeatures(tokens), risk, urgent, agree);
}

/** As `scoreTokens`, over windows already turned into features. */
export function scoreWindows(
  windows: readonly (readonly number[])[],
  risk: Model,
  urgent: Model,
  agree: number,
): Scores {
  let bestRisk = 0;
  let bestUrgent = 0;
  let bestAgreed = -1;
  for (const features of windows) {
    const r = probability(risk, features);
    const u = probability(urgent, features);
    bestRisk = Math.max(bestRisk, r);
    bestUrgent = Math.max(bestUrgent, u);
    if (r >= agree) bestAgreed = Math.max(bestAgreed, u);
  }
  return { risk: bestRisk, urgent: bestAgreed >= 0 ? bestAgreed : bestUrgent, read: windows.length > 0 };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes base64 bytes as signed 8-bit weights, times `scale`. */
export function decodeWeights(encoded: string, scale: number): Float32Array {
  const out = new Float32Array(BUCKETS);
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (let i = 0; i < encoded.length && at < BUCKETS; i++) {
    const v = BASE64.indexOf(encoded.charAt(i));
    if (v < 0) continue;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (buffer >> bits) & 0xff;
      out[at++] = (byte > 127 ? byte - 256 : byte) * scale;
    }
  }
  return out;
}

/** Encodes weights as signed 8-bit values in base64; returns the scale to decode with. */
export function encodeWeights(weights: Float32Array | readonly number[]): { encoded: string; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const bytes: number[] = [];
  for (const w of weights) bytes.push(Math.round(w / scale) & 0xff);
  let encoded = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    encoded += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63);
    encoded += i + 1 < bytes.length ? BASE64.charAt((n >> 6) & 63) : '=';
    encoded += i + 2 < bytes.length ? BASE64.charAt(n & 63) : '=';
  }
  return { encoded, scale };
}

/** The learned layer's level for its two scores: urgent only when both models agree. */
export function learnedLevelOf(scores: { risk: number; urgent: number }, t: Thresholds): LearnedLevel {
  if (scores.urgent >= t.urgent && scores.risk >= t.agree) return 'urgent';
  return scores.risk >= t.risk ? 'concern' : 'none';
}
