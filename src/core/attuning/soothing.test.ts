import { describe, expect, it } from 'vitest';
import { SENSES, SOOTHING_SENSES, senseInfo } from './soothing.js';

describe('soothing kit', () => {
  it('covers the five senses in order, each with at least 8 unique suggestions', () => {
    expect(SOOTHING_SENSES.map((s) => s.id)).toEqual([...SENSES]);
    for (const sense of SOOTHING_SENSES) {
      expect(sense.label).toBeTruthy();
      expect(sense.prompt.endsWith('?')).toBe(true);
      expect(sense.suggestions.length).toBeGreaterThanOrEqual(8);
      expect(new Set(sense.suggestions).size).toBe(sense.suggestions.length);
    }
  });

  it('finds a sense and refuses an unknown one', () => {
    expect(senseInfo('smell').label).toBe('Smell');
    expect(() => senseInfo('hearing' as never)).toThrow();
  });
});
