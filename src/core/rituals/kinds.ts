import { z } from 'zod';
import { rhythmKinds } from './rhythmKinds.js';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { secureSelfKinds } from './secureSelf.js';
import { DAY_PATTERN, describeSchedule, isTimeZone, TIME_PATTERN, WEEKDAYS } from './schedule.js';

const optionalText = (max: number) => text(max).optional();

/** A day, `yyyy-MM-dd`. */
export const isoDay = z.string().regex(DAY_PATTERN, 'A day like 2026-03-02');

export const ritualSchema = z.object({
  title: shortText(120),
  /** The idea it started from (./ideas.ts), if any. */
  ideaId: z.string().trim().min(1).max(60).optional(),
  minutes: z.number().int().min(1).max(240),
  days: z
    .array(z.enum(WEEKDAYS))
    .min(1, 'Choose at least one day')
    .max(7)
    .refine((days) => new Set(days).size === days.length, 'Each day once'),
  /** `HH:mm`; absent means any time that day. */
  time: z.string().regex(TIME_PATTERN, 'A time like 07:30').optional(),
  /** The IANA time zone the time is in, e.g. Europe/London. */
  timeZone: z.string().refine(isTimeZone, 'A time zone such as Europe/London'),
  why: optionalText(1000),
  /** What the calendar feed calls it; absent keeps it out of the feed. */
  calendarTitle: shortText(80).optional(),
  /** A notification while Haven is open, where the browser allows it. */
  notify: z.boolean().default(false),
  /** Resting: kept, but not offered for today and not in the calendar. */
  paused: z.boolean().default(false),
});
export type RitualPayload = z.output<typeof ritualSchema>;

export const ritualDoneSchema = z.object({
  ritualId: z.uuid(),
  /** The day it was done on, where the person was. */
  day: isoDay,
  /** How it felt, if they want to say. */
  note: optionalText(1000),
});
export type RitualDonePayload = z.output<typeof ritualDoneSchema>;

export const ritualKind = defineRecordKind({
  name: 'ritual',
  pillar: 'rituals',
  label: 'Ritual',
  version: 1,
  schema: ritualSchema,
  written: {
    title: (r) => r.title,
    body: (r) => {
      const lines = [`**When:** ${describeSchedule(r)} (${r.timeZone}), about ${r.minutes} minutes`];
      if (r.calendarTitle) lines.push(`**In my calendar as:** ${r.calendarTitle}`);
      let out = lines.join('  \n');
      if (r.why?.trim()) out += `\n\n${r.why.trim()}`;
      return `${out}\n`;
    },
  },
});

export const ritualDoneKind = defineRecordKind({
  name: 'ritual_done',
  pillar: 'rituals',
  label: 'Ritual done',
  version: 1,
  schema: ritualDoneSchema,
});

/** The record kinds of the R pillar (Rituals and routines); the registry (../records/registry.ts) reads this list. */
export const ritualsKinds = [ritualKind, ritualDoneKind, ...secureSelfKinds, ...rhythmKinds] as const;
