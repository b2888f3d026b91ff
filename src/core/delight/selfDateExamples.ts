import { FEELINGS } from '../attuning/feelings.js';
import type { PracticeKind } from '../practices/practice.js';
import { practiceKind } from '../practices/practice.js';
import { selfDatePractice } from './practices.js';
import {
  IDEA_COSTS,
  IDEA_KINDS,
  IDEA_PLACES,
  SELF_DATE_IDEAS,
  selfDateIdeaKind,
  selfDateKind,
} from './selfDates.js';

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];
const DAY = 24 * 60 * 60_000;

/** What the self-date planner writes (collected in ./practiceKinds.ts): plans, most of them done, and a few ideas of one's own. */
export const selfDatePracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: selfDatePractice,
    kind: selfDateKind,
    example: (s) => {
      const idea = s.chance(0.7) ? s.pick(SELF_DATE_IDEAS) : undefined;
      const day = new Date(Date.UTC(2020, 0, 1) + s.int(0, 3650) * DAY).toISOString().slice(0, 10);
      const done = s.chance(0.7);
      return {
        title: idea ? idea.text : s.line(200, 'care'),
        ...(idea ? { ideaId: idea.id } : {}),
        day,
        ...(s.chance(0.7)
          ? { time: `${String(s.int(6, 21)).padStart(2, '0')}:${s.pick(['00', '15', '30', '45'])}` }
          : {}),
        minutes: s.pick([30, 60, 90, 120, 180]),
        timeZone: s.pick(ZONES),
        ...(done ? { doneAt: `${day}T18:00:00.000Z` } : {}),
        ...(done && s.chance(0.8) ? { feeling: s.pick(FEELINGS).word } : {}),
        ...(done && s.chance(0.6) ? { howItFelt: s.prose(1000, 'sentence') } : {}),
      };
    },
    rhythm: { perDay: 0.08 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: selfDatePractice,
    kind: selfDateIdeaKind,
    example: (s) => ({
      text: s.line(200, 'care'),
      ...(s.chance(0.7) ? { kind: s.pick(IDEA_KINDS) } : {}),
      ...(s.chance(0.7) ? { place: s.pick(IDEA_PLACES) } : {}),
      ...(s.chance(0.7) ? { cost: s.pick(IDEA_COSTS) } : {}),
    }),
    rhythm: { perDay: 0.01, firstDays: { days: 7, perDay: 0.3 } },
    contributes: { practised: true },
  }),
];
