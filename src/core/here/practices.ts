import { definePractice } from '../practices/practice.js';

/**
 * The H pillar (Here): being present with what is inside.
 * Each practice is one `definePractice` (../practices/practice.ts) added to
 * this list; what it writes is in ./practiceKinds.ts (docs/PRACTICES.md).
 */
export const guidedPractice = definePractice({
  id: 'guided',
  pillar: 'here',
  path: '/guided',
  label: 'Practice library',
  navLabel: 'Practise',
  purpose:
    'Guided practices, the timer, quiet sitting and movement, each with its length and what it is for.',
  // One guided script, played: pathTo('guided', '<script id>').
  pages: [{ id: 'script', path: ':scriptId' }],
});

export const timerPractice = definePractice({
  id: 'timer',
  pillar: 'here',
  path: '/timer',
  label: 'Meditation timer',
  navLabel: 'Timer',
  purpose: 'A length of your choosing, soft bells to begin and end, and quiet in between.',
});

export const sittingPractice = definePractice({
  id: 'sitting',
  pillar: 'here',
  path: '/sitting',
  label: 'Sitting with myself',
  purpose: 'Time alone with nothing to do, and a note afterwards of what came up, if you like.',
});

export const movementPractice = definePractice({
  id: 'movement',
  pillar: 'here',
  path: '/movement',
  label: 'Movement and body',
  purpose: 'Yoga, dancing, walking, stretching or your own way of moving, and how your body felt.',
});

export const hereHistoryPractice = definePractice({
  id: 'here-history',
  pillar: 'here',
  path: '/here-history',
  label: 'Time spent here',
  purpose: 'Every session by week, and the minutes you gave yourself. No streaks.',
});

export const herePractices = [
  guidedPractice,
  timerPractice,
  sittingPractice,
  movementPractice,
  hereHistoryPractice,
] as const;
