import { describe, expect, it } from 'vitest';
import {
  FEELINGS,
  QUADRANTS,
  QUADRANT_LABELS,
  MIDDLE_WORDS,
  feelingsFor,
  feelingsNear,
  findFeeling,
  quadrantOf,
  regionOf,
  searchFeelings,
} from './feelings.js';

describe('feelings vocabulary', () => {
  it('has at least 110 unique words, each with a one-line meaning', () => {
    expect(FEELINGS.length).toBeGreaterThanOrEqual(110);
    const words = FEELINGS.map((f) => f.word.toLowerCase());
    expect(new Set(words).size).toBe(words.length);
    for (const f of FEELINGS) {
      expect(f.word).toMatch(/^[a-z][a-z -]*[a-z]$/);
      expect(f.meaning.length).toBeGreaterThan(10);
      expect(f.meaning.length).toBeLessThanOrEqual(100);
      expect(f.meaning).not.toContain('\n');
      expect(QUADRANTS).toContain(f.quadrant);
    }
  });

  it('is roughly balanced: every quadrant has at least 25 words', () => {
    for (const q of QUADRANTS) {
      expect(feelingsFor(q).length).toBeGreaterThanOrEqual(25);
      expect(QUADRANT_LABELS[q].label).toBeTruthy();
    }
    expect(QUADRANTS.reduce((sum, q) => sum + feelingsFor(q).length, 0)).toBe(FEELINGS.length);
  });
});

describe('quadrantOf', () => {
  it('places the four corners', () => {
    expect(quadrantOf(1, 1)).toBe('pleasant-high');
    expect(quadrantOf(1, -1)).toBe('pleasant-low');
    expect(quadrantOf(-1, 1)).toBe('unpleasant-high');
    expect(quadrantOf(-1, -1)).toBe('unpleasant-low');
  });

  it('counts zero as the positive side on both axes', () => {
    expect(quadrantOf(0, 0)).toBe('pleasant-high');
    expect(quadrantOf(0, -0.01)).toBe('pleasant-low');
    expect(quadrantOf(-0.01, 0)).toBe('unpleasant-high');
    expect(quadrantOf(-0, -0)).toBe('pleasant-high');
  });

  it('copes with values outside the range and with NaN', () => {
    expect(quadrantOf(5, -7)).toBe('pleasant-low');
    expect(quadrantOf(Number.NaN, Number.NaN)).toBe('pleasant-high');
    expect(quadrantOf(-Infinity, 0.2)).toBe('pleasant-high');
  });
});

describe('the middle of the pad', () => {
  const words = (p: number, e: number) => feelingsNear(p, e).map((f) => f.word);

  it('offers words that fit the middle, not joyful, excited or delighted', () => {
    expect(regionOf(0, 0)).toBe('middle');
    const middle = words(0, 0);
    expect(middle).toContain('okay');
    expect(middle).toContain('steady');
    for (const loud of ['joyful', 'excited', 'delighted', 'elated', 'furious', 'hopeless']) {
      expect(middle).not.toContain(loud);
    }
  });

  it('keeps the middle small: just off centre is still the middle, a clear lean is a quadrant', () => {
    expect(regionOf(0.1, -0.1)).toBe('middle');
    expect(regionOf(-0.14, 0.14)).toBe('middle');
    expect(regionOf(0.15, 0)).toBe('pleasant-high');
    expect(regionOf(0, -0.2)).toBe('pleasant-low');
    expect(regionOf(-0.6, 0.05)).toBe('unpleasant-high');
    expect(words(0.6, 0.6)).toContain('joyful');
    expect(regionOf(Number.NaN, Number.NaN)).toBe('middle');
  });

  it('draws every middle word from the vocabulary, each once', () => {
    expect(feelingsNear(0, 0)).toHaveLength(MIDDLE_WORDS.length);
    expect(new Set(MIDDLE_WORDS).size).toBe(MIDDLE_WORDS.length);
    for (const word of MIDDLE_WORDS) expect(findFeeling(word)?.word).toBe(word);
  });
});

describe('searchFeelings', () => {
  it('finds words case- and accent-insensitively', () => {
    expect(searchFeelings('CALM').map((f) => f.word)).toContain('calm');
    expect(searchFeelings('cálm').map((f) => f.word)).toContain('calm');
    expect(findFeeling('Serène')?.word).toBe('serene');
  });

  it('puts word-start matches before other word matches and meaning matches', () => {
    const words = searchFeelings('res').map((f) => f.word);
    const first = words.indexOf('restless');
    const inner = words.indexOf('stressed');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(inner).toBeGreaterThan(first);
    // every word starting with "res" comes before every word merely containing it
    const startsCount = words.filter((w) => w.split(/[\s-]/).some((p) => p.startsWith('res'))).length;
    expect(words.slice(0, startsCount).every((w) => w.split(/[\s-]/).some((p) => p.startsWith('res')))).toBe(
      true,
    );
  });

  it('matches the start of a later word in a phrase', () => {
    expect(searchFeelings('out')[0]?.word).toBe('burnt out');
  });

  it('searches meanings after words', () => {
    const results = searchFeelings('lake');
    expect(results.map((f) => f.word)).toEqual(['serene']);
  });

  it('returns nothing for an empty query', () => {
    expect(searchFeelings('   ')).toEqual([]);
  });
});
