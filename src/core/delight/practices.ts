import { definePractice } from '../practices/practice.js';

/**
 * The E pillar (Expressed delight): warmth towards myself.
 * Each practice is one `definePractice` (../practices/practice.ts) added to
 * this list; what it writes is in ./practiceKinds.ts (docs/PRACTICES.md).
 */
export const letterPractice = definePractice({
  id: 'letters',
  pillar: 'delight',
  path: '/letters',
  label: 'A letter to yourself',
  navLabel: 'Letters',
  purpose: 'Write to yourself, seal it, and let it find you again on a day you choose.',
  pages: [{ id: 'letter', path: ':letterId' }],
});

export const appreciationPractice = definePractice({
  id: 'appreciations',
  pillar: 'delight',
  path: '/appreciations',
  label: 'What I appreciate about me',
  navLabel: 'Appreciations',
  purpose: 'A growing list of what you value in yourself, kept for the days you forget.',
});

export const gratitudePractice = definePractice({
  id: 'gratitude',
  pillar: 'delight',
  path: '/gratitude',
  label: 'Gratitude, with you in it',
  navLabel: 'Gratitude',
  purpose: 'One to three things you are glad of, and one of them is always about you.',
});

export const selfDatePractice = definePractice({
  id: 'self-dates',
  pillar: 'delight',
  path: '/self-dates',
  label: 'Self-dates',
  navLabel: 'Self-dates',
  purpose: 'Plan a little time with yourself, the way you would with someone you are glad to see.',
});

export const selfCompassionPractice = definePractice({
  id: 'self-compassion',
  pillar: 'delight',
  path: '/self-compassion',
  label: 'Self-compassion for a hard moment',
  navLabel: 'Self-compassion',
  purpose: 'Three gentle steps for when something hurts: notice it, remember you are not alone, be kind.',
  // One practice, new (`new`) or kept; the practice's own page lists the ones kept.
  pages: [{ id: 'moment', path: ':momentId' }],
});

export const partsPractice = definePractice({
  id: 'parts',
  pillar: 'delight',
  path: '/parts',
  label: 'Parts of me',
  purpose: 'Name a part of you that is hurting or afraid, listen to it, and come back to it.',
  pages: [{ id: 'part', path: ':partId' }],
});

export const innerNurturerPractice = definePractice({
  id: 'inner-nurturer',
  pillar: 'delight',
  path: '/inner-nurturer',
  label: 'Talking with my inner nurturer',
  navLabel: 'Inner nurturer',
  purpose: 'A written back-and-forth with the caring part of you, kept to read again.',
  pages: [{ id: 'dialogue', path: ':dialogueId' }],
});

export const selfTalkPractice = definePractice({
  id: 'self-talk',
  pillar: 'delight',
  path: '/self-talk',
  label: 'Kinder self-talk',
  navLabel: 'Self-talk',
  purpose: 'Take something harsh you said to yourself, and say it the way you would to a friend.',
});

export const humourPractice = definePractice({
  id: 'humour',
  pillar: 'delight',
  path: '/humour',
  label: 'What made you laugh',
  navLabel: 'Humour',
  purpose: 'Keep what made you laugh, and find something to smile at when you need it.',
});

export const delightPractices = [
  letterPractice,
  appreciationPractice,
  gratitudePractice,
  selfDatePractice,
  selfCompassionPractice,
  partsPractice,
  innerNurturerPractice,
  selfTalkPractice,
  humourPractice,
] as const;
