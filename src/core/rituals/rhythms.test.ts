import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rhythmAdjustmentSchema, rhythmDaySchema, rhythmIdealSchema } from './rhythmKinds.js';
import {
  blockIssues,
  compare,
  crossesMidnight,
  DAY_MINUTES,
  drawBlock,
  durationOf,
  minutesOf,
  moveBlock,
  moveEdge,
  periodDays,
  revisitDue,
  revisitOn,
  saidBlock,
  saidDrift,
  segmentsOf,
  STEP_MINUTES,
  timeOf,
  totals,
  type Block,
  type DayTemplate,
} from './rhythms.js';

const sleep: Block = { category: 'sleep', start: '23:00', end: '07:00' };
const work: Block = { category: 'work', start: '09:00', end: '17:00' };
const lunch: Block = { category: 'eating', start: '12:30', end: '13:00' };

/** Any block on the grid, any length but none and the whole day. */
const arbBlock = fc
  .record({
    category: fc.constantFrom('sleep', 'eating', 'rest', 'work', 'alone' as const),
    start: fc.integer({ min: 0, max: 95 }),
    length: fc.integer({ min: 1, max: 95 }),
  })
  .map(({ category, start, length }): Block => ({
    category,
    start: timeOf(start * STEP_MINUTES),
    end: timeOf((start + length) * STEP_MINUTES),
  }));

/** Keeps the blocks that fit beside those before them: a valid day. */
function validDay(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) if (blockIssues([...out, b]).length === 0) out.push(b);
  return out;
}
const arbDay = fc.array(arbBlock, { maxLength: 12 }).map(validDay);

describe('time of day', () => {
  it('reads and writes HH:mm through date-fns, round the clock either way', () => {
    expect(minutesOf('07:30')).toBe(450);
    expect(minutesOf('24:00')).toBeNaN();
    expect(minutesOf('7:30')).toBeNaN();
    expect(timeOf(0)).toBe('00:00');
    expect(timeOf(DAY_MINUTES)).toBe('00:00');
    expect(timeOf(-15)).toBe('23:45');
    fc.assert(fc.property(fc.integer({ min: 0, max: DAY_MINUTES - 1 }), (m) => minutesOf(timeOf(m)) === m));
  });
});

describe('blocks across a day', () => {
  it('lets sleep run past midnight, counted in the same day', () => {
    expect(crossesMidnight(sleep)).toBe(true);
    expect(durationOf(sleep)).toBe(8 * 60);
    expect(segmentsOf(sleep)).toEqual([
      [23 * 60, DAY_MINUTES],
      [0, 7 * 60],
    ]);
    // An end at midnight is the end of the day, not a crossing.
    expect(crossesMidnight({ start: '22:00', end: '00:00' })).toBe(false);
    expect(durationOf({ start: '22:00', end: '00:00' })).toBe(120);
    expect(saidBlock(sleep)).toBe('Sleeping, 23:00 to 07:00, 8 hours, past midnight');
  });

  it('refuses overlaps (across midnight too), meeting ends, off-grid times and nameless own time', () => {
    expect(blockIssues([sleep, work, lunch])).toEqual([
      expect.objectContaining({ index: 1 }),
      expect.objectContaining({ index: 2 }),
    ]);
    expect(blockIssues([sleep, { category: 'rest', start: '06:00', end: '08:00' }])).toHaveLength(2);
    expect(blockIssues([sleep, { category: 'rest', start: '07:00', end: '08:00' }])).toEqual([]);
    expect(blockIssues([{ category: 'rest', start: '07:10', end: '08:00' }])[0]?.field).toBe('start');
    expect(blockIssues([{ category: 'rest', start: '07:00', end: '07:00' }])[0]?.field).toBe('end');
    expect(blockIssues([{ category: 'own', own: ' ', start: '07:00', end: '08:00' }])[0]?.field).toBe('own');
  });

  it('totals minutes per category, own categories by their name', () => {
    const day: Block[] = [
      sleep,
      { category: 'work', start: '09:00', end: '12:30' },
      lunch,
      { category: 'work', start: '13:00', end: '17:00' },
      { category: 'own', own: 'Garden', start: '18:00', end: '19:00' },
      { category: 'own', own: 'garden ', start: '19:00', end: '19:30' },
    ];
    const t = totals(day);
    expect(t.get('sleep')?.minutes).toBe(480);
    expect(t.get('work')?.minutes).toBe(450);
    expect(t.get('own:garden')).toEqual({ label: 'Garden', minutes: 90 });
  });

  it('never lets a valid day sum past 24 hours, and its segments never overlap', () => {
    fc.assert(
      fc.property(arbDay, (day) => {
        const sum = [...totals(day).values()].reduce((a, t) => a + t.minutes, 0);
        expect(sum).toBeLessThanOrEqual(DAY_MINUTES);
        const segments = day.flatMap(segmentsOf).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < segments.length; i++)
          expect(segments[i]?.[0]).toBeGreaterThanOrEqual(segments[i - 1]?.[1] ?? 0);
      }),
    );
  });

  it('moves an edge by quarter hours, stopping at a neighbour or one step short of nothing', () => {
    const day = [sleep, work];
    expect(moveEdge(day, 0, 'end', 60)[0]?.end).toBe('08:00');
    expect(moveEdge(day, 0, 'end', 6 * 60)[0]?.end).toBe('09:00');
    expect(moveEdge(day, 1, 'start', 24 * 60)[1]?.start).toBe('16:45');
    expect(moveEdge(day, 0, 'start', -60)[0]?.start).toBe('22:00');
    expect(moveBlock([lunch], 0, -30)[0]).toMatchObject({ start: '12:00', end: '12:30' });
  });

  it('keeps every valid day valid, whatever edge is moved by however much', () => {
    fc.assert(
      fc.property(
        arbDay.filter((d) => d.length > 0),
        fc.nat(),
        fc.constantFrom('start' as const, 'end' as const),
        fc.integer({ min: -96, max: 96 }),
        (day, i, edge, steps) => {
          const index = i % day.length;
          expect(blockIssues(moveEdge(day, index, edge, steps * STEP_MINUTES))).toEqual([]);
          expect(blockIssues(moveBlock(day, index, steps * STEP_MINUTES))).toEqual([]);
        },
      ),

      { numRuns: 60 },
    );
  });

  it('draws a block by pointer within the free time where it began', () => {
    expect(drawBlock([work], 'eating', 8 * 60 + 7, 10 * 60)).toEqual({
      category: 'eating',
      start: '08:00',
      end: '09:00',
    });
    expect(drawBlock([work], 'rest', 10 * 60, 11 * 60)).toBeUndefined();
    expect(drawBlock([], 'rest', 23 * 60 + 50, 23 * 60 + 59)).toMatchObject({ start: '23:45', end: '00:00' });
    fc.assert(
      fc.property(
        arbDay,
        fc.integer({ min: 0, max: DAY_MINUTES }),
        fc.integer({ min: 0, max: DAY_MINUTES }),
        (day, a, b) => {
          const drawn = drawBlock(day, 'rest', a, b);
          if (drawn) expect(blockIssues([...day, drawn])).toEqual([]);
        },
      ),
    );
  });
});

describe('ideal beside real', () => {
  const templates: DayTemplate[] = [
    { id: 'workday', name: 'A workday', days: ['mo', 'tu', 'we', 'th', 'fr'], blocks: [sleep, work, lunch] },
    {
      id: 'rest-day',
      name: 'A rest day',
      days: ['sa', 'su'],
      blocks: [
        { ...sleep, end: '09:00' },
        { category: 'rest', start: '14:00', end: '17:00' },
      ],
    },
  ];

  it('averages each recorded day against the ideal for its own weekday, and names the biggest drifts', () => {
    const week = periodDays('2026-03-08', 7);
    expect(week).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    const shortSleep: Block = { category: 'sleep', start: '00:30', end: '06:30' };
    const result = compare(
      templates,
      [
        { day: '2026-03-02', blocks: [shortSleep, { ...work, end: '19:30' }, lunch] },
        { day: '2026-03-03', blocks: [shortSleep, { ...work, end: '19:30' }, lunch] },
        { day: '2026-03-07', blocks: [{ ...sleep, end: '09:00' }] },
        { day: '2026-03-08', sliders: { sleep: 4, meals: 6, rest: 2, connection: 8 } },
        { day: '2026-02-01', blocks: [shortSleep] },
      ],
      week,
    );
    expect(result.daysWithBlocks).toBe(3);
    expect(result.daysWithSliders).toBe(1);
    const sleepRow = result.categories.find((c) => c.key === 'sleep');
    expect(sleepRow).toMatchObject({ ideal: (480 + 480 + 600) / 3, real: (360 + 360 + 600) / 3 });
    expect(result.drifts.map((d) => d.key)).toEqual(['work', 'sleep', 'rest']);
    expect(result.drifts.map(saidDrift)).toEqual([
      'More work or study than you planned, about 1 hour 45 minutes a day',
      'Less sleep than you hoped, about 1 hour 15 minutes a day',
      'Less rest than you hoped, about 1 hour a day',
    ]);
    expect(saidDrift({ key: 'rest', label: 'Resting', noun: 'rest', ideal: 180, real: 90 })).toBe(
      'Less rest than you hoped, about 1 hour 30 minutes a day',
    );
    expect(result.sliders.find((s) => s.id === 'rest')?.average).toBe(2);
  });

  it('asks whether an adjustment helped from a week after it was chosen, once', () => {
    expect(revisitOn('2026-03-02')).toBe('2026-03-09');
    expect(revisitDue({ chosenOn: '2026-03-02' }, '2026-03-08')).toBe(false);
    expect(revisitDue({ chosenOn: '2026-03-02' }, '2026-03-09')).toBe(true);
    expect(revisitDue({ chosenOn: '2026-03-02', revisit: { helped: 'yes' } }, '2026-03-20')).toBe(false);
  });
});

describe('the kinds’ schemas', () => {
  it('refuse overlapping blocks, a day in two ideals, and a day with nothing', () => {
    const ideal = rhythmIdealSchema.safeParse({
      templates: [
        {
          id: 'a',
          name: 'A',
          days: ['mo'],
          blocks: [sleep, { category: 'rest', start: '06:00', end: '08:00' }],
        },
        { id: 'b', name: 'B', days: ['mo'], blocks: [] },
      ],
    });
    expect(ideal.success).toBe(false);
    expect(ideal.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['templates.0.blocks.0.start', 'templates.1.days']),
    );
    expect(rhythmDaySchema.safeParse({ day: '2026-03-02' }).success).toBe(false);
    expect(
      rhythmDaySchema.safeParse({ day: '2026-03-02', blocks: [{ ...sleep, start: '23:10' }] }).success,
    ).toBe(false);
    expect(
      rhythmDaySchema.safeParse({
        day: '2026-03-02',
        sliders: { sleep: 11, meals: 1, rest: 1, connection: 1 },
      }).success,
    ).toBe(false);
    expect(
      rhythmAdjustmentSchema.safeParse({ what: 'A walk after lunch', chosenOn: '2026-03-02' }).success,
    ).toBe(true);
  });
});
