import { describe, expect, it } from 'vitest';
import type { RitualPayload } from './kinds.js';
import { NEUTRAL_REMINDER, remindersToCome } from './reminders.js';

const base: RitualPayload = {
  title: 'Sit by the window with tea',
  minutes: 5,
  days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'],
  time: '07:30',
  timeZone: 'Europe/London',
  calendarTitle: 'A few minutes for me',
  notify: true,
  paused: false,
};
const ritual = (id: string, change: Partial<RitualPayload> = {}) => ({ id, payload: { ...base, ...change } });
/** Thursday 3 December 2026, 07:00 in London (GMT). */
const MORNING = new Date('2026-12-03T07:00:00Z');

describe('reminders while Haven is open', () => {
  it('comes at the ritual’s time in its own zone, saying only its calendar title', () => {
    expect(remindersToCome([ritual('a')], [], MORNING)).toEqual([
      { ritualId: 'a', at: new Date('2026-12-03T07:30:00Z'), body: 'A few minutes for me' },
    ]);
    // Set in New York, 07:30 there is 12:30 in London; in summer London is an hour ahead of UTC.
    expect(remindersToCome([ritual('b', { timeZone: 'America/New_York' })], [], MORNING)[0]?.at).toEqual(
      new Date('2026-12-03T12:30:00Z'),
    );
    expect(remindersToCome([ritual('c')], [], new Date('2026-06-04T05:00:00Z'))[0]?.at).toEqual(
      new Date('2026-06-04T06:30:00Z'),
    );
  });

  it('says nothing of a ritual kept out of the calendar beyond a neutral line', () => {
    const [reminder] = remindersToCome([ritual('a', { calendarTitle: undefined })], [], MORNING);
    expect(reminder?.body).toBe(NEUTRAL_REMINDER);
    expect(reminder?.body).not.toContain('tea');
  });

  it('leaves out what was not asked for, has no time, is resting, is not today, is done, or has passed', () => {
    const rituals = [
      ritual('not-asked', { notify: false }),
      ritual('any-time', { time: undefined }),
      ritual('resting', { paused: true }),
      ritual('weekends', { days: ['sa', 'su'] }),
      ritual('done'),
      ritual('passed', { time: '06:59' }),
      ritual('now', { time: '07:00' }),
      ritual('later', { time: '21:15' }),
      ritual('soon', { time: '07:05' }),
    ];
    const done = [
      { ritualId: 'done', day: '2026-12-03' },
      // Done yesterday does not count for today.
      { ritualId: 'later', day: '2026-12-02' },
    ];
    expect(remindersToCome(rituals, done, MORNING).map((r) => r.ritualId)).toEqual(['now', 'soon', 'later']);
  });

  it('takes "today" where the ritual is set: already Friday in Tokyo while Thursday in London', () => {
    const tokyo = ritual('tokyo', { timeZone: 'Asia/Tokyo', days: ['fr'], time: '20:00' });
    // 07:00 GMT is 16:00 in Tokyo, still Thursday there.
    expect(remindersToCome([tokyo], [], MORNING)).toEqual([]);
    // At 16:00 GMT it is 01:00 on Friday in Tokyo; 20:00 there is 11:00 GMT on Friday.
    expect(remindersToCome([tokyo], [], new Date('2026-12-03T16:00:00Z'))[0]?.at).toEqual(
      new Date('2026-12-04T11:00:00Z'),
    );
  });
});
