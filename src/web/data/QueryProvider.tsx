import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSession, type SessionState } from '../app/session.js';

/**
 * The one query cache of the app, inside the session. What it holds belongs to
 * the person signed in: it is emptied when they sign out or someone else signs
 * in, and kept while an expired session waits for the same person to return.
 */
export function QueryProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [cache] = useState(() => client ?? createQueryClient());
  const { state } = useSession();
  const owner = ownerOf(state);
  const previous = useRef(owner);
  useEffect(() => {
    if (owner === undefined) return;
    if (previous.current !== undefined && previous.current !== owner) cache.clear();
    previous.current = owner;
  }, [cache, owner]);
  return <QueryClientProvider client={cache}>{children}</QueryClientProvider>;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A failed load says so at once and offers "Try again"; a screen that opens again loads afresh.
        retry: false,
        refetchOnWindowFocus: false,
      },
    },
  });
}

/** Whose data the cache may hold; undefined while the session is still being asked. */
function ownerOf(state: SessionState): string | null | undefined {
  if (state.status === 'loading') return undefined;
  if (state.status === 'signed-in') return state.user.id;
  if (state.status === 'signed-out' && state.reason === 'expired' && state.lastUser) return state.lastUser.id;
  return null;
}
