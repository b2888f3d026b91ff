import { describe, expect, it } from 'vitest';
import { ritualCalendar } from '../src/core/rituals/calendar.js';
import { readCalendar } from './ics.js';

/** The test reader must refuse what RFC 5545 refuses, or the feed tests prove nothing. */
const good = ritualCalendar(
  [
    {
      id: '0190a7e2-0000-7000-8000-000000000001',
      title: 'A few minutes, for me; quietly',
      days: ['mo', 'we', 'fr'],
      time: '07:30',
      minutes: 5,
      timeZone: 'America/New_York',
      from: '2026-03-02',
    },
  ],
  new Date('2026-03-01T12:00:00Z'),
);

describe('the iCalendar reader used by the tests', () => {
  it('reads a calendar Haven writes: summary unescaped, start in its zone, rule, occurrences', () => {
    expect(good.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const { events, timezones, properties } = readCalendar(good);
    expect(properties.get('VERSION')).toBe('2.0');
    expect(timezones).toEqual(['America/New_York']);
    const [event] = events;
    expect(event?.summary).toBe('A few minutes, for me; quietly');
    expect(event?.start).toMatchObject({
      local: '2026-03-02T07:30:00',
      tzid: 'America/New_York',
      date: false,
    });
    expect(event?.start.utc.toISOString()).toBe('2026-03-02T12:30:00.000Z');
    expect(event?.rrule).toEqual({ FREQ: 'WEEKLY', BYDAY: 'MO,WE,FR' });
    // New York moves its clocks on 8 March 2026: the same 07:30 is an hour earlier in UTC.
    expect(event?.occurrences(6).map((d) => d.toISOString())).toEqual([
      '2026-03-02T12:30:00.000Z',
      '2026-03-04T12:30:00.000Z',
      '2026-03-06T12:30:00.000Z',
      '2026-03-09T11:30:00.000Z',
      '2026-03-11T11:30:00.000Z',
      '2026-03-13T11:30:00.000Z',
    ]);
  });

  const broken: [string, string][] = [
    ['lines ended by LF alone', good.replaceAll('\r\n', '\n')],
    ['a last line with no CRLF', good.replace(/\r\n$/, '')],
    ['a line longer than 75 octets', good.replace('SUMMARY:', `X-LONG:${'x'.repeat(80)}\r\nSUMMARY:`)],
    ['a TZID with no VTIMEZONE', good.replaceAll('TZID=America/New_York', 'TZID=Europe/Paris')],
    ['an RRULE without FREQ', good.replace('FREQ=WEEKLY;', '')],
    ['an RRULE with a day that is not one', good.replace('BYDAY=MO', 'BYDAY=XX')],
    ['an RRULE with a part RFC 5545 does not know', good.replace('FREQ=WEEKLY', 'FREQ=WEEKLY;SOON=1')],
    ['a DTSTAMP not in UTC', good.replace(/DTSTAMP:(\d{8}T\d{6})Z/, 'DTSTAMP:$1')],
    ['an event with no UID', good.replace(/UID:[^\r]*\r\n/, '')],
    ['no PRODID', good.replace(/PRODID:[^\r]*\r\n/, '')],
    ['a component never ended', good.replace('END:VEVENT\r\n', '')],
  ];
  it.each(broken)('refuses %s', (_what, text) => {
    expect(() => readCalendar(text)).toThrow();
  });
});
