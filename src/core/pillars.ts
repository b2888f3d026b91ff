/** The six HEARTS areas, after Jessica Fern's framework in *Polysecure*, described in Haven's own words. */
export const PILLAR_IDS = ['here', 'delight', 'attuning', 'rituals', 'turning', 'secure'] as const;

export type PillarId = (typeof PILLAR_IDS)[number];

export interface Pillar {
  id: PillarId;
  letter: string;
  name: string;
  /** One or two lines on what the area is for. */
  summary: string;
  /** Where its practices live in the app. */
  practices: string;
}

export const PILLARS: readonly Pillar[] = [
  {
    id: 'here',
    letter: 'H',
    name: 'Here',
    summary:
      'Being present with yourself. Room to stay with whatever is here, thoughts, feelings, sensations, memories, without rushing it away.',
    practices: 'Meditation timer, guided scripts, body scan, movement and quiet time alone.',
  },
  {
    id: 'delight',
    letter: 'E',
    name: 'Expressed delight',
    summary:
      'Warmth towards yourself, mistakes included. Speaking to yourself the way you would speak to a friend you are glad to see.',
    practices: 'Self-dates, letters to yourself, appreciation, gratitude, humour and kinder self-talk.',
  },
  {
    id: 'attuning',
    letter: 'A',
    name: 'Attuning',
    summary:
      'Asking inside: what am I feeling, what do I need? Listening closely enough that you can soothe and steady yourself.',
    practices: 'Daily check-in, journal, self-knowledge profile, soothing kit and growth paths.',
  },
  {
    id: 'rituals',
    letter: 'R',
    name: 'Rituals and routines',
    summary:
      'Knowing your own rhythms and shaping small, steady rituals around them, at a pace that suits you.',
    practices: 'Ideal day and week, small self-care rituals with reminders, your secure self.',
  },
  {
    id: 'turning',
    letter: 'T',
    name: 'Turning towards',
    summary:
      'Coming back to yourself after a hard moment: meeting the inner critic and old triggers with curiosity instead of a fight.',
    practices: 'Inner critic dialogue, trigger log, paced breathing, reappraisal and self-repair.',
  },
  {
    id: 'secure',
    letter: 'S',
    name: 'Secure attachment with self',
    summary: 'What grows from the other five, seen over time: a steadier, kinder home inside yourself.',
    practices: 'Gentle suggestions, insights from your own records and a periodic reflection.',
  },
];

export function pillarById(id: PillarId): Pillar {
  const pillar = PILLARS.find((p) => p.id === id);
  if (!pillar) throw new Error(`Unknown pillar ${id}`);
  return pillar;
}
