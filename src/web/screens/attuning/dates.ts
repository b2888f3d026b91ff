import type { SavedRecord } from '../../api/client.js';

/** "3 Nov", or "3 Nov 2023" when it is not this year. */
function shortDate(iso: string, now = new Date()): string {
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
