import { z } from 'zod';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { MOVEMENT_LABELS, MOVEMENTS } from './movement.js';
import { BELL_TONES } from './tones.js';
import { TIMER_LIMITS } from './timer.js';

/** Up to a day of sitting, in whole seconds. */
const seconds = z
  .number()
  .int()
  .min(0)
  .max(24 * 3600);
const ease = z.number().int().min(0).max(10);
const minutes = z.number().int().min(TIMER_LIMITS.minMinutes).max(TIMER_LIMITS.maxMinutes);

/** What every session has besides its own details: how long it really lasted, whether it ended early, how it felt. */
const sessionShape = {
  /** The time really spent, pauses left out. */
  seconds,
  /** Ended before its planned end: saved as it was, never as a failure. */
  endedEarly: z.boolean(),
  /** A few words on how it felt. */
  felt: shortText(120).optional(),
  note: text(4000).optional(),
};

export const intervalBellsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('every'), minutes }),
  z.object({
    kind: z.literal('at'),
    minutes: z.array(minutes).min(1).max(TIMER_LIMITS.maxIntervalBells),
  }),
]);

export const timerSessionSchema = z.object({
  plannedMinutes: minutes,
  warmupSeconds: z.number().int().min(0).max(TIMER_LIMITS.maxWarmupSeconds),
  interval: intervalBellsSchema,
  tone: z.enum(BELL_TONES),
  ...sessionShape,
});
export type TimerSessionPayload = z.output<typeof timerSessionSchema>;

export const sittingSessionSchema = z.object({
  /** A length chosen beforehand, or none for an open-ended sit. */
  plannedMinutes: minutes.optional(),
  ...sessionShape,
});
export type SittingSessionPayload = z.output<typeof sittingSessionSchema>;

export const guidedSessionSchema = z.object({
  scriptId: shortText(60),
  /** The title as it was shown, so the record reads well if scripts change. */
  title: shortText(120),
  /** How many steps were reached, and how many there were. */
  stepsReached: z.number().int().min(0).max(200),
  stepsTotal: z.number().int().min(1).max(200),
  /** Whether it was read aloud. */
  spoken: z.boolean(),
  /** Whether the grounding steps were opened along the way. */
  grounded: z.boolean().default(false),
  ...sessionShape,
});
export type GuidedSessionPayload = z.output<typeof guidedSessionSchema>;

const bodyFelt = z.object({ words: shortText(120).optional(), ease });

export const movementSessionSchema = z
  .object({
    movement: z.enum(MOVEMENTS),
    /** The name of the person's own kind of movement. */
    own: shortText(60).optional(),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    before: bodyFelt,
    after: bodyFelt,
    note: text(4000).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.movement === 'own' && !m.own) {
      ctx.addIssue({ code: 'custom', path: ['own'], message: 'Give your kind of movement a name' });
    }
  });
export type MovementSessionPayload = z.output<typeof movementSessionSchema>;

export const hereFavouritesSchema = z.object({
  /** Ids of guided scripts and of H practices, in the order they were chosen. */
  items: z.array(shortText(60)).max(50),
});
export type HereFavouritesPayload = z.output<typeof hereFavouritesSchema>;

function minutesText(totalSeconds: number): string {
  const m = Math.round(totalSeconds / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}

/** Markdown for any session: how long, whether it ended early, how it felt, the note. */
function sessionMarkdown(
  lines: string[],
  s: { seconds: number; endedEarly: boolean; felt?: string | undefined; note?: string | undefined },
): string {
  const all = [
    ...lines,
    `**How long:** ${minutesText(s.seconds)}${s.endedEarly ? ' (ended when I chose)' : ''}`,
  ];
  if (s.felt?.trim()) all.push(`**How it felt:** ${s.felt.trim()}`);
  let out = all.join('  \n');
  if (s.note?.trim()) out += `\n\n${s.note.trim()}`;
  return `${out}\n`;
}

export const timerSessionKind = defineRecordKind({
  name: 'timer_session',
  pillar: 'here',
  label: 'Meditation',
  version: 1,
  schema: timerSessionSchema,
  written: {
    title: (t) => `Meditation, ${minutesText(t.seconds)}`,
    body: (t) => sessionMarkdown([`**Planned:** ${t.plannedMinutes} minutes`], t),
  },
});

export const sittingSessionKind = defineRecordKind({
  name: 'sitting_session',
  pillar: 'here',
  label: 'Sitting with myself',
  version: 1,
  schema: sittingSessionSchema,
  written: {
    title: (t) => `Sitting with myself, ${minutesText(t.seconds)}`,
    body: (t) => sessionMarkdown([], t),
  },
});

export const guidedSessionKind = defineRecordKind({
  name: 'guided_session',
  pillar: 'here',
  label: 'Guided practice',
  version: 1,
  schema: guidedSessionSchema,
  written: {
    title: (g) => g.title,
    body: (g) => sessionMarkdown([`**Steps:** ${g.stepsReached} of ${g.stepsTotal}`], g),
  },
});

export const movementSessionKind = defineRecordKind({
  name: 'movement_session',
  pillar: 'here',
  label: 'Movement',
  version: 1,
  schema: movementSessionSchema,
  written: {
    title: (m) => `${movementName(m)}, ${m.minutes} minutes`,
    body: (m) => {
      const felt = (f: { words?: string | undefined; ease: number }) =>
        `${f.words?.trim() ? `${f.words.trim()}, ` : ''}ease ${f.ease} of 10`;
      const lines = [`**Before:** ${felt(m.before)}`, `**After:** ${felt(m.after)}`].join('  \n');
      return `${lines}${m.note?.trim() ? `\n\n${m.note.trim()}` : ''}\n`;
    },
  },
});

export const hereFavouritesKind = defineRecordKind({
  name: 'here_favourites',
  pillar: 'here',
  label: 'Favourite practices',
  version: 1,
  schema: hereFavouritesSchema,
  singleton: true,
});

/** The name of a movement session's kind of movement: its own name, or Haven's. */
export function movementName(m: Pick<MovementSessionPayload, 'movement' | 'own'>): string {
  return m.movement === 'own' && m.own ? m.own : MOVEMENT_LABELS[m.movement];
}

/** The record kinds of the H pillar (Here); the registry (../records/registry.ts) reads this list. */
export const hereKinds = [
  timerSessionKind,
  sittingSessionKind,
  guidedSessionKind,
  movementSessionKind,
  hereFavouritesKind,
] as const;
