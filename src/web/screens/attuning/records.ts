import type { z } from 'zod';
import type { Api, SavedRecord } from '../../api/client.js';

/** A saved record with its payload checked against its kind's schema. */
export interface Kept<T> {
  record: SavedRecord;
  payload: T;
}

/** Parses payloads with the kind's schema; a record that no longer fits is left out rather than breaking the screen. */
export function keep<S extends z.ZodType>(schema: S, items: readonly SavedRecord[]): Kept<z.output<S>>[] {
  const kept: Kept<z.output<S>>[] = [];
  for (const record of items) {
    const parsed = schema.safeParse(record.payload);
    if (parsed.success) kept.push({ record, payload: parsed.data });
  }
  return kept;
}

/** Every record of a kind, newest first, for the short lists a person keeps (profile, soothing kit). */
export async function listAll<S extends z.ZodType>(
  api: Api,
  kind: string,
  schema: S,
  signal?: AbortSignal,
): Promise<Kept<z.output<S>>[]> {
  const all: SavedRecord[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await api.records.list({ kind, limit: 200, ...(cursor ? { cursor } : {}) }, signal);
    all.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return keep(schema, all);
}

/** "3 Nov", or "3 Nov 2023" when it is not this year. */
export function shortDate(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown day';
  const sameYear = date.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** "added 3 Nov" or, when it was edited later, "changed 20 Nov". */
export function addedOrChanged(
  record: Pick<SavedRecord, 'createdAt' | 'updatedAt'>,
  now = new Date(),
): string {
  const created = Date.parse(record.createdAt);
  const updated = Date.parse(record.updatedAt);
  if (Number.isFinite(created) && Number.isFinite(updated) && updated > created) {
    return `changed ${shortDate(record.updatedAt, now)}`;
  }
  return `added ${shortDate(record.createdAt, now)}`;
}

/** A day and time for lists of check-ins and entries: "Tue 4 Nov, 09:12". */
export function dayAndTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown time';
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
