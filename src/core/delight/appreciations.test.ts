import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { appreciationAfter, isQuietLineDay, quietLineFor, type Dated } from './appreciations.js';

const day = (start: string, n: number) => format(addDays(parseISO(start), n), 'yyyy-MM-dd');

/** What the home shows on each of `days` days from `start`, with the appreciations written by then. */
function homeLines(all: readonly Dated[], start: string, days: number): (string | undefined)[] {
  return Array.from({ length: days }, (_, n) => {
    const today = day(start, n);
    return quietLineFor(
      all.filter((a) => a.day <= today),
      today,
    );
  });
}

describe('the quiet appreciation line on the home screen', () => {
  const three: Dated[] = [
    { id: 'a', day: '2026-01-01' },
    { id: 'b', day: '2026-01-01' },
    { id: 'c', day: '2026-01-02' },
  ];

  it('comes some days, not every day: between a quarter and a half of them over a year', () => {
    const shown = Array.from({ length: 365 }, (_, n) => isQuietLineDay(day('2026-01-01', n))).filter(Boolean);
    expect(shown.length).toBeGreaterThan(365 / 4);
    expect(shown.length).toBeLessThan(365 / 2);
  });

  it('is never the same one twice in a row, even as new ones are added', () => {
    const growing: Dated[] = [...three, { id: 'd', day: '2026-02-10' }, { id: 'e', day: '2026-02-11' }];
    const lines = homeLines(growing, '2026-01-01', 200).filter((line) => line !== undefined);
    expect(lines.length).toBeGreaterThan(40);
    for (let i = 1; i < lines.length; i++) expect(lines[i], `showing ${i}`).not.toBe(lines[i - 1]);
    expect(new Set(lines)).toEqual(new Set(['a', 'b', 'c', 'd', 'e']));
  });

  it('brings a new one soon after it is written', () => {
    const withNew = [...three, { id: 'new', day: '2026-03-01' }];
    const after = homeLines(withNew, '2026-03-01', 20).filter((line) => line !== undefined);
    expect(after[0]).toBe('new');
  });

  it('shows nothing with none kept, and the only one whenever it shows', () => {
    expect(homeLines([], '2026-01-01', 30).every((line) => line === undefined)).toBe(true);
    const one = homeLines([{ id: 'only', day: '2026-01-01' }], '2026-01-01', 30);
    expect(one.filter((line) => line !== undefined).every((line) => line === 'only')).toBe(true);
  });

  it('gives the same answer for the same day, whatever order the list comes in', () => {
    const today = '2026-06-01';
    const first = quietLineFor(three, today);
    expect(quietLineFor([...three].reverse(), today)).toBe(first);
  });
});

describe('an appreciation after a low check-in', () => {
  it('is the same for the same check-in, and varies across check-ins', () => {
    const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
    expect(appreciationAfter('checkin-1', list)).toBe(appreciationAfter('checkin-1', list));
    const picks = new Set(Array.from({ length: 40 }, (_, n) => appreciationAfter(`checkin-${n}`, list)?.id));
    expect(picks.size).toBeGreaterThan(1);
    expect(appreciationAfter('checkin-1', [])).toBeUndefined();
  });
});
