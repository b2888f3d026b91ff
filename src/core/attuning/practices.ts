import { definePractice, practiceKind } from '../practices/practice.js';
import type { ExampleSource } from '../practices/example.js';
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
import { BOUNDARY_STANCES, PROFILE_SECTIONS } from './profile.js';
import { JOURNAL_PROMPTS } from './prompts.js';
import { SOOTHING_SENSES } from './soothing.js';

/** The A pillar's practices: asking inside what I feel and need, and tending to it. */
export const checkinPractice = definePractice({
  id: 'checkin',
  pillar: 'attuning',
  path: '/checkin',
  label: 'Daily check-in',
  navLabel: 'Check-in',
  purpose: 'A minute to notice how you feel, where it sits in your body and what you need.',
  primary: true,
  kinds: [
    practiceKind({
      kind: checkinKind,
      example: checkinExample,
      rhythm: { perDay: 10, restDays: 8.5 },
      contributes: {
        practised: true,
        mood: (c) => ({ pleasantness: c.pleasantness, energy: c.energy }),
        needs: (c) => ({ met: c.needs?.met ?? [], unmet: c.needs?.unmet ?? [] }),
      },
    }),
  ],
});

export const journalPractice = definePractice({
  id: 'journal',
  pillar: 'attuning',
  path: '/journal',
  label: 'Journal',
  purpose: 'Free writing, or a prompt from any of the six areas when you want a way in.',
  primary: true,
  // One page for new and saved entries, so the first autosave never remounts the editor.
  pages: [{ id: 'entry', path: ':entryId' }],
  kinds: [
    practiceKind({
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
  ],
});

export const profilePractice = definePractice({
  id: 'profile',
  pillar: 'attuning',
  path: '/profile',
  label: 'Self-knowledge profile',
  purpose: 'Your values, needs, likes and boundaries, gathered in one place and yours to change.',
  kinds: [
    practiceKind({
      kind: profileItemKind,
      example: (s) => {
        const section = s.pick(PROFILE_SECTIONS);
        return {
          section: section.id,
          text: s.chance(0.6) ? s.pick(section.suggestions) : s.line(300, 'thing'),
          ...(s.chance(0.2) ? { note: s.prose(1000, 'sentence') } : {}),
          ...(section.id === 'boundaries' ? { stance: s.pick(BOUNDARY_STANCES) } : {}),
        };
      },
      rhythm: { perDay: 0.07, firstDays: { days: 14, perDay: 2.5 } },
      contributes: { practised: true },
    }),
  ],
});

export const soothingPractice = definePractice({
  id: 'soothing',
  pillar: 'attuning',
  path: '/soothing',
  label: 'Soothing kit',
  purpose: 'The sights, sounds, scents, textures and tastes that calm you, close at hand.',
  kinds: [
    practiceKind({
      kind: soothingItemKind,
      example: (s) => {
        const sense = s.pick(SOOTHING_SENSES);
        return { sense: sense.id, text: s.chance(0.6) ? s.pick(sense.suggestions) : s.line(300, 'thing') };
      },
      rhythm: { perDay: 0.03, firstDays: { days: 14, perDay: 1 } },
      contributes: { practised: true },
    }),
  ],
});

export const pathsPractice = definePractice({
  id: 'paths',
  pillar: 'attuning',
  path: '/paths',
  label: 'Growth paths',
  purpose: 'Practices that fit an attachment pattern you identify with. Never a diagnosis.',
  pages: [{ id: 'relating-guide', path: 'relating-guide' }],
  kinds: [
    practiceKind({
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
  ],
});

export const attuningPractices = [
  checkinPractice,
  journalPractice,
  profilePractice,
  soothingPractice,
  pathsPractice,
] as const;

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
