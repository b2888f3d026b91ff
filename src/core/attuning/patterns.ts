/**
 * Attachment patterns a person may identify with, and gentle growth paths for
 * them. These are descriptions people can recognise themselves in, never a
 * diagnosis; "not sure" and "prefer not to say" are always fine answers, and
 * the choice can be changed at any time.
 */
import type { PillarId } from '../pillars.js';

export const PATTERN_IDS = [
  'anxious',
  'avoidant',
  'fearful-avoidant',
  'secure',
  'not-sure',
  'prefer-not-to-say',
] as const;
export type PatternId = (typeof PATTERN_IDS)[number];

export interface AttachmentPattern {
  id: PatternId;
  label: string;
  description: string;
}

export const NOT_A_DIAGNOSIS =
  'These are patterns many people recognise in themselves, not labels or a diagnosis. Most of us move between them, ' +
  'and they can shift over time. Pick whichever feels closest, or none at all, and change it whenever you like. ' +
  'If you would like to explore this more deeply, a therapist or counsellor can help.';

export const ATTACHMENT_PATTERNS: readonly AttachmentPattern[] = [
  {
    id: 'anxious',
    label: 'Anxious / preoccupied',
    description:
      'Closeness matters a great deal to you, and distance can feel alarming. You may find yourself watching for signs ' +
      'of how others feel about you, or setting your own needs aside to stay close.',
  },
  {
    id: 'avoidant',
    label: 'Dismissive / avoidant',
    description:
      'You may lean on yourself first and find it uncomfortable to need others or to be needed. Feelings and needs can ' +
      'be easier to keep inside than to put into words.',
  },
  {
    id: 'fearful-avoidant',
    label: 'Fearful-avoidant / disorganised',
    description:
      'You may long for closeness and also feel wary of it, so that you are pulled towards people and away from them ' +
      'at once. Feeling safe, in your body and with others, may not always come easily.',
  },
  {
    id: 'secure',
    label: 'Secure',
    description:
      'You mostly feel able to be close to others and to be on your own. Hard moments still come, and you can usually ' +
      'find your way back to steadiness.',
  },
  {
    id: 'not-sure',
    label: 'Not sure',
    description:
      'That is a perfectly good answer. You can explore the practices freely and come back to this whenever you like, or never.',
  },
  {
    id: 'prefer-not-to-say',
    label: 'Prefer not to say',
    description: 'That is completely fine. Everything in Haven works the same either way.',
  },
];

export function patternById(id: PatternId): AttachmentPattern {
  const pattern = ATTACHMENT_PATTERNS.find((p) => p.id === id);
  if (!pattern) throw new Error(`Unknown pattern ${id}`);
  return pattern;
}

/**
 * Where a step's practice lives: a practice of the catalogue by id, and for a
 * part of one, a page beneath it or a section on its screen.
 */
export const STEP_PLACES = {
  checkin: { practice: 'checkin' },
  journal: { practice: 'journal' },
  profile: { practice: 'profile' },
  soothing: { practice: 'soothing' },
  paths: { practice: 'paths' },
  'self-abandonment': { practice: 'profile', section: 'self-abandonment' },
  'relating-guide': { practice: 'paths', page: 'relating-guide' },
} as const satisfies Record<string, { practice: string; page?: string; section?: string }>;
export type StepPlace = keyof typeof STEP_PLACES;

export interface PathStep {
  id: string;
  title: string;
  description: string;
  practice: { pillar: PillarId; place: StepPlace };
}

export interface GrowthPath {
  id: 'anxious' | 'avoidant' | 'fearful-avoidant' | 'general';
  title: string;
  intro: string;
  steps: readonly PathStep[];
}

const step = (
  id: string,
  title: string,
  description: string,
  pillar: PillarId,
  place: StepPlace,
): PathStep => ({
  id,
  title,
  description,
  practice: { pillar, place },
});

/* Steps shared between paths keep the same id, so progress carries over when someone changes their pattern. */
const knowYourValues = step(
  'know-your-values',
  'Get to know what matters to you',
  'You might add a few values and likes to your profile. A clearer sense of yourself is something to come home to.',
  'attuning',
  'profile',
);
const nameYourBoundaries = step(
  'name-your-boundaries',
  'Name a boundary or two',
  'Write down something that is okay with you and something that is not. You can change them any time.',
  'attuning',
  'profile',
);
const noticeSelfAbandonment = step(
  'notice-self-abandonment',
  'Notice when you leave yourself',
  'Next time you set a value or boundary aside to keep someone close, you might note it here, kindly and without blame.',
  'attuning',
  'self-abandonment',
);
const mindReadingPause = step(
  'mind-reading-pause',
  "Pause when your mind reaches into someone else's",
  'When you catch yourself wondering what someone thinks of you, you might turn inward: what am I feeling, what do I need, how can I care for myself right now?',
  'attuning',
  'checkin',
);
const dailyCheckin = step(
  'daily-checkin',
  'Check in with yourself',
  'A short check-in, once a day if it suits you: how you feel and what you need.',
  'attuning',
  'checkin',
);
const soothingKit = step(
  'soothing-kit',
  'Gather your soothing kit',
  'Collect a few sights, sounds, smells, touches and tastes that help you settle.',
  'attuning',
  'soothing',
);
const questionStories = step(
  'question-stories',
  'Get curious about stories of needing others',
  'You might journal about what you learned early on about needing help or having needs, and whether it still fits.',
  'attuning',
  'journal',
);
const putIntoWords = step(
  'put-into-words',
  'Put thoughts, feelings and needs into words',
  'Try naming one feeling and one need in a check-in. Finding words for them is a skill, and it grows with practice.',
  'attuning',
  'checkin',
);
const letSomeoneIn = step(
  'let-someone-in',
  'Notice a small moment of letting someone in',
  'If you shared a little more of yourself with someone who feels safe, or let their care reach you, you might write a line about how it felt.',
  'attuning',
  'journal',
);
const feltSafety = step(
  'felt-safety',
  'Build a felt sense of safety in your body',
  'Find what helps your body feel a bit safer: feet on the floor, a warm drink, a soothing sound. You can stop any time.',
  'here',
  'soothing',
);
const relatingGuide = step(
  'relating-guide',
  'Read the guide to healthy and unhealthy ways of relating',
  'A short guide to some signs of relating that feels safe and some that may not. Take what helps and leave the rest.',
  'attuning',
  'relating-guide',
);
const kindReflection = step(
  'kind-reflection',
  'Look back with kindness',
  'Now and then, you might write about what you are learning about yourself and how you have grown.',
  'secure',
  'journal',
);

export const GROWTH_PATHS: readonly GrowthPath[] = [
  {
    id: 'anxious',
    title: 'Finding your footing within',
    intro: 'Small practices for strengthening your sense of yourself, so your okay-ness rests more on you.',
    steps: [
      dailyCheckin,
      knowYourValues,
      nameYourBoundaries,
      noticeSelfAbandonment,
      mindReadingPause,
      soothingKit,
      kindReflection,
    ],
  },
  {
    id: 'avoidant',
    title: 'Letting a little more in',
    intro:
      'Small practices for putting your inner world into words and letting safe people closer, at your own pace.',
    steps: [dailyCheckin, putIntoWords, questionStories, knowYourValues, letSomeoneIn, kindReflection],
  },
  {
    id: 'fearful-avoidant',
    title: 'Safety, inside and with others',
    intro:
      'Small practices for feeling safer in your body, knowing yourself, and telling healthy ways of relating from unhealthy ones.',
    steps: [
      feltSafety,
      dailyCheckin,
      putIntoWords,
      knowYourValues,
      noticeSelfAbandonment,
      mindReadingPause,
      letSomeoneIn,
      relatingGuide,
    ],
  },
  {
    id: 'general',
    title: 'Getting to know yourself',
    intro: 'A gentle path for anyone: listening inward and building a steady home in yourself.',
    steps: [dailyCheckin, soothingKit, knowYourValues, putIntoWords, kindReflection],
  },
];

/** The path for a pattern: its own where there is one, otherwise the general path. */
export function pathFor(pattern: PatternId): GrowthPath {
  const id =
    pattern === 'anxious' || pattern === 'avoidant' || pattern === 'fearful-avoidant' ? pattern : 'general';
  const path = GROWTH_PATHS.find((p) => p.id === id);
  if (!path) throw new Error(`No growth path for ${pattern}`);
  return path;
}

/** How many of a path's steps are done. Unknown or repeated ids are not counted. */
export function pathProgress(
  path: GrowthPath,
  completedStepIds: readonly string[],
): { done: number; total: number } {
  const completed = new Set(completedStepIds);
  return { done: path.steps.filter((s) => completed.has(s.id)).length, total: path.steps.length };
}

export interface RelatingSign {
  id: string;
  text: string;
}

/** A short guide to telling healthier from less healthy ways of relating, in Haven's words. */
export const RELATING_GUIDE = {
  title: 'Healthy and unhealthy ways of relating',
  intro:
    'Every connection has hard days. These are some signs that can help you tell a relationship that mostly feels safe ' +
    'from one that may not. They apply to friends, family, colleagues and any kind of close relationship.',
  healthy: [
    { id: 'say-no', text: 'You can say no, and it is heard without punishment.' },
    { id: 'be-yourself', text: 'You can be yourself without shrinking or performing.' },
    { id: 'repair', text: 'After a conflict, both of you find a way back and make amends.' },
    { id: 'respect-time', text: 'Your time, privacy and other relationships are respected.' },
    { id: 'feelings-welcome', text: 'Your feelings are welcome, even when they are inconvenient.' },
    { id: 'consistent', text: 'Words and actions mostly match, so you know where you stand.' },
  ] satisfies readonly RelatingSign[],
  unhealthy: [
    { id: 'fear', text: 'You feel afraid of how they will react, and find yourself walking on eggshells.' },
    { id: 'control', text: 'Someone checks up on you, limits who you see, or controls money or decisions.' },
    { id: 'put-downs', text: 'You are often mocked, belittled or blamed for things that are not yours.' },
    { id: 'doubt-self', text: 'You are regularly left doubting your own memory or sense of things.' },
    { id: 'hot-cold', text: 'Warmth comes and goes without warning, and you keep trying to earn it back.' },
    { id: 'boundaries-ignored', text: 'Your boundaries are pushed or ignored after you have stated them.' },
  ] satisfies readonly RelatingSign[],
  closing:
    'If several of the harder signs feel familiar, that is worth taking seriously. You deserve to feel safe. ' +
    'Talking with someone you trust, or with a professional or support line, can help you think it through. ' +
    "If you are in danger, 'Get help now' in Haven lists services near you.",
} as const;
