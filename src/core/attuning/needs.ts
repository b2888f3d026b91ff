/**
 * Needs, for step 4 of the check-in and the self-knowledge profile. Grouped
 * and worded for Haven. A need is something that helps a person thrive; none
 * of them is a demand on anyone in particular.
 */

export const NEED_GROUPS = [
  'connection',
  'autonomy',
  'rest',
  'safety',
  'meaning',
  'play',
  'physical',
  'understanding',
] as const;
export type NeedGroupId = (typeof NEED_GROUPS)[number];

export interface NeedGroup {
  id: NeedGroupId;
  label: string;
  /** One gentle line about the group. */
  hint: string;
}

export interface Need {
  /** Stable id, lower case with hyphens; stored in check-ins. */
  id: string;
  label: string;
  group: NeedGroupId;
}

export const NEED_GROUP_LIST: readonly NeedGroup[] = [
  { id: 'connection', label: 'Connection', hint: 'Being close to others, and to yourself.' },
  { id: 'autonomy', label: 'Choice and freedom', hint: 'Having a say in your own life.' },
  { id: 'rest', label: 'Rest and ease', hint: 'Room to slow down and recover.' },
  { id: 'safety', label: 'Safety and steadiness', hint: 'Feeling protected and able to predict your days.' },
  { id: 'meaning', label: 'Meaning and purpose', hint: 'A sense that what you do matters.' },
  { id: 'play', label: 'Play and joy', hint: 'Lightness, fun and things that delight you.' },
  { id: 'physical', label: 'Body and wellbeing', hint: 'What your body asks for to feel well.' },
  {
    id: 'understanding',
    label: 'Honesty and understanding',
    hint: 'Being seen clearly, and seeing clearly.',
  },
];

const n = (group: NeedGroupId, id: string, label: string): Need => ({ id, label, group });

export const NEEDS: readonly Need[] = [
  n('connection', 'closeness', 'Closeness'),
  n('connection', 'belonging', 'Belonging'),
  n('connection', 'warmth', 'Warmth and affection'),
  n('connection', 'company', 'Company'),
  n('connection', 'support', 'Support'),
  n('connection', 'appreciation', 'Appreciation'),
  n('connection', 'kindness', 'Kindness'),
  n('connection', 'touch', 'Caring touch'),
  n('autonomy', 'choice', 'Choice'),
  n('autonomy', 'independence', 'Independence'),
  n('autonomy', 'space', 'Space of my own'),
  n('autonomy', 'self-expression', 'Self-expression'),
  n('autonomy', 'privacy', 'Privacy'),
  n('autonomy', 'spontaneity', 'Spontaneity'),
  n('rest', 'rest', 'Rest'),
  n('rest', 'sleep', 'Sleep'),
  n('rest', 'quiet', 'Quiet'),
  n('rest', 'ease', 'Ease'),
  n('rest', 'slowness', 'A slower pace'),
  n('rest', 'solitude', 'Time alone'),
  n('safety', 'safety', 'Feeling safe'),
  n('safety', 'stability', 'Stability'),
  n('safety', 'predictability', 'Knowing what comes next'),
  n('safety', 'reassurance', 'Reassurance'),
  n('safety', 'trust', 'Trust'),
  n('safety', 'protection', 'Protection'),
  n('safety', 'order', 'Some order around me'),
  n('meaning', 'purpose', 'Purpose'),
  n('meaning', 'contribution', 'Making a difference'),
  n('meaning', 'growth', 'Growth'),
  n('meaning', 'learning', 'Learning'),
  n('meaning', 'creativity', 'Creativity'),
  n('meaning', 'competence', 'Feeling capable'),
  n('meaning', 'hope', 'Hope'),
  n('play', 'fun', 'Fun'),
  n('play', 'laughter', 'Laughter'),
  n('play', 'adventure', 'Adventure'),
  n('play', 'beauty', 'Beauty'),
  n('play', 'celebration', 'Celebration'),
  n('play', 'novelty', 'Something new'),
  n('physical', 'food', 'Nourishing food'),
  n('physical', 'water', 'Water'),
  n('physical', 'movement', 'Movement'),
  n('physical', 'fresh-air', 'Fresh air'),
  n('physical', 'warmth-body', 'Being warm enough'),
  n('physical', 'health', 'Care for my health'),
  n('physical', 'comfort', 'Physical comfort'),
  n('understanding', 'honesty', 'Honesty'),
  n('understanding', 'being-heard', 'Being heard'),
  n('understanding', 'being-seen', 'Being seen'),
  n('understanding', 'clarity', 'Clarity'),
  n('understanding', 'acceptance', 'Acceptance'),
  n('understanding', 'respect', 'Respect'),
  n('understanding', 'self-compassion', 'Self-compassion'),
];

export function needsIn(group: NeedGroupId): readonly Need[] {
  return NEEDS.filter((need) => need.group === group);
}

export function needById(id: string): Need | undefined {
  return NEEDS.find((need) => need.id === id);
}

/** The label for a stored need: Haven's own label for a known id, or the person's own words as written. */
export function needLabel(idOrText: string): string {
  return needById(idOrText)?.label ?? idOrText;
}
