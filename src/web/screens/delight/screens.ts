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
  'self-compassion': {
    main: async () => (await import('./nurturer/SelfCompassion.js')).SelfCompassionScreen,
    pages: { moment: async () => (await import('./nurturer/SelfCompassion.js')).SelfCompassionMomentScreen },
  },
  parts: {
    main: async () => (await import('./nurturer/Parts.js')).PartsScreen,
    pages: { part: async () => (await import('./nurturer/Parts.js')).PartScreen },
  },
  'inner-nurturer': {
    main: async () => (await import('./nurturer/InnerNurturer.js')).InnerNurturerScreen,
    pages: { dialogue: async () => (await import('./nurturer/InnerNurturer.js')).NurturerDialogueScreen },
  },
  'self-talk': {
    main: async () => (await import('./self-talk/SelfTalk.js')).SelfTalkScreen,
  },
  humour: {
    main: async () => (await import('./humour/Humour.js')).HumourScreen,
  },
  'self-dates': {
    main: async () => (await import('./self-dates/SelfDates.js')).SelfDatesScreen,
  },
} satisfies Record<(typeof delightPractices)[number]['id'], PracticeScreens>;
