import {
  addDays,
  eachDayOfInterval,
  eachMonthOfInterval,
  endOfMonth,
  endOfWeek,
  endOfYear,
  format,
  isSameMonth,
  startOfMonth,
  startOfWeek,
  startOfYear,
} from 'date-fns';
import { regionLabel, regionOf, type Region } from '../../../core/attuning/feelings.js';

/**
 * The arithmetic of the mood calendar, on date-fns: which days a month shows,
 * week by week, and how a day's check-ins sum up into one colour and one
 * label. Days are the person's own local days.
 */

/** Weeks start on Monday. */
const WEEK = { weekStartsOn: 1 } as const;

/** What the calendar needs of one check-in. */
export interface Moment {
  id: string;
  occurredAt: string;
  pleasantness: number;
  energy: number;
}

/** One day that has check-ins: where the day sat on average, and the newest check-in to open. */
export interface MoodDay {
  key: string;
  count: number;
  region: Region;
  newestId: string;
}

/** The key of a local day: "2026-11-03". */
export const dayKey = (date: Date): string => format(date, 'yyyy-MM-dd');

/** Check-ins grouped into local days; a day's colour is the region of its average point. */
export function moodDays(moments: readonly Moment[]): Map<string, MoodDay> {
  const sums = new Map<string, { count: number; p: number; e: number; newest: Moment }>();
  for (const moment of moments) {
    const at = new Date(moment.occurredAt);
    if (Number.isNaN(at.getTime())) continue;
    const key = dayKey(at);
    const sum = sums.get(key);
    if (!sum) sums.set(key, { count: 1, p: moment.pleasantness, e: moment.energy, newest: moment });
    else {
      sum.count += 1;
      sum.p += moment.pleasantness;
      sum.e += moment.energy;
      if (moment.occurredAt > sum.newest.occurredAt) sum.newest = moment;
    }
  }
  const days = new Map<string, MoodDay>();
  for (const [key, sum] of sums) {
    days.set(key, {
      key,
      count: sum.count,
      region: regionOf(sum.p / sum.count, sum.e / sum.count),
      newestId: sum.newest.id,
    });
  }
  return days;
}

/** The weeks a month's grid shows, Monday first; days of the months either side are null. */
export function monthWeeks(month: Date): (Date | null)[][] {
  const days = eachDayOfInterval({
    start: startOfWeek(startOfMonth(month), WEEK),
    end: endOfWeek(endOfMonth(month), WEEK),
  });
  const weeks: (Date | null)[][] = [];
  for (let i = 0; i < days.length; i += 7) {
    weeks.push(days.slice(i, i + 7).map((day) => (isSameMonth(day, month) ? day : null)));
  }
  return weeks;
}

/** The seven weekdays, Monday first: a short name for the grid and the full one for its label. */
export function weekdays(): { short: string; long: string }[] {
  const monday = startOfWeek(new Date(2026, 0, 7), WEEK);
  return Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    return { short: format(day, 'EEEEEE'), long: format(day, 'EEEE') };
  });
}

/** The twelve months of the year `date` falls in. */
export function monthsOf(date: Date): Date[] {
  return eachMonthOfInterval({ start: startOfYear(date), end: endOfYear(date) });
}

/** What a day says to a screen reader and in a tooltip: "Tuesday 3 November: 2 check-ins, pleasant and calm". */
export function dayLabel(date: Date, day: MoodDay | undefined): string {
  const when = format(date, 'EEEE d MMMM');
  if (!day) return `${when}: no check-in`;
  const count = day.count === 1 ? '1 check-in' : `${day.count} check-ins`;
  return `${when}: ${count}, ${regionLabel(day.region).label.toLowerCase()}`;
}
