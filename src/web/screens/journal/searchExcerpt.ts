import { fold, matchRanges } from '../../../core/records/search.js';

/**
 * What a search result shows: the server's clean excerpt and the title, with
 * every matched word marked. Matching folds case and accents the way the
 * server's search does (the same core functions).
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
