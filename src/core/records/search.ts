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

/** A short excerpt around the first match, on word boundaries, for a results list. */
export function excerpt(text: string, terms: readonly string[], radius = 80): string {
  const folded = fold(text);
  const first = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0));
  const at = Number.isFinite(first) ? first : 0;
  let start = Math.max(0, at - radius);
  let end = Math.min(text.length, at + radius);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  const plain = text
    .slice(start, end)
    // Reads as prose in a results list: no Markdown emphasis stars or list dashes.
    .replace(/\*+/g, '')
    .replace(/(^|\n)\s*-\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return `${start > 0 ? '…' : ''}${plain}${end < text.length ? '…' : ''}`;
}
