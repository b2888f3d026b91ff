/**
 * Words the trigger log offers: the familiar stories a mind tells in a hard
 * moment, gentle examples of other readings, and ways of settling. All
 * written for Haven; none of them is a judgement.
 */

export const STORY_IDS = [
  'no-one-cares',
  'not-important',
  'not-good-enough',
  'too-much',
  'will-be-left',
  'my-fault',
] as const;
export type StoryId = (typeof STORY_IDS)[number];

export interface Story {
  id: StoryId;
  text: string;
}

export const FAMILIAR_STORIES: readonly Story[] = [
  { id: 'no-one-cares', text: 'No one cares about me' },
  { id: 'not-important', text: 'I’m not important' },
  { id: 'not-good-enough', text: 'I’m not good enough' },
  { id: 'too-much', text: 'I’m too much' },
  { id: 'will-be-left', text: 'I’ll be left' },
  { id: 'my-fault', text: 'It’s all my fault' },
];
export function storyText(id: string): string {
  return FAMILIAR_STORIES.find((s) => s.id === id)?.text ?? id;
}

/** Other readings, offered as examples only: the person writes their own. */
export const REAPPRAISAL_EXAMPLES: readonly string[] = [
  'They may be tired or caught up in their own day, and it may not be about me.',
  'This stings because it matters to me, which is not the same as being too much.',
  'One moment is not the whole of how someone sees me.',
  'I do not know yet. I could wait, or ask.',
  'Something old got touched. Today is not back then.',
];

export const REGULATION_WAYS = ['kit', 'breathing', 'practice', 'other'] as const;
export type RegulationWay = (typeof REGULATION_WAYS)[number];

export const REGULATION_WAY_LABELS: Readonly<Record<RegulationWay, string>> = {
  kit: 'From my soothing kit',
  breathing: 'Paced breathing',
  practice: 'A practice',
  other: 'Something else',
};

/** Practices that can help settle, offered for "what I did". */
export const SETTLING_PRACTICES: readonly string[] = [
  'A check-in with myself',
  'Writing it out in my journal',
  'Grounding: feet on the floor, naming what I see',
  'A walk or some movement',
  'Sitting quietly for a few minutes',
];

/** How stirred up, 0 to 10: words for the ends and the middle of the scale. */
export const AROUSAL_WORDS: Readonly<Record<number, string>> = {
  0: 'settled',
  5: 'stirred up',
  10: 'flooded',
};
