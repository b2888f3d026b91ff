import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract } from '../core/api/contract.js';
import { DIALECTS, expectProblem, Person, testServer, type TestServer } from '../../test/helpers.js';

/**
 * "Who is signed in?" asked as a probe (?probe=true, how the web app asks on
 * every page) is answered 200 { signedIn: false } when nobody is, so a
 * signed-out page logs no failed request; asked plainly it is still a 401.
 */
describe.each(DIALECTS)('the session probe on %s', (dialect) => {
  let server: TestServer;
  let clock: number;
  beforeEach(async () => {
    clock = Date.UTC(2026, 10, 26, 9);
    server = await testServer(dialect, { now: () => clock });
  });
  afterEach(() => server.close());

  const parse = (body: unknown) => contract.auth.session.response.parse(body);

  it('answers a signed-out probe with 200 and signedIn false, and a plain ask with 401', async () => {
    const visitor = new Person(server, 'visitor');
    const probe = await visitor.get('/api/v1/session?probe=true');
    expect(probe.statusCode).toBe(200);
    expect(probe.headers['cache-control']).toBe('no-store');
    expect(parse(probe.json())).toEqual({ signedIn: false });
    expect(probe.headers['set-cookie']).toBeUndefined();

    expectProblem(await visitor.get('/api/v1/session'), 401);
    expectProblem(await visitor.get('/api/v1/session?probe=false'), 401);
  });

  it('answers a signed-in probe exactly as the plain ask', async () => {
    const sam = new Person(server, 'Sam');
    const { userId } = await sam.signUp();
    const probe = await sam.get('/api/v1/session?probe=true');
    const plain = await sam.get('/api/v1/session');
    expect(probe.statusCode).toBe(200);
    expect(probe.json()).toEqual(plain.json());
    expect(parse(probe.json())).toMatchObject({ user: { id: userId, name: 'Sam' } });
  });

  it('says signed out once the session has ended, and clears the cookie that no longer opens anything', async () => {
    const ira = new Person(server, 'ira');
    await ira.signUp();
    clock += (server.config.sessionIdleMinutes + 1) * 60_000;
    const probe = await ira.get('/api/v1/session?probe=true');
    expect(probe.statusCode).toBe(200);
    expect(parse(probe.json())).toEqual({ signedIn: false });
    expect(String(probe.headers['set-cookie'])).toMatch(/haven_session=;/);

    await ira.signIn();
    expect((await ira.post('/api/v1/auth/signout')).statusCode).toBe(204);
    expect(parse((await ira.get('/api/v1/session?probe=true')).json())).toEqual({ signedIn: false });
    expectProblem(await ira.get('/api/v1/session'), 401);
  });

  it('refuses a query it does not know, with a problem', async () => {
    const visitor = new Person(server, 'visitor');
    expectProblem(await visitor.get('/api/v1/session?probe=maybe'), 400);
    expectProblem(await visitor.get('/api/v1/session?other=1'), 400);
  });
});
