/**
 * The sensory soothing kit: five senses, each with gentle suggestions a person
 * can pick from or replace with their own. Suggestions are ideas, never
 * prescriptions; some will fit and many will not, and that is fine.
 */

export const SENSES = ['sight', 'smell', 'sound', 'touch', 'taste'] as const;
export type Sense = (typeof SENSES)[number];

export interface SenseInfo {
  id: Sense;
  label: string;
  /** A one-line invitation shown above the list. */
  prompt: string;
  suggestions: readonly string[];
}

export const SOOTHING_SENSES: readonly SenseInfo[] = [
  {
    id: 'sight',
    label: 'Sight',
    prompt: 'What do you like to rest your eyes on?',
    suggestions: [
      'A favourite photo',
      'Clouds drifting past',
      'A candle flame',
      'Trees moving in the wind',
      'A picture or drawing I love',
      'Soft lamplight in the evening',
      'Water: a river, the sea, a bath filling',
      'A plant on the windowsill',
      'The sky at dusk',
      'Pages of a picture book',
    ],
  },
  {
    id: 'smell',
    label: 'Smell',
    prompt: 'Which scents help you settle?',
    suggestions: [
      'Fresh coffee or tea',
      'Clean laundry',
      'Rain on warm ground',
      'A scented candle or oil I like',
      'Fresh bread baking',
      'Citrus peel',
      'Herbs from a pot or garden',
      'A familiar soap or lotion',
      'Cut grass',
      'Pine or cedar wood',
    ],
  },
  {
    id: 'sound',
    label: 'Sound',
    prompt: 'What sounds bring you back to calm?',
    suggestions: [
      'A song that steadies me',
      'Rain against the window',
      'Birdsong',
      'Waves or running water',
      'A voice I find soothing',
      'Quiet instrumental music',
      'Humming to myself',
      'The hum of a fan',
      'A podcast I know well',
      'Silence, just for a while',
    ],
  },
  {
    id: 'touch',
    label: 'Touch',
    prompt: 'What feels comforting against your skin or in your hands?',
    suggestions: [
      'A soft blanket',
      'A warm shower or bath',
      'A hand on my heart',
      'Stroking an animal',
      'A weighted or heavy blanket',
      'Warm socks',
      'A smooth stone to hold',
      'Wrapping my arms around myself',
      'Cool water on my wrists',
      'Feet on the grass or floor',
    ],
  },
  {
    id: 'taste',
    label: 'Taste',
    prompt: 'Which tastes feel like a small comfort?',
    suggestions: [
      'A warm drink, sipped slowly',
      'A piece of fruit',
      'Peppermint',
      'A favourite snack from childhood',
      'Honey on toast',
      'A glass of cold water',
      'Something spicy that wakes me up',
      'A square of chocolate, savoured',
      'Soup',
      'A sour sweet to bring me into the moment',
    ],
  },
];

export function senseInfo(sense: Sense): SenseInfo {
  const info = SOOTHING_SENSES.find((s) => s.id === sense);
  if (!info) throw new Error(`Unknown sense ${sense}`);
  return info;
}
