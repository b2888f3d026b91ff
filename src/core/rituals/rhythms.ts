import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMinutes,
  differenceInCalendarDays,
  differenceInMinutes,
  eachDayOfInterval,
  format,
  formatDuration,
  isValid,
  parse,
  parseISO,
} from 'date-fns';
import { weekdayOf, type Weekday } from './schedule.js';

/**
 * My rhythms: an ideal day laid out as blocks across 24 hours, real days set
 * beside it, and where the two drift apart. Pure rules, shared by the record
 * kinds (./kinds.ts), the screens and the tests.
 *
 * A day is a circle: a block whose end comes before its start runs past
 * midnight into the same day's early hours (sleep from 23:00 to 07:00 is eight
 * hours of that day's sleep). A block is never shorter than one step of the
 * grid, never the whole day, and never overlaps another, even across midnight.
 * Times are `HH:mm` on a 15-minute grid; "00:00" as an end means midnight.
 */

/** The grid every block's edges sit on, in minutes. */
export const STEP_MINUTES = 15;
export const DAY_MINUTES = 24 * 60;

/** The kinds of time an ideal day is made of, plus the person's own ("own"). */
export const RHYTHM_CATEGORIES = [
  { id: 'sleep', label: 'Sleeping', noun: 'sleep' },
  { id: 'eating', label: 'Eating', noun: 'time for meals' },
  { id: 'rest', label: 'Resting', noun: 'rest' },
  { id: 'moving', label: 'Moving', noun: 'movement' },
  { id: 'work', label: 'Working or studying', noun: 'work or study' },
  { id: 'connecting', label: 'Connecting', noun: 'time with others' },
  { id: 'intimacy', label: 'Intimacy', noun: 'intimacy' },
  { id: 'alone', label: 'Time alone', noun: 'time alone' },
] as const;
export type BuiltInCategory = (typeof RHYTHM_CATEGORIES)[number]['id'];
export const BUILT_IN_CATEGORIES = RHYTHM_CATEGORIES.map((c) => c.id) as [
  BuiltInCategory,
  ...BuiltInCategory[],
];

/** One stretch of a day. `own` names the person's own category when `category` is "own". */
export interface Block {
  readonly category: BuiltInCategory | 'own';
  readonly own?: string | undefined;
  readonly start: string;
  readonly end: string;
}

/** The end-of-day sliders, each 0 to 10. */
export const SLIDERS = [
  { id: 'sleep', label: 'Sleep', low: 'restless', high: 'restful' },
  { id: 'meals', label: 'Meals', low: 'skipped or rushed', high: 'nourishing' },
  { id: 'rest', label: 'Rest', low: 'none', high: 'plenty' },
  { id: 'connection', label: 'Connection', low: 'cut off', high: 'close' },
] as const;
export type SliderId = (typeof SLIDERS)[number]['id'];

// A fixed day with no clock change, in UTC: minutes of day are counted against it.
const ANCHOR = new TZDate(2024, 0, 1, 'UTC');
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Minutes since midnight of an `HH:mm` time; NaN when it is not one. */
export function minutesOf(time: string): number {
  if (!TIME.test(time)) return Number.NaN;
  const parsed = parse(time, 'HH:mm', ANCHOR);
  return isValid(parsed) ? differenceInMinutes(parsed, ANCHOR) : Number.NaN;
}

/** The `HH:mm` a number of minutes after midnight shows on a clock (wrapping round the day either way). */
export function timeOf(minutes: number): string {
  return format(addMinutes(ANCHOR, minutes), 'HH:mm');
}

/** A time with its edges on the 15-minute grid. */
export function onGrid(time: string): boolean {
  const m = minutesOf(time);
  return Number.isInteger(m) && m % STEP_MINUTES === 0;
}

/** The time moved by some minutes, round the clock. */
export function shiftTime(time: string, minutes: number): string {
  return timeOf(minutesOf(time) + minutes);
}

/** How long a block lasts, in minutes (0 when its ends meet, which is not allowed). */
export function durationOf(block: Pick<Block, 'start' | 'end'>): number {
  const start = minutesOf(block.start);
  const end = minutesOf(block.end);
  return (((end - start) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
}

/** Whether the block runs past midnight. */
export function crossesMidnight(block: Pick<Block, 'start' | 'end'>): boolean {
  const end = minutesOf(block.end);
  return end !== 0 && end < minutesOf(block.start);
}

/** The block as straight stretches of the day, [from, to) in minutes: two when it runs past midnight. */
export function segmentsOf(block: Pick<Block, 'start' | 'end'>): [number, number][] {
  const start = minutesOf(block.start);
  const length = durationOf(block);
  if (start + length <= DAY_MINUTES) return [[start, start + length]];
  return [
    [start, DAY_MINUTES],
    [0, start + length - DAY_MINUTES],
  ];
}

function overlaps(a: Block, b: Block): boolean {
  return segmentsOf(a).some(([a0, a1]) => segmentsOf(b).some(([b0, b1]) => a0 < b1 && b0 < a1));
}

export interface BlockIssue {
  readonly index: number;
  readonly field: 'start' | 'end' | 'own';
  readonly message: string;
}

/** What is wrong with a day's blocks, each issue naming the block and field; empty when all is well. */
export function blockIssues(blocks: readonly Block[]): BlockIssue[] {
  const issues: BlockIssue[] = [];
  blocks.forEach((block, index) => {
    if (!onGrid(block.start))
      issues.push({ index, field: 'start', message: 'Choose a time on the quarter hour.' });
    else if (!onGrid(block.end))
      issues.push({ index, field: 'end', message: 'Choose a time on the quarter hour.' });
    else if (durationOf(block) === 0)
      issues.push({ index, field: 'end', message: 'Its end needs to differ from its start.' });
    else if (block.category === 'own' && !block.own?.trim())
      issues.push({ index, field: 'own', message: 'Give your own kind of time a name.' });
    else {
      const other = blocks.findIndex(
        (b, i) => i !== index && onGrid(b.start) && onGrid(b.end) && overlaps(b, block),
      );
      if (other !== -1)
        issues.push({
          index,
          field: 'start',
          message: `It overlaps ${labelOf(blocks[other] ?? block)} (${blocks[other]?.start ?? ''} to ${blocks[other]?.end ?? ''}).`,
        });
    }
  });
  return issues;
}

/** The blocks in the order of the day (by start). */
export function sortBlocks<B extends Block>(blocks: readonly B[]): B[] {
  return [...blocks].sort((a, b) => minutesOf(a.start) - minutesOf(b.start));
}

/** How a block's category is named on screen. */
export function labelOf(block: Pick<Block, 'category' | 'own'>): string {
  if (block.category === 'own') return block.own?.trim() || 'Your own';
  return RHYTHM_CATEGORIES.find((c) => c.id === block.category)?.label ?? block.category;
}

/** The key totals are kept under: a built-in category's id, or "own:" and the person's own name for it. */
export function keyOf(block: Pick<Block, 'category' | 'own'>): string {
  return block.category === 'own' ? `own:${(block.own ?? '').trim().toLowerCase()}` : block.category;
}

/** Minutes per category over a day's blocks. */
export function totals(blocks: readonly Block[]): Map<string, { label: string; minutes: number }> {
  const out = new Map<string, { label: string; minutes: number }>();
  for (const block of blocks) {
    const key = keyOf(block);
    const now = out.get(key);
    out.set(key, { label: now?.label ?? labelOf(block), minutes: (now?.minutes ?? 0) + durationOf(block) });
  }
  return out;
}

/**
 * Moves one edge of one block by `minutes` (a multiple of the grid), as far
 * as it can go without overlapping a neighbour or shrinking below one step;
 * answers the blocks unchanged when it cannot move at all.
 */
export function moveEdge(
  blocks: readonly Block[],
  index: number,
  edge: 'start' | 'end',
  minutes: number,
): Block[] {
  const steps = Math.trunc(Math.abs(minutes) / STEP_MINUTES);
  const direction = Math.sign(minutes) * STEP_MINUTES;
  let current = [...blocks];
  for (let i = 0; i < steps; i++) {
    const block = current[index];
    if (!block) return current;
    const moved = { ...block, [edge]: shiftTime(block[edge], direction) };
    const length = durationOf(moved);
    // Growing past the whole day, or shrinking to nothing, wraps round: stop first.
    const lengthBefore = durationOf(block);
    const grew = (edge === 'end') === direction > 0;
    if (length === 0 || (grew ? length < lengthBefore : length > lengthBefore)) break;
    const next = current.map((b, j) => (j === index ? moved : b));
    if (next.some((b, j) => j !== index && overlaps(b, moved))) break;
    current = next;
  }
  return current;
}

/** Moves a whole block by `minutes`, keeping its length, as far as it fits. */
export function moveBlock(blocks: readonly Block[], index: number, minutes: number): Block[] {
  const steps = Math.trunc(Math.abs(minutes) / STEP_MINUTES);
  const direction = Math.sign(minutes) * STEP_MINUTES;
  let current = [...blocks];
  for (let i = 0; i < steps; i++) {
    const block = current[index];
    if (!block) return current;
    const moved = {
      ...block,
      start: shiftTime(block.start, direction),
      end: shiftTime(block.end, direction),
    };
    if (current.some((b, j) => j !== index && overlaps(b, moved))) break;
    current = current.map((b, j) => (j === index ? moved : b));
  }
  return current;
}

/** The grid time nearest a number of minutes into the day (clamped to the day). */
export function snap(minutes: number): number {
  const clamped = Math.min(DAY_MINUTES, Math.max(0, minutes));
  return Math.round(clamped / STEP_MINUTES) * STEP_MINUTES;
}

/**
 * A new block drawn from one moment of the day to another (either way round),
 * trimmed to the free time around where it began; undefined when that moment
 * is taken already.
 */
export function drawBlock(
  blocks: readonly Block[],
  category: Block['category'],
  from: number,
  to: number,
  own?: string,
): Block | undefined {
  const anchor = Math.min(
    DAY_MINUTES - STEP_MINUTES,
    Math.floor(Math.max(0, from) / STEP_MINUTES) * STEP_MINUTES,
  );
  const taken = blocks.flatMap(segmentsOf);
  if (taken.some(([s, e]) => anchor >= s && anchor < e)) return undefined;
  let a = Math.min(anchor, snap(to));
  let b = Math.max(anchor + STEP_MINUTES, snap(to));
  for (const [s, e] of taken) {
    if (e <= anchor) a = Math.max(a, e);
    if (s > anchor) b = Math.min(b, s);
  }
  // Never the whole day: its ends would meet.
  b = Math.min(b, a + DAY_MINUTES - STEP_MINUTES);
  return {
    category,
    ...(category === 'own' ? { own } : {}),
    start: timeOf(a),
    end: timeOf(b),
  };
}

/** A first free stretch of `length` minutes at or after `from`, for a block added by keyboard. */
export function freeStretch(blocks: readonly Block[], from: number, length = 60): Block['start'] | undefined {
  for (let offset = 0; offset < DAY_MINUTES; offset += STEP_MINUTES) {
    const start = timeOf(from + offset);
    const candidate: Block = { category: 'rest', start, end: shiftTime(start, length) };
    if (!blocks.some((b) => overlaps(b, candidate))) return start;
  }
  return undefined;
}

/** "8 hours", "1 hour 30 minutes", "45 minutes" (date-fns). */
export function saidDuration(minutes: number): string {
  const rounded = Math.round(minutes / STEP_MINUTES) * STEP_MINUTES;
  if (rounded === 0) return 'no time';
  return formatDuration({ hours: Math.floor(rounded / 60), minutes: rounded % 60 });
}

/** A block read aloud: "Sleeping, 23:00 to 07:00, 8 hours, past midnight". */
export function saidBlock(block: Block): string {
  return `${labelOf(block)}, ${block.start} to ${block.end}, ${saidDuration(durationOf(block))}${crossesMidnight(block) ? ', past midnight' : ''}`;
}

// Ideal days and weeks

export interface DayTemplate {
  readonly id: string;
  readonly name: string;
  readonly days: readonly Weekday[];
  readonly blocks: readonly Block[];
}

/** The ideal for a day of the week: the template that names it, or else the first. */
export function templateFor<T extends DayTemplate>(templates: readonly T[], weekday: Weekday): T | undefined {
  return templates.find((t) => t.days.includes(weekday)) ?? templates[0];
}

/** A first ideal day to start from: nothing laid out yet, every day of the week. */
export function firstTemplate(): DayTemplate {
  return { id: 'every-day', name: 'Every day', days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], blocks: [] };
}

// Real days beside the ideal

export interface RealDay {
  readonly day: string;
  readonly blocks?: readonly Block[] | undefined;
  readonly sliders?: Readonly<Record<SliderId, number>> | undefined;
}

/** The instant a real day is filed under: its date at noon UTC, the same for every save of that date. */
export function realDayKey(day: string): string {
  return `${day}T12:00:00.000Z`;
}

/** The days of a period ending on `last` (inclusive), oldest first, `yyyy-MM-dd`. */
export function periodDays(last: string, length: number): string[] {
  const end = parseISO(last);
  return eachDayOfInterval({ start: addDays(end, -(length - 1)), end }).map((d) => format(d, 'yyyy-MM-dd'));
}

export interface CategoryComparison {
  readonly key: string;
  readonly label: string;
  readonly noun: string;
  /** Average minutes a day: what was hoped for, and what happened. */
  readonly ideal: number;
  readonly real: number;
}

export interface Comparison {
  /** Days in the period with blocks recorded, and with sliders. */
  readonly daysWithBlocks: number;
  readonly daysWithSliders: number;
  readonly categories: CategoryComparison[];
  /** The categories that drifted by at least half an hour a day, furthest first (at most three). */
  readonly drifts: CategoryComparison[];
  /** Average slider answers over the days that have them. */
  readonly sliders: { id: SliderId; label: string; average: number }[];
}

/** The least drift worth naming: half an hour a day. */
export const DRIFT_MINUTES = 30;

/**
 * The ideal beside the real, per category, averaged over the days in
 * `period` that were recorded: each day set against the ideal for its own
 * day of the week.
 */
export function compare(
  templates: readonly DayTemplate[],
  realDays: readonly RealDay[],
  period: readonly string[],
): Comparison {
  const inPeriod = new Set(period);
  const days = realDays.filter((d) => inPeriod.has(d.day));
  const withBlocks = days.filter((d) => d.blocks && d.blocks.length > 0);
  const sums = new Map<string, { label: string; noun: string; ideal: number; real: number }>();
  const add = (key: string, label: string, which: 'ideal' | 'real', minutes: number) => {
    const noun = RHYTHM_CATEGORIES.find((c) => c.id === key)?.noun ?? label.toLowerCase();
    const held = sums.get(key) ?? { label, noun, ideal: 0, real: 0 };
    held[which] += minutes;
    sums.set(key, held);
  };
  for (const day of withBlocks) {
    const ideal = templateFor(templates, weekdayOf(day.day));
    for (const [key, t] of totals(ideal?.blocks ?? [])) add(key, t.label, 'ideal', t.minutes);
    for (const [key, t] of totals(day.blocks ?? [])) add(key, t.label, 'real', t.minutes);
  }
  const n = Math.max(1, withBlocks.length);
  const order = (key: string) => {
    const i = RHYTHM_CATEGORIES.findIndex((c) => c.id === key);
    return i === -1 ? RHYTHM_CATEGORIES.length : i;
  };
  const categories = [...sums.entries()]
    .map(([key, s]) => ({ key, label: s.label, noun: s.noun, ideal: s.ideal / n, real: s.real / n }))
    .sort((a, b) => order(a.key) - order(b.key) || a.label.localeCompare(b.label));
  const drifts = categories
    .filter((c) => Math.abs(c.real - c.ideal) >= DRIFT_MINUTES)
    .sort((a, b) => Math.abs(b.real - b.ideal) - Math.abs(a.real - a.ideal))
    .slice(0, 3);
  const withSliders = days.filter((d) => d.sliders);
  const sliders = SLIDERS.map((s) => ({
    id: s.id,
    label: s.label,
    average:
      withSliders.reduce((sum, d) => sum + (d.sliders?.[s.id] ?? 0), 0) / Math.max(1, withSliders.length),
  }));
  return {
    daysWithBlocks: withBlocks.length,
    daysWithSliders: withSliders.length,
    categories,
    drifts,
    sliders: withSliders.length > 0 ? sliders : [],
  };
}

/** A drift said plainly, without judgement: "Less rest than you hoped, about 1 hour 30 minutes a day". */
export function saidDrift(c: CategoryComparison): string {
  const gap = c.real - c.ideal;
  const words = gap < 0 ? `Less ${c.noun} than you hoped` : `More ${c.noun} than you planned`;
  return `${words}, about ${saidDuration(Math.abs(gap))} a day`;
}

// A small adjustment, revisited a week on

/** How long after choosing an adjustment Haven asks whether it helped. */
export const REVISIT_AFTER_DAYS = 7;

/** Whether it is time to ask "did it help?": a week or more since it was chosen, and not yet answered. */
export function revisitDue(adjustment: { chosenOn: string; revisit?: unknown }, today: string): boolean {
  if (adjustment.revisit) return false;
  return differenceInCalendarDays(parseISO(today), parseISO(adjustment.chosenOn)) >= REVISIT_AFTER_DAYS;
}

/** The day it will be asked about: a week after it was chosen. */
export function revisitOn(chosenOn: string): string {
  return format(addDays(parseISO(chosenOn), REVISIT_AFTER_DAYS), 'yyyy-MM-dd');
}

export const HELPED = [
  { id: 'yes', label: 'Yes, it helped' },
  { id: 'a-little', label: 'A little' },
  { id: 'not-really', label: 'Not really' },
  { id: 'not-sure', label: 'Not sure yet' },
] as const;
export type Helped = (typeof HELPED)[number]['id'];
