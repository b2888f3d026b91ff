import { addWeeks, startOfWeek } from 'date-fns';

/** One session of any H practice, as the history shows it. */
export interface SessionEntry {
  id: string;
  practice: 'timer' | 'sitting' | 'guided' | 'movement';
  at: Date;
  /** Minutes spent, to one decimal. */
  minutes: number;
  title: string;
  felt?: string | undefined;
  note?: string | undefined;
  endedEarly?: boolean | undefined;
}

export interface Week {
  /** The first moment of the week (Monday, local time). */
  start: Date;
  minutes: number;
  /** Newest first. */
  sessions: SessionEntry[];
}

const WEEK = { weekStartsOn: 1 } as const;

/**
 * The last `count` weeks up to the one holding `now`, oldest first, each with
 * its sessions and minutes. Empty weeks are kept, so a gap shows as a gap.
 */
export function sessionsByWeek(entries: readonly SessionEntry[], now: Date, count: number): Week[] {
  const thisWeek = startOfWeek(now, WEEK);
  const weeks: Week[] = Array.from({ length: count }, (_, i) => ({
    start: addWeeks(thisWeek, i - count + 1),
    minutes: 0,
    sessions: [],
  }));
  const first = weeks[0]?.start.getTime() ?? 0;
  for (const entry of [...entries].sort((a, b) => b.at.getTime() - a.at.getTime())) {
    if (entry.at.getTime() < first) continue;
    const start = startOfWeek(entry.at, WEEK).getTime();
    const week = weeks.find((w) => w.start.getTime() === start);
    if (!week) continue;
    week.sessions.push(entry);
    week.minutes += entry.minutes;
  }
  for (const week of weeks) week.minutes = Math.round(week.minutes * 10) / 10;
  return weeks;
}

/** The first moment of the earliest of the last `count` weeks: where the history starts reading. */
export function historyStart(now: Date, count: number): Date {
  return addWeeks(startOfWeek(now, WEEK), 1 - count);
}
