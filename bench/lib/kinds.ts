import { BODY_REGIONS, SENSATIONS } from '../../src/core/attuning/body.js';
import { FEELINGS, quadrantOf } from '../../src/core/attuning/feelings.js';
import { NEEDS } from '../../src/core/attuning/needs.js';
import { pathFor, PATTERN_IDS } from '../../src/core/attuning/patterns.js';
import { BOUNDARY_STANCES, PROFILE_SECTIONS } from '../../src/core/attuning/profile.js';
import { JOURNAL_PROMPTS } from '../../src/core/attuning/prompts.js';
import { SOOTHING_SENSES } from '../../src/core/attuning/soothing.js';
import type { RecordKind } from '../../src/core/records/kind.js';
import {
  careLine,
  insightLine,
  journalBody,
  journalTags,
  journalTitle,
  personLine,
  placeLine,
  sentence,
  sentences,
  thingLine,
  wantLine,
} from './prose.js';
import type { Random } from './random.js';

/**
 * How a synthetic person writes each record kind: how often, and what. Every
 * kind in the registry needs an entry here; `generatorsFor` refuses to seed
 * without one, so the data set grows with the app.
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
  /** The id of this person's most recent journal entry, if any. */
  lastJournalId: string | undefined;
}

export interface KindGenerator {
  /** How many records of this kind the person writes on a given day. */
  perDay(r: Random, day: DayContext): number;
  payload(r: Random, context: WriteContext): unknown;
}

const DAY = 24 * 60 * 60_000;
const MINUTE = 60_000;

/** A check-in: a point on the pad, feelings near it, and now and then the body, needs and a few words. */
function checkin(r: Random, context: WriteContext): unknown {
  const pleasantness = Math.round(Math.max(-1, Math.min(1, r.normal(0.1, 0.5))) * 100) / 100;
  const energy = Math.round(Math.max(-1, Math.min(1, r.normal(0, 0.5))) * 100) / 100;
  const quadrant = quadrantOf(pleasantness, energy);
  const near = FEELINGS.filter((f) => f.quadrant === quadrant).map((f) => f.word);
  const payload: Record<string, unknown> = {
    pleasantness,
    energy,
    feelings: r.sample(near, r.int(1, 4)),
  };
  if (r.chance(0.4)) {
    payload.body = {
      regions: r.sample(BODY_REGIONS, r.int(1, 3)).map((b) => b.id),
      sensations: r.sample(SENSATIONS, r.int(0, 3)).map((s) => s.id),
    };
  }
  if (r.chance(0.45)) {
    const needs = r.sample(NEEDS, r.int(1, 5)).map((n) => n.id);
    const split = r.int(0, needs.length);
    payload.needs = { met: needs.slice(0, split), unmet: needs.slice(split) };
  }
  if (r.chance(0.3)) payload.care = careLine(r);
  if (r.chance(0.35)) payload.note = sentences(r, r.int(1, 3));
  if (r.chance(0.08)) payload.reflection = sentences(r, r.int(1, 4));
  if (context.lastJournalId && r.chance(0.02)) payload.journalId = context.lastJournalId;
  return payload;
}

function journal(r: Random): unknown {
  const payload: Record<string, unknown> = { body: journalBody(r), tags: journalTags(r) };
  if (r.chance(0.5)) payload.title = journalTitle(r);
  if (r.chance(0.35)) {
    const prompt = r.pick(JOURNAL_PROMPTS);
    payload.promptId = prompt.id;
    payload.prompt = prompt.text;
  }
  return payload;
}

function profileItem(r: Random): unknown {
  const section = r.pick(PROFILE_SECTIONS);
  const text = r.chance(0.6) ? r.pick(section.suggestions) : `${thingLine(r)} ${placeLine(r)}`;
  return {
    section: section.id,
    text,
    ...(r.chance(0.2) ? { note: sentence(r) } : {}),
    ...(section.id === 'boundaries' ? { stance: r.pick(BOUNDARY_STANCES) } : {}),
  };
}

function soothingItem(r: Random): unknown {
  const sense = r.pick(SOOTHING_SENSES);
  return { sense: sense.id, text: r.chance(0.6) ? r.pick(sense.suggestions) : thingLine(r) };
}

function selfAbandonment(r: Random): unknown {
  return {
    what: `I went along with ${personLine(r)} when I wanted to ${wantLine(r)}. ${sentence(r)}`,
    ...(r.chance(0.6) ? { valueOrBoundary: insightLine(r) } : {}),
    ...(r.chance(0.6) ? { felt: sentences(r, r.int(1, 2)) } : {}),
    ...(r.chance(0.5) ? { nextTime: `Next time I could ${careLine(r).toLowerCase()}` } : {}),
  };
}

function growthPath(r: Random): unknown {
  const pattern = r.pick(PATTERN_IDS);
  const steps = pathFor(pattern).steps.map((s) => s.id);
  return { pattern, completedSteps: r.sample(steps, r.int(0, steps.length)) };
}

function safetyPlan(r: Random): unknown {
  const lines = (min: number, max: number) => Array.from({ length: r.int(min, max) }, () => careLine(r));
  return {
    warningSigns: Array.from({ length: r.int(1, 4) }, () => sentence(r)),
    copingAlone: lines(2, 5),
    distractions: Array.from({ length: r.int(1, 3) }, () => `Going ${placeLine(r)}`),
    peopleToAsk: Array.from({ length: r.int(1, 3) }, () => ({ name: personLine(r) })),
    professionals: [{ name: 'My doctor', contact: 'The surgery, weekday mornings' }],
    saferSurroundings: lines(0, 2),
    reasonsForLiving: lines(1, 3),
  };
}

/** Once, on a given day near the start. */
const once = (onDay: number) => (_r: Random, d: DayContext) =>
  d.day === Math.min(onDay, d.totalDays - 1) ? 1 : 0;

export const KIND_GENERATORS: Readonly<Record<string, KindGenerator>> = {
  // Several a day: the heart of the data set.
  checkin: {
    perDay: (r, d) => r.poisson(d.pace * (d.weekday === 0 || d.weekday === 6 ? 8.5 : 10)),
    payload: checkin,
  },
  journal: { perDay: (r, d) => r.poisson(d.pace * (d.weekday === 0 ? 2.6 : 1.7)), payload: journal },
  // A burst while filling in the profile at first, then an item now and then.
  profile_item: { perDay: (r, d) => (d.day < 14 ? r.poisson(2.5) : r.poisson(0.07)), payload: profileItem },
  soothing_item: { perDay: (r, d) => (d.day < 14 ? r.poisson(1) : r.poisson(0.03)), payload: soothingItem },
  self_abandonment: { perDay: (r, d) => r.poisson(d.pace * 0.2), payload: selfAbandonment },
  growth_path: { perDay: once(9), payload: growthPath },
  safety_plan: { perDay: once(21), payload: safetyPlan },
};

/** The generators for every kind Haven knows; throws, naming the kind, when one is missing. */
export function generatorsFor(kinds: readonly RecordKind[]): Map<string, KindGenerator> {
  const missing = kinds.filter((k) => !(k.name in KIND_GENERATORS)).map((k) => k.name);
  if (missing.length > 0) {
    throw new Error(
      `bench/lib/kinds.ts has no generator for the record kind(s) ${missing.join(', ')}. ` +
        'Add one (how often a person writes it, and a realistic payload) so the data set covers every kind.',
    );
  }
  return new Map(kinds.map((k) => [k.name, KIND_GENERATORS[k.name] as KindGenerator]));
}

export interface PlannedRecord {
  kind: string;
  occurredAt: number;
}

/** One day's records for a person, in time order: check-ins across waking hours, journals mostly at night. */
export function planDay(
  r: Random,
  generators: ReadonlyMap<string, KindGenerator>,
  dayStart: number,
  day: DayContext,
): PlannedRecord[] {
  const out: PlannedRecord[] = [];
  for (const [kind, generator] of generators) {
    const count = generator.perDay(r, day);
    for (let i = 0; i < count; i++) {
      const hour = kind === 'journal' ? r.int(19, 23) : r.int(7, 22);
      out.push({
        kind,
        occurredAt: dayStart + hour * 60 * MINUTE + r.int(0, 59) * MINUTE + r.int(0, 59_999),
      });
    }
  }
  return out.sort((a, b) => a.occurredAt - b.occurredAt);
}

export { DAY };
