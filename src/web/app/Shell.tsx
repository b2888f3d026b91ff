import { useEffect, useRef } from 'react';
import { Link, Navigate, useLocation, useMatches, useNavigation, useOutlet } from 'react-router';
import { HavenMark } from '../components/icons.js';
import { RecoveryCodeScreen } from '../screens/auth/RecoveryCode.js';
import { SignInForm } from '../screens/auth/SignIn.js';
import { Unavailable } from '../screens/Unavailable.js';
import { Loading } from '../components/Loading.js';
import { HelpButton } from './help.js';
import { PLACES } from '../../core/practices/catalogue.js';
import { MainNav, type NavKind } from './Navigation.js';
import { isRouteHandle, returnPath, type RouteAccess } from './routes.js';
import { entryPath, useSession, type SessionState } from './session.js';
import { ThemeSwitch } from './theme.js';

/**
 * The frame around every screen: skip link, header (name, "Get help now"
 * always top right, and the navigation, which a phone shows as a tab bar at
 * the foot of the screen), main, footer. It also decides, from the session
 * alone, whether the routed screen may show.
 */
export function Shell() {
  const { state, pendingCode } = useSession();
  const mainRef = useFocusMainOnNavigation();
  const navigation = useNavigation();
  const nav: NavKind | undefined = pendingCode
    ? undefined
    : state.status === 'signed-in'
      ? 'signed-in'
      : 'signed-out';

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={PLACES.home} className="brand">
            <HavenMark className="brand__mark" />
            <span className="brand__name">Haven</span>
          </Link>
          <div className="site-header__help">
            <HelpButton />
          </div>
          {nav && <MainNav kind={nav} />}
        </div>
      </header>
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="site-main"
        aria-busy={navigation.state === 'loading' || undefined}
      >
        {navigation.state === 'loading' && <div className="route-progress" aria-hidden="true" />}
        <MainContent />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p className="site-footer__note">
            Haven is a self-help companion, not therapy or a crisis service.{' '}
            <Link to={PLACES.about}>About Haven</Link>
          </p>
          <ThemeSwitch compact />
        </div>
      </footer>
    </>
  );
}

/** The routed screen, or what stands in for it while the session says otherwise. */
function MainContent() {
  const session = useSession();
  const { state, pendingCode, health } = session;
  const access = useRouteAccess();
  const location = useLocation();
  const outlet = useOutlet();

  if (state.status === 'loading') return <Loading label="Opening Haven…" />;
  if (state.status === 'unavailable') return <Unavailable problem={state.problem} onRetry={session.retry} />;
  if (pendingCode) return <RecoveryCodeScreen pending={pendingCode} />;

  if (access === 'signed-out' && state.status === 'signed-in') {
    return <Navigate to={returnPath(location.state) ?? PLACES.home} replace />;
  }

  const suspended = access === 'signed-in' && isExpired(state);
  if (access === 'signed-in' && state.status !== 'signed-in' && !suspended) {
    if (state.status === 'signed-out' && state.reason === 'deleted')
      return <Navigate to={PLACES.goodbye} replace />;
    const from = state.status === 'signed-out' && state.reason === 'none' ? location.pathname : undefined;
    return (
      <Navigate to={entryPath(health)} replace state={from && from !== PLACES.home ? { from } : undefined} />
    );
  }

  // When a session ends mid-task, the screen stays mounted but hidden, so
  // unsaved writing is still there after signing in again as the same person.
  // Someone else signing in gets a fresh screen (the key changes).
  const userKey =
    state.status === 'signed-in' ? state.user.id : isExpired(state) ? state.lastUser.id : 'visitor';
  return (
    <>
      <div key={userKey} className="route" hidden={suspended} inert={suspended}>
        {outlet}
      </div>
      {suspended && <SignInForm reason="expired" />}
    </>
  );
}

function isExpired(
  state: SessionState,
): state is Extract<SessionState, { status: 'signed-out' }> & { lastUser: { id: string; name: string } } {
  return state.status === 'signed-out' && state.reason === 'expired' && state.lastUser !== undefined;
}

function useRouteAccess(): RouteAccess {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i--) {
    const handle = matches[i]?.handle;
    if (isRouteHandle(handle)) return handle.access;
  }
  return 'public';
}

/** After moving to another screen, focus goes to main, so a screen reader starts at the new page. */
function useFocusMainOnNavigation() {
  const ref = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    ref.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);
  return ref;
}
