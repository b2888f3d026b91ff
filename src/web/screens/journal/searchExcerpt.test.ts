import { describe, expect, it } from 'vitest';
import { highlight, queryWords } from './searchExcerpt.js';

const marked = (pieces: { text: string; match: boolean }[]) =>
  pieces.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('search excerpts', () => {
  it('marks every matched word, ignoring case and accents', () => {
    const words = queryWords('Cafe  river');
    expect(marked(highlight('The Café by the River, and the river again', words))).toBe(
      'The [Café] by the [River], and the [river] again',
    );
  });
});
