import { definePractice } from '../practices/practice.js';

/**
 * The T pillar (Turning towards): coming back to myself after a hard moment.
 * Each practice is one `definePractice` (../practices/practice.ts) added to
 * this list; what it writes is in ./practiceKinds.ts (docs/PRACTICES.md).
 */
export const triggerLogPractice = definePractice({
  id: 'trigger-log',
  pillar: 'turning',
  path: '/triggers',
  label: 'Trigger log',
  purpose: 'Note what set you off, in a line or two now and the rest when you are calmer.',
  // One log, whole: the quick line first, completed later on the same page.
  pages: [{ id: 'entry', path: ':triggerId' }],
});

export const breathingPractice = definePractice({
  id: 'breathing',
  pillar: 'turning',
  path: '/breathing',
  label: 'Paced breathing',
  navLabel: 'Breathing',
  purpose: 'Slow, steady breaths with a gentle guide, for when your body is running fast.',
});

export const innerCriticPractice = definePractice({
  id: 'inner-critic',
  pillar: 'turning',
  path: '/inner-critic',
  label: 'Inner critic dialogue',
  navLabel: 'Inner critic',
  purpose: 'Listen to the harsh voice, find what it wants for you, and say it more kindly.',
  // A dialogue, new (`new`) or saved; the practice's own page is the translation library.
  pages: [{ id: 'dialogue', path: ':dialogueId' }],
});

export const repairPractice = definePractice({
  id: 'repair',
  pillar: 'turning',
  path: '/repair',
  label: 'Repair with myself',
  navLabel: 'Repair',
  purpose: 'After a slip or falling short, come back to yourself honestly and kindly.',
});

export const turningPractices = [
  triggerLogPractice,
  breathingPractice,
  innerCriticPractice,
  repairPractice,
] as const;
