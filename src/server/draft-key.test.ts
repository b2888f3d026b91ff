import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DIALECTS, Person, testServer, type TestServer } from '../../test/helpers.js';

/** The key a browser seals unsaved writing with: one per session, gone with it (docs/SECURITY.md). */
describe.each(DIALECTS)('the session’s draft key on %s', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer(dialect);
  });
  afterEach(() => server.close());

  it('stays the same for one session, differs for the next, and is never cached', async () => {
    const laptop = new Person(server, 'Noor');
    await laptop.signUp();
    const first = await laptop.get('/api/v1/session');
    const again = await laptop.get('/api/v1/session');
    const key = draftKeyOf(first.json());
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(draftKeyOf(again.json())).toBe(key);
    expect(first.headers['cache-control']).toBe('no-store');

    const phone = new Person(server, 'Noor');
    expect((await phone.signIn()).statusCode).toBe(200);
    expect(draftKeyOf((await phone.get('/api/v1/session')).json())).not.toBe(key);

    // Signed out, the session and its key are gone: a new session brings a new key.
    expect((await laptop.post('/api/v1/auth/signout')).statusCode).toBe(204);
    expect((await laptop.get('/api/v1/session')).statusCode).toBe(401);
    expect((await laptop.signIn()).statusCode).toBe(200);
    expect(draftKeyOf((await laptop.get('/api/v1/session')).json())).not.toBe(key);
  });
});

const withDraftKey = z.object({ session: z.object({ draftKey: z.string() }) });

function draftKeyOf(body: unknown): string {
  return withDraftKey.parse(body).session.draftKey;
}
