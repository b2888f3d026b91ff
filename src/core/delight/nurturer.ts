import { isSameDay, parseISO } from 'date-fns';
import { z } from 'zod';
import type { ExampleSource } from '../practices/example.js';
import { practiceKind, type PracticeKind } from '../practices/practice.js';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { innerNurturerPractice, partsPractice, selfCompassionPractice } from './practices.js';

/**
 * Self-compassion and the inner nurturer: meeting a hard moment with
 * kindness in three steps, getting to know the parts of me that hurt or are
 * afraid, and a written back-and-forth with the caring part of me. Every word
 * Haven shows here is its own.
 */

// ---------------------------------------------------------------------------
// A self-compassion practice for a hard moment: three steps, one record.

export const SELF_COMPASSION_STEPS = [
  {
    id: 'hurts',
    title: 'Notice that this hurts',
    invitation:
      'Before fixing anything, let it be true: something is hard right now. You do not have to explain or justify it.',
    label: 'What hurts, in plain words',
    hint: 'A line is enough, like “this stings” or “I feel left out”.',
  },
  {
    id: 'shared',
    title: 'Remember you are not the only one',
    invitation:
      'Other people have felt something like this, in their own way. It is part of being a person, not proof that something is wrong with you.',
    label: 'Who else might know this feeling?',
    hint: 'No names needed. “Anyone who has waited for news” is enough.',
  },
  {
    id: 'kindness',
    title: 'Offer yourself what you would offer a friend',
    invitation:
      'Picture a friend in this same spot. What would you say to them, or do for them? Now let it be for you.',
    label: 'What you would offer a friend, said to you',
    hint: 'Words, a gesture, a small act of care: whatever fits.',
  },
] as const;

export type SelfCompassionStepId = (typeof SELF_COMPASSION_STEPS)[number]['id'];
export const SELF_COMPASSION_STEP_IDS = SELF_COMPASSION_STEPS.map((s) => s.id);

const step = text(2000).optional();

export const selfCompassionSchema = z
  .object({ hurts: step, shared: step, kindness: step })
  .refine((p) => SELF_COMPASSION_STEP_IDS.some((id) => p[id]?.trim()), {
    error: 'A few words at any step are enough to keep this',
    path: ['hurts'],
  });
export type SelfCompassionPayload = z.output<typeof selfCompassionSchema>;

/** How far a practice has come: the step after the last one written in, from 1 to 3. */
export function selfCompassionReached(p: Partial<Record<SelfCompassionStepId, string>>): number {
  const written = SELF_COMPASSION_STEP_IDS.map((id) => Boolean(p[id]?.trim())).lastIndexOf(true);
  return Math.min(SELF_COMPASSION_STEPS.length, Math.max(1, written + 1));
}

// ---------------------------------------------------------------------------
// Parts work: a part of me, named in my words, and each time I came to it.

export const PART_VISITS_MAX = 100;

export const partVisitSchema = z
  .object({
    /** When this visit began. */
    at: z.iso.datetime({ offset: true }),
    feels: text(1000).optional(),
    needs: text(1000).optional(),
    /** What the nurturing part of me wants to say to it. */
    says: text(2000).optional(),
  })
  .refine((v) => Boolean(v.feels?.trim() || v.needs?.trim() || v.says?.trim()), {
    error: 'A visit needs a few words somewhere',
    path: ['feels'],
  });
export type PartVisit = z.output<typeof partVisitSchema>;

export const innerPartSchema = z.object({
  /** My own name for this part ("the little one", "the one who waits by the phone"). */
  name: shortText(80),
  visits: z
    .array(partVisitSchema)
    .max(PART_VISITS_MAX, `Up to ${PART_VISITS_MAX} visits fit in one part`)
    .default([]),
});
export type InnerPartPayload = z.output<typeof innerPartSchema>;

export const PART_QUESTIONS = {
  feels: { label: 'What does it feel?', hint: 'As it would say it, if it could.' },
  needs: { label: 'What does it need?', hint: 'Safety, company, rest, to be heard: whatever is true.' },
  says: {
    label: 'What does the nurturing part of you want to say to it?',
    hint: 'The kind, steady part of you, speaking to this one directly.',
  },
} as const;

/**
 * Whether a visit is still being written: the newest one, begun on the same
 * day as `now` (the person's own day). Earlier visits are kept as they were.
 */
export function isOpenVisit(visits: readonly Pick<PartVisit, 'at'>[], index: number, now: Date): boolean {
  const visit = visits[index];
  return index === visits.length - 1 && visit !== undefined && isSameDay(parseISO(visit.at), now);
}

/** Whether a visit has anything written in it. */
export function visitWritten(v: { feels?: string; needs?: string; says?: string }): boolean {
  return Boolean(v.feels?.trim() || v.needs?.trim() || v.says?.trim());
}

// ---------------------------------------------------------------------------
// The inner-nurturer dialogue: me and the caring part of me, in turns.

export const SPEAKERS = ['me', 'nurturer'] as const;
export type Speaker = (typeof SPEAKERS)[number];
export const DIALOGUE_TURNS_MAX = 60;

/** Offered for the nurturer's side, one after another; the person can ask for another. */
export const NURTURER_PROMPTS = [
  'What would a wise, kind presence say to you now?',
  'If someone who loves you without conditions were here, what would they want you to hear?',
  'What does the part of you that is hurting need from you right now?',
  'How would you speak to a small child who felt this way?',
  'What is true about you that the hard feeling is forgetting?',
  'What could you offer yourself in the next hour, gently?',
] as const;

/** Offered for my side: the first turn, then each answer back. */
export const MY_PROMPTS = [
  'What is on your mind, or what hurts, right now?',
  'What do you want to say back?',
  'What else is there, now that you have heard that?',
] as const;

export const dialogueTurnSchema = z.object({
  who: z.enum(SPEAKERS),
  text: text(2000).refine((t) => t.trim().length > 0, 'A turn needs a few words'),
});
export type DialogueTurn = z.output<typeof dialogueTurnSchema>;

export const nurturerDialogueSchema = z.object({
  turns: z
    .array(dialogueTurnSchema)
    .min(1, 'Start with a few words of your own')
    .max(DIALOGUE_TURNS_MAX, `Up to ${DIALOGUE_TURNS_MAX} turns fit in one dialogue`)
    .superRefine((turns, ctx) => {
      turns.forEach((turn, index) => {
        if (turn.who !== speakerAt(index)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'who'],
            message:
              index === 0 ? 'The dialogue starts with you' : 'You and your nurturer take turns, one each',
          });
        }
      });
    }),
});
export type NurturerDialoguePayload = z.output<typeof nurturerDialogueSchema>;

/** Who speaks at a turn: I begin, then we take turns. */
export function speakerAt(index: number): Speaker {
  return index % 2 === 0 ? 'me' : 'nurturer';
}

/** The prompt offered at a turn; `shift` moves to another for the nurturer's side when asked. */
export function promptAt(index: number, shift = 0): string {
  if (speakerAt(index) === 'nurturer') {
    const n = Math.floor(index / 2) + shift;
    return NURTURER_PROMPTS[n % NURTURER_PROMPTS.length] ?? NURTURER_PROMPTS[0];
  }
  const mine = Math.min(index / 2, MY_PROMPTS.length - 1);
  return MY_PROMPTS[mine] ?? MY_PROMPTS[0];
}

/** Whether the next turn can begin: the one being written has words, and there is room. */
export function canAddTurn(turns: readonly { text: string }[]): boolean {
  const last = turns.at(-1);
  return turns.length < DIALOGUE_TURNS_MAX && (last === undefined || last.text.trim().length > 0);
}

/** The turns to keep: an unwritten turn at the end (just begun) is not kept. */
export function keptTurns<T extends { text: string }>(turns: readonly T[]): T[] {
  const kept = [...turns];
  while (kept.length > 0 && !kept.at(-1)?.text.trim()) kept.pop();
  return kept;
}

// ---------------------------------------------------------------------------
// The kinds, and how each reads in an export.

const lines = (parts: (string | false | undefined)[]) =>
  `${parts.filter((p): p is string => Boolean(p)).join('\n\n')}\n`;
const said = (label: string, value: string | undefined) =>
  value?.trim() ? `**${label}** ${value.trim()}` : false;

/** A first line, shortened for a title, or the fallback when there is none. */
export function titleFrom(value: string | undefined, fallback: string): string {
  const first = value?.trim().split('\n', 1)[0]?.trim() ?? '';
  if (!first) return fallback;
  return first.length > 60 ? `${first.slice(0, 59).trimEnd()}…` : first;
}

export const selfCompassionKind = defineRecordKind({
  name: 'self_compassion',
  pillar: 'delight',
  label: 'Self-compassion for a hard moment',
  version: 1,
  schema: selfCompassionSchema,
  written: {
    title: (p) => titleFrom(p.hurts, 'A hard moment, met kindly'),
    body: (p) => lines(SELF_COMPASSION_STEPS.map((s) => said(`${s.title}:`, p[s.id]))),
  },
});

export const innerPartKind = defineRecordKind({
  name: 'inner_part',
  pillar: 'delight',
  label: 'A part of me',
  version: 1,
  schema: innerPartSchema,
  written: {
    title: (p) => p.name,
    body: (p) =>
      lines(
        p.visits.length === 0
          ? ['*Named, nothing written yet.*']
          : p.visits.map((v) =>
              lines([
                `### ${v.at.slice(0, 10)}`,
                said('It feels:', v.feels),
                said('It needs:', v.needs),
                said('The nurturing part of me says:', v.says),
              ]).trimEnd(),
            ),
      ),
  },
});

export const nurturerDialogueKind = defineRecordKind({
  name: 'nurturer_dialogue',
  pillar: 'delight',
  label: 'Inner-nurturer dialogue',
  version: 1,
  schema: nurturerDialogueSchema,
  written: {
    title: (d) => titleFrom(d.turns[0]?.text, 'A talk with my inner nurturer'),
    body: (d) => lines(d.turns.map((t) => said(t.who === 'me' ? 'Me:' : 'My nurturer:', t.text))),
  },
});

/** The kinds of this part of the E pillar; ./kinds.ts adds them to the pillar's list. */
export const nurturerKinds = [selfCompassionKind, innerPartKind, nurturerDialogueKind] as const;

// ---------------------------------------------------------------------------
// What the practices write, for the property tests and the bench seed (./practiceKinds.ts).

const DAY = 24 * 60 * 60_000;

function partExample(s: ExampleSource) {
  const start = Date.UTC(2020, 0, 1) + s.int(0, 3000) * DAY;
  return {
    name: s.line(80, 'title'),
    visits: Array.from({ length: s.int(0, 4) }, (_, i) => ({
      at: new Date(start + i * s.int(1, 60) * DAY).toISOString(),
      feels: s.line(1000, 'sentence'),
      ...(s.chance(0.7) ? { needs: s.prose(1000, 'want') } : {}),
      ...(s.chance(0.7) ? { says: s.prose(2000, 'care') } : {}),
    })),
  };
}

export const nurturerPracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: selfCompassionPractice,
    kind: selfCompassionKind,
    example: (s) => ({
      hurts: s.line(2000, 'sentence'),
      ...(s.chance(0.8) ? { shared: s.prose(2000, 'insight') } : {}),
      ...(s.chance(0.7) ? { kindness: s.prose(2000, 'care') } : {}),
    }),
    rhythm: { perDay: 0.05 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: partsPractice,
    kind: innerPartKind,
    example: partExample,
    rhythm: { perDay: 0.01, firstDays: { days: 14, perDay: 0.2 } },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: innerNurturerPractice,
    kind: nurturerDialogueKind,
    example: (s) => ({
      turns: Array.from({ length: s.int(1, 6) }, (_, i) => ({
        who: speakerAt(i),
        text: s.line(2000, speakerAt(i) === 'me' ? 'sentence' : 'care'),
      })),
    }),
    rhythm: { perDay: 0.04 },
    contributes: { practised: true },
  }),
];
