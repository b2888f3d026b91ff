import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MIND_READING_PAUSE,
  detectMindReading,
  mindReadingRule,
  normaliseForMindReading,
} from './mindReading.js';

interface Labelled {
  text: string;
  mindReading: boolean;
}

function load(name: string): Labelled[] {
  const raw = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return raw
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Labelled);
}

function score(rows: readonly Labelled[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const found = detectMindReading(row.text);
    if (found && row.mindReading) tp++;
    else if (found) {
      fp++;
      misses.push(`false positive: ${row.text}`);
    } else if (row.mindReading) {
      fn++;
      misses.push(`missed: ${row.text}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), misses };
}

describe('mind-reading detection on labelled sets', () => {
  /*
   * mind-reading-set: the tuning set. mind-reading-holdout: written before the rules existed.
   * mind-reading-blind: written after the first version of the rules was frozen; its first score was
   * precision 1.00, recall 0.63 (19/30). The rules were then widened with its misses in view, so it is
   * no longer unseen; it stays here as a regression set.
   */
  it.each([
    ['mind-reading-set.jsonl', 70, 0.9],
    ['mind-reading-holdout.jsonl', 25, 0.75],
    ['mind-reading-blind.jsonl', 25, 0.75],
  ] as const)('%s meets its precision and recall floor', (file, minEach, floor) => {
    const rows = load(file);
    expect(rows.filter((r) => r.mindReading).length).toBeGreaterThanOrEqual(minEach);
    expect(rows.filter((r) => !r.mindReading).length).toBeGreaterThanOrEqual(minEach);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    const { precision, recall, misses } = score(rows);
    console.info(`${file}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(floor);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });

  it('keeps the holdout and blind sets apart from the tuning set', () => {
    const tuning = new Set(load('mind-reading-set.jsonl').map((r) => r.text.toLowerCase()));
    for (const file of ['mind-reading-holdout.jsonl', 'mind-reading-blind.jsonl']) {
      for (const row of load(file)) expect(tuning.has(row.text.toLowerCase())).toBe(false);
    }
  });
});

describe('detectMindReading', () => {
  it('catches the examples from the issue, however they are typed', () => {
    for (const text of [
      'what are they thinking of me',
      'do they even like me',
      'they must think I’m stupid',
      'I bet she’s annoyed with me',
      'he probably hates me now',
      'everyone thinks im annoying',
      'why hasnt she texted back, she must be mad',
      'THEY MUST THINK IM STUPID',
      'he probly h8s me now',
    ]) {
      expect(detectMindReading(text), text).toBe(true);
    }
  });

  it('leaves reports, own thoughts, ideas, plans and stories alone', () => {
    for (const text of [
      'She told me she was annoyed.',
      "I think I'm tired.",
      'I wonder what the weather will be.',
      'Tomorrow: groceries, then call the bank.',
      'In the novel, Ana is sure her brother hates her.',
      'What do people feel when they grieve?',
      'I wonder what they think of the new park.',
      '',
    ]) {
      expect(detectMindReading(text), text).toBe(false);
    }
  });

  it('finds a guess inside a longer entry', () => {
    const entry =
      'Long day at work. I made soup and watched a film.\n\nThen I saw the photos from the party. They must think I’m so boring.';
    expect(detectMindReading(entry)).toBe(true);
    expect(mindReadingRule(entry)).toBe('think-about-me');
  });

  it('normalises case, quotes, apostrophes, accents and shorthand', () => {
    expect(normaliseForMindReading('She’s “SURE” he’s mad, ppl say')).toBe(
      'shes | sure | hes mad | people say',
    );
    expect(normaliseForMindReading('Zoë was annoyed w/ me')).toBe('zoe was annoyed with me');
  });

  it('finds one guess at someone else’s mind at the end of a very long entry', () => {
    const long = 'I went for a walk and it was lovely. '.repeat(3000) + 'she probably hates me.';
    expect(detectMindReading(long)).toBe(true);
  });
});

describe('MIND_READING_PAUSE', () => {
  it('offers the three questions gently and can be dismissed', () => {
    expect(MIND_READING_PAUSE.questions).toEqual([
      'What am I feeling right now?',
      'What do I need?',
      'How can I care for myself in this moment?',
    ]);
    expect(MIND_READING_PAUSE.body).toMatch(/If it helps/);
    expect(MIND_READING_PAUSE.dismiss).toBeTruthy();
  });
});
