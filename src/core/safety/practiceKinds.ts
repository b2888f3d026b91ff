import type { TextHint } from '../practices/example.js';
import { practiceKind } from '../practices/practice.js';
import { safetyPlanKind } from './kinds.js';
import { safetyPlanPractice } from './practices.js';

/** The record kinds the safety layer's practices write: how often, an example of each, and what it tells the insights. */
export const safetyPracticeKinds = [
  practiceKind({
    practice: safetyPlanPractice,
    kind: safetyPlanKind,
    example: (s) => {
      const lines = (min: number, max: number, hint: TextHint = 'care') =>
        Array.from({ length: s.int(min, max) }, () => s.line(500, hint));
      const people = (min: number, max: number) =>
        Array.from({ length: s.int(min, max) }, () => ({
          name: s.line(500, 'person'),
          ...(s.chance(0.5) ? { contact: s.line(500, 'place') } : {}),
        }));
      return {
        warningSigns: lines(1, 4, 'sentence'),
        copingAlone: lines(2, 5),
        distractions: lines(1, 3, 'place'),
        peopleToAsk: people(1, 3),
        professionals: people(0, 2),
        saferSurroundings: lines(0, 2),
        reasonsForLiving: lines(1, 3),
      };
    },
    rhythm: { once: 21 },
    contributes: { practised: true },
  }),
];
