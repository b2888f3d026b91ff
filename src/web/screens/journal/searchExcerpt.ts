/**
 * What a search result shows: a clean excerpt of an entry's writing around
 * the first matched word, cut from its Markdown, with every matched word
 * marked. Matching folds case and accents the way the server's search does.
 */

/** A run of text, matched or not. */
export interface Piece {
  text: string;
  match: boolean;
}

/** The words of a query, folded, longest first so a longer word wins where two overlap. */
export function queryWords(query: string): string[] {
  const words = new Set(
    fold(query)
      .split(/\s+/)
      .filter((w) => w.length > 0),
  );
  return [...words].sort((a, b) => b.length - a.length).slice(0, 12);
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Writing as prose: no emphasis stars, list dashes or heading marks, and one space between words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*+/g, '')
    .replace(/^\s*(?:[-+]|#{1,6})\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where each word occurs in `text`, as [start, end) ranges of the original text, in order and not overlapping. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const from: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = fold(char);
    for (let i = 0; i < f.length; i++) from.push(index);
    folded += f;
    index += char.length;
  }
  from.push(text.length);
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
      const start = from[at] ?? 0;
      const last = from[at + word.length - 1] ?? start;
      const end = last + ((text.codePointAt(last) ?? 0) > 0xffff ? 2 : 1);
      if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** The text cut into pieces, the matched words marked. */
export function highlight(text: string, words: readonly string[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, words)) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}

/**
 * About `length` characters of the writing around its first match, cut on
 * word boundaries, with an ellipsis where it was cut; the opening when
 * nothing in the writing matched (the match was in the title or tags).
 */
export function excerptAround(markdown: string, words: readonly string[], length = 180): Piece[] {
  const text = plainText(markdown);
  const first = matchRanges(text, words)[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  let end = Math.min(text.length, start + length);
  start = Math.max(0, Math.min(start, end - length));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const pieces = highlight(text.slice(start, end), words);
  if (start > 0) pieces.unshift({ text: '…', match: false });
  if (end < text.length) pieces.push({ text: '…', match: false });
  return pieces;
}
