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
const idea = (id: string, kind: IdeaKind, place: IdeaPlace, cost: IdeaCost, words: string): HavenIdea => ({
  id,
  text: words,
  kind,
  place,
  cost,
});

/** Haven's own ideas, written for Haven: small invitations, none of them a task. */
export const SELF_DATE_IDEAS: readonly HavenIdea[] = [
  // Outdoors
  idea(
    'new-street',
    'outdoors',
    'out',
    'free',
    'Walk down a street you have never taken, with nowhere to be',
  ),
  idea('first-light', 'outdoors', 'out', 'free', 'Get up early enough to watch the light arrive'),
  idea('bench-book', 'outdoors', 'out', 'free', 'Take a book to a bench and stay until you feel like going'),
  idea(
    'by-water',
    'outdoors',
    'out',
    'free',
    'Find some water, a river or a pond or the sea, and sit beside it',
  ),
  idea(
    'green-hour',
    'outdoors',
    'home',
    'free',
    'Spend an hour with plants: a garden, a balcony, a windowsill',
  ),
  idea('night-sky', 'outdoors', 'home', 'free', 'Step outside after dark and look for the moon'),
  idea('garden-visit', 'outdoors', 'out', 'paid', 'Wander round a botanical garden or a nature reserve'),
  idea('picnic', 'outdoors', 'out', 'paid', 'Pack a picnic of things you like and eat it outside'),
  // Making
  idea(
    'slow-cook',
    'making',
    'home',
    'paid',
    'Cook something slowly, just for you, and lay the table for one',
  ),
  idea(
    'window-drawing',
    'making',
    'home',
    'free',
    'Draw what you can see from a window, however it turns out',
  ),
  idea('own-playlist', 'making', 'home', 'free', 'Put together a playlist of songs that sound like you'),
  idea('bake', 'making', 'home', 'paid', 'Bake the thing you keep meaning to try'),
  idea(
    'clay-class',
    'making',
    'out',
    'paid',
    'Go to a drop-in class where your hands get busy: clay, print, wood',
  ),
  idea('collage', 'making', 'home', 'free', 'Make a collage from old magazines, tickets and scraps'),
  idea('few-lines', 'making', 'home', 'free', 'Write a few lines about today and let them stay unfinished'),
  idea('cafe-sketch', 'making', 'out', 'paid', 'Take a notebook to a café and sketch the room'),
  // Resting
  idea('long-bath', 'resting', 'home', 'free', 'Run a long bath or shower, with your phone in another room'),
  idea('nap', 'resting', 'home', 'free', 'Let yourself nap in the afternoon, without an alarm if you can'),
  idea('blanket-film', 'resting', 'home', 'free', 'Watch a film you love from under a blanket'),
  idea('empty-hour', 'resting', 'home', 'free', 'Keep an hour with nothing at all planned in it'),
  idea('slow-pot', 'resting', 'home', 'free', 'Make a pot of tea or coffee and drink it doing nothing else'),
  idea('quiet-room', 'resting', 'out', 'free', 'Sit in a library or another quiet place and rest your eyes'),
  idea('warm-water', 'resting', 'out', 'paid', 'Book a swim, a sauna or a massage'),
  // Learning
  idea(
    'museum',
    'learning',
    'out',
    'free',
    'Spend an afternoon in a museum, stopping only where you want to',
  ),
  idea('ten-words', 'learning', 'home', 'free', 'Learn ten words of a language you are curious about'),
  idea(
    'documentary',
    'learning',
    'home',
    'free',
    'Watch a documentary about something you know nothing about',
  ),
  idea('talk', 'learning', 'out', 'paid', 'Go to a talk, a reading or a guided walk'),
  idea('bookshop', 'learning', 'out', 'paid', 'Browse a bookshop and leave with the book that found you'),
  idea('instrument', 'learning', 'home', 'free', 'Pick up an instrument, or the one you put down years ago'),
  idea(
    'local-history',
    'learning',
    'out',
    'free',
    'Look up the story of your neighbourhood, then go and see it',
  ),
  // Treating myself
  idea('breakfast-out', 'treating', 'out', 'paid', 'Take yourself out for breakfast and order what you want'),
  idea('flowers', 'treating', 'out', 'paid', 'Buy yourself flowers, for no reason at all'),
  idea('cinema', 'treating', 'out', 'paid', 'Go to the cinema on your own, at a time you like'),
  idea('childhood-meal', 'treating', 'home', 'paid', 'Make a meal you loved as a child'),
  idea('dress-up', 'treating', 'home', 'free', 'Wear the clothes you love most, for nobody but you'),
  idea('pamper', 'treating', 'home', 'free', 'Give yourself a slow evening of skin or hair care'),
  idea('small-thing', 'treating', 'out', 'paid', 'Buy one small thing you would like, without explaining it'),
  idea('postcard', 'treating', 'out', 'paid', 'Send yourself a postcard from wherever you wander'),
];

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

/** The self-dates planned for today where the person is, not yet done: for a quiet line on home. */
export function plannedForToday<T extends Planned>(plans: readonly T[], now: Date): T[] {
  return plannerLists(plans, now).coming.filter((p) => standingOf(p.payload, now) === 'today');
}
