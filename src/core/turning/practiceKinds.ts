import { BODY_REGIONS, SENSATIONS } from '../attuning/body.js';
import { FEELINGS } from '../attuning/feelings.js';
import type { ExampleSource } from '../practices/example.js';
import { practiceKind, type PracticeKind } from '../practices/practice.js';
import { PATTERN_LIMITS, RHYTHMS, sessionMs } from './breathing.js';
import { CRITIC_NAME_IDEAS, FEAR_IDS, INTENTION_QUESTIONS } from './critic.js';
import { breathingKind, criticDialogueKind, repairKind, REPAIR_WITH, triggerKind } from './kinds.js';
import { breathingPractice, innerCriticPractice, repairPractice, triggerLogPractice } from './practices.js';
import { REGULATION_WAYS, SETTLING_PRACTICES, STORY_IDS } from './stories.js';

const unpleasant = FEELINGS.filter((f) => f.quadrant.startsWith('unpleasant')).map((f) => f.word);

/** The record kinds the T pillar (Turning towards)'s practices write: how often, an example of each, and what it tells the insights. */
export const turningPracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: triggerLogPractice,
    kind: triggerKind,
    example: triggerExample,
    rhythm: { perDay: 0.25 },
    contributes: {
      practised: true,
      arousal: (t) => ({ before: t.arousalBefore, after: t.arousalAfter }),
    },
  }),
  practiceKind({
    practice: breathingPractice,
    kind: breathingKind,
    example: (s) => {
      const rhythm = s.pick(RHYTHMS);
      const pattern =
        rhythm.id === 'custom'
          ? {
              inhale: s.int(PATTERN_LIMITS.breath.min, PATTERN_LIMITS.breath.max),
              holdIn: s.int(PATTERN_LIMITS.hold.min, PATTERN_LIMITS.hold.max),
              exhale: s.int(PATTERN_LIMITS.breath.min, PATTERN_LIMITS.breath.max),
              holdOut: s.int(PATTERN_LIMITS.hold.min, PATTERN_LIMITS.hold.max),
            }
          : rhythm.pattern;
      const planned = Math.round(sessionMs(pattern, s.pick([1, 2, 3, 5, 10])) / 1000);
      const before = s.chance(0.7) ? s.int(2, 10) : undefined;
      const triggerId = s.chance(0.2) ? s.recent('trigger') : undefined;
      return {
        rhythm: rhythm.id,
        pattern,
        plannedSeconds: Math.min(planned, 3600),
        breathedSeconds: s.chance(0.85) ? Math.min(planned, 3600) : s.int(0, Math.min(planned, 3600)),
        ...(before !== undefined ? { arousalBefore: before } : {}),
        ...(before !== undefined && s.chance(0.9) ? { arousalAfter: s.int(0, before) } : {}),
        ...(triggerId ? { triggerId } : {}),
      };
    },
    rhythm: { perDay: 0.4, hours: [7, 23] },
    contributes: {
      practised: true,
      minutes: (b) => b.breathedSeconds / 60,
      arousal: (b) =>
        b.arousalBefore === undefined ? undefined : { before: b.arousalBefore, after: b.arousalAfter },
    },
  }),
  practiceKind({
    practice: innerCriticPractice,
    kind: criticDialogueKind,
    example: (s) => {
      const asks = Array.from({ length: s.int(0, 3) }, (_, i) => ({
        question: INTENTION_QUESTIONS[i % INTENTION_QUESTIONS.length] ?? 'What is it hoping for you?',
        answer: s.prose(1000, 'want'),
      }));
      const found = s.chance(0.8);
      return {
        ...(s.chance(0.7)
          ? { critic: s.chance(0.6) ? s.pick(CRITIC_NAME_IDEAS) : s.line(80, 'person') }
          : {}),
        says: s.line(2000, 'sentence'),
        ...(s.chance(0.8) ? { when: s.prose(1000, 'sentence') } : {}),
        ...(s.chance(0.8) ? { wants: s.prose(1000, 'want') } : {}),
        fears: s.sample(FEAR_IDS, s.int(0, 2)),
        ...(s.chance(0.3) ? { fearNote: s.prose(1000, 'sentence') } : {}),
        ...(s.chance(0.7) ? { protects: s.prose(1000, 'sentence') } : {}),
        ...(s.chance(0.6) ? { needs: s.prose(1000, 'want') } : {}),
        asks,
        ...(found ? { intention: s.prose(1000, 'insight') } : {}),
        ...(found && s.chance(0.9) ? { translation: s.prose(2000, 'care') } : {}),
      };
    },
    rhythm: { perDay: 0.08, firstDays: { days: 10, perDay: 0.3 } },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: repairPractice,
    kind: repairKind,
    example: (s) => ({
      what: s.line(2000, 'sentence'),
      ...(s.chance(0.7) ? { standard: s.prose(500, 'insight') } : {}),
      ...(s.chance(0.7) ? { feel: s.prose(1000, 'sentence') } : {}),
      ...(s.chance(0.7) ? { friend: s.prose(2000, 'care') } : {}),
      ...(s.chance(0.6) ? { repair: s.prose(1000, 'care') } : {}),
      ...(s.chance(0.5) ? { repairWith: s.pick(REPAIR_WITH) } : {}),
      ...(s.chance(0.6) ? { nextStep: s.prose(500, 'care') } : {}),
    }),
    rhythm: { perDay: 0.1 },
    contributes: { practised: true },
  }),
];

function triggerExample(s: ExampleSource) {
  const before = s.int(3, 10);
  const complete = s.chance(0.7);
  // A quick log, to be completed later: the lists it has not reached yet are empty, as the schema reads them back.
  if (!complete)
    return {
      what: s.line(2000, 'sentence'),
      arousalBefore: before,
      stories: [],
      feelings: [],
      regulated: [],
    };
  return {
    what: s.line(2000, 'sentence'),
    arousalBefore: before,
    stories: s.sample(STORY_IDS, s.int(0, 2)),
    ...(s.chance(0.3) ? { ownStory: s.prose(1000, 'sentence') } : {}),
    feelings: s.sample(unpleasant, s.int(0, 3)),
    ...(s.chance(0.5)
      ? {
          body: {
            regions: s.sample(BODY_REGIONS, s.int(0, 2)).map((b) => b.id),
            sensations: s.sample(SENSATIONS, s.int(0, 2)).map((b) => b.id),
          },
        }
      : {}),
    regulated: Array.from({ length: s.int(0, 2) }, () => {
      const way = s.pick(REGULATION_WAYS);
      return {
        way,
        text:
          way === 'breathing'
            ? 'Paced breathing'
            : way === 'practice'
              ? s.pick(SETTLING_PRACTICES)
              : s.line(300, 'thing'),
      };
    }),
    ...(s.chance(0.8) ? { arousalAfter: s.int(0, before) } : {}),
    ...(s.chance(0.5) ? { learned: s.prose(2000, 'insight') } : {}),
    ...(s.chance(0.5)
      ? {
          reappraisal: {
            readings: Array.from({ length: s.int(0, 3) }, () => s.line(500, 'sentence')),
            returnedToOldStory: s.chance(0.3),
          },
        }
      : {}),
  };
}
