import { z } from 'zod';
import { LETTER_SPANS, type LetterSpanId } from '../../../core/delight/letters.js';

/**
 * Unfinished writing on the E pillar's screens, kept as sealed drafts on this
 * device (useLocalDraft) until the person seals or keeps it. A letter's draft
 * never reaches the server: only sealing sends it.
 */

const opening = z.custom<LetterSpanId | 'day'>((v) => v === 'day' || LETTER_SPANS.some((s) => s.id === v));

const letterDraft = z.object({ text: z.string(), opening, day: z.string() });
export type LetterDraft = z.output<typeof letterDraft>;

export const LETTER_DRAFT = {
  place: 'letter.new',
  parse: (value: unknown) => letterDraft.safeParse(value).data,
  empty: { text: '', opening: 'three-months', day: '' } as LetterDraft,
  isEmpty: (d: LetterDraft) => d.text.trim() === '' && d.day === '',
};

const appreciationDraft = z.object({
  text: z.string(),
  evidence: z.string(),
  promptId: z.string().nullable(),
});
export type AppreciationDraft = z.output<typeof appreciationDraft>;

export const APPRECIATION_DRAFT = {
  place: 'appreciation.new',
  parse: (value: unknown) => appreciationDraft.safeParse(value).data,
  empty: { text: '', evidence: '', promptId: null } as AppreciationDraft,
  isEmpty: (d: AppreciationDraft) => d.text.trim() === '' && d.evidence.trim() === '',
};
