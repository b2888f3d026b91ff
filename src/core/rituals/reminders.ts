import { TZDate } from '@date-fns/tz';
import { parseISO } from 'date-fns';
import type { RitualPayload } from './kinds.js';
import { isDueOn, localDay } from './schedule.js';

/** What a reminder says when the ritual has no calendar title: nothing of the ritual itself. */
export const NEUTRAL_REMINDER = 'A few minutes for you';

/** A notification to show while Haven is open. */
export interface Reminder {
  readonly ritualId: string;
  /** The instant its time comes, in the ritual's own time zone. */
  readonly at: Date;
  /** Only the calendar title (screens are seen by others too), or a neutral line. */
  readonly body: string;
}

/**
 * The reminders still to come today: rituals the person asked to be reminded
 * of, that have a time, are not resting, come round today where the ritual
 * is set (its own time zone), are not yet marked done today, and whose time
 * has not passed. Soonest first.
 */
export function remindersToCome(
  rituals: readonly { id: string; payload: RitualPayload }[],
  done: readonly { ritualId: string; day: string }[],
  now: Date,
): Reminder[] {
  return rituals
    .flatMap(({ id, payload }) => {
      if (!payload.notify || !payload.time || payload.paused) return [];
      const day = localDay(now, payload.timeZone);
      if (!isDueOn(payload, day)) return [];
      if (done.some((d) => d.ritualId === id && d.day === day)) return [];
      const [hours = 0, minutes = 0] = payload.time.split(':').map(Number);
      const date = parseISO(day);
      const at = new Date(
        new TZDate(
          date.getFullYear(),
          date.getMonth(),
          date.getDate(),
          hours,
          minutes,
          payload.timeZone,
        ).getTime(),
      );
      if (at.getTime() < now.getTime()) return [];
      return [{ ritualId: id, at, body: payload.calendarTitle ?? NEUTRAL_REMINDER }];
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
