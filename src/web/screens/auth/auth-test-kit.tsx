import { cleanup, render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { SessionProvider } from '../../app/session.js';

export { description } from '../../components/test-queries.js';

/**
 * What the signed-out forms' component tests share: a scripted Haven server
 * behind the real API client and session, and the form rendered inside them.
 */
export interface SentRequest {
  route: string;
  body: unknown;
}

export type Answer = () => Response;

export function scriptedServer() {
  const answers = new Map<string, Answer[]>();
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const route = `${init.method ?? 'GET'} ${input.replace('/api/v1', '')}`;
      sent.push({ route, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined });
      const queue = answers.get(route);
      const answer = queue && queue.length > 1 ? queue.shift() : queue?.[0];
      if (!answer) throw new TypeError(`No answer for ${route}`);
      return answer();
    }),
  );
  return {
    /** Queues answers for "METHOD /path"; the last one repeats. */
    answer(route: string, ...queue: Answer[]) {
      answers.set(route, queue);
    },
    /** The bodies sent to one route, in order. */
    bodiesSentTo(route: string): unknown[] {
      return sent.filter((request) => request.route === route).map((request) => request.body);
    },
    routes: () => sent.map((request) => request.route),
  };
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

export const signedOut = () => json(401, { title: 'Please sign in.', status: 401 });
export const signedIn = () =>
  json(200, {
    user: { id: 'u1', name: 'river' },
    session: { id: 's1', idleMinutes: 30, draftKey: 'A'.repeat(43) },
  });
export const health = () => json(200, { status: 'ok', database: 'sqlite', mode: 'local', hasAccounts: true });

/** Renders a signed-out screen with the real session around it, and a person to use it. */
export function renderSignedOut(screen: ReactNode) {
  const user = userEvent.setup();
  render(
    <SessionProvider>
      <MemoryRouter>{screen}</MemoryRouter>
    </SessionProvider>,
  );
  return user;
}

export function cleanUp() {
  cleanup();
  window.localStorage.clear();
  vi.unstubAllGlobals();
}

/**
 * For each test, a fresh scripted server answering as a Haven that has
 * accounts and no session yet; cleaned up after. Call once per test file.
 */
export function signedOutServerForEachTest(): () => ReturnType<typeof scriptedServer> {
  let server: ReturnType<typeof scriptedServer> | undefined;
  beforeEach(() => {
    server = scriptedServer();
    server.answer('GET /health', health);
    server.answer('GET /session', signedOut);
  });
  afterEach(cleanUp);
  return () => {
    if (!server) throw new Error('The scripted server starts before each test');
    return server;
  };
}
