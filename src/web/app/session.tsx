import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  createApi,
  ProblemError,
  type Api,
  type Health,
  type SessionInfo,
  type User,
} from '../api/client.js';
import { PLACES } from '../../core/practices/catalogue.js';
import { createDraftKeeper, type DraftKeeper, type Drafts } from '../lib/drafts.js';

export type SignedOutReason = 'none' | 'expired' | 'locked' | 'deleted';

/** Where the app stands with the server. The session query alone decides which screens show. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'unavailable'; problem: ProblemError }
  | { status: 'signed-out'; reason: SignedOutReason; lastUser?: User }
  | { status: 'signed-in'; user: User; session: SessionInfo['session'] };

/** A recovery code waiting to be seen and saved; shown once, then forgotten. */
export interface PendingRecoveryCode {
  code: string;
  accountName: string;
  occasion: 'signed-up' | 'recovered' | 'replaced';
}

export interface SessionContextValue {
  api: Api;
  state: SessionState;
  health: Health | null;
  /** Unsaved writing, sealed under this session's key while it lasts (lib/drafts.ts). */
  drafts: Drafts;
  pendingCode: PendingRecoveryCode | null;
  /** Asks the server who is signed in. Resolves true when someone is. */
  refresh: () => Promise<boolean>;
  /** Ends this session on the server and shows the sign-in screen. */
  lock: () => Promise<void>;
  /** The session ended by other means (account deleted, this session ended from the list). */
  ended: (reason: SignedOutReason) => void;
  showRecoveryCode: (pending: PendingRecoveryCode) => void;
  acknowledgeRecoveryCode: () => void;
  /** Tries the first load again after the server could not be reached. */
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** Timers cannot wait longer than about 24 days. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A little slack past the server's idle limit before asking whether the session still stands. */
const IDLE_SLACK_MS = 5000;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [health, setHealth] = useState<Health | null>(null);
  const [pendingCode, setPendingCode] = useState<PendingRecoveryCode | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [api] = useState(() => createApi());
  const [drafts] = useState(() => createDraftKeeper());

  useEffect(() => api.on('session-ended', () => setState(expire)), [api]);

  // However a session ends, nothing the person wrote stays in this browser's storage. An expired
  // session keeps its drafts in memory only, for the same person signing straight back in.
  useEffect(() => {
    if (state.status !== 'signed-out') return;
    if (state.reason === 'expired' && state.lastUser) drafts.suspend();
    else drafts.end();
  }, [drafts, state]);

  // First load: the server's health (does any account exist yet?) and who is signed in.
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    void Promise.allSettled([api.health(signal), api.session(signal)]).then(
      async ([healthResult, sessionResult]) => {
        // Screens read their drafts as they open, so the drafts open first.
        if (sessionResult.status === 'fulfilled') await openDrafts(drafts, sessionResult.value);
        if (signal.aborted) return;
        if (healthResult.status === 'fulfilled') setHealth(healthResult.value);
        setState(fromSessionResult(sessionResult));
      },
    );
    return () => controller.abort();
  }, [api, drafts, attempt]);

  const refresh = useCallback(async () => {
    try {
      const info = await api.session();
      await openDrafts(drafts, info);
      setState({ status: 'signed-in', user: info.user, session: info.session });
      // Someone is signed in, so an account exists now even if there was none at start-up.
      setHealth((current) => (current?.hasAccounts === false ? { ...current, hasAccounts: true } : current));
      return true;
    } catch (error) {
      if (error instanceof ProblemError && error.status === 401) {
        setState((current) =>
          current.status === 'signed-out' ? current : { status: 'signed-out', reason: 'none' },
        );
        return false;
      }
      throw error;
    }
  }, [api, drafts]);

  const lock = useCallback(async () => {
    await api.signOut();
    setState({ status: 'signed-out', reason: 'locked' });
  }, [api]);

  const ended = useCallback((reason: SignedOutReason) => setState({ status: 'signed-out', reason }), []);

  // After the server's idle limit passes with no request from here, ask whether the session still
  // stands, so an unattended screen locks itself instead of waiting for the next click.
  useEffect(() => {
    if (state.status !== 'signed-in') return;
    const idleMs = state.session.idleMinutes * 60_000;
    // The session was just confirmed, by the request that brought this state.
    let lastActivity = Date.now();
    let timer: number | undefined;
    let stopped = false;
    const stopListening = api.on('activity', () => {
      lastActivity = Date.now();
    });
    const schedule = () => {
      const due = lastActivity + idleMs + IDLE_SLACK_MS;
      window.clearTimeout(timer);
      timer = window.setTimeout(check, Math.min(Math.max(due - Date.now(), 0), MAX_TIMER_MS));
    };
    const check = () => {
      if (stopped) return;
      if (Date.now() < lastActivity + idleMs + IDLE_SLACK_MS) {
        schedule();
        return;
      }
      api.session().then(
        () => {
          if (!stopped) schedule();
        },
        (error: unknown) => {
          if (error instanceof ProblemError && error.status === 401) setState(expire);
          else if (!stopped) timer = window.setTimeout(check, 60_000);
        },
      );
    };
    // Background tabs may run timers late; looking again on return catches up.
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    schedule();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      stopListening();
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [api, state]);

  const value = useMemo<SessionContextValue>(
    () => ({
      api,
      state,
      health,
      drafts,
      pendingCode,
      refresh,
      lock,
      ended,
      showRecoveryCode: setPendingCode,
      acknowledgeRecoveryCode: () => setPendingCode(null),
      retry: () => {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [api, state, health, drafts, pendingCode, refresh, lock, ended],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** The drafts of unsaved writing, for screens that keep them. */
export function useDrafts(): Drafts {
  return useSession().drafts;
}

/** The API client every screen uses. */
export function useApi(): Api {
  return useSession().api;
}

/**
 * The signed-in person, for screens that only render when someone is signed
 * in. While the session has ended and waits for sign-in, the page stays
 * mounted (hidden) so unsaved text survives; it keeps its last user.
 */
export function useSignedInUser(): User {
  const { state } = useSession();
  if (state.status === 'signed-in') return state.user;
  if (state.status === 'signed-out' && state.lastUser) return state.lastUser;
  throw new Error('This screen needs someone signed in');
}

/** Where a signed-out visitor starts: creating the first account, or signing in. */
export function entryPath(health: Health | null): string {
  return health?.hasAccounts === false ? PLACES.signUp : PLACES.signIn;
}

function openDrafts(drafts: DraftKeeper, info: SessionInfo): Promise<void> {
  return drafts.open(info.user.id, info.session.draftKey);
}

function expire(current: SessionState): SessionState {
  return current.status === 'signed-in'
    ? { status: 'signed-out', reason: 'expired', lastUser: current.user }
    : current;
}

function fromSessionResult(result: PromiseSettledResult<SessionInfo>): SessionState {
  if (result.status === 'fulfilled') {
    return { status: 'signed-in', user: result.value.user, session: result.value.session };
  }
  const error: unknown = result.reason;
  if (error instanceof ProblemError && error.status === 401) return { status: 'signed-out', reason: 'none' };
  return {
    status: 'unavailable',
    problem: error instanceof ProblemError ? error : ProblemError.network(),
  };
}
