import { describe, expect, it } from 'vitest';
import { dayKey, dayLabel, monthWeeks, monthsOf, moodDays, weekdays } from './calendar.js';
import { rovingTarget } from './roving.js';

const at = (y: number, m: number, d: number, h = 9) => new Date(y, m - 1, d, h).toISOString();

describe('the mood calendar', () => {
  it('lays a month out in Monday-first weeks, leaving the days of other months empty', () => {
    const weeks = monthWeeks(new Date(2026, 10, 15)); // November 2026 starts on a Sunday
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]?.[6] && dayKey(weeks[0][6])).toBe('2026-11-01');
    const days = weeks.flat().filter((d): d is Date => d !== null);
    expect(days).toHaveLength(30);
    expect(dayKey(days[29] as Date)).toBe('2026-11-30');
    expect(weekdays().map((d) => d.long)[0]).toBe('Monday');
    expect(monthsOf(new Date(2026, 5, 1))).toHaveLength(12);
  });

  it('sums a day into the region of its average point, and opens its newest check-in', () => {
    const days = moodDays([
      { id: 'a', occurredAt: at(2026, 11, 3, 8), pleasantness: 0.8, energy: 0.6 },
      { id: 'b', occurredAt: at(2026, 11, 3, 20), pleasantness: 0.4, energy: 0.2 },
      { id: 'c', occurredAt: at(2026, 11, 4), pleasantness: 0.05, energy: -0.1 },
      { id: 'd', occurredAt: at(2026, 11, 5), pleasantness: -0.7, energy: -0.5 },
      { id: 'x', occurredAt: 'not a date', pleasantness: 1, energy: 1 },
    ]);
    expect(days.size).toBe(3);
    expect(days.get('2026-11-03')).toEqual({
      key: '2026-11-03',
      count: 2,
      region: 'pleasant-high',
      newestId: 'b',
    });
    expect(days.get('2026-11-04')?.region).toBe('middle');
    expect(days.get('2026-11-05')?.region).toBe('unpleasant-low');
  });

  it('labels days with check-ins and gaps plainly', () => {
    const day = new Date(2026, 10, 3);
    expect(dayLabel(day, undefined)).toBe('Tuesday 3 November: no check-in');
    expect(dayLabel(day, { key: '2026-11-03', count: 2, region: 'pleasant-low', newestId: 'b' })).toBe(
      'Tuesday 3 November: 2 check-ins, pleasant and calm',
    );
  });
});

describe('a roving group', () => {
  it('moves with the arrows, wraps at the ends, and jumps with Home and End', () => {
    expect(rovingTarget('ArrowRight', 0, 5)).toBe(1);
    expect(rovingTarget('ArrowDown', 4, 5)).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 5)).toBe(4);
    expect(rovingTarget('Home', 3, 5)).toBe(0);
    expect(rovingTarget('End', 0, 5)).toBe(4);
    expect(rovingTarget('Enter', 0, 5)).toBeNull();
    expect(rovingTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
