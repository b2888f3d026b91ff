import type { PracticeScreens } from '../../app/practices.js';
import type { delightPractices } from '../../../core/delight/practices.js';

/** The screens of the E pillar (Expressed delight)'s practices, one entry per practice (collected in PRACTICE_SCREENS). */
export const delightScreens = {
  letters: {
    main: async () => (await import('./Letters.js')).LettersScreen,
    pages: { letter: async () => (await import('./Letter.js')).LetterScreen },
  },
  appreciations: {
    main: async () => (await import('./Appreciations.js')).AppreciationsScreen,
  },
  gratitude: {
    main: async () => (await import('./Gratitude.js')).GratitudeScreen,
  },
} satisfies Record<(typeof delightPractices)[number]['id'], PracticeScreens>;
