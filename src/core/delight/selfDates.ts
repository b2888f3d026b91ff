import { TZDate } from '@date-fns/tz';
import { format, parseISO } from 'date-fns';
import { z } from 'zod';
import { findFeeling } from '../attuning/feelings.js';
import { defineRecordKind, shortText, text } from '../records/kind.js';
import { DAY_PATTERN, isTimeZone, localDay, TIME_PATTERN } from '../rituals/schedule.js';
import { byMonth } from './gratitude.js';

/**
 * Self-dates: time with myself, planned for a day and a time where I am, then
 * marked done with a few words and a feeling word, or simply left. A date that
 * went by undone is kept as it was planned, never counted against anyone.
 */

export const IDEA_KINDS = ['outdoors', 'making', 'resting', 'learning', 'treating'] as const;
export type IdeaKind = (typeof IDEA_KINDS)[number];
export const IDEA_PLACES = ['home', 'out'] as const;
export type IdeaPlace = (typeof IDEA_PLACES)[number];
export const IDEA_COSTS = ['free', 'paid'] as const;
export type IdeaCost = (typeof IDEA_COSTS)[number];

export const IDEA_KIND_LABELS: Readonly<Record<IdeaKind, string>> = {
  outdoors: 'Outdoors',
  making: 'Making something',
  resting: 'Resting',
  learning: 'Learning',
  treating: 'Treating yourself',
};
export const IDEA_PLACE_LABELS: Readonly<Record<IdeaPlace, string>> = { home: 'At home', out: 'Out' };
export const IDEA_COST_LABELS: Readonly<Record<IdeaCost, string>> = { free: 'Free', paid: 'Costs a little' };

/** An idea for a self-date: Haven's own, or one a person kept (then with their record's id). */
export interface SelfDateIdea {
  id: string;
  text: string;
  kind?: IdeaKind | undefined;
  place?: IdeaPlace | undefined;
  cost?: IdeaCost | undefined;
}

type HavenIdea = Required<SelfDateIdea>;

/** Haven's ideas by kind, a row each: id, where, cost, words. */
const IDEA_TABLE: Readonly<Record<IdeaKind, readonly (readonly [string, IdeaPlace, IdeaCost, string])[]>> = {
  outdoors: [
    ['new-street', 'out', 'free', 'Walk down a street you have never taken, with nowhere to be'],
    ['first-light', 'out', 'free', 'Get up early enough to watch the light arrive'],
    ['bench-book', 'out', 'free', 'Take a book to a bench and stay until you feel like going'],
    ['by-water', 'out', 'free', 'Find some water, a river or a pond or the sea, and sit beside it'],
    ['green-hour', 'home', 'free', 'Spend an hour with plants: a garden, a balcony, a windowsill'],
    ['night-sky', 'home', 'free', 'Step outside after dark and look for the moon'],
    ['garden-visit', 'out', 'paid', 'Wander round a botanical garden or a nature reserve'],
    ['picnic', 'out', 'paid', 'Pack a picnic of things you like and eat it outside'],
  ],
  making: [
    ['slow-cook', 'home', 'paid', 'Cook something slowly, just for you, and lay the table for one'],
    ['window-drawing', 'home', 'free', 'Draw what you can see from a window, however it turns out'],
    ['own-playlist', 'home', 'free', 'Put together a playlist of songs that sound like you'],
    ['bake', 'home', 'paid', 'Bake the thing you keep meaning to try'],
    ['clay-class', 'out', 'paid', 'Go to a drop-in class where your hands get busy: clay, print, wood'],
    ['collage', 'home', 'free', 'Make a collage from old magazines, tickets and scraps'],
    ['few-lines', 'home', 'free', 'Write a few lines about today and let them stay unfinished'],
    ['cafe-sketch', 'out', 'paid', 'Take a notebook to a café and sketch the room'],
  ],
  resting: [
    ['long-bath', 'home', 'free', 'Run a long bath or shower, with your phone in another room'],
    ['nap', 'home', 'free', 'Let yourself nap in the afternoon, without an alarm if you can'],
    ['blanket-film', 'home', 'free', 'Watch a film you love from under a blanket'],
    ['empty-hour', 'home', 'free', 'Keep an hour with nothing at all planned in it'],
    ['slow-pot', 'home', 'free', 'Make a pot of tea or coffee and drink it doing nothing else'],
    ['quiet-room', 'out', 'free', 'Sit in a library or another quiet place and rest your eyes'],
    ['warm-water', 'out', 'paid', 'Book a swim, a sauna or a massage'],
  ],
  learning: [
    ['museum', 'out', 'free', 'Spend an afternoon in a museum, stopping only where you want to'],
    ['ten-words', 'home', 'free', 'Learn ten words of a language you are curious about'],
    ['documentary', 'home', 'free', 'Watch a documentary about something you know nothing about'],
    ['talk', 'out', 'paid', 'Go to a talk, a reading or a guided walk'],
    ['bookshop', 'out', 'paid', 'Browse a bookshop and leave with the book that found you'],
    ['instrument', 'home', 'free', 'Pick up an instrument, or the one you put down years ago'],
    ['local-history', 'out', 'free', 'Look up the story of your neighbourhood, then go and see it'],
  ],
  treating: [
    ['breakfast-out', 'out', 'paid', 'Take yourself out for breakfast and order what you want'],
    ['flowers', 'out', 'paid', 'Buy yourself flowers, for no reason at all'],
    ['cinema', 'out', 'paid', 'Go to the cinema on your own, at a time you like'],
    ['childhood-meal', 'home', 'paid', 'Make a meal you loved as a child'],
    ['dress-up', 'home', 'free', 'Wear the clothes you love most, for nobody but you'],
    ['pamper', 'home', 'free', 'Give yourself a slow evening of skin or hair care'],
    ['small-thing', 'out', 'paid', 'Buy one small thing you would like, without explaining it'],
    ['postcard', 'out', 'paid', 'Send yourself a postcard from wherever you wander'],
  ],
};

/** Haven's own ideas, written for Haven: small invitations, none of them a task. */
export const SELF_DATE_IDEAS: readonly HavenIdea[] = IDEA_KINDS.flatMap((kind) =>
  IDEA_TABLE[kind].map(([id, place, cost, text]) => ({ id, text, kind, place, cost })),
);

/** Which ideas to show: any of each, or only one kind, place or cost. */
export interface IdeaFilter {
  kind?: IdeaKind | undefined;
  place?: IdeaPlace | undefined;
  cost?: IdeaCost | undefined;
}

/** The ideas that fit every part of the filter; an idea that does not say (a person's own) fits only when that part is open. */
export function filterIdeas<T extends SelfDateIdea>(ideas: readonly T[], filter: IdeaFilter): T[] {
  return ideas.filter(
    (i) =>
      (filter.kind === undefined || i.kind === filter.kind) &&
      (filter.place === undefined || i.place === filter.place) &&
      (filter.cost === undefined || i.cost === filter.cost),
  );
}

/** The shortest and longest a self-date can be planned for, in minutes. */
export const SELF_DATE_MINUTES = { min: 10, max: 12 * 60, usual: 60 } as const;

const isoTime = z.iso.datetime({ offset: true });

export const selfDateSchema = z.object({
  /** What it is, in the person's words (or an idea's). */
  title: shortText(200),
  /** The idea it came from: Haven's (its id) or the person's own (its record id). */
  ideaId: z.string().trim().min(1).max(100).optional(),
  /** The day it is planned for, where the person is. */
  day: z.string().regex(DAY_PATTERN, 'A day like 2027-03-14'),
  /** `HH:mm` in `timeZone`; absent means any time that day. */
  time: z.string().regex(TIME_PATTERN, 'A time like 10:30').optional(),
  minutes: z
    .number()
    .int()
    .min(SELF_DATE_MINUTES.min, `At least ${SELF_DATE_MINUTES.min} minutes`)
    .max(SELF_DATE_MINUTES.max, 'At most twelve hours')
    .default(SELF_DATE_MINUTES.usual),
  /** The IANA time zone the day and time are in, e.g. Europe/London. */
  timeZone: z.string().refine(isTimeZone, 'A time zone such as Europe/London'),
  /** When the person marked it done. */
  doneAt: isoTime.optional(),
  /** A word from Haven's feeling vocabulary (the check-in's). */
  feeling: z
    .string()
    .refine((word) => findFeeling(word) !== undefined, "A word from Haven's list of feelings")
    .optional(),
  /** How it felt, in a few words. */
  howItFelt: text(1000).optional(),
});
export type SelfDatePayload = z.output<typeof selfDateSchema>;

export const selfDateKind = defineRecordKind({
  name: 'self_date',
  pillar: 'delight',
  label: 'Self-date',
  version: 1,
  schema: selfDateSchema,
  written: {
    title: (d) => d.title,
    body: (d) => {
      const lines = [`*${describeWhen(d)} (${d.timeZone}).*`];
      if (d.doneAt) {
        lines.push('', d.feeling ? `Done. It felt ${d.feeling}.` : 'Done.');
        if (d.howItFelt?.trim()) lines.push('', d.howItFelt.trim());
      }
      return `${lines.join('\n')}\n`;
    },
  },
});

export const selfDateIdeaSchema = z.object({
  text: shortText(200),
  kind: z.enum(IDEA_KINDS).optional(),
  place: z.enum(IDEA_PLACES).optional(),
  cost: z.enum(IDEA_COSTS).optional(),
});
export type SelfDateIdeaPayload = z.output<typeof selfDateIdeaSchema>;

export const selfDateIdeaKind = defineRecordKind({
  name: 'self_date_idea',
  pillar: 'delight',
  label: 'Self-date idea',
  version: 1,
  schema: selfDateIdeaSchema,
});

/** When a self-date begins: its time on its day in its zone, or the start of that day when it is for any time. */
export function selfDateStart(plan: Pick<SelfDatePayload, 'day' | 'time' | 'timeZone'>): Date {
  const [y, m, d] = plan.day.split('-').map(Number);
  const [hours, minutes] = (plan.time ?? '00:00').split(':').map(Number);
  return new Date(
    new TZDate(y ?? NaN, (m ?? NaN) - 1, d ?? NaN, hours ?? 0, minutes ?? 0, plan.timeZone).getTime(),
  );
}

/**
 * Where a self-date stands: done; today or ahead; or gone by without being
 * marked. The last is not a failure, only a date that is now in the past.
 */
export type SelfDateStanding = 'done' | 'today' | 'ahead' | 'gone-by';

export function standingOf(
  plan: Pick<SelfDatePayload, 'day' | 'timeZone' | 'doneAt'>,
  now: Date,
): SelfDateStanding {
  if (plan.doneAt) return 'done';
  const today = localDay(now, plan.timeZone);
  if (plan.day === today) return 'today';
  return plan.day > today ? 'ahead' : 'gone-by';
}

/** "Saturday 14 March at 10:30", or "Saturday 14 March, any time". */
export function describeWhen(plan: Pick<SelfDatePayload, 'day' | 'time'>): string {
  const day = format(parseISO(plan.day), 'EEEE d MMMM');
  return plan.time ? `${day} at ${plan.time}` : `${day}, any time`;
}

interface Planned {
  payload: Pick<SelfDatePayload, 'day' | 'time' | 'timeZone' | 'doneAt'>;
}

/**
 * The planner's two lists: what is coming (today and ahead, soonest first) and
 * the history (done or gone by, by month of its day, newest first). Nothing
 * here counts what was left undone.
 */
export function plannerLists<T extends Planned>(
  plans: readonly T[],
  now: Date,
): { coming: T[]; history: { month: string; entries: T[] }[] } {
  const key = (p: T) => `${p.payload.day}T${p.payload.time ?? '99:99'}`;
  const coming = plans
    .filter((p) => {
      const standing = standingOf(p.payload, now);
      return standing === 'today' || standing === 'ahead';
    })
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const past = plans
    .filter((p) => !coming.includes(p))
    .sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  return { coming, history: byMonth(past, (p) => p.payload.day.slice(0, 7)) };
}
