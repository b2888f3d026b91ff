import type { PillarId } from '../pillars.js';

/** A ritual Haven offers as a starting point: small enough for an ordinary day. */
export interface RitualIdea {
  readonly id: string;
  readonly pillar: PillarId;
  readonly title: string;
  readonly minutes: number;
  /** One line on what it is, in Haven's voice. */
  readonly line: string;
}

/** Ideas from every area of Haven; a person may start from one or write their own. */
export const RITUAL_IDEAS: readonly RitualIdea[] = [
  {
    id: 'short-sit',
    pillar: 'here',
    title: 'A short sit',
    minutes: 5,
    line: 'Sit somewhere comfortable and let your breath be as it is.',
  },
  {
    id: 'body-hello',
    pillar: 'here',
    title: 'Hello to my body',
    minutes: 3,
    line: 'A slow stretch, noticing where you feel tight and where you feel easy.',
  },
  {
    id: 'gratitude-line',
    pillar: 'delight',
    title: 'A gratitude line',
    minutes: 2,
    line: 'One thing you are glad of today, and one thing you did that you can thank yourself for.',
  },
  {
    id: 'kind-word',
    pillar: 'delight',
    title: 'A kind word to myself',
    minutes: 2,
    line: 'Say one thing to yourself the way a good friend would say it.',
  },
  {
    id: 'check-in',
    pillar: 'attuning',
    title: 'A two-minute check-in',
    minutes: 2,
    line: 'How do you feel, and what do you need? A minute or two is plenty.',
  },
  {
    id: 'evening-page',
    pillar: 'attuning',
    title: 'An evening page',
    minutes: 10,
    line: 'A few lines about the day before you put it down.',
  },
  {
    id: 'secure-self',
    pillar: 'rituals',
    title: 'A moment with my secure self',
    minutes: 5,
    line: 'Where did you act from your secure self this week, and what would it do now?',
  },
  {
    id: 'slow-breaths',
    pillar: 'turning',
    title: 'Slow breaths',
    minutes: 3,
    line: 'A few slow, low breaths, longer out than in, whenever the day runs hot.',
  },
];

/** A title that says nothing of what the ritual is, for calendars others can see. */
export const NEUTRAL_CALENDAR_TITLE = 'A few minutes for me';

export function ritualIdea(id: string): RitualIdea | undefined {
  return RITUAL_IDEAS.find((idea) => idea.id === id);
}
