import { definePractice } from '../practices/practice.js';

/**
 * The R pillar (Rituals and routines): small, steady care at my own pace.
 * Each practice is one `definePractice` (../practices/practice.ts) added to
 * this list; what it writes is in ./practiceKinds.ts (docs/PRACTICES.md).
 */
export const ritualsPractice = definePractice({
  id: 'rituals',
  pillar: 'rituals',
  path: '/rituals',
  label: 'Small rituals',
  navLabel: 'Rituals',
  purpose: 'A few minutes of care, on days and at times that suit you, with reminders in your own calendar.',
  pages: [
    { id: 'new', path: 'new' },
    { id: 'calendar', path: 'calendar' },
    { id: 'ritual', path: ':ritualId' },
  ],
});

export const secureSelfPractice = definePractice({
  id: 'secure-self',
  pillar: 'rituals',
  path: '/secure-self',
  label: 'My Secure Self',
  navLabel: 'Secure Self',
  purpose: 'The steadiest you, in your own words, and a short reflection now and then on living from it.',
  pages: [
    { id: 'define', path: 'define' },
    { id: 'reflect', path: 'reflect' },
  ],
});

/** My rhythms: an ideal day and week, set beside real ones. */
export const rhythmsPractice = definePractice({
  id: 'rhythms',
  pillar: 'rituals',
  path: '/rhythms',
  label: 'My rhythms',
  navLabel: 'Rhythms',
  purpose: 'Your ideal day and week, set gently beside how your days really go.',
  pages: [
    { id: 'ideal', path: 'ideal' },
    { id: 'log', path: 'log' },
  ],
});

export const ritualsPractices = [ritualsPractice, secureSelfPractice, rhythmsPractice] as const;
