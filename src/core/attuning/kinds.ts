import { z } from 'zod';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { bodyLabel } from './body.js';
import { needLabel } from './needs.js';
import { PATTERN_IDS } from './patterns.js';
import {
  BOUNDARY_STANCES,
  BOUNDARY_STANCE_LABELS,
  PROFILE_SECTION_IDS,
  profileSection,
  profileWords,
} from './profile.js';
import { SENSES } from './soothing.js';

/** A point on one axis of the check-in pad. */
const axis = z.number().min(-1).max(1);
const optionalText = (max: number) => text(max).optional();

export const checkinSchema = z.object({
  pleasantness: axis,
  energy: axis,
  feelings: z.array(shortText(60)).min(1).max(12),
  body: z
    .object({
      regions: z.array(shortText(60)).max(30),
      sensations: z.array(shortText(60)).max(30),
    })
    .optional(),
  needs: z
    .object({
      met: z.array(shortText(100)).max(60),
      unmet: z.array(shortText(100)).max(60),
    })
    .optional(),
  /** What I can do for myself right now. */
  care: optionalText(500),
  note: optionalText(2000),
  reflection: optionalText(2000),
  /** The journal entry this check-in was opened from, e.g. by the mind-reading pause. */
  journalId: z.uuid().optional(),
});
export type CheckinPayload = z.output<typeof checkinSchema>;

export const journalSchema = z.object({
  title: z.string().trim().max(200).optional(),
  body: text(100_000),
  promptId: z.string().trim().min(1).max(100).optional(),
  /** The prompt text as it was shown, so the entry still reads well if prompts change. */
  prompt: optionalText(500),
  tags: z.array(shortText(60)).max(20).default([]),
});
export type JournalPayload = z.output<typeof journalSchema>;

export const profileItemSchema = z
  .object({
    section: z.enum(PROFILE_SECTION_IDS),
    text: shortText(300),
    note: optionalText(1000),
    stance: z.enum(BOUNDARY_STANCES).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.section === 'boundaries' && !item.stance) {
      ctx.addIssue({
        code: 'custom',
        path: ['stance'],
        message: 'A boundary needs a stance: okay, not okay or maybe',
      });
    }
    if (item.section !== 'boundaries' && item.stance) {
      ctx.addIssue({ code: 'custom', path: ['stance'], message: 'Only boundaries have a stance' });
    }
  });
export type ProfileItemPayload = z.output<typeof profileItemSchema>;

export const soothingItemSchema = z.object({
  sense: z.enum(SENSES),
  text: shortText(300),
});
export type SoothingItemPayload = z.output<typeof soothingItemSchema>;

export const selfAbandonmentSchema = z.object({
  what: text(2000).trim().min(1),
  valueOrBoundary: shortText(300).optional(),
  felt: optionalText(1000),
  nextTime: optionalText(1000),
});
export type SelfAbandonmentPayload = z.output<typeof selfAbandonmentSchema>;

export const growthPathSchema = z.object({
  pattern: z.enum(PATTERN_IDS),
  completedSteps: z.array(shortText(60)).max(50),
});
export type GrowthPathPayload = z.output<typeof growthPathSchema>;

const round = (n: number) => Math.round(n * 100) / 100;
const list = (items: readonly string[], label: (s: string) => string = (s) => s) =>
  items.map(label).join(', ');

/** A readable Markdown summary of a check-in, for exports. */
export function checkinMarkdown(c: CheckinPayload): string {
  const lines: string[] = [];
  const mood = `${c.pleasantness >= 0 ? 'pleasant' : 'unpleasant'}, ${c.energy >= 0 ? 'higher energy' : 'lower energy'}`;
  lines.push(`**How it felt:** ${mood} (pleasantness ${round(c.pleasantness)}, energy ${round(c.energy)})`);
  lines.push(`**Feelings:** ${list(c.feelings)}`);
  if (c.body && (c.body.regions.length > 0 || c.body.sensations.length > 0)) {
    const where = c.body.regions.length > 0 ? list(c.body.regions, bodyLabel) : 'somewhere';
    const what = c.body.sensations.length > 0 ? `: ${list(c.body.sensations, bodyLabel)}` : '';
    lines.push(`**In my body:** ${where}${what}`);
  }
  if (c.needs?.met.length) lines.push(`**Needs met:** ${list(c.needs.met, needLabel)}`);
  if (c.needs?.unmet.length) lines.push(`**Needs unmet:** ${list(c.needs.unmet, needLabel)}`);
  if (c.care?.trim()) lines.push(`**What I can do for myself:** ${c.care.trim()}`);
  let out = lines.join('  \n');
  if (c.note?.trim()) out += `\n\n${c.note.trim()}`;
  if (c.reflection?.trim()) out += `\n\n${c.reflection.trim().replace(/^/gm, '> ')}`;
  return `${out}\n`;
}

/** A title for a journal entry: its own, else the start of its first line, else a plain default. */
export function journalTitle(j: JournalPayload): string {
  if (j.title?.trim()) return j.title.trim();
  const firstLine = j.body.trim().split('\n', 1)[0]?.trim() ?? '';
  if (!firstLine) return 'Journal entry';
  return firstLine.length > 60 ? `${firstLine.slice(0, 59).trimEnd()}…` : firstLine;
}

export const checkinKind = defineRecordKind({
  name: 'checkin',
  pillar: 'attuning',
  label: 'Check-in',
  version: 1,
  schema: checkinSchema,
  written: { title: () => 'Check-in', body: checkinMarkdown },
});

export const journalKind = defineRecordKind({
  name: 'journal',
  pillar: 'attuning',
  label: 'Journal entry',
  version: 1,
  schema: journalSchema,
  written: {
    title: journalTitle,
    body: (j) => {
      const prompt = j.prompt?.trim() ? `> ${j.prompt.trim().replace(/\n/g, '\n> ')}\n\n` : '';
      const tags = j.tags.length > 0 ? `\n\nTags: ${j.tags.join(', ')}` : '';
      return `${prompt}${j.body}${tags}\n`;
    },
    excerptFrom: (j) => j.body,
    tags: (j) => j.tags,
  },
});

export const profileItemKind = defineRecordKind({
  name: 'profile_item',
  pillar: 'attuning',
  label: 'Profile item',
  version: 1,
  schema: profileItemSchema,
  // The profile keeps each thing once per section (the rule `duplicateIn` applies before sending).
  unique: {
    key: (item) => `${item.section}\n${profileWords(item.text)}`,
    refusal: 'That is already in your profile, so there is no need to add it again.',
  },
});

export const soothingItemKind = defineRecordKind({
  name: 'soothing_item',
  pillar: 'attuning',
  label: 'Soothing kit item',
  version: 1,
  schema: soothingItemSchema,
});

export const selfAbandonmentKind = defineRecordKind({
  name: 'self_abandonment',
  pillar: 'attuning',
  label: 'Noticing self-abandonment',
  version: 1,
  schema: selfAbandonmentSchema,
  written: {
    title: () => 'A moment I left myself',
    body: (s) => {
      const parts = [`**What happened:** ${s.what.trim()}`];
      if (s.valueOrBoundary?.trim()) parts.push(`**What I set aside:** ${s.valueOrBoundary.trim()}`);
      if (s.felt?.trim()) parts.push(`**What I felt:** ${s.felt.trim()}`);
      if (s.nextTime?.trim()) parts.push(`**Next time:** ${s.nextTime.trim()}`);
      return `${parts.join('\n\n')}\n`;
    },
  },
});

export const growthPathKind = defineRecordKind({
  name: 'growth_path',
  pillar: 'attuning',
  label: 'Growth path',
  version: 1,
  schema: growthPathSchema,
  singleton: true,
});

/** A readable line for a profile item, e.g. in lists and exports. */
export function profileItemLine(item: ProfileItemPayload): string {
  const stance = item.stance ? ` (${BOUNDARY_STANCE_LABELS[item.stance].toLowerCase()})` : '';
  return `${profileSection(item.section).heading}: ${item.text}${stance}`;
}

/** Record kinds of the A pillar: check-ins, journal entries, profile, soothing kit, self-abandonment noticing, growth path. */
export const attuningKinds = [
  checkinKind,
  journalKind,
  profileItemKind,
  soothingItemKind,
  selfAbandonmentKind,
  growthPathKind,
] as const;
