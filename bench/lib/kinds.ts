import type { ExampleSource, TextHint } from '../../src/core/practices/example.js';
import { PRACTICE_KINDS } from '../../src/core/practices/kinds.js';
import type { PracticeKind, Rhythm } from '../../src/core/practices/practice.js';
import type { RecordKind } from '../../src/core/records/kind.js';
import {
  careLine,
  insightLine,
  journalBody,
  journalTitle,
  personLine,
  placeLine,
  sentence,
  sentences,
  tagLine,
  thingLine,
  wantLine,
} from './prose.js';
import type { Random } from './random.js';

/**
 * How a synthetic person writes each record kind: how often (the practice's
 * declared rhythm) and what (the practice's own example generator, answered
 * with seeded, realistic prose). Both come from what each practice declares
 * it writes (PRACTICE_KINDS), so a new practice is in the data set with no
 * edit here; a kind no practice declares stops the seed, naming it.
 */
export interface DayContext {
  /** Days since the person started. */
  day: number;
  totalDays: number;
  /** 0 Sunday to 6 Saturday. */
  weekday: number;
  /** This person's habit: 1 is the ten-year account's pace. */
  pace: number;
}

export interface WriteContext {
  /** The id of this person's most recent record of each kind. */
  recent: ReadonlyMap<string, string>;
  /** When the record is written (ms). */
  occurredAt: number;
}

export interface KindGenerator {
  /** How many records of this kind the person writes on a given day. */
  perDay(r: Random, day: DayContext): number;
  /** The hours of the day (inclusive) in which they are written. */
  hours: readonly [number, number];
  payload(r: Random, context: WriteContext): unknown;
}

const DAY = 24 * 60 * 60_000;
const MINUTE = 60_000;
const WAKING: readonly [number, number] = [7, 22];

/** The generators for every kind Haven knows; throws, naming the kind, when no practice declares one. */
export function generatorsFor(
  kinds: readonly RecordKind[],
  practiceKinds: readonly PracticeKind[] = PRACTICE_KINDS,
): Map<string, KindGenerator> {
  const declared = new Map(practiceKinds.map((entry) => [entry.kind.name, entry]));
  const missing = kinds.filter((k) => !declared.has(k.name)).map((k) => k.name);
  if (missing.length > 0) {
    throw new Error(
      `No practice declares the record kind(s) ${missing.join(', ')}. ` +
        'Declare each for its practice (src/core/<pillar>/practiceKinds.ts), with a rhythm and an example, so the data set covers every kind.',
    );
  }
  return new Map(
    kinds.map((kind) => {
      const entry = declared.get(kind.name);
      if (!entry) throw new Error(`No practice declares ${kind.name}`);
      const generator: KindGenerator = {
        perDay: perDayOf(entry.rhythm),
        hours: 'once' in entry.rhythm ? WAKING : (entry.rhythm.hours ?? WAKING),
        payload: (r, context) => entry.example(proseSource(r, context)),
      };
      return [kind.name, generator];
    }),
  );
}

function perDayOf(rhythm: Rhythm): KindGenerator['perDay'] {
  if ('once' in rhythm) return (_r, d) => (d.day === Math.min(rhythm.once, d.totalDays - 1) ? 1 : 0);
  return (r, d) => {
    // Setting a practice up is a burst of its own, whatever the person's usual pace.
    if (rhythm.firstDays && d.day < rhythm.firstDays.days) return r.poisson(rhythm.firstDays.perDay);
    const restDay = d.weekday === 0 || d.weekday === 6;
    return r.poisson(d.pace * (restDay ? (rhythm.restDays ?? rhythm.perDay) : rhythm.perDay));
  };
}

const LINES: Readonly<Record<TextHint, (r: Random) => string>> = {
  sentence,
  entry: journalBody,
  title: journalTitle,
  tag: tagLine,
  care: careLine,
  want: wantLine,
  insight: insightLine,
  thing: thingLine,
  person: personLine,
  place: placeLine,
};

/** Choices from the seeded random source, and text from the bench's sentence shapes. */
function proseSource(r: Random, context: WriteContext): ExampleSource {
  const write = (max: number, hint: TextHint, many: boolean) => {
    const text = many && hint === 'sentence' ? sentences(r, r.int(1, 3)) : LINES[hint](r);
    return text.slice(0, max).trim();
  };
  return {
    int: (min, max) => r.int(min, max),
    // Answers on a scale (the pad's axes, arousal from 0 to 10) gather around its middle, as people's do.
    number: (min, max) => Math.max(min, Math.min(max, r.normal((min + max) / 2, (max - min) / 4))),
    chance: (p) => r.chance(p),
    pick: (items) => r.pick(items),
    sample: (items, count) => r.sample(items, count),
    line: (max, hint = 'sentence') => write(max, hint, false),
    prose: (max, hint = 'sentence') => write(max, hint, true),
    recent: (kind) => context.recent.get(kind),
    day: () => new Date(context.occurredAt).toISOString().slice(0, 10),
  };
}

export interface PlannedRecord {
  kind: string;
  occurredAt: number;
}

/** One day's records for a person, in time order, each in its kind's hours of the day. */
export function planDay(
  r: Random,
  generators: ReadonlyMap<string, KindGenerator>,
  dayStart: number,
  day: DayContext,
): PlannedRecord[] {
  const out: PlannedRecord[] = [];
  for (const [kind, generator] of generators) {
    const count = generator.perDay(r, day);
    const [from, to] = generator.hours;
    for (let i = 0; i < count; i++) {
      out.push({
        kind,
        occurredAt: dayStart + r.int(from, to) * 60 * MINUTE + r.int(0, 59) * MINUTE + r.int(0, 59_999),
      });
    }
  }
  return out.sort((a, b) => a.occurredAt - b.occurredAt);
}

export { DAY };
