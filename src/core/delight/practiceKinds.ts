import type { PracticeKind } from '../practices/practice.js';
import { practiceKind } from '../practices/practice.js';
import { APPRECIATION_PROMPTS } from './appreciations.js';
import { ABOUT_ME_PROMPTS, WIDER_PROMPTS } from './gratitude.js';
import { appreciationKind, gratitudeKind, letterKind } from './kinds.js';
import { appreciationPractice, gratitudePractice, letterPractice } from './practices.js';

const DAY = 24 * 60 * 60_000;

/** The record kinds the E pillar (Expressed delight)'s practices write: how often, an example of each, and what it tells the insights. */
export const delightPracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: letterPractice,
    kind: letterKind,
    // Examples have no clock to seal against, so each is a letter already opened (early, on purpose).
    example: (s) => {
      const opensAt = Date.UTC(2020, 0, 1) + s.int(0, 4000) * DAY;
      return {
        text: s.line(1, 'entry') + s.prose(19_000, 'entry'),
        opensAt: new Date(opensAt).toISOString(),
        openedEarlyAt: new Date(opensAt - s.int(1, 300) * DAY).toISOString(),
      };
    },
    rhythm: { perDay: 0.01 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: appreciationPractice,
    kind: appreciationKind,
    example: (s) => {
      const prompt = s.chance(0.4) ? s.pick(APPRECIATION_PROMPTS) : undefined;
      return {
        text: s.line(500, 'insight'),
        ...(s.chance(0.5) ? { evidence: s.prose(2000, 'sentence') } : {}),
        ...(prompt ? { promptId: prompt.id } : {}),
      };
    },
    rhythm: { perDay: 0.15, firstDays: { days: 7, perDay: 1.5 } },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: gratitudePractice,
    kind: gratitudeKind,
    example: (s) => ({
      items: [
        { prompt: s.pick(ABOUT_ME_PROMPTS).text, text: s.line(1000, 'thing'), aboutMe: true },
        ...Array.from({ length: s.int(0, 2) }, () => ({
          prompt: s.pick(WIDER_PROMPTS).text,
          text: s.line(1000, 'thing'),
          aboutMe: false,
        })),
      ],
    }),
    rhythm: { perDay: 0.3, hours: [20, 23] },
    contributes: { practised: true },
  }),
];
