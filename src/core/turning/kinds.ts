import { z } from 'zod';
import { bodyLabel } from '../attuning/body.js';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { RHYTHM_IDS, PATTERN_LIMITS, rhythmById, breathsPerMinute } from './breathing.js';
import { FEAR_IDS, FEAR_LABELS } from './critic.js';
import { REGULATION_WAYS, REGULATION_WAY_LABELS, STORY_IDS, storyText } from './stories.js';

const optionalText = (max: number) => text(max).optional();
/** How stirred up, from 0 (settled) to 10 (flooded). */
export const arousal = z.number().int().min(0).max(10);

export const triggerSchema = z.object({
  /** What happened: the one thing the quick log asks, with the arousal before. */
  what: text(2000).trim().min(1),
  arousalBefore: arousal,
  /** The familiar stories my mind told, and my own words for it. */
  stories: z.array(z.enum(STORY_IDS)).max(STORY_IDS.length).default([]),
  ownStory: optionalText(1000),
  feelings: z.array(shortText(60)).max(12).default([]),
  body: z
    .object({ regions: z.array(shortText(60)).max(30), sensations: z.array(shortText(60)).max(30) })
    .optional(),
  /** What I did to settle, each way with its words (a kit item, a practice, my own). */
  regulated: z
    .array(z.object({ way: z.enum(REGULATION_WAYS), text: shortText(300) }))
    .max(20)
    .default([]),
  arousalAfter: arousal.optional(),
  learned: optionalText(2000),
  /** "What else could be true?": present once tried, whatever came of it. */
  reappraisal: z
    .object({
      readings: z.array(text(500).trim().min(1)).max(30),
      /** The mind went back to the old story: that is fine, and the trying still counts. */
      returnedToOldStory: z.boolean().default(false),
    })
    .optional(),
});
export type TriggerPayload = z.output<typeof triggerSchema>;

const seconds = (limits: { min: number; max: number }) => z.number().int().min(limits.min).max(limits.max);

export const breathingSchema = z.object({
  rhythm: z.enum(RHYTHM_IDS),
  pattern: z.object({
    inhale: seconds(PATTERN_LIMITS.breath),
    holdIn: seconds(PATTERN_LIMITS.hold),
    exhale: seconds(PATTERN_LIMITS.breath),
    holdOut: seconds(PATTERN_LIMITS.hold),
  }),
  plannedSeconds: z.number().int().min(1).max(3600),
  breathedSeconds: z.number().int().min(0).max(7200),
  arousalBefore: arousal.optional(),
  arousalAfter: arousal.optional(),
  /** The trigger log this session was opened from. */
  triggerId: z.uuid().optional(),
});
export type BreathingPayload = z.output<typeof breathingSchema>;

export const criticDialogueSchema = z.object({
  /** The name a person gives this critic ("the perfectionist"); the library groups by it. */
  critic: shortText(80).optional(),
  says: text(2000).trim().min(1),
  when: optionalText(1000),
  wants: optionalText(1000),
  fears: z.array(z.enum(FEAR_IDS)).max(FEAR_IDS.length).default([]),
  fearNote: optionalText(1000),
  protects: optionalText(1000),
  needs: optionalText(1000),
  /** Each "ask again": the question offered and what the person answered. */
  asks: z
    .array(z.object({ question: shortText(300), answer: text(1000) }))
    .max(30)
    .default([]),
  /** The positive intention, once the person has named it. */
  intention: optionalText(1000),
  translation: optionalText(2000),
});
export type CriticDialoguePayload = z.output<typeof criticDialogueSchema>;

export const REPAIR_WITH = ['myself', 'someone', 'both'] as const;

export const repairSchema = z.object({
  what: text(2000).trim().min(1),
  /** The standard or value it touched. */
  standard: optionalText(500),
  feel: optionalText(1000),
  /** What a kind and honest friend would say. */
  friend: optionalText(2000),
  repair: optionalText(1000),
  repairWith: z.enum(REPAIR_WITH).optional(),
  nextStep: optionalText(500),
});
export type RepairPayload = z.output<typeof repairSchema>;

const lines = (parts: (string | false | undefined)[]) =>
  `${parts.filter((p): p is string => Boolean(p)).join('\n\n')}\n`;
const said = (label: string, value: string | undefined) =>
  value?.trim() ? `**${label}** ${value.trim()}` : false;

export function triggerMarkdown(t: TriggerPayload): string {
  const stories = [...t.stories.map(storyText), ...(t.ownStory?.trim() ? [t.ownStory.trim()] : [])];
  const body = t.body ? [...t.body.regions, ...t.body.sensations].map(bodyLabel) : [];
  return lines([
    said('What happened:', t.what),
    `**How stirred up before:** ${t.arousalBefore} of 10`,
    stories.length > 0 && `**The story my mind told:** ${stories.join('; ')}`,
    t.feelings.length > 0 && `**Feelings:** ${t.feelings.join(', ')}`,
    body.length > 0 && `**In my body:** ${body.join(', ')}`,
    t.regulated.length > 0 &&
      `**What I did:** ${t.regulated.map((r) => `${r.text} (${REGULATION_WAY_LABELS[r.way].toLowerCase()})`).join('; ')}`,
    t.arousalAfter !== undefined && `**How stirred up after:** ${t.arousalAfter} of 10`,
    t.reappraisal &&
      [
        '**What else could be true:**',
        ...t.reappraisal.readings.map((r) => `- ${r}`),
        ...(t.reappraisal.returnedToOldStory
          ? ['', 'My mind went back to the old story, and I tried anyway.']
          : []),
      ].join('\n'),
    said('What I learned:', t.learned),
  ]);
}

export function criticMarkdown(c: CriticDialoguePayload): string {
  return lines([
    `> ${c.says.trim().replace(/\n/g, '\n> ')}`,
    said('When it shows up:', c.when),
    said('What it wants for me:', c.wants),
    (c.fears.length > 0 || c.fearNote?.trim()) &&
      `**What it fears:** ${[...c.fears.map((f) => FEAR_LABELS[f].toLowerCase()), c.fearNote?.trim()].filter(Boolean).join('; ')}`,
    said('How it protects me:', c.protects),
    said('What it needs:', c.needs),
    ...c.asks.map((a) => said(a.question, a.answer)),
    said('Its intention for me:', c.intention),
    said('Said kindly:', c.translation),
  ]);
}

export const triggerKind = defineRecordKind({
  name: 'trigger',
  pillar: 'turning',
  label: 'Trigger log',
  version: 1,
  schema: triggerSchema,
  written: { title: (t) => shortTitle(t.what, 'A hard moment'), body: triggerMarkdown },
});

export const breathingKind = defineRecordKind({
  name: 'breathing_session',
  pillar: 'turning',
  label: 'Paced breathing',
  version: 1,
  schema: breathingSchema,
});

export const criticDialogueKind = defineRecordKind({
  name: 'critic_dialogue',
  pillar: 'turning',
  label: 'Inner critic dialogue',
  version: 1,
  schema: criticDialogueSchema,
  written: {
    title: (c) => (c.critic?.trim() ? `A talk with ${c.critic.trim()}` : 'A talk with my inner critic'),
    body: criticMarkdown,
  },
});

export const repairKind = defineRecordKind({
  name: 'repair',
  pillar: 'turning',
  label: 'Repair with myself',
  version: 1,
  schema: repairSchema,
  written: {
    title: (r) => shortTitle(r.what, 'Coming back to myself'),
    body: (r) =>
      lines([
        said('What happened:', r.what),
        said('What it touched:', r.standard),
        said('What I feel:', r.feel),
        said('What a kind, honest friend would say:', r.friend),
        said('The repair I choose:', r.repair),
        said('One small next step:', r.nextStep),
      ]),
  },
});

/** A breathing session in a line, e.g. for lists: "Slow and even, 3 minutes (6 breaths a minute)". */
export function breathingLine(b: BreathingPayload): string {
  const name = rhythmById(b.rhythm).label;
  const minutes = Math.max(1, Math.round(b.breathedSeconds / 60));
  return `${name}, ${minutes} minute${minutes === 1 ? '' : 's'} (${breathsPerMinute(b.pattern)} breaths a minute)`;
}

function shortTitle(value: string, fallback: string): string {
  const first = value.trim().split('\n', 1)[0]?.trim() ?? '';
  if (!first) return fallback;
  return first.length > 60 ? `${first.slice(0, 59).trimEnd()}…` : first;
}

/** The record kinds of the T pillar (Turning towards); the registry (../records/registry.ts) reads this list. */
export const turningKinds = [triggerKind, breathingKind, criticDialogueKind, repairKind] as const;
