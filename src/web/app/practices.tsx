import type { ComponentType } from 'react';
import { Link, type RouteObject } from 'react-router';
import {
  pillarsWithPractices,
  PRACTICES,
  type Catalogue,
  type PracticeId,
} from '../../core/practices/catalogue.js';
import type { Practice } from '../../core/practices/practice.js';
import type { RouteHandle } from './routes.js';
import { hereScreens } from '../screens/here/screens.js';
import { delightScreens } from '../screens/delight/screens.js';
import { ritualsScreens } from '../screens/rituals/screens.js';
import { turningScreens } from '../screens/turning/screens.js';

/** A screen that loads when first visited. */
export type LazyScreen = () => Promise<ComponentType>;

/** The screens of one practice: its own, and one for each of its pages. */
export interface PracticeScreens {
  main: LazyScreen;
  pages?: Readonly<Record<string, LazyScreen>>;
}

/**
 * The one place that ties a practice in the catalogue to its screens. The
 * type asks for an entry for every practice; everything else (routes,
 * navigation, home cards) is derived from the catalogue.
 */
export const PRACTICE_SCREENS: Readonly<Record<PracticeId, PracticeScreens>> = {
  checkin: {
    main: async () => (await import('../screens/checkin/CheckIn.js')).CheckInScreen,
    pages: { entry: async () => (await import('../screens/checkin/CheckinDetail.js')).CheckinDetailScreen },
  },
  journal: {
    main: async () => (await import('../screens/journal/Journal.js')).JournalScreen,
    pages: { entry: async () => (await import('../screens/journal/JournalEntry.js')).JournalEntryScreen },
  },
  profile: { main: async () => (await import('../screens/profile/Profile.js')).ProfileScreen },
  soothing: { main: async () => (await import('../screens/soothing/Soothing.js')).SoothingScreen },
  paths: {
    main: async () => (await import('../screens/paths/Paths.js')).PathsScreen,
    pages: {
      'relating-guide': async () => (await import('../screens/paths/RelatingGuide.js')).RelatingGuideScreen,
    },
  },
  'safety-plan': {
    main: async () => (await import('../screens/safety-plan/SafetyPlan.js')).SafetyPlanScreen,
  },
  ...hereScreens,
  ...delightScreens,
  ...ritualsScreens,
  ...turningScreens,
};

const signedIn: RouteHandle = { access: 'signed-in' };

/** A route for every practice and each of its pages; a practice without a screen stops the app at start. */
export function practiceRoutes(
  catalogue: Catalogue = PRACTICES,
  screens: Readonly<Record<string, PracticeScreens>> = PRACTICE_SCREENS,
): RouteObject[] {
  return catalogue.flatMap((practice) => {
    const own = screens[practice.id];
    if (!own) throw new Error(`The practice "${practice.id}" has no screen in PRACTICE_SCREENS`);
    const route = (path: string, load: LazyScreen): RouteObject => ({
      path,
      handle: signedIn,
      lazy: async () => ({ Component: await load() }),
    });
    return [
      route(practice.path, own.main),
      ...(practice.pages ?? []).map((page) => {
        const load = own.pages?.[page.id];
        if (!load) throw new Error(`The page "${page.id}" of "${practice.id}" has no screen`);
        return route(`${practice.path}/${page.path}`, load);
      }),
    ];
  });
}

/** The practices that also have a place of their own in the main navigation (a tab on a phone). */
export function navigationPractices(catalogue: Catalogue = PRACTICES): readonly Practice[] {
  return catalogue.filter((practice) => practice.primary);
}

/**
 * The navigation's "Practices" menu: each pillar with its practices, in HEARTS
 * order. A pillar with no practice yet is left out: the menu is for going
 * somewhere, and the home screen already shows all six areas.
 */
export function navigationPillars(catalogue: Catalogue = PRACTICES) {
  return pillarsWithPractices(catalogue).filter(({ practices }) => practices.length > 0);
}

/** The practice a path belongs to, on its own screen or one of its pages; undefined elsewhere. */
export function practiceAt(pathname: string, catalogue: Catalogue = PRACTICES): Practice | undefined {
  return catalogue.find((practice) => pathname === practice.path || pathname.startsWith(`${practice.path}/`));
}

/** Links to a pillar's practices, for its card on the home screen. */
export function PracticeLinks({ practices }: { practices: readonly Practice[] }) {
  if (practices.length === 0) return null;
  return (
    <ul className="pillar-card__links" role="list">
      {practices.map((practice) => (
        <li key={practice.id}>
          <Link to={practice.path}>{practice.label}</Link>
        </li>
      ))}
    </ul>
  );
}
