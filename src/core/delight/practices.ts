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

export const delightPractices = [letterPractice, appreciationPractice, gratitudePractice] as const;
