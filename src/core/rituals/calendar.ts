import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import { addDays, addMinutes, format, parseISO } from 'date-fns';
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import type { RitualPayload } from './kinds.js';
import { isDueOn, localDay, type Weekday } from './schedule.js';

/**
 * What a ritual puts in a calendar: only the title the person chose for it
 * there, and when it comes round. Nothing else of the ritual leaves Haven.
 */
export interface CalendarEntry {
  /** A stable id for the event (the ritual's record id). */
  readonly id: string;
  readonly title: string;
  readonly days: readonly Weekday[];
  readonly time?: string | undefined;
  readonly minutes: number;
  readonly timeZone: string;
  /** The first day it may fall on, `yyyy-MM-dd`. */
  readonly from: string;
}

/** The rituals that go into a calendar: live, not resting, and given a calendar title. */
export function calendarEntries(
  rituals: readonly { id: string; createdAt: string; payload: RitualPayload }[],
): CalendarEntry[] {
  return rituals.flatMap(({ id, createdAt, payload }) => {
    if (payload.paused || !payload.calendarTitle) return [];
    return [
      {
        id,
        title: payload.calendarTitle,
        days: payload.days,
        ...(payload.time ? { time: payload.time } : {}),
        minutes: payload.minutes,
        timeZone: payload.timeZone,
        from: localDay(new Date(createdAt), payload.timeZone),
      },
    ];
  });
}

const ICAL_DAYS: Readonly<Record<Weekday, ICalWeekday>> = {
  mo: ICalWeekday.MO,
  tu: ICalWeekday.TU,
  we: ICalWeekday.WE,
  th: ICalWeekday.TH,
  fr: ICalWeekday.FR,
  sa: ICalWeekday.SA,
  su: ICalWeekday.SU,
};

/**
 * An iCalendar (RFC 5545) document of rituals: one weekly recurring event
 * each, at its time in its own time zone (with a VTIMEZONE for each zone), or
 * all day when it is for any time that day.
 */
export function ritualCalendar(entries: readonly CalendarEntry[], now: Date): string {
  const calendar = ical({
    name: 'Haven',
    prodId: { company: 'Haven', product: 'Rituals', language: 'EN' },
    timezone: { name: null, generator: (zone) => vtimezone(zone, now) },
    // Calendar apps that honour it look again twice a day.
    ttl: 12 * 60 * 60,
  });
  for (const entry of entries) {
    const first = firstDay(entry);
    const repeating = { freq: ICalEventRepeatingFreq.WEEKLY, byDay: entry.days.map((d) => ICAL_DAYS[d]) };
    if (entry.time) {
      const [hours, minutes] = entry.time.split(':').map(Number);
      const day = parseISO(first);
      const start = new TZDate(
        day.getFullYear(),
        day.getMonth(),
        day.getDate(),
        hours ?? 0,
        minutes ?? 0,
        entry.timeZone,
      );
      calendar.createEvent({
        id: `${entry.id}@haven`,
        stamp: now,
        start,
        end: addMinutes(start, entry.minutes),
        timezone: entry.timeZone,
        summary: entry.title,
        repeating,
      });
    } else {
      calendar.createEvent({
        id: `${entry.id}@haven`,
        stamp: now,
        start: new Date(`${first}T00:00:00Z`),
        allDay: true,
        summary: entry.title,
        repeating,
      });
    }
  }
  return icsText(calendar);
}

/** A calendar as RFC 5545 text: every content line ended by CRLF, the last one too (ical-generator leaves it off). */
export function icsText(calendar: { toString(): string }): string {
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** The first day on or after `from` that the ritual falls on. */
function firstDay(entry: CalendarEntry): string {
  let day = parseISO(entry.from);
  for (let i = 0; i < 7; i++) {
    const text = format(day, 'yyyy-MM-dd');
    if (isDueOn(entry, text)) return text;
    day = addDays(day, 1);
  }
  return entry.from;
}

/**
 * A VTIMEZONE for `zone`: its offset changes, as the time-zone database knows
 * them, from last year to ten years ahead, so the times stay right across
 * daylight saving. (ical-generator leaves this component to the caller.)
 */
export function vtimezone(zone: string, now: Date): string {
  const year = now.getUTCFullYear();
  const start = new Date(Date.UTC(year - 1, 0, 1));
  const end = new Date(Date.UTC(year + 10, 11, 31));
  const initial = tzOffset(zone, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (type: 'STANDARD' | 'DAYLIGHT', at: string, from: number, to: number) =>
    lines.push(
      `BEGIN:${type}`,
      `DTSTART:${at}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${type}`,
    );
  observance('STANDARD', '19700101T000000', initial, initial);
  for (const change of tzScan(zone, { start, end })) {
    const before = change.offset - change.change;
    // The onset is written in the local time in force before it.
    const onset = format(new TZDate(change.date.getTime(), offsetZone(before)), "yyyyMMdd'T'HHmmss");
    observance(change.change > 0 ? 'DAYLIGHT' : 'STANDARD', onset, before, change.offset);
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/** An offset in minutes as iCalendar writes it: +0100, -0430. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** An offset in minutes as a zone @date-fns/tz understands: +01:00. */
function offsetZone(minutes: number): string {
  const text = offsetText(minutes);
  return `${text.slice(0, 3)}:${text.slice(3)}`;
}
