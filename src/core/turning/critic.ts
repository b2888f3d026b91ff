/**
 * The inner critic dialogue: its questions, the "ask again" questions that
 * help a person find the critic's positive intention, and the shape Haven
 * offers for a translation. Written for Haven; the person writes the answers.
 */

export const FEAR_IDS = ['looking-bad', 'disliked', 'failing', 'hurt'] as const;
export type FearId = (typeof FEAR_IDS)[number];

export const FEAR_LABELS: Readonly<Record<FearId, string>> = {
  'looking-bad': 'Looking bad',
  disliked: 'Being disliked',
  failing: 'Failing',
  hurt: 'Being hurt',
};

export type CriticQuestionId = 'says' | 'when' | 'wants' | 'fears' | 'protects' | 'needs';

export interface CriticQuestion {
  id: CriticQuestionId;
  question: string;
  hint: string;
}

/** The questions, in the order the dialogue offers them. */
export const CRITIC_QUESTIONS: readonly CriticQuestion[] = [
  {
    id: 'says',
    question: 'What does the critic say?',
    hint: 'In its own words, the way you hear it. It often speaks as “you”.',
  },
  { id: 'when', question: 'When does it show up?', hint: 'A place, a time of day, a kind of moment.' },
  {
    id: 'wants',
    question: 'What does it want for you?',
    hint: 'Not what it says, but what it is after. A first guess is fine.',
  },
  {
    id: 'fears',
    question: 'What is it afraid would happen if it stopped?',
    hint: 'Pick any that fit, or say it in your words.',
  },
  {
    id: 'protects',
    question: 'How has it tried to protect you?',
    hint: 'From being hurt, from looking bad, from being disliked, from failing.',
  },
  {
    id: 'needs',
    question: 'What does it need from you?',
    hint: 'To be heard, to rest, to trust you a little.',
  },
];

/** Asked one after another until the person can name the critic's positive intention. */
export const INTENTION_QUESTIONS: readonly string[] = [
  'Underneath the harsh words, what is it hoping for you?',
  'If it got what it wants, what would that give you?',
  'And what would that give you, in turn?',
  'If it spoke gently, what would it say it is trying to do for you?',
  'What is it trying to keep safe in you?',
];

export function intentionQuestion(asked: number): string {
  return INTENTION_QUESTIONS[asked % INTENTION_QUESTIONS.length] ?? INTENTION_QUESTIONS[0] ?? '';
}

/** Names a person might give a critic; their own are as welcome. */
export const CRITIC_NAME_IDEAS: readonly string[] = [
  'the perfectionist',
  'the protector',
  'the taskmaster',
  'the worrier',
  'the judge',
];

/**
 * A shape for the translation, to start from: the critic's intention kept,
 * its "should" turned towards next time. Haven offers the shape; the person
 * writes the words.
 */
export function translationShape(intention: string): string {
  let cares = intention
    .trim()
    .replace(/[.!?\s]+$/u, '')
    .replace(
      /^(?:it|the critic|she|he|they)\s+(?:wants|hopes|is hoping|would like|wishes)\s+(?:for\s+)?(?:me\s+)?(?:to\s+)?/iu,
      '',
    )
    .replace(/^(?:for me|me)\s+(?:to\s+)?/iu, '');
  if (!cares) return 'I care about …, and next time I could …';
  cares = lowerFirst(cares);
  if (cares.startsWith('that ')) return `I care ${cares}, and next time I could …`;
  if (cares.startsWith('be ')) cares = `being ${cares.slice(3)}`;
  return `I care about ${cares}, and next time I could …`;
}

function lowerFirst(s: string): string {
  return /^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
