import { createBrowserRouter, type RouteObject } from 'react-router';
import { PLACES } from '../../core/practices/catalogue.js';
import { HomeScreen } from '../screens/Home.js';
import { NotFound } from '../screens/NotFound.js';
import { RouteError } from '../screens/RouteError.js';
import { SignInScreen } from '../screens/auth/SignIn.js';
import { practiceRoutes } from './practices.js';
import { Root, RootError, StartingUp } from './Root.js';
import type { RouteHandle } from './routes.js';

const signedIn: RouteHandle = { access: 'signed-in' };
const signedOut: RouteHandle = { access: 'signed-out' };
const open: RouteHandle = { access: 'public' };

/**
 * Every screen of the app: the practices, from the catalogue, and the places
 * around them. Home and sign-in (the two possible first screens) ship in the
 * first bundle; the rest load when first visited.
 */
export const routes: RouteObject[] = [
  {
    path: PLACES.home,
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
            path: PLACES.about,
            handle: open,
            lazy: async () => ({ Component: (await import('../screens/About.js')).AboutScreen }),
          },
          {
            path: PLACES.settings,
            handle: signedIn,
            lazy: async () => ({
              Component: (await import('../screens/settings/Settings.js')).SettingsScreen,
            }),
          },
          ...practiceRoutes(),
          { path: PLACES.signIn, handle: signedOut, element: <SignInScreen /> },
          {
            path: PLACES.signUp,
            handle: signedOut,
            lazy: async () => ({ Component: (await import('../screens/auth/SignUp.js')).SignUpScreen }),
          },
          {
            path: PLACES.recover,
            handle: signedOut,
            lazy: async () => ({ Component: (await import('../screens/auth/Recover.js')).RecoverScreen }),
          },
          {
            path: PLACES.goodbye,
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
