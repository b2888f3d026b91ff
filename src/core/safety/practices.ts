import { definePractice, practiceKind } from '../practices/practice.js';
import { safetyPlanKind } from './kinds.js';

/** The safety plan: written on a calm day, ready for a hard one, and one tap from "Get help now". */
export const safetyPlanPractice = definePractice({
  id: 'safety-plan',
  pillar: 'secure',
  path: '/safety-plan',
  label: 'Safety plan',
  purpose: 'What helps on a hard day, written in your own words on a calmer one.',
  kinds: [
    practiceKind({
      kind: safetyPlanKind,
      example: (s) => {
        const lines = (min: number, max: number) =>
          Array.from({ length: s.int(min, max) }, () => s.line(500, 'care'));
        const people = (min: number, max: number) =>
          Array.from({ length: s.int(min, max) }, () => ({
            name: s.line(500, 'person'),
            ...(s.chance(0.5) ? { contact: s.line(500, 'place') } : {}),
          }));
        return {
          warningSigns: Array.from({ length: s.int(1, 4) }, () => s.line(500, 'sentence')),
          copingAlone: lines(2, 5),
          distractions: Array.from({ length: s.int(1, 3) }, () => s.line(500, 'place')),
          peopleToAsk: people(1, 3),
          professionals: people(0, 2),
          saferSurroundings: lines(0, 2),
          reasonsForLiving: lines(1, 3),
        };
      },
      rhythm: { once: 21 },
      contributes: { practised: true },
    }),
  ],
});

export const safetyPractices = [safetyPlanPractice] as const;
