import { z } from 'zod';
import { defineRecordKind } from '../records/kind.js';

/**
 * Humour: what made me laugh, kept to come back to. A line, a memory, or a
 * link I paste. A link is kept as text: Haven never fetches it (no preview,
 * no icon); it leaves Haven only when the person follows it.
 */

export const HUMOUR_FORMS = ['line', 'memory', 'link'] as const;
export type HumourForm = (typeof HUMOUR_FORMS)[number];

export const HUMOUR_TEXT_MAX = 2000;
export const HUMOUR_LINK_MAX = 2000;

/** The web address a pasted link can safely be followed at (http or https, no user name or password), or undefined. */
export function followableLink(pasted: string): URL | undefined {
  const trimmed = pasted.trim();
  if (!/^https?:\/\//i.test(trimmed) || trimmed.length > HUMOUR_LINK_MAX) return undefined;
  try {
    const url = new URL(trimmed);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.hostname || url.username || url.password) return undefined;
    return url;
  } catch {
    return undefined;
  }
}

export const humourSchema = z
  .object({
    form: z.enum(HUMOUR_FORMS),
    /** The line, the memory, or (for a link) a few words about it; optional only for a link. */
    text: z.string().trim().max(HUMOUR_TEXT_MAX),
    /** The link as pasted: kept as text, never fetched. */
    link: z
      .string()
      .trim()
      .max(HUMOUR_LINK_MAX)
      .refine((l) => followableLink(l) !== undefined, 'A web address starting with https:// or http://')
      .optional(),
  })
  .superRefine((p, ctx) => {
    if (p.form === 'link' && p.link === undefined) {
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'Paste the link here' });
    }
    if (p.form !== 'link' && p.link !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['link'], message: 'Only a link keeps a web address' });
    }
    if (p.form !== 'link' && p.text.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'A few words are enough' });
    }
  });
export type HumourPayload = z.output<typeof humourSchema>;

export const humourKind = defineRecordKind({
  name: 'humour',
  pillar: 'delight',
  label: 'Something that made me laugh',
  version: 1,
  schema: humourSchema,
  written: {
    title: (h) => (h.text ? (h.text.split('\n')[0] ?? '').slice(0, 80) : (h.link ?? 'A link')),
    body: (h) => `${h.text ? `${h.text}\n` : ''}${h.link ? `${h.text ? '\n' : ''}<${h.link}>\n` : ''}`,
  },
});

/**
 * One to smile at, chosen at random: never the one shown just before while
 * there are two or more. `random` is in [0, 1), as Math.random gives.
 */
export function somethingToSmileAt<T extends { id: string }>(
  items: readonly T[],
  lastId: string | undefined,
  random: () => number,
): T | undefined {
  const choices = items.length > 1 ? items.filter((item) => item.id !== lastId) : items;
  if (choices.length === 0) return undefined;
  const index = Math.min(choices.length - 1, Math.floor(random() * choices.length));
  return choices[index];
}
