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

export const ritualsPractices = [ritualsPractice] as const;
