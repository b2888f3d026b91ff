/**
 * A short grounding exercise for hard moments, written for Haven in its own
 * words. It uses the senses, the feet and the breath to come back to the room.
 * Every step is an invitation; the person can skip it or stop at any time.
 */

export interface GroundingStep {
  /** A stable id, for keys and for remembering where someone paused. */
  id: string;
  /** A few words, shown as the step's heading. */
  title: string;
  /** One or two short sentences, second person, present tense. */
  text: string;
}

export const GROUNDING_INTRO =
  'If things feel like too much right now, this can help you land back in the room. Take it slowly, keep your eyes open, and stop whenever you like.';

export const GROUNDING_STEPS: readonly GroundingStep[] = [
  {
    id: 'feet',
    title: 'Your feet',
    text: 'If you can, press your feet into the floor. Notice the ground holding you up, steady and solid.',
  },
  {
    id: 'see',
    title: 'Five things you can see',
    text: 'Let your eyes wander and name five things you can see. Small, plain things count: a cup, a corner of light, a colour.',
  },
  {
    id: 'touch',
    title: 'Four things you can feel',
    text: 'Notice four things touching you or within reach: the chair under you, the fabric of your sleeve, the air on your hands.',
  },
  {
    id: 'hear',
    title: 'Three things you can hear',
    text: 'Listen for three sounds, near or far. There is no need to like them, only to notice them.',
  },
  {
    id: 'smell',
    title: 'Two things you can smell',
    text: 'See if you can find two smells. If nothing comes, you might bring your wrist or a sleeve close and notice that.',
  },
  {
    id: 'taste',
    title: 'One thing you can taste',
    text: 'Notice one taste, even if it is only the inside of your mouth. A sip of water works too.',
  },
  {
    id: 'breath',
    title: 'A slower breath',
    text: 'If it feels all right, let one breath out be a little longer than the breath in. Then another, at your own pace.',
  },
  {
    id: 'here',
    title: 'Here, now',
    text: 'You are here, in this place, right now. You can come back to any step, reach out to someone, or simply rest for a moment.',
  },
];

/** Said once, beside the steps. */
export const GROUNDING_CHOICE_NOTE = 'You can skip any step, go back, or stop at any time.';
