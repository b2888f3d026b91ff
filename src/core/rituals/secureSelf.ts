import { differenceInCalendarDays } from 'date-fns';
import { z } from 'zod';
import type { ExampleSource } from '../practices/example.js';
import type { PracticeKind } from '../practices/practice.js';
import { practiceKind } from '../practices/practice.js';
import { defineRecordKind, text } from '../records/kind.js';
import { secureSelfPractice } from './practices.js';

/**
 * My Secure Self (the R pillar): the steadiest version of me, described in my
 * own words, and a short reflection now and then on living from it. Haven
 * offers questions to write from, never words to copy.
 */

/** The longest any one part may be. */
export const PART_MAX = 2000;

const part = () => text(PART_MAX).optional();

/** Whether any of these has words in it (more than spaces). */
export function hasWords(values: readonly (string | undefined)[]): boolean {
  return values.some((value) => (value ?? '').trim().length > 0);
}

/** The parts of a Secure Self, in the order they are asked and shown. */
export const SECURE_SELF_PARTS = [
  {
    key: 'looks',
    label: 'What it is like',
    prompts: [
      'Picture yourself on a day you feel most at home in your own skin. What do you notice?',
      'Which qualities come to mind: steady, warm, curious, unhurried, something else?',
    ],
  },
  {
    key: 'withMyself',
    label: 'How it is with me',
    prompts: [
      'When you are tired, or have got something wrong, what does this part of you do?',
      'How does it look after your body, your time, your limits?',
    ],
  },
  {
    key: 'withOthers',
    label: 'How it is with others',
    prompts: [
      'How does it listen, ask for things, say no?',
      'What does it do when someone it cares about is upset with it?',
    ],
  },
  {
    key: 'values',
    label: 'What it values',
    prompts: ['What matters to it, even when nobody is watching?'],
  },
  {
    key: 'principles',
    label: 'What it lives by',
    prompts: ['Are there a few lines it comes back to, the way you might keep a note in a pocket?'],
  },
  {
    key: 'speaks',
    label: 'How it speaks to me',
    prompts: ['What is its voice like: its pace, its warmth?', 'What might it say to you on a hard morning?'],
  },
] as const;

export type SecureSelfPartKey = (typeof SECURE_SELF_PARTS)[number]['key'];

const SOME_WORDS = 'Write a few words in any part; the rest can wait.';

export const secureSelfSchema = z
  .object({
    looks: part(),
    withMyself: part(),
    withOthers: part(),
    values: part(),
    principles: part(),
    speaks: part(),
  })
  .refine((s) => hasWords(SECURE_SELF_PARTS.map(({ key }) => s[key])), SOME_WORDS);
export type SecureSelfPayload = z.output<typeof secureSelfSchema>;

/** The parts written so far, in order, each with its label. */
export function writtenParts(payload: SecureSelfPayload) {
  return withWords(SECURE_SELF_PARTS, payload);
}

/** The three questions of a reflection on living from the Secure Self. */
export const ALIGNMENT_QUESTIONS = [
  { key: 'actedFrom', label: 'Where did you act from your Secure Self this week?' },
  { key: 'notYet', label: 'Where did you not, or not quite?' },
  { key: 'nowWhat', label: 'What would it do about what is in front of you now?' },
] as const;

export type AlignmentKey = (typeof ALIGNMENT_QUESTIONS)[number]['key'];

export const alignmentSchema = z
  .object({
    actedFrom: part(),
    notYet: part(),
    nowWhat: part(),
  })
  .refine(
    (a) => hasWords(ALIGNMENT_QUESTIONS.map(({ key }) => a[key])),
    'Write a few words for any one question.',
  );
export type AlignmentPayload = z.output<typeof alignmentSchema>;

/** The questions answered, in order, with their answers. */
export function answeredQuestions(payload: AlignmentPayload) {
  return withWords(ALIGNMENT_QUESTIONS, payload);
}

/** The questions (or parts) with words in them, in order, each with its label and its words trimmed. */
export function withWords<K extends string>(
  questions: readonly { key: K; label: string }[],
  words: Partial<Record<K, string>>,
): { key: K; label: string; text: string }[] {
  return questions.flatMap(({ key, label }) => {
    const text = words[key]?.trim();
    return text ? [{ key, label, text }] : [];
  });
}

/** What a form's words keep: only the ones with words in them, trimmed. */
export function keptWords<K extends string>(
  questions: readonly { key: K; label: string }[],
  words: Partial<Record<K, string>>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const { key, text } of withWords(questions, words)) out[key] = text;
  return out;
}

/**
 * When the last reflection was, said plainly and without a verdict: "today",
 * "yesterday", "5 days ago", or null when there has been none.
 */
export function lastReflected(last: Date | undefined, now: Date): string | null {
  if (!last) return null;
  const days = Math.max(0, differenceInCalendarDays(now, last));
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** Markdown for a part-by-part record: a heading per part and the words under it. */
function sections(parts: readonly { label: string; text: string }[]): string {
  return `${parts.map(({ label, text: words }) => `## ${label}\n\n${words}`).join('\n\n')}\n`;
}

export const secureSelfKind = defineRecordKind({
  name: 'secure_self',
  pillar: 'rituals',
  // Also said in messages: "You already have a secure self."
  label: 'Secure Self',
  version: 1,
  schema: secureSelfSchema,
  // One per person, kept by the database (records_one_live_per_person).
  singleton: true,
  written: {
    title: () => 'My Secure Self',
    body: (s) => sections(writtenParts(s)),
  },
});

export const alignmentKind = defineRecordKind({
  name: 'secure_self_alignment',
  pillar: 'rituals',
  label: 'Aligning with my Secure Self',
  version: 1,
  schema: alignmentSchema,
  written: {
    title: () => 'Aligning with my Secure Self',
    body: (a) => sections(answeredQuestions(a)),
  },
});

export const secureSelfKinds = [secureSelfKind, alignmentKind] as const;

/** Some parts written, at least one of them never blank. */
function someParts<K extends string>(s: ExampleSource, keys: readonly K[]): Partial<Record<K, string>> {
  const first = s.pick(keys);
  const out: Partial<Record<K, string>> = { [first]: s.line(PART_MAX, 'sentence') } as Partial<
    Record<K, string>
  >;
  for (const key of keys) if (key !== first && s.chance(0.6)) out[key] = s.prose(PART_MAX, 'sentence');
  return out;
}

/** What the Secure Self practice writes: the definition once, then a reflection about once a week. */
export const secureSelfPracticeKinds: readonly PracticeKind[] = [
  practiceKind({
    practice: secureSelfPractice,
    kind: secureSelfKind,
    example: (s) =>
      someParts(
        s,
        SECURE_SELF_PARTS.map(({ key }) => key),
      ),
    rhythm: { once: 12 },
    contributes: { practised: true },
  }),
  practiceKind({
    practice: secureSelfPractice,
    kind: alignmentKind,
    example: (s) =>
      someParts(
        s,
        ALIGNMENT_QUESTIONS.map(({ key }) => key),
      ),
    rhythm: { perDay: 0.15, hours: [8, 21] },
    contributes: { practised: true },
  }),
];
