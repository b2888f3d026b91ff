import { describe, expect, it } from 'vitest';
import { excerptAround, highlight, plainText, queryWords } from './searchExcerpt.js';

const marked = (pieces: { text: string; match: boolean }[]) =>
  pieces.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('search excerpts', () => {
  it('marks every matched word, ignoring case and accents', () => {
    const words = queryWords('Cafe  river');
    expect(marked(highlight('The Café by the River, and the river again', words))).toBe(
      'The [Café] by the [River], and the [river] again',
    );
  });

  it('reads as prose: no Markdown marks, one space between words', () => {
    expect(plainText('# Walk\n\n- **slow** steps\n-  by the *water*')).toBe('Walk slow steps by the water');
  });

  it('cuts around the first match on word boundaries, with an ellipsis where it was cut', () => {
    const body = `${'Morning light. '.repeat(20)}I sat by the canal and watched the herons. ${'Evening came. '.repeat(20)}`;
    const text = marked(excerptAround(body, queryWords('herons'), 120));
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('[herons]');
    expect(text.length).toBeLessThanOrEqual(130);
    expect(text).not.toMatch(/…\S*ight\b|ornin…/); // never a broken word at either end
  });

  it('opens at the start when the writing itself has no match', () => {
    expect(marked(excerptAround('A short entry.', queryWords('title-only')))).toBe('A short entry.');
  });
});
