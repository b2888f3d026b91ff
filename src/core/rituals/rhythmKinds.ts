import { z } from 'zod';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { blockIssues, BUILT_IN_CATEGORIES, HELPED, saidBlock, sortBlocks } from './rhythms.js';
import { DAY_PATTERN, WEEKDAY_LABELS, WEEKDAYS } from './schedule.js';

/**
 * The record kinds of "My rhythms" (./rhythms.ts holds their rules): the
 * ideal week as named day templates (one per person), a real day (one per
 * person per date, see `realDayKey`), and a small adjustment to try, with
 * whether it helped a week on.
 */

const day = z.string().regex(DAY_PATTERN, 'A day like 2026-03-02');
const quarterHour = z
  .string()
  .regex(/^([01]\d|2[0-3]):(00|15|30|45)$/, 'A time on the quarter hour, like 07:15');

export const blockSchema = z
  .object({
    category: z.enum([...BUILT_IN_CATEGORIES, 'own']),
    /** The person's own name for this kind of time, when `category` is "own". */
    own: shortText(40).optional(),
    start: quarterHour,
    end: quarterHour,
  })
  .refine((b) => (b.category === 'own') === (b.own !== undefined), {
    error: 'Your own kind of time needs a name, and only it',
    path: ['own'],
  });

/** A day's blocks: at most one per quarter hour, none overlapping (across midnight too). */
export const blocksSchema = z
  .array(blockSchema)
  .max(96)
  .superRefine((blocks, ctx) => {
    for (const issue of blockIssues(blocks))
      ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.index, issue.field] });
  });

export const dayTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: shortText(60),
  days: z
    .array(z.enum(WEEKDAYS))
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Each day once'),
  blocks: blocksSchema,
});

export const rhythmIdealSchema = z
  .object({ templates: z.array(dayTemplateSchema).min(1).max(7) })
  .superRefine(({ templates }, ctx) => {
    const seen = new Map<string, string>();
    templates.forEach((t, i) => {
      for (const d of t.days) {
        const other = seen.get(d);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            message: `${WEEKDAY_LABELS[d].long} is already in “${other}”`,
            path: ['templates', i, 'days'],
          });
        seen.set(d, t.name);
      }
    });
    if (new Set(templates.map((t) => t.id)).size !== templates.length)
      ctx.addIssue({ code: 'custom', message: 'Each ideal day once', path: ['templates'] });
  });
export type RhythmIdealPayload = z.output<typeof rhythmIdealSchema>;

const slider = z.number().int().min(0).max(10);

export const rhythmDaySchema = z
  .object({
    /** The date it was, where the person was. */
    day,
    /** The ideal it started from, if any. */
    templateId: z
      .string()
      .regex(/^[a-z0-9-]{1,40}$/)
      .optional(),
    blocks: blocksSchema.optional(),
    /** End-of-day sliders, 0 to 10. */
    sliders: z.object({ sleep: slider, meals: slider, rest: slider, connection: slider }).strict().optional(),
    note: text(1000).optional(),
  })
  .refine((d) => d.blocks !== undefined || d.sliders !== undefined, {
    error: 'Blocks or sliders, or both',
    path: ['blocks'],
  });
export type RhythmDayPayload = z.output<typeof rhythmDaySchema>;

export const rhythmAdjustmentSchema = z.object({
  /** What the person chose to try, in their words. */
  what: shortText(200),
  /** The kind of time it is about, if any. */
  category: z
    .string()
    .regex(/^(own:.{1,40}|[a-z]{2,20})$/)
    .optional(),
  /** The day it was chosen, where the person was. */
  chosenOn: day,
  /** A week on: whether it helped, and a word about it. */
  revisit: z
    .object({
      on: day,
      helped: z.enum(
        HELPED.map((h) => h.id) as [(typeof HELPED)[number]['id'], ...(typeof HELPED)[number]['id'][]],
      ),
      note: text(1000).optional(),
    })
    .optional(),
});
export type RhythmAdjustmentPayload = z.output<typeof rhythmAdjustmentSchema>;

export const rhythmIdealKind = defineRecordKind({
  name: 'rhythm_ideal',
  pillar: 'rituals',
  label: 'Ideal days',
  version: 1,
  schema: rhythmIdealSchema,
  singleton: true,
  written: {
    title: () => 'My ideal days',
    body: (ideal) =>
      ideal.templates
        .map((t) => {
          const days = t.days.map((d) => WEEKDAY_LABELS[d].short).join(', ') || 'no day yet';
          const lines = sortBlocks(t.blocks).map((b) => `- ${saidBlock(b)}`);
          return `## ${t.name} (${days})\n\n${lines.join('\n') || '- nothing laid out yet'}\n`;
        })
        .join('\n'),
  },
});

export const rhythmDayKind = defineRecordKind({
  name: 'rhythm_day',
  pillar: 'rituals',
  label: 'A real day',
  version: 1,
  schema: rhythmDaySchema,
  // One note per date: the database refuses a second (see `unique` in core/records/kind.ts).
  unique: {
    key: (d) => d.day,
    refusal: 'That day is noted already. You can change its note instead.',
  },
});

export const rhythmAdjustmentKind = defineRecordKind({
  name: 'rhythm_adjustment',
  pillar: 'rituals',
  label: 'Adjustment to try',
  version: 1,
  schema: rhythmAdjustmentSchema,
  written: {
    title: (a) => a.what,
    body: (a) => {
      const lines = [`**Chosen on:** ${a.chosenOn}`];
      if (a.revisit) {
        lines.push(
          `**A week on (${a.revisit.on}):** ${HELPED.find((h) => h.id === a.revisit?.helped)?.label ?? ''}`,
        );
      }
      let out = lines.join('  \n');
      if (a.revisit?.note?.trim()) out += `\n\n${a.revisit.note.trim()}`;
      return `${out}\n`;
    },
  },
});

/** The kinds "My rhythms" writes, added to the R pillar's list in ./kinds.ts. */
export const rhythmKinds = [rhythmIdealKind, rhythmDayKind, rhythmAdjustmentKind] as const;
