import { describe, expect, it } from 'vitest';
import { FAMILY_NAMES, familiesOf } from './concepts.js';
import { tokensForDetection } from './detector.js';

describe('word families', () => {
  it('holds only words as the detector normalises them', () => {
    for (const family of FAMILY_NAMES) expect(family).toMatch(/^[a-z]+$/);
    // Words the tokeniser would change (apostrophes, case) would never be looked up.
    for (const word of ['dont', 'im', 'cant', 'goodbye', 'pills', 'tonight'])
      expect(tokensForDetection(word)).toEqual([word]);
  });

  it('gives a word every family it belongs to, and nothing to an unknown word', () => {
    expect(familiesOf('goodbye')).toContain('farewell');
    expect(familiesOf('nobody')).toEqual(expect.arrayContaining(['negate', 'everyone']));
    expect(familiesOf('teapot')).toEqual([]);
    // Never a family for an inherited property name.
    expect(familiesOf('constructor')).toEqual([]);
    expect(familiesOf('__proto__')).toEqual([]);
  });
});
