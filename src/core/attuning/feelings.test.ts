import { describe, expect, it } from 'vitest';
import {
  FEELINGS,
  QUADRANTS,
  QUADRANT_LABELS,
  feelingsFor,
  findFeeling,
  quadrantOf,
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
