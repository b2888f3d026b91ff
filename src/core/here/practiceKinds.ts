import type { ExampleSource } from '../practices/example.js';
import { practiceKind, type PracticeKind } from '../practices/practice.js';
import {
  guidedSessionKind,
  hereFavouritesKind,
  movementSessionKind,
  sittingSessionKind,
  timerSessionKind,
} from './kinds.js';
import { MOVEMENTS } from './movement.js';
import { guidedPractice, movementPractice, sittingPractice, timerPractice } from './practices.js';
import { GUIDED_SCRIPTS, GUIDED_SCRIPT_IDS } from './scripts.js';
import { BELL_TONES } from './tones.js';

/** How a session ended and felt: mostly as planned, sometimes early, now and then with a few words and a note. */
function sessionEnd(s: ExampleSource, plannedSeconds: number | undefined) {
  const endedEarly = plannedSeconds !== undefined && s.chance(0.15);
  const seconds =
    plannedSeconds === undefined
      ? s.int(60, 45 * 60)
      : endedEarly
        ? s.int(0, plannedSeconds - 1)
        : plannedSeconds;
  return {
    seconds,
    endedEarly,
    ...(s.chance(0.4) ? { felt: s.line(120, 'sentence') } : {}),
    ...(s.chance(0.3) ? { note: s.prose(4000, 'sentence') } : {}),
  };
}

const minutesOf = (p: { seconds: number }) => p.seconds / 60;

/** The record kinds the H pillar (Here)'s practices write: how often, an example of each, and what it tells the insights. */
export const herePracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: timerPractice,
    kind: timerSessionKind,
    example: (s) => {
      const plannedMinutes = s.pick([5, 10, 15, 20, 30, s.int(1, 240)]);
      const every = s.int(1, 240);
      return {
        plannedMinutes,
        warmupSeconds: s.pick([0, 0, 10, 30, s.int(0, 300)]),
        interval: s.pick([
          { kind: 'none' as const },
          { kind: 'every' as const, minutes: every },
          { kind: 'at' as const, minutes: s.sample([1, 2, 5, 7, 10, 12, 15, 20, 25], s.int(1, 4)) },
        ]),
        tone: s.pick(BELL_TONES),
        ...sessionEnd(s, plannedMinutes * 60),
      };
    },
    rhythm: { perDay: 0.6, restDays: 0.8, hours: [6, 9] },
    contributes: { practised: true, minutes: minutesOf },
  }),
  practiceKind({
    practice: sittingPractice,
    kind: sittingSessionKind,
    example: (s) => {
      const plannedMinutes = s.chance(0.5) ? s.pick([5, 10, 20]) : undefined;
      return {
        ...(plannedMinutes ? { plannedMinutes } : {}),
        ...sessionEnd(s, plannedMinutes === undefined ? undefined : plannedMinutes * 60),
      };
    },
    rhythm: { perDay: 0.2, restDays: 0.4, hours: [18, 22] },
    contributes: { practised: true, minutes: minutesOf },
  }),
  practiceKind({
    practice: guidedPractice,
    kind: guidedSessionKind,
    example: (s) => {
      const script = s.pick(GUIDED_SCRIPTS);
      const stepsTotal = script.steps.length;
      const completed = s.chance(0.85);
      return {
        scriptId: script.id,
        title: script.title,
        stepsTotal,
        stepsReached: completed ? stepsTotal : s.int(0, stepsTotal - 1),
        spoken: s.chance(0.5),
        grounded: s.chance(0.05),
        ...sessionEnd(s, undefined),
        endedEarly: !completed,
      };
    },
    rhythm: { perDay: 0.4, restDays: 0.6, hours: [7, 22] },
    contributes: { practised: true, minutes: minutesOf },
  }),
  practiceKind({
    practice: guidedPractice,
    kind: hereFavouritesKind,
    example: (s) => ({
      items: s.sample([...GUIDED_SCRIPT_IDS, 'timer', 'sitting', 'movement'], s.int(0, 5)),
    }),
    rhythm: { once: 3 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: movementPractice,
    kind: movementSessionKind,
    example: (s) => {
      const movement = s.pick(MOVEMENTS);
      const before = s.int(0, 10);
      return {
        movement,
        ...(movement === 'own' ? { own: s.line(60, 'thing') } : {}),
        minutes: s.pick([10, 20, 30, 45, s.int(1, 1440)]),
        before: { ease: before, ...(s.chance(0.6) ? { words: s.line(120, 'sentence') } : {}) },
        after: { ease: s.int(0, 10), ...(s.chance(0.6) ? { words: s.line(120, 'sentence') } : {}) },
        ...(s.chance(0.2) ? { note: s.prose(4000, 'sentence') } : {}),
      };
    },
    rhythm: { perDay: 0.5, restDays: 0.7, hours: [7, 20] },
    contributes: { practised: true, minutes: (m) => m.minutes },
  }),
];
