import type { PracticeKind } from '../practices/practice.js';
import { practiceKind } from '../practices/practice.js';
import { nurturerPracticeKinds } from './nurturer.js';
import { APPRECIATION_PROMPTS } from './appreciations.js';
import { ABOUT_ME_PROMPTS, WIDER_PROMPTS } from './gratitude.js';
import { appreciationKind, gratitudeKind, letterKind } from './kinds.js';
import { appreciationPractice, gratitudePractice, letterPractice } from './practices.js';
import { selfDatePracticeKinds } from './selfDateExamples.js';
import { HUMOUR_FORMS, HUMOUR_TEXT_MAX, humourKind } from './humour.js';
import { HARSH_SENTENCE_MAX, isRewritten, REWRITE_MAX, selfTalkKind } from './selfTalk.js';
import { humourPractice, selfTalkPractice } from './practices.js';

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
  practiceKind({
    practice: selfTalkPractice,
    kind: selfTalkKind,
    example: (s) => {
      const harsh = s.line(HARSH_SENTENCE_MAX, 'sentence');
      const rewrite = s.line(REWRITE_MAX, 'sentence');
      return {
        harsh,
        rewrite: isRewritten(harsh, rewrite) ? rewrite : 'I am doing my best, and that is enough for today.',
      };
    },
    rhythm: { perDay: 0.05 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: humourPractice,
    kind: humourKind,
    example: (s) => {
      const form = s.pick(HUMOUR_FORMS);
      if (form !== 'link')
        return { form, text: s.line(HUMOUR_TEXT_MAX, form === 'line' ? 'sentence' : 'entry') };
      return {
        form,
        text: s.chance(0.7) ? s.line(200, 'title') : '',
        link: `https://example.org/${encodeURIComponent(s.line(40, 'tag')).slice(0, 200)}`,
      };
    },
    rhythm: { perDay: 0.05 },
    contributes: { practised: true },
  }),
  ...selfDatePracticeKinds,
  ...nurturerPracticeKinds,
];
