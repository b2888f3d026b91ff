import type { ExampleSource } from '../practices/example.js';
import type { PracticeKind } from '../practices/practice.js';
import { practiceKind } from '../practices/practice.js';
import { rhythmAdjustmentKind, rhythmDayKind, rhythmIdealKind } from './rhythmKinds.js';
import { BUILT_IN_CATEGORIES, HELPED, STEP_MINUTES, timeOf, type Block } from './rhythms.js';
import { rhythmsPractice } from './practices.js';
import { WEEKDAYS } from './schedule.js';

/** A day's blocks: distinct quarter hours, paired in order, so none overlap; sometimes a sleep past midnight. */
export function exampleBlocks(s: ExampleSource): Block[] {
  const quarters = s.sample(
    Array.from({ length: 96 }, (_, i) => i),
    s.int(0, 12),
  );
  const edges = [...quarters].sort((a, b) => a - b);
  const blocks: Block[] = [];
  for (let i = 0; i + 1 < edges.length; i += 2) {
    const category = s.pick([...BUILT_IN_CATEGORIES, 'own'] as const);
    blocks.push({
      category,
      ...(category === 'own' ? { own: s.line(40, 'thing') } : {}),
      start: timeOf((edges[i] ?? 0) * STEP_MINUTES),
      end: timeOf((edges[i + 1] ?? 0) * STEP_MINUTES),
    });
  }
  // A sleep that runs past midnight, when the first block starts late enough after the last one ends.
  const first = edges[0];
  const last = edges.at(-1);
  if (
    edges.length % 2 === 0 &&
    first !== undefined &&
    last !== undefined &&
    first >= 2 &&
    last <= 94 &&
    s.chance(0.5)
  ) {
    blocks.push({
      category: 'sleep',
      start: timeOf((last + 1) * STEP_MINUTES),
      end: timeOf((first - 1) * STEP_MINUTES),
    });
  }
  return blocks;
}

function exampleDay(s: ExampleSource): string {
  return `2026-${String(s.int(1, 12)).padStart(2, '0')}-${String(s.int(1, 28)).padStart(2, '0')}`;
}

/** What "My rhythms" writes: the ideal week once and now and then, a real day most evenings, an adjustment now and then. */
export const rhythmPracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: rhythmsPractice,
    kind: rhythmIdealKind,
    example: (s) => {
      const count = s.int(1, 3);
      const days = [...WEEKDAYS];
      return {
        templates: Array.from({ length: count }, (_, i) => ({
          id: `day-${i + 1}`,
          name: s.line(60, 'title'),
          days: i === count - 1 ? days.splice(0) : days.splice(0, s.int(0, days.length)),
          blocks: exampleBlocks(s),
        })),
      };
    },
    rhythm: { once: 2 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: rhythmsPractice,
    kind: rhythmDayKind,
    example: (s) => {
      const sliders = s.chance(0.5)
        ? { sleep: s.int(0, 10), meals: s.int(0, 10), rest: s.int(0, 10), connection: s.int(0, 10) }
        : undefined;
      const blocks = !sliders || s.chance(0.3) ? exampleBlocks(s) : undefined;
      return {
        day: s.day(),
        ...(s.chance(0.5) ? { templateId: 'day-1' } : {}),
        ...(blocks ? { blocks } : {}),
        ...(sliders ? { sliders } : {}),
        ...(s.chance(0.2) ? { note: s.prose(1000, 'sentence') } : {}),
      };
    },
    rhythm: { perDay: 0.4, hours: [20, 23] },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: rhythmsPractice,
    kind: rhythmAdjustmentKind,
    example: (s) => ({
      what: s.line(200, 'care'),
      ...(s.chance(0.6) ? { category: s.pick(BUILT_IN_CATEGORIES) } : {}),
      chosenOn: exampleDay(s),
      ...(s.chance(0.5)
        ? {
            revisit: {
              on: exampleDay(s),
              helped: s.pick(HELPED.map((h) => h.id)),
              ...(s.chance(0.5) ? { note: s.prose(1000, 'sentence') } : {}),
            },
          }
        : {}),
    }),
    rhythm: { perDay: 0.03 },
    contributes: { practised: true },
  }),
];
