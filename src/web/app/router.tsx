import { createBrowserRouter, type RouteObject } from 'react-router';
import { HomeScreen } from '../screens/Home.js';
import { NotFound } from '../screens/NotFound.js';
import { RouteError } from '../screens/RouteError.js';
import { SignInScreen } from '../screens/auth/SignIn.js';
import { Root, RootError, StartingUp } from './Root.js';
import type { RouteHandle } from './routes.js';

const signedIn: RouteHandle = { access: 'signed-in' };
const signedOut: RouteHandle = { access: 'signed-out' };
const open: RouteHandle = { access: 'public' };

/**
 * Every screen of the app. Home and sign-in (the two possible first screens)
 * ship in the first bundle; the rest load when first visited.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Root />,
    errorElement: <RootError />,
    HydrateFallback: StartingUp,
    children: [
      {
        // Errors in a screen render inside the shell, so "Get help now" stays in its place.
        errorElement: <RouteError />,
        children: [
          { index: true, handle: signedIn, element: <HomeScreen /> },
          {
            path: 'about',
            handle: open,
            lazy: async () => ({ Component: (await import('../screens/About.js')).AboutScreen }),
          },
          {
            path: 'settings',
            handle: signedIn,
            lazy: async () => ({
              Component: (await import('../screens/settings/Settings.js')).SettingsScreen,
            }),
          },
          // Safety (issue 4)
          {
            path: 'safety-plan',
            handle: signedIn,
            lazy: async () => ({
              Component: (await import('../screens/safety/SafetyPlan.js')).SafetyPlanScreen,
            }),
          },
          // Attuning (issue 5)
          {
            path: 'checkin',
            handle: signedIn,
            lazy: async () => ({ Component: (await import('../screens/attuning/CheckIn.js')).CheckInScreen }),
          },
          {
            path: 'journal',
            handle: signedIn,
            lazy: async () => ({ Component: (await import('../screens/attuning/Journal.js')).JournalScreen }),
          },
          {
            // One route for new and saved entries, so the first autosave never remounts the editor.
            path: 'journal/:entryId',
            handle: signedIn,
            lazy: async () => ({
              Component: (await import('../screens/attuning/JournalEntry.js')).JournalEntryScreen,
            }),
          },
          {
            path: 'profile',
            handle: signedIn,
            lazy: async () => ({ Component: (await import('../screens/attuning/Profile.js')).ProfileScreen }),
          },
          {
            path: 'soothing',
            handle: signedIn,
            lazy: async () => ({
              Component: (await import('../screens/attuning/Soothing.js')).SoothingScreen,
            }),
          },
          {
            path: 'paths',
            handle: signedIn,
            lazy: async () => ({ Component: (await import('../screens/attuning/Paths.js')).PathsScreen }),
          },
          {
            path: 'paths/relating-guide',
            handle: signedIn,
            lazy: async () => ({
              Component: (await import('../screens/attuning/Paths.js')).RelatingGuideScreen,
            }),
          },
          { path: 'sign-in', handle: signedOut, element: <SignInScreen /> },
          {
            path: 'sign-up',
            handle: signedOut,
            lazy: async () => ({ Component: (await import('../screens/auth/SignUp.js')).SignUpScreen }),
          },
          {
            path: 'recover',
            handle: signedOut,
            lazy: async () => ({ Component: (await import('../screens/auth/Recover.js')).RecoverScreen }),
          },
          {
            path: 'goodbye',
            handle: open,
            lazy: async () => ({ Component: (await import('../screens/Goodbye.js')).GoodbyeScreen }),
          },
          { path: '*', handle: open, element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
