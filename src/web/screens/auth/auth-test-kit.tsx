import { cleanup, render } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { SessionProvider } from '../../app/session.js';
import { scriptedServer, signedOut, type ScriptedServer } from '../../test/scripted-server.js';

export { description } from '../../components/test-queries.js';
export { json, signedIn } from '../../test/scripted-server.js';

/**
 * What the signed-out forms' component tests share: the scripted Haven server
 * (test/scripted-server.tsx) behind the real API client and session, starting
 * signed out, and the form rendered inside them.
 */

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

/**
 * For each test, a fresh scripted server answering as a Haven that has
 * accounts and no session yet; cleaned up after. Call once per test file.
 */
export function signedOutServerForEachTest(): () => ScriptedServer {
  let server: ScriptedServer | undefined;
  beforeEach(() => {
    server = scriptedServer();
    server.answer('GET /session', signedOut);
  });
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    vi.unstubAllGlobals();
  });
  return () => {
    if (!server) throw new Error('The scripted server starts before each test');
    return server;
  };
}
