import { z } from 'zod';
import { defineRecordKind } from '../records/kind.js';
import { normalise } from './harshWords.js';

/**
 * Kinder self-talk: a harsh sentence I said to myself, and the way I would say
 * it to a friend (forgiving, understanding, flexible, realistic). Haven points
 * at the harsh parts (./harshWords.ts); the rewrite is always the person's own.
 */

export const HARSH_SENTENCE_MAX = 1000;
export const REWRITE_MAX = 2000;

/** Whether a rewrite says something other than the harsh sentence (not the same words again). */
export function isRewritten(harsh: string, rewrite: string): boolean {
  if (rewrite.trim().length === 0) return false;
  const words = (t: string) =>
    normalise(t)
      .replace(/[^\p{L}\p{N} ]/gu, '')
      .trim();
  const [a, b] = [words(harsh), words(rewrite)];
  return a === '' && b === '' ? normalise(harsh) !== normalise(rewrite) : a !== b;
}

const someText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((t) => t.length > 0, message);

export const selfTalkSchema = z
  .object({
    /** What I said to myself, as I said it. */
    harsh: someText(HARSH_SENTENCE_MAX, 'Write the harsh sentence first'),
    /** How I would say it to a friend: my words, never Haven's. */
    rewrite: someText(REWRITE_MAX, 'Write how you would say it to a friend'),
  })
  .refine((p) => isRewritten(p.harsh, p.rewrite), {
    error: 'Say it a new way: this is the same sentence',
    path: ['rewrite'],
  });
export type SelfTalkPayload = z.output<typeof selfTalkSchema>;

export const selfTalkKind = defineRecordKind({
  name: 'self_talk',
  pillar: 'delight',
  label: 'Kinder self-talk',
  version: 1,
  schema: selfTalkSchema,
  written: {
    title: () => 'Said more kindly',
    body: (p) => `> ${p.harsh.replace(/\n/g, '\n> ')}\n\n${p.rewrite}\n`,
    excerptFrom: (p) => p.rewrite,
  },
});
