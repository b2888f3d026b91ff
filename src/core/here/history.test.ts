import { describe, expect, it } from 'vitest';
import { historyStart, sessionsByWeek, type SessionEntry } from './history.js';

const entry = (at: string, minutes: number, practice: SessionEntry['practice'] = 'timer'): SessionEntry => ({
  id: at,
  practice,
  at: new Date(at),
  minutes,
  title: practice,
});

describe('the history of time spent here', () => {
  // A Thursday.
  const now = new Date(2026, 11, 3, 12, 0);

  it('groups sessions into weeks from Monday, oldest week first, newest session first, with empty weeks kept', () => {
    const weeks = sessionsByWeek(
      [
        entry(new Date(2026, 11, 1, 7).toISOString(), 10),
        entry(new Date(2026, 11, 3, 8).toISOString(), 20.25, 'movement'),
        entry(new Date(2026, 10, 18, 7).toISOString(), 5, 'sitting'),
        entry(new Date(2025, 0, 1).toISOString(), 99),
      ],
      now,
      4,
    );
    expect(weeks.map((w) => w.start.getDate())).toEqual([9, 16, 23, 30]);
    expect(weeks.map((w) => w.minutes)).toEqual([0, 5, 0, 30.3]);
    expect(weeks[3]?.sessions.map((s) => s.practice)).toEqual(['movement', 'timer']);
    expect(historyStart(now, 4)).toEqual(weeks[0]?.start);
  });

  it('shows a gap as a week of nothing, never as anything else', () => {
    const weeks = sessionsByWeek([], now, 3);
    expect(weeks).toHaveLength(3);
    expect(weeks.every((w) => w.minutes === 0 && w.sessions.length === 0)).toBe(true);
  });
});
