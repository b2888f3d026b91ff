import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The encodings Haven sends, best first; the web client's files are built in both (scripts/build.mjs). */
export const ENCODINGS = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The best encoding an Accept-Encoding header allows: brotli, then gzip, or
 * none. An encoding (or `*`) given q=0 is refused; `*` with a weight allows both.
 */
export function preferredEncoding(header: string | readonly string[] | undefined): Encoding | undefined {
  const text = typeof header === 'string' ? header : (header ?? []).join(',');
  const weights = new Map<string, number>();
  for (const part of text.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0;
  let best: Encoding | undefined;
  for (const encoding of ENCODINGS) {
    if (weightOf(encoding) > 0 && (best === undefined || weightOf(encoding) > weightOf(best)))
      best = encoding;
  }
  return best;
}

/** A small answer compressed at request time (the page shell, which carries a per-request nonce). */
export function compress(body: string, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: 9,
        },
      })
    : gzipSync(body, { level: 9 });
}
