/**
 * Plain-text search over decrypted payloads: every word of the query must
 * appear somewhere in the record's text, ignoring case and accents.
 */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .split(/\s+/)
        .filter((t) => t.length > 0),
    ),
  ].slice(0, 12);
}

export function fold(text: string): string {
  // Most writing is plain ASCII: lower-casing is all it needs, and far cheaper than normalising.
  if (/^\p{ASCII}*$/u.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Like matchesTerms, for text already folded. */
export function foldedMatches(folded: string, terms: readonly string[]): boolean {
  return terms.length > 0 && terms.every((term) => folded.includes(term));
}

/** All the strings inside a payload, joined: what a search looks through. */
export function payloadText(payload: unknown): string {
  const parts: string[] = [];
  const walk = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
    else if (value && typeof value === 'object')
      for (const item of Object.values(value)) walk(item, depth + 1);
  };
  walk(payload, 0);
  return parts.join('\n');
}

export function matchesTerms(text: string, terms: readonly string[]): boolean {
  return foldedMatches(fold(text), terms);
}

/** Writing as prose: no emphasis stars, list dashes or heading marks, and one space between words. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\*+/g, '')
    .replace(/^\s*(?:[-+>]|#{1,6})\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where each of `words` (already folded) occurs in `text`, as [start, end)
 * ranges of the original text, in order and not overlapping; matching folds
 * case and accents the way search does.
 */
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

/**
 * About `length` characters of the writing, as prose, around its first match,
 * cut on word boundaries with an ellipsis where it was cut; the opening when
 * nothing in it matched (the match was in a title or tags).
 */
export function excerpt(markdown: string, terms: readonly string[], length = 180): string {
  const text = plainText(markdown);
  const first = matchRanges(text, terms)[0]?.[0] ?? 0;
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
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
