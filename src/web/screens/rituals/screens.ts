import type { PracticeScreens } from '../../app/practices.js';
import type { ritualsPractices } from '../../../core/rituals/practices.js';

/** The screens of the R pillar (Rituals and routines)'s practices, one entry per practice (collected in PRACTICE_SCREENS). */
export const ritualsScreens = {
  rituals: {
    main: async () => (await import('./Rituals.js')).RitualsScreen,
    pages: {
      new: async () => (await import('./RitualForm.js')).NewRitualScreen,
      calendar: async () => (await import('./RitualCalendar.js')).RitualCalendarScreen,
      ritual: async () => (await import('./RitualForm.js')).RitualScreen,
    },
  },
  'secure-self': {
    main: async () => (await import('./secure-self/SecureSelf.js')).SecureSelfScreen,
    pages: {
      define: async () => (await import('./secure-self/DefineSecureSelf.js')).DefineSecureSelfScreen,
      reflect: async () => (await import('./secure-self/Reflect.js')).ReflectScreen,
    },
  },
  rhythms: {
    main: async () => (await import('./rhythms/Rhythms.js')).RhythmsScreen,
    pages: {
      ideal: async () => (await import('./rhythms/IdealDay.js')).IdealDayScreen,
      log: async () => (await import('./rhythms/RealDay.js')).RealDayScreen,
    },
  },
} satisfies Record<(typeof ritualsPractices)[number]['id'], PracticeScreens>;
