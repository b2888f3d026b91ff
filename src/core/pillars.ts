/** The six HEARTS areas, after Jessica Fern's framework in *Polysecure*, described in Haven's own words. */
export const PILLAR_IDS = ['here', 'delight', 'attuning', 'rituals', 'turning', 'secure'] as const;

export type PillarId = (typeof PILLAR_IDS)[number];

export interface Pillar {
  id: PillarId;
  letter: string;
  name: string;
  /** One or two lines on what the area is for. */
  summary: string;
}

export const PILLARS: readonly Pillar[] = [
  {
    id: 'here',
    letter: 'H',
    name: 'Here',
    summary:
      'Being present with yourself. Room to stay with whatever is here, thoughts, feelings, sensations, memories, without rushing it away.',
  },
  {
    id: 'delight',
    letter: 'E',
    name: 'Expressed delight',
    summary:
      'Warmth towards yourself, mistakes included. Speaking to yourself the way you would speak to a friend you are glad to see.',
  },
  {
    id: 'attuning',
    letter: 'A',
    name: 'Attuning',
    summary:
      'Asking inside: what am I feeling, what do I need? Listening closely enough that you can soothe and steady yourself.',
  },
  {
    id: 'rituals',
    letter: 'R',
    name: 'Rituals and routines',
    summary:
      'Knowing your own rhythms and shaping small, steady rituals around them, at a pace that suits you.',
  },
  {
    id: 'turning',
    letter: 'T',
    name: 'Turning towards',
    summary:
      'Coming back to yourself after a hard moment: meeting the inner critic and old triggers with curiosity instead of a fight.',
  },
  {
    id: 'secure',
    letter: 'S',
    name: 'Secure attachment with self',
    summary: 'What grows from the other five, seen over time: a steadier, kinder home inside yourself.',
  },
];

export function pillarById(id: PillarId): Pillar {
  const pillar = PILLARS.find((p) => p.id === id);
  if (!pillar) throw new Error(`Unknown pillar ${id}`);
  return pillar;
}
