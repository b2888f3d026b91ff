import { TZDate } from '@date-fns/tz';
import { addMinutes } from 'date-fns';
import ical from 'ical-generator';
import { icsText, vtimezone } from '../rituals/calendar.js';
import { selfDateStart, type SelfDatePayload } from './selfDates.js';

/** What a calendar shows for a self-date unless the person chooses to show its own title. */
export const NEUTRAL_SELF_DATE_TITLE = 'Time for me';

/**
 * One self-date as an iCalendar (RFC 5545) document with a single event: at
 * its time in the person's zone (with that zone's VTIMEZONE, shared with the
 * rituals' calendar), or all day when it is for any time that day. Only the
 * title given leaves Haven: nothing of how it felt.
 */
export function selfDateCalendar(
  id: string,
  plan: Pick<SelfDatePayload, 'day' | 'time' | 'minutes' | 'timeZone'>,
  title: string,
  now: Date,
): string {
  const calendar = ical({
    name: 'Haven',
    prodId: { company: 'Haven', product: 'Self-dates', language: 'EN' },
    timezone: { name: null, generator: (zone) => vtimezone(zone, now) },
  });
  if (plan.time) {
    const start = new TZDate(selfDateStart(plan).getTime(), plan.timeZone);
    calendar.createEvent({
      id: `${id}@haven`,
      stamp: now,
      start,
      end: addMinutes(start, plan.minutes),
      timezone: plan.timeZone,
      summary: title,
    });
  } else {
    calendar.createEvent({
      id: `${id}@haven`,
      stamp: now,
      start: new Date(`${plan.day}T00:00:00Z`),
      allDay: true,
      summary: title,
    });
  }
  return icsText(calendar);
}
