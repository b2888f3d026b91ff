import { describe, expect, it } from 'vitest';
import { excerpt, matchesTerms, payloadText, searchTerms } from './search.js';

describe('record search', () => {
  it('splits a query into folded, unique terms', () => {
    expect(searchTerms('  Café  cafe CALM ')).toEqual(['cafe', 'calm']);
    expect(searchTerms('   ')).toEqual([]);
  });

  it('needs every term, ignoring case and accents', () => {
    const text = payloadText({ title: 'Morning', body: 'A slow Café visit, then calm.', tags: ['Rest'] });
    expect(matchesTerms(text, searchTerms('cafe rest'))).toBe(true);
    expect(matchesTerms(text, searchTerms('cafe storm'))).toBe(false);
    expect(matchesTerms(text, [])).toBe(false);
  });

  it('collects strings from nested payloads but not numbers', () => {
    expect(payloadText({ a: ['x', { b: 'y' }], n: 42 })).toBe('x\ny');
  });

  it('cuts an excerpt around the first match', () => {
    const long = `${'word '.repeat(60)}the lighthouse was lit ${'more '.repeat(60)}`;
    const cut = excerpt(long, ['lighthouse'], 30);
    expect(cut).toContain('lighthouse');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(80);
  });

  it('shows an excerpt as prose, without Markdown stars or list dashes', () => {
    const text = 'The light was **golden**.\n- tea\n- a bench by the *river*';
    expect(excerpt(text, ['golden'])).toBe('The light was golden. tea a bench by the river');
  });
});
