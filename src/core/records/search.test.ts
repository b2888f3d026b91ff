import { describe, expect, it } from 'vitest';
import { excerpt, matchesTerms, payloadText, plainText, searchTerms } from './search.js';

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

  it('cuts around the first match on word boundaries, with an ellipsis where it was cut', () => {
    const body = `${'Morning light. '.repeat(20)}I sat by the canal and watched the herons. ${'Evening came. '.repeat(20)}`;
    const cut = excerpt(body, searchTerms('herons'), 120);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('herons');
    expect(cut.length).toBeLessThanOrEqual(122);
    expect(cut).not.toMatch(/…\S*ight\b|ornin…/); // never a broken word at either end
  });

  it('opens at the start when the writing itself has no match', () => {
    expect(excerpt('A short entry.', searchTerms('title-only'))).toBe('A short entry.');
  });

  it('finds the match behind accents and capitals', () => {
    const body = `${'Rain again. '.repeat(30)}Then the CAFÉ by the river. ${'Rain again. '.repeat(30)}`;
    expect(excerpt(body, searchTerms('cafe'), 60)).toContain('CAFÉ');
  });

  it('reads as prose: no Markdown marks, one space between words', () => {
    expect(plainText('# Walk\n\n- **slow** steps\n-  by the *water*\n> quoted')).toBe(
      'Walk slow steps by the water quoted',
    );
    expect(excerpt('The light was **golden**.\n- tea\n- a bench by the *river*', ['golden'])).toBe(
      'The light was golden. tea a bench by the river',
    );
  });
});
