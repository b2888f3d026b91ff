import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../../test/ics.js';
import { NEUTRAL_SELF_DATE_TITLE, selfDateCalendar } from './selfDateCalendar.js';
import {
  describeWhen,
  filterIdeas,
  IDEA_COSTS,
  IDEA_KINDS,
  IDEA_PLACES,
  plannerLists,
  SELF_DATE_IDEAS,
  selfDateIdeaSchema,
  selfDateSchema,
  selfDateStart,
  standingOf,
  type SelfDateIdea,
} from './selfDates.js';

const ID = '0190a7e2-0000-7000-8000-000000000000';
const plan = (day: string, more: Record<string, unknown> = {}) => ({
  payload: { day, timeZone: 'Europe/London', ...more },
});

describe('self-date ideas', () => {
  it('offer at least thirty, each id once, in every kind, at home and out, free and not', () => {
    expect(SELF_DATE_IDEAS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(SELF_DATE_IDEAS.map((i) => i.id)).size).toBe(SELF_DATE_IDEAS.length);
    for (const kind of IDEA_KINDS) {
      const ofKind = filterIdeas(SELF_DATE_IDEAS, { kind });
      expect(ofKind.length, kind).toBeGreaterThanOrEqual(5);
      expect(new Set(ofKind.map((i) => i.place)), kind).toEqual(new Set(IDEA_PLACES));
    }
    for (const cost of IDEA_COSTS) expect(filterIdeas(SELF_DATE_IDEAS, { cost }).length).toBeGreaterThan(10);
    // Haven's voice: invitations without exclamation marks, short enough to read at a glance.
    for (const { text } of SELF_DATE_IDEAS) {
      expect(text).not.toMatch(/!/);
      expect(text.length).toBeLessThanOrEqual(80);
      expect(selfDateIdeaSchema.safeParse({ text }).success).toBe(true);
    }
  });

  it('filter on every part given; a person’s own idea that says nothing fits only the open parts', () => {
    const own: SelfDateIdea = { id: 'own', text: 'Go to the lido' };
    const mixed = [...SELF_DATE_IDEAS, own];
    expect(filterIdeas(mixed, {})).toContain(own);
    expect(filterIdeas(mixed, { place: 'out' })).not.toContain(own);
    const restful = filterIdeas(mixed, { kind: 'resting', place: 'home', cost: 'free' });
    expect(restful.length).toBeGreaterThan(0);
    for (const i of restful) expect([i.kind, i.place, i.cost]).toEqual(['resting', 'home', 'free']);
  });
});

describe('a planned self-date', () => {
  const valid = { title: 'A slow breakfast', day: '2027-03-14', time: '10:30', timeZone: 'Europe/London' };

  it('is a day, an optional time, a length and a zone; a feeling word must be one of the check-in’s', () => {
    expect(selfDateSchema.parse(valid)).toEqual({ ...valid, minutes: 60 });
    const done = { ...valid, doneAt: '2027-03-14T12:00:00.000Z', feeling: 'content', howItFelt: 'Easy.' };
    expect(selfDateSchema.safeParse(done).success).toBe(true);
    for (const bad of [
      { ...valid, day: '14/03/2027' },
      { ...valid, day: '2027-02-30x' },
      { ...valid, time: '24:00' },
      { ...valid, timeZone: 'Moon/Tranquility' },
      { ...valid, title: '  ' },
      { ...valid, minutes: 5 },
      { ...valid, feeling: 'glorptastic' },
      { ...valid, howItFelt: 'x'.repeat(1001) },
    ])
      expect(selfDateSchema.safeParse(bad).success, JSON.stringify(bad).slice(0, 80)).toBe(false);
  });

  it('starts at its time in its own zone, across daylight saving', () => {
    expect(selfDateStart({ day: '2027-01-10', time: '10:30', timeZone: 'Europe/London' }).toISOString()).toBe(
      '2027-01-10T10:30:00.000Z',
    );
    expect(selfDateStart({ day: '2027-07-10', time: '10:30', timeZone: 'Europe/London' }).toISOString()).toBe(
      '2027-07-10T09:30:00.000Z',
    );
    expect(selfDateStart({ day: '2027-07-10', timeZone: 'Asia/Tokyo' }).toISOString()).toBe(
      '2027-07-09T15:00:00.000Z',
    );
  });

  it('stands as today, ahead, done, or simply gone by, on the day where it was planned', () => {
    // 23:30 on 13 March in London is already 14 March in Tokyo.
    const now = new Date('2027-03-13T23:30:00Z');
    expect(standingOf({ day: '2027-03-13', timeZone: 'Europe/London' }, now)).toBe('today');
    expect(standingOf({ day: '2027-03-13', timeZone: 'Asia/Tokyo' }, now)).toBe('gone-by');
    expect(standingOf({ day: '2027-03-14', timeZone: 'Asia/Tokyo' }, now)).toBe('today');
    expect(standingOf({ day: '2027-03-20', timeZone: 'Europe/London' }, now)).toBe('ahead');
    expect(standingOf({ day: '2027-03-20', timeZone: 'Europe/London', doneAt: now.toISOString() }, now)).toBe(
      'done',
    );
  });

  it('is said plainly', () => {
    expect(describeWhen({ day: '2027-03-14', time: '10:30' })).toBe('Sunday 14 March at 10:30');
    expect(describeWhen({ day: '2027-03-14' })).toBe('Sunday 14 March, any time');
  });
});

describe('the planner’s lists', () => {
  it('put what is coming soonest first, and the rest by month, newest first, undone ones kept as they were', () => {
    const now = new Date('2027-03-13T12:00:00Z');
    const later = plan('2027-03-20', { time: '09:00' });
    const todayLate = plan('2027-03-13', { time: '18:00' });
    const todayAny = plan('2027-03-13');
    const doneAhead = plan('2027-03-21', { doneAt: '2027-03-12T10:00:00Z' });
    const goneBy = plan('2027-03-02');
    const february = plan('2027-02-14', { doneAt: '2027-02-14T15:00:00Z' });
    const { coming, history } = plannerLists([february, later, goneBy, todayAny, doneAhead, todayLate], now);
    expect(coming).toEqual([todayLate, todayAny, later]);
    expect(history).toEqual([
      { month: '2027-03', entries: [doneAhead, goneBy] },
      { month: '2027-02', entries: [february] },
    ]);
    expect(plannerLists([], now)).toEqual({ coming: [], history: [] });
  });
});

describe('a self-date in a calendar', () => {
  const now = new Date('2027-03-01T08:00:00Z');

  it('is one event at its time in its zone, with that zone described, read back by a second library', () => {
    const text = selfDateCalendar(
      ID,
      { day: '2027-07-03', time: '10:30', minutes: 90, timeZone: 'America/New_York' },
      NEUTRAL_SELF_DATE_TITLE,
      now,
    );
    const { events, timezones } = readCalendar(text);
    expect(timezones).toEqual(['America/New_York']);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({ uid: `${ID}@haven`, summary: 'Time for me' });
    expect(event?.start).toMatchObject({
      local: '2027-07-03T10:30:00',
      tzid: 'America/New_York',
      date: false,
    });
    // Daylight saving time in New York: four hours behind UTC.
    expect(event?.start.utc.toISOString()).toBe('2027-07-03T14:30:00.000Z');
    expect(event?.end?.utc.toISOString()).toBe('2027-07-03T16:00:00.000Z');
    expect(event?.rrule).toBeUndefined();
  });

  it('is a whole day when it is for any time that day', () => {
    const { events } = readCalendar(
      selfDateCalendar(ID, { day: '2027-07-03', minutes: 60, timeZone: 'Asia/Tokyo' }, 'Gallery', now),
    );
    expect(events[0]).toMatchObject({ summary: 'Gallery', start: { local: '2027-07-03', date: true } });
  });
});
