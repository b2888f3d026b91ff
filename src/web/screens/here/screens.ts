import type { PracticeScreens } from '../../app/practices.js';
import type { herePractices } from '../../../core/here/practices.js';

/** The screens of the H pillar (Here)'s practices, one entry per practice (collected in PRACTICE_SCREENS). */
export const hereScreens = {
  guided: {
    main: async () => (await import('./Library.js')).LibraryScreen,
    pages: { script: async () => (await import('./GuidedScript.js')).GuidedScriptScreen },
  },
  timer: { main: async () => (await import('./Timer.js')).TimerScreen },
  sitting: { main: async () => (await import('./Sitting.js')).SittingScreen },
  movement: { main: async () => (await import('./Movement.js')).MovementScreen },
  'here-history': { main: async () => (await import('./History.js')).HereHistoryScreen },
} satisfies Record<(typeof herePractices)[number]['id'], PracticeScreens>;
