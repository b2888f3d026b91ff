import { z } from 'zod';
import { humourKind } from './humour.js';
import { selfTalkKind } from './selfTalk.js';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { nurturerKinds } from './nurturer.js';
import { selfDateIdeaKind, selfDateKind } from './selfDates.js';

const isoTime = z.iso.datetime({ offset: true });
const optionalText = (max: number) => text(max).optional();
/** Prose a person writes that must hold something besides spaces. */
const someText = (max: number, message: string) => text(max).refine((t) => t.trim().length > 0, message);

/** The longest letter Haven keeps: long enough for a real letter, short enough to stay a letter. */
export const LETTER_MAX_CHARS = 20_000;

/** A letter to myself, as written: its words, and when it opens. */
export const letterWrittenSchema = z.object({
  text: someText(LETTER_MAX_CHARS, 'A letter needs a few words'),
  /** When it opens: the server gives out only its envelope before then. */
  opensAt: isoTime,
  /** Set when I opened it before its day, on purpose. */
  openedEarlyAt: isoTime.optional(),
  /** Set the first time I read it after it arrived, so the home stops saying it has. */
  readAt: isoTime.optional(),
});

/** What the server gives out while a letter is sealed: its envelope, nothing written. Never stored. */
export const letterEnvelopeSchema = z.object({ sealed: z.literal(true), opensAt: isoTime }).strict();

export const letterSchema = z.union([letterWrittenSchema, letterEnvelopeSchema]);
export type LetterPayload = z.output<typeof letterSchema>;
export type LetterWritten = z.output<typeof letterWrittenSchema>;

export function isEnvelope(letter: LetterPayload): letter is z.output<typeof letterEnvelopeSchema> {
  return 'sealed' in letter;
}

export const letterKind = defineRecordKind({
  name: 'letter',
  pillar: 'delight',
  label: 'Letter to myself',
  version: 1,
  schema: letterSchema,
  sealing: {
    untilField: 'opensAt',
    until: (letter) =>
      isEnvelope(letter) || letter.openedEarlyAt === undefined ? letter.opensAt : undefined,
    view: (letter) => ({ sealed: true as const, opensAt: letter.opensAt }),
    isView: isEnvelope,
    openEarly: (letter, at) => (isEnvelope(letter) ? letter : { ...letter, openedEarlyAt: at }),
  },
  written: {
    title: () => 'A letter to myself',
    body: (letter) => {
      const opens = `*Opens ${letter.opensAt.slice(0, 10)}.*`;
      if (isEnvelope(letter)) return `${opens}\n`;
      const early = letter.openedEarlyAt ? ` *Opened early, ${letter.openedEarlyAt.slice(0, 10)}.*` : '';
      return `${opens}${early}\n\n${letter.text}\n`;
    },
  },
});

export const appreciationSchema = z.object({
  /** What I appreciate about myself: a quality, something I did, a way I handled something. */
  text: shortText(500),
  /** Optional evidence: "when I ...". */
  evidence: optionalText(2000),
  /** The prompt it was written from, if any. */
  promptId: z.string().trim().min(1).max(100).optional(),
});
export type AppreciationPayload = z.output<typeof appreciationSchema>;

export const appreciationKind = defineRecordKind({
  name: 'appreciation',
  pillar: 'delight',
  label: 'Appreciation',
  version: 1,
  schema: appreciationSchema,
  written: {
    title: (a) => a.text,
    body: (a) => (a.evidence?.trim() ? `${a.text}\n\n${a.evidence.trim()}\n` : `${a.text}\n`),
  },
});

export const gratitudeSchema = z.object({
  items: z
    .array(
      z.object({
        /** The prompt as it was shown, so the entry reads well if prompts change. */
        prompt: shortText(300),
        text: shortText(1000),
        /** This line is about me: something I did, a part of me, my body. */
        aboutMe: z.boolean(),
      }),
    )
    .min(1, 'One thing is enough')
    .max(3, 'Up to three things'),
});
export type GratitudePayload = z.output<typeof gratitudeSchema>;

export const gratitudeKind = defineRecordKind({
  name: 'gratitude',
  pillar: 'delight',
  label: 'Gratitude',
  version: 1,
  schema: gratitudeSchema,
  written: {
    title: () => 'Grateful for',
    body: (g) =>
      `${g.items.map((item) => `- ${item.text}${item.aboutMe ? ' (about me)' : ''}`).join('\n')}\n`,
  },
});

/** The record kinds of the E pillar (Expressed delight); the registry (../records/registry.ts) reads this list. */
export const delightKinds = [
  letterKind,
  appreciationKind,
  gratitudeKind,
  selfDateKind,
  selfDateIdeaKind,
  ...nurturerKinds,
  selfTalkKind,
  humourKind,
] as const;
