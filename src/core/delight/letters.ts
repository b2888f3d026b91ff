import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addYears, format, startOfDay } from 'date-fns';
import { isEnvelope, type LetterPayload } from './kinds.js';

/** When a letter may open: a few gentle spans from today, or a day of my choosing. */
export const LETTER_SPANS = [
  { id: 'month', label: 'In a month', months: 1 },
  { id: 'three-months', label: 'In three months', months: 3 },
  { id: 'six-months', label: 'In six months', months: 6 },
  { id: 'year', label: 'In a year', months: 12 },
] as const;
export type LetterSpanId = (typeof LETTER_SPANS)[number]['id'];

/**
 * The moment a letter opens: the start of the chosen day in the person's own
 * time zone, so it arrives with the morning wherever they are. A span counts
 * from today; a chosen day is `yyyy-MM-dd`.
 */
export function opensAtFor(choice: { span: LetterSpanId } | { day: string }, now: Date, zone: string): Date {
  if ('day' in choice) {
    const [y, m, d] = choice.day.split('-').map(Number);
    return new Date(new TZDate(y ?? NaN, (m ?? NaN) - 1, d ?? NaN, zone).getTime());
  }
  const span = LETTER_SPANS.find((s) => s.id === choice.span) ?? LETTER_SPANS[1];
  const today = startOfDay(new TZDate(now.getTime(), zone));
  const later = span.months % 12 === 0 ? addYears(today, span.months / 12) : addMonths(today, span.months);
  return new Date(later.getTime());
}

/** The first day a person may choose (tomorrow, in their zone), as `yyyy-MM-dd` for a date field. */
export function firstChoosableDay(now: Date, zone: string): string {
  return format(addDays(startOfDay(new TZDate(now.getTime(), zone)), 1), 'yyyy-MM-dd');
}

/** How a letter stands for the person: still sealed, arrived and not yet read, or open to read. */
export type LetterState = 'sealed' | 'arrived' | 'open';

/**
 * Where a letter stands. Sealed means the server gave only its envelope; a
 * letter whose words came back has arrived until it is read (or was opened
 * early on purpose, when it was read then).
 */
export function letterState(letter: LetterPayload): LetterState {
  if (isEnvelope(letter)) return 'sealed';
  if (letter.openedEarlyAt !== undefined || letter.readAt !== undefined) return 'open';
  return 'arrived';
}

/** A day as Haven writes it in a sentence: "3 March 2027". */
export function letterDay(iso: string, zone?: string): string {
  const at = zone ? new TZDate(Date.parse(iso), zone) : new Date(Date.parse(iso));
  return format(at, 'd MMMM yyyy');
}
