import type { PracticeScreens } from '../../app/practices.js';
import type { turningPractices } from '../../../core/turning/practices.js';

/** The screens of the T pillar (Turning towards)'s practices, one entry per practice (collected in PRACTICE_SCREENS). */
export const turningScreens = {
  'trigger-log': {
    main: async () => (await import('./TriggerLog.js')).TriggerLogScreen,
    pages: { entry: async () => (await import('./TriggerEntry.js')).TriggerEntryScreen },
  },
  breathing: { main: async () => (await import('./Breathing.js')).BreathingScreen },
  'inner-critic': {
    main: async () => (await import('./CriticLibrary.js')).CriticLibraryScreen,
    pages: { dialogue: async () => (await import('./CriticDialogue.js')).CriticDialogueScreen },
  },
  repair: { main: async () => (await import('./Repair.js')).RepairScreen },
} satisfies Record<(typeof turningPractices)[number]['id'], PracticeScreens>;
