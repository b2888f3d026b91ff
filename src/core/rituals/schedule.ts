import { TZDate } from '@date-fns/tz';
import { format, getISODay, parseISO } from 'date-fns';

/** Days of the week, Monday first, by their iCalendar abbreviations in lower case. */
export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_LABELS: Readonly<Record<Weekday, { short: string; long: string }>> = {
  mo: { short: 'Mon', long: 'Monday' },
  tu: { short: 'Tue', long: 'Tuesday' },
  we: { short: 'Wed', long: 'Wednesday' },
  th: { short: 'Thu', long: 'Thursday' },
  fr: { short: 'Fri', long: 'Friday' },
  sa: { short: 'Sat', long: 'Saturday' },
  su: { short: 'Sun', long: 'Sunday' },
};

/** When a ritual comes round: some days of the week, at a time or any time that day. */
export interface Schedule {
  readonly days: readonly Weekday[];
  /** `HH:mm` on the 24-hour clock in the ritual's time zone; absent means any time that day. */
  readonly time?: string | undefined;
}

/** A day written as `yyyy-MM-dd`. */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The weekday of a `yyyy-MM-dd` day. */
export function weekdayOf(day: string): Weekday {
  const index = getISODay(parseISO(day)) - 1;
  return WEEKDAYS[index] ?? 'mo';
}

export function isDueOn(schedule: Schedule, day: string): boolean {
  return schedule.days.includes(weekdayOf(day));
}

/** Today's date, `yyyy-MM-dd`, where the person is. */
export function localDay(now: Date, timeZone: string): string {
  return format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd');
}

/** Whether the runtime knows this IANA time zone name. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const WEEKEND: readonly Weekday[] = ['sa', 'su'];
const WORKWEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr'];

/** The days, said plainly: "Every day", "Weekdays", "Mon, Wed and Fri". */
export function describeDays(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 7) return 'Every day';
  if (set.size === 5 && WORKWEEK.every((d) => set.has(d))) return 'Weekdays';
  if (set.size === 2 && WEEKEND.every((d) => set.has(d))) return 'Weekends';
  const names = WEEKDAYS.filter((d) => set.has(d)).map((d) => WEEKDAY_LABELS[d].short);
  if (names.length === 1) return `${WEEKDAY_LABELS[WEEKDAYS.find((d) => set.has(d)) ?? 'mo'].long}s`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "Weekdays at 07:30", "Every day, any time". */
export function describeSchedule(schedule: Schedule): string {
  const days = describeDays(schedule.days);
  return schedule.time ? `${days} at ${schedule.time}` : `${days}, any time`;
}
