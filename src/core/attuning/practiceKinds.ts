import type { ExampleSource } from '../practices/example.js';
import { practiceKind } from '../practices/practice.js';
import { BODY_REGIONS, SENSATIONS } from './body.js';
import { FEELINGS, quadrantOf } from './feelings.js';
import {
  checkinKind,
  growthPathKind,
  journalKind,
  profileItemKind,
  selfAbandonmentKind,
  soothingItemKind,
} from './kinds.js';
import { NEEDS } from './needs.js';
import { pathFor, PATTERN_IDS } from './patterns.js';
import {
  checkinPractice,
  journalPractice,
  pathsPractice,
  profilePractice,
  soothingPractice,
} from './practices.js';
import { BOUNDARY_STANCES, PROFILE_SECTIONS } from './profile.js';
import { JOURNAL_PROMPTS } from './prompts.js';
import { SOOTHING_SENSES } from './soothing.js';

/** The record kinds the A pillar's practices write: how often, an example of each, and what it tells the insights. */
export const attuningPracticeKinds = [
  practiceKind({
    practice: checkinPractice,
    kind: checkinKind,
    example: checkinExample,
    rhythm: { perDay: 10, restDays: 8.5 },
    contributes: {
      practised: true,
      mood: (c) => ({ pleasantness: c.pleasantness, energy: c.energy }),
      needs: (c) => ({ met: c.needs?.met ?? [], unmet: c.needs?.unmet ?? [] }),
    },
  }),
  practiceKind({
    practice: journalPractice,
    kind: journalKind,
    example: (s) => {
      const prompt = s.chance(0.35) ? s.pick(JOURNAL_PROMPTS) : undefined;
      return {
        body: s.prose(100_000, 'entry'),
        tags: Array.from({ length: s.int(0, 3) }, () => s.line(60, 'tag')),
        ...(s.chance(0.5) ? { title: s.line(200, 'title') } : {}),
        ...(prompt ? { promptId: prompt.id, prompt: prompt.text } : {}),
      };
    },
    rhythm: { perDay: 1.7, restDays: 2.2, hours: [19, 23] },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: profilePractice,
    kind: profileItemKind,
    example: (s) => {
      const section = s.pick(PROFILE_SECTIONS);
      return {
        section: section.id,
        text: suggestedOrOwn(s, section.suggestions),
        ...(s.chance(0.2) ? { note: s.prose(1000, 'sentence') } : {}),
        ...(section.id === 'boundaries' ? { stance: s.pick(BOUNDARY_STANCES) } : {}),
      };
    },
    rhythm: { perDay: 0.07, firstDays: { days: 14, perDay: 2.5 } },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: soothingPractice,
    kind: soothingItemKind,
    example: (s) => {
      const sense = s.pick(SOOTHING_SENSES);
      return { sense: sense.id, text: suggestedOrOwn(s, sense.suggestions) };
    },
    rhythm: { perDay: 0.03, firstDays: { days: 14, perDay: 1 } },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: pathsPractice,
    kind: growthPathKind,
    example: (s) => {
      const pattern = s.pick(PATTERN_IDS);
      const steps = pathFor(pattern).steps.map((step) => step.id);
      return { pattern, completedSteps: s.sample(steps, s.int(0, steps.length)) };
    },
    rhythm: { once: 9 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: pathsPractice,
    kind: selfAbandonmentKind,
    example: (s) => ({
      what: s.line(2000, 'sentence'),
      ...(s.chance(0.6) ? { valueOrBoundary: s.line(300, 'insight') } : {}),
      ...(s.chance(0.6) ? { felt: s.prose(1000, 'sentence') } : {}),
      ...(s.chance(0.5) ? { nextTime: s.prose(1000, 'care') } : {}),
    }),
    rhythm: { perDay: 0.2 },
    contributes: { practised: true },
  }),
];

/** Most items come from Haven's suggestions; some are the person's own words. */
function suggestedOrOwn(s: ExampleSource, suggestions: readonly string[]): string {
  return s.chance(0.6) ? s.pick(suggestions) : s.line(300, 'thing');
}

/** A check-in: a point on the pad, feelings near it, and now and then the body, needs and a few words. */
function checkinExample(s: ExampleSource) {
  // Two decimals, as the pad stores them; `+ 0` turns -0 into 0, which JSON would do anyway.
  const pleasantness = Math.round(s.number(-1, 1) * 100) / 100 + 0;
  const energy = Math.round(s.number(-1, 1) * 100) / 100 + 0;
  const quadrant = quadrantOf(pleasantness, energy);
  const near = FEELINGS.filter((f) => f.quadrant === quadrant).map((f) => f.word);
  const needs = s.sample(NEEDS, s.int(1, 5)).map((n) => n.id);
  const split = s.int(0, needs.length);
  const journalId = s.chance(0.02) ? s.recent('journal') : undefined;
  return {
    pleasantness,
    energy,
    feelings: s.chance(0.9) ? s.sample(near, s.int(1, 4)) : [s.line(60, 'thing')],
    ...(s.chance(0.4)
      ? {
          body: {
            regions: s.sample(BODY_REGIONS, s.int(1, 3)).map((b) => b.id),
            sensations: s.sample(SENSATIONS, s.int(0, 3)).map((b) => b.id),
          },
        }
      : {}),
    ...(s.chance(0.45) ? { needs: { met: needs.slice(0, split), unmet: needs.slice(split) } } : {}),
    ...(s.chance(0.3) ? { care: s.prose(500, 'care') } : {}),
    ...(s.chance(0.35) ? { note: s.prose(2000, 'sentence') } : {}),
    ...(s.chance(0.08) ? { reflection: s.prose(2000, 'sentence') } : {}),
    ...(journalId ? { journalId } : {}),
  };
}
