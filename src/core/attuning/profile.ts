/**
 * The self-knowledge profile: lists a person keeps about themselves, with
 * example suggestions to pick from and room for their own words. Boundaries
 * carry a stance: okay with me, not okay with me, or maybe.
 */

export const PROFILE_SECTION_IDS = [
  'values',
  'needs',
  'desires',
  'interests',
  'likes',
  'dislikes',
  'boundaries',
] as const;
export type ProfileSectionId = (typeof PROFILE_SECTION_IDS)[number];

export const BOUNDARY_STANCES = ['okay', 'not-okay', 'maybe'] as const;
export type BoundaryStance = (typeof BOUNDARY_STANCES)[number];

export const BOUNDARY_STANCE_LABELS: Readonly<Record<BoundaryStance, string>> = {
  okay: 'Okay with me',
  'not-okay': 'Not okay with me',
  maybe: 'Maybe, it depends',
};

export interface ProfileSection {
  id: ProfileSectionId;
  heading: string;
  /** One gentle line under the heading. */
  description: string;
  /** Ideas to pick from; the person's own words are always welcome. */
  suggestions: readonly string[];
}

export const PROFILE_SECTIONS: readonly ProfileSection[] = [
  {
    id: 'values',
    heading: 'My values',
    description: 'What matters most to you, the things you want your life to stand for.',
    suggestions: [
      'Honesty',
      'Kindness',
      'Freedom',
      'Curiosity',
      'Loyalty',
      'Creativity',
      'Fairness',
      'Courage',
      'Playfulness',
      'Care for the earth',
      'Growth',
      'Being dependable',
    ],
  },
  {
    id: 'needs',
    heading: 'My needs',
    description: 'What helps you feel well and whole, noticed without judgement.',
    suggestions: [
      'Time alone to recharge',
      'Regular sleep',
      'Being listened to',
      'Reassurance when plans change',
      'Time outdoors',
      'Physical affection',
      'Clear communication',
      'Some quiet each day',
      'Creative time',
      'Moving my body',
      'Feeling useful',
      'Room to make my own choices',
    ],
  },
  {
    id: 'desires',
    heading: 'My desires',
    description: 'What you long for or would love, big or small, without having to earn it.',
    suggestions: [
      'To travel somewhere new',
      'A home that feels like mine',
      'To learn a language',
      'Deeper friendships',
      'More unhurried mornings',
      'To make something with my hands',
      'To feel at home in my body',
      'Work that feels meaningful',
      'To be more playful',
      'To rest without guilt',
      'To sing or dance more often',
    ],
  },
  {
    id: 'interests',
    heading: 'My interests',
    description: 'What draws your attention and makes time pass differently.',
    suggestions: [
      'Reading',
      'Cooking',
      'Gardening',
      'Music',
      'Drawing or painting',
      'Hiking',
      'History',
      'Games',
      'Science',
      'Writing',
      'Crafts',
      'Film',
    ],
  },
  {
    id: 'likes',
    heading: 'What I like',
    description: 'The small and large things that bring you pleasure.',
    suggestions: [
      'Early mornings',
      'Rainy afternoons',
      'Long baths',
      'Old films',
      'Walking without a plan',
      'Handwritten notes',
      'Spicy food',
      'Quiet cafés',
      'Animals',
      'Fresh sheets',
      'Swimming',
      'Being near water',
    ],
  },
  {
    id: 'dislikes',
    heading: 'What I dislike',
    description: 'What drains or bothers you. Knowing this is useful, not a fault.',
    suggestions: [
      'Crowded places',
      'Being rushed',
      'Loud noise',
      'Last-minute changes',
      'Small talk',
      'Clutter',
      'Being interrupted',
      'Cold weather',
      'Long phone calls',
      'Surprises',
      'Arguments by text',
    ],
  },
  {
    id: 'boundaries',
    heading: 'My boundaries',
    description: 'What is okay with you, what is not, and what depends. You can change these any time.',
    suggestions: [
      'Being contacted late at night',
      'Hugs from people I do not know well',
      'Lending money',
      'Talking about my body or weight',
      'Unplanned visits',
      'Sharing my phone or passwords',
      'Jokes at my expense',
      'Being asked about my past',
      'Work messages on days off',
      'Plans changed without asking me',
      'Being told how I should feel',
      'Photos of me shared online',
    ],
  },
];

export function profileSection(id: ProfileSectionId): ProfileSection {
  const section = PROFILE_SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`Unknown profile section ${id}`);
  return section;
}

/** Words as the profile compares them: case, accents, spacing and closing full stops aside. */
export function profileWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!\s]+$/, '')
    .trim();
}

/** What the duplicate rule needs of a kept item. */
export interface ProfileEntry {
  id: string;
  section: ProfileSectionId;
  text: string;
}

/**
 * The item a new or changed one would repeat: the same words in the same
 * section (an item being edited is not compared with itself). The profile
 * keeps each thing once; the same words may sit in two sections.
 */
export function duplicateIn(
  items: readonly ProfileEntry[],
  candidate: { section: ProfileSectionId; text: string },
  exceptId?: string,
): ProfileEntry | undefined {
  const words = profileWords(candidate.text);
  if (!words) return undefined;
  return items.find(
    (item) => item.id !== exceptId && item.section === candidate.section && profileWords(item.text) === words,
  );
}

/** What a person is told when they add something their profile already holds. */
export function duplicateMessage(existing: Pick<ProfileEntry, 'text'>): string {
  return `“${existing.text}” is already here, so there is no need to add it again.`;
}

/**
 * Self-abandonment noticing: a quick, kind way to log a moment when you went
 * against a value or boundary to keep someone close. Labels for each field.
 */
export const SELF_ABANDONMENT = {
  heading: 'Noticing when I left myself',
  description:
    'Sometimes we set aside what matters to us to keep someone close. Noticing it is a kind act, not a reason for blame.',
  fields: {
    what: 'What happened?',
    valueOrBoundary: 'Which value or boundary did I set aside?',
    felt: 'What did I feel, then or now?',
    nextTime: 'What would I like to do next time, if I can?',
  },
} as const;
