import { z } from 'zod';
import type { JournalPayload } from '../../../core/attuning/kinds.js';

/** The editor's fields, as kept in a draft on this device. */
export const fieldsShape = z.object({
  title: z.string(),
  body: z.string(),
  tags: z.string(),
  promptId: z.string().optional(),
  prompt: z.string().optional(),
});
export type Fields = z.infer<typeof fieldsShape>;

export interface Start {
  id: string | null;
  fields: Fields;
  restored: boolean;
  createdAt: string | null;
}

export function hasWords(fields: Fields): boolean {
  return fields.body.trim() !== '' || fields.title.trim() !== '';
}

export function tagsFrom(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 60);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags.slice(0, 20);
}

export function toPayload(fields: Fields): JournalPayload {
  return {
    ...(fields.title.trim() ? { title: fields.title.trim() } : {}),
    body: fields.body,
    tags: tagsFrom(fields.tags),
    ...(fields.promptId ? { promptId: fields.promptId } : {}),
    ...(fields.prompt ? { prompt: fields.prompt } : {}),
  };
}

export function fromPayload(payload: JournalPayload): Fields {
  return {
    title: payload.title ?? '',
    body: payload.body,
    tags: payload.tags.join(', '),
    ...(payload.promptId ? { promptId: payload.promptId } : {}),
    ...(payload.prompt ? { prompt: payload.prompt } : {}),
  };
}

export function sameFields(a: Fields, b: Fields): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    tagsFrom(a.tags).join(',') === tagsFrom(b.tags).join(',') &&
    (a.prompt ?? '') === (b.prompt ?? '')
  );
}
