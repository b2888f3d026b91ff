import { ToastProvider } from '../components/Toast.js';
import { QueryProvider } from '../data/QueryProvider.js';
import { HelpProvider } from './help.js';
import { SessionProvider } from './session.js';
import { Shell } from './Shell.js';
import { ThemeProvider } from './theme.js';
import { PLACES } from '../../core/practices/catalogue.js';

/** Providers around the shell. Everything inside shares one session, one API client, one query cache and one theme. */
export function Root() {
  return (
    <ThemeProvider>
      <SessionProvider>
        <QueryProvider>
          <HelpProvider>
            <ToastProvider>
              <Shell />
            </ToastProvider>
          </HelpProvider>
        </QueryProvider>
      </SessionProvider>
    </ThemeProvider>
  );
}

/** While a lazily loaded first screen arrives. */
export function StartingUp() {
  return (
    <p className="starting-up" role="status">
      Opening Haven…
    </p>
  );
}

/**
 * The last resort, when the shell itself fails. Plain on purpose: it must
 * work with nothing else around it, and still says where to find help.
 */
export function RootError() {
  return (
    <main className="root-error">
      <h1>Haven ran into a problem</h1>
      <p>Reloading the page usually helps.</p>
      <p>
        Haven is not a crisis service. If you are in danger right now, please call your local emergency
        number.
      </p>
      <p>
        <a href={PLACES.home}>Reload Haven</a>
      </p>
    </main>
  );
}
