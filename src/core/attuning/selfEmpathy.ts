/**
 * Self-empathy: after a check-in, a short, kind reflection that names the
 * feelings and needs back and asks what you can give yourself. It reflects;
 * it never interprets or diagnoses.
 */
import { needLabel } from './needs.js';

export interface ReflectInput {
  feelings: readonly string[];
  /** Need ids from the needs list, or a person's own words. */
  unmetNeeds: readonly string[];
  metNeeds: readonly string[];
}

/** Trims, collapses spaces, and drops blank and repeated (case aside) entries, keeping order. */
export function cleanList(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const item of items) {
    const trimmed = item.trim().replace(/\s+/g, ' ');
    const key = trimmed.toLowerCase();
    if (!trimmed || seen.has(key)) continue;
    seen.add(key);
    clean.push(trimmed);
  }
  return clean;
}

/** Joins words naturally: "a", "a and b", "a, b and c". Blank and repeated entries are dropped. */
export function joinNaturally(items: readonly string[]): string {
  const clean = cleanList(items);
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}`;
}

/** Labels read more naturally in lower case mid-sentence ("Time alone" -> "time alone"); "I" and acronyms stay. */
function midSentence(item: string): string {
  return item.replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase());
}

const needWords = (items: readonly string[]): string[] =>
  cleanList(items.map((item) => midSentence(needLabel(item.trim()))));

/**
 * A reflection of two or three sentences, e.g. "It sounds like you're feeling
 * tender and tired, and wanting rest. Thank you for listening to yourself. What is one small
 * thing you could give yourself right now, towards rest?" Works with any of
 * the lists empty.
 */
export function reflect(input: ReflectInput): string {
  const feelingList = cleanList(input.feelings.map(midSentence));
  const unmetList = needWords(input.unmetNeeds);
  const metList = needWords(input.metNeeds);
  const feelings = joinNaturally(feelingList);
  const unmet = joinNaturally(unmetList);
  const met = joinNaturally(metList);

  let first: string;
  if (feelings && unmet) first = `It sounds like you're feeling ${feelings}, and wanting ${unmet}.`;
  else if (feelings) first = `It sounds like you're feeling ${feelings}.`;
  else if (unmet) first = `It sounds like you're wanting ${unmet}.`;
  else if (met) first = 'It sounds like some of what you need is here today.';
  else first = 'Whatever is here for you right now is welcome, even if it has no name yet.';

  let second = '';
  if (met) second = `And ${met} ${metList.length > 1 ? 'are' : 'is'} there for you too.`;
  else if (feelings || unmet) second = 'Thank you for listening to yourself.';

  const question = unmetList[0]
    ? `What is one small thing you could give yourself right now, towards ${unmetList[0]}?`
    : 'What could you give yourself right now, even something small?';

  return [first, second, question].filter(Boolean).join(' ');
}
