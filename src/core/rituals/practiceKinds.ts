import type { PracticeKind } from '../practices/practice.js';
import { practiceKind } from '../practices/practice.js';
import { RITUAL_IDEAS } from './ideas.js';
import { ritualDoneKind, ritualKind } from './kinds.js';
import { ritualsPractice } from './practices.js';
import { WEEKDAYS } from './schedule.js';
import { secureSelfPracticeKinds } from './secureSelf.js';
import { rhythmPracticeKinds } from './rhythmPracticeKinds.js';

const ZONES = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];

/** The record kinds the R pillar (Rituals and routines)'s practices write: how often, an example of each, and what it tells the insights. */
export const ritualsPracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: ritualsPractice,
    kind: ritualKind,
    example: (s) => {
      const idea = s.chance(0.7) ? s.pick(RITUAL_IDEAS) : undefined;
      const hour = String(s.int(0, 23)).padStart(2, '0');
      const minute = String(s.pick([0, 15, 30, 45])).padStart(2, '0');
      return {
        title: idea ? idea.title : s.line(120, 'care'),
        ...(idea ? { ideaId: idea.id } : {}),
        minutes: idea ? idea.minutes : s.int(1, 30),
        days: s.chance(0.5) ? [...WEEKDAYS] : s.sample(WEEKDAYS, s.int(1, 7)),
        ...(s.chance(0.7) ? { time: `${hour}:${minute}` } : {}),
        timeZone: s.pick(ZONES),
        ...(s.chance(0.5) ? { why: s.prose(1000, 'sentence') } : {}),
        ...(s.chance(0.6)
          ? { calendarTitle: s.chance(0.5) ? 'A few minutes for me' : s.line(80, 'title') }
          : {}),
        notify: s.chance(0.3),
        paused: s.chance(0.1),
      };
    },
    rhythm: { perDay: 0.01, firstDays: { days: 7, perDay: 0.4 } },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: ritualsPractice,
    kind: ritualDoneKind,
    example: (s) => ({
      ritualId: s.recent('ritual') ?? '0190a7e2-0000-7000-8000-000000000000',
      day: `2026-${String(s.int(1, 12)).padStart(2, '0')}-${String(s.int(1, 28)).padStart(2, '0')}`,
      ...(s.chance(0.3) ? { note: s.prose(1000, 'sentence') } : {}),
    }),
    rhythm: { perDay: 1.2, hours: [7, 22] },
    contributes: { practised: true },
  }),
  ...secureSelfPracticeKinds,
  ...rhythmPracticeKinds,
];
