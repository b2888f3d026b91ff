import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  expectProblem,
  PASSPHRASE,
  Person,
  testServer,
  type TestServer,
} from '../../test/helpers.js';

const PUBLIC_ROUTES = new Set([
  'GET /api/v1/health',
  'HEAD /api/v1/health',
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/signin',
  'POST /api/v1/auth/recover',
  // Who is signed in: still 401 without a session, unless asked as a probe (src/server/session-probe.test.ts).
  'GET /api/v1/session',
  'HEAD /api/v1/session',
  // The calendar feed: its token in the address is the key (src/server/routes/feed.ts).
  'GET /api/v1/calendar/:file',
  'HEAD /api/v1/calendar/:file',
]);

describe.each(DIALECTS)('accounts and sessions on %s', (dialect) => {
  let server: TestServer;
  let clock: number;
  beforeEach(async () => {
    clock = Date.UTC(2026, 10, 26, 9);
    server = await testServer(dialect, { now: () => clock });
  });
  afterEach(() => server.close());

  it('refuses every /api/v1 route but sign-up, sign-in, recovery and health without a session', async () => {
    const apiRoutes = server.routes.filter((r) => r.url.startsWith('/api/v1'));
    expect(apiRoutes.length).toBeGreaterThan(15);
    for (const r of apiRoutes) {
      const key = `${r.method} ${r.url}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const url = r.url.replace(/:id/g, '01a2189c-0000-7000-8000-000000000000');
      const res = await server.app.inject({
        method: r.method as 'GET',
        url,
        headers: { 'x-haven-csrf': '1', 'content-type': 'application/json' },
        payload: r.method === 'GET' || r.method === 'HEAD' ? undefined : '{}',
      });
      expect(res.statusCode, key).toBe(401);
    }
    // The public list is exactly what the rules allow, and each of those is marked public by the server.
    const publicOnes = apiRoutes.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(new Set(publicOnes)).toEqual(PUBLIC_ROUTES);
  });

  it('signs up, hands over a recovery code once, and opens a session', async () => {
    const sam = new Person(server, 'Sam');
    const { recoveryCode } = await sam.signUp();
    expect(recoveryCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    const session = await sam.get('/api/v1/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ user: { name: 'Sam' } });
    expect(server.logs.join('')).not.toContain(recoveryCode);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'x-haven-csrf': '1' },
      payload: { name: 'cookie', passphrase: PASSPHRASE },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('refuses a short passphrase and a taken name with clear problems, creating nothing', async () => {
    const short = await new Person(server, 'short', 'too short').post('/api/v1/auth/signup', {
      name: 'short',
      passphrase: 'too short',
    });
    expect(expectProblem(short, 400).errors?.[0]?.path).toBe('body.passphrase');
    expect((await server.app.inject({ url: '/api/v1/health' })).json()).toMatchObject(
      dialect === 'sqlite' ? { hasAccounts: false } : {},
    );
    await new Person(server, 'river').signUp();
    const again = await new Person(server, 'River').post('/api/v1/auth/signup', {
      name: 'River',
      passphrase: PASSPHRASE,
    });
    expectProblem(again, 409);
  });

  it('answers a wrong passphrase and an unknown name with the same generic problem', async () => {
    await new Person(server, 'ash').signUp();
    const wrong = await new Person(server, 'ash', 'not the passphrase at all').signIn();
    const unknown = await new Person(server, 'nobody-here').signIn();
    expect(expectProblem(wrong, 401).detail).toBe(expectProblem(unknown, 401).detail);
    expect(wrong.cookies).toHaveLength(0);
  });

  it('slows guessing from one address with a growing delay, answered 429 with Retry-After', async () => {
    await new Person(server, 'wren').signUp();
    const attacker = new Person(server, 'wren', 'guessing guessing guessing');
    attacker.address = '203.0.113.9';
    const rightFromThere = new Person(server, 'wren');
    rightFromThere.address = attacker.address;
    for (let i = 0; i < 5; i++) expectProblem(await attacker.signIn(), 401);
    for (const seconds of [1, 2, 4]) {
      const limited = await attacker.signIn();
      expectProblem(limited, 429);
      expect(limited.headers['retry-after']).toBe(String(seconds));
      expectProblem(await rightFromThere.signIn(), 429);
      clock += seconds * 1000;
      expectProblem(await attacker.signIn(), 401);
    }
    expectProblem(await rightFromThere.signIn(), 429);
    clock += 8_000;
    expect((await rightFromThere.signIn()).statusCode).toBe(200);
  });

  it('raises a person’s argon2id parameters to the current ones when they next sign in', async () => {
    const uma = new Person(server, 'uma');
    const { userId } = await uma.signUp();
    const older = {
      algorithm: 'argon2id' as const,
      version: 0,
      memoryKiB: 512,
      iterations: 1,
      parallelism: 1,
    };
    const { derivePassphraseKey, newSalt, wrapDataKey, unwrapDataKey } = await import('../crypto/keys.js');
    const user = await server.store.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const current = JSON.parse(user.kdf_params) as typeof older;
    const dataKey = unwrapDataKey(
      user.key_by_passphrase,
      await derivePassphraseKey(PASSPHRASE, user.passphrase_salt, current),
      userId,
      'passphrase',
    );
    const salt = newSalt();
    await server.store.db
      .updateTable('users')
      .set({
        kdf_params: JSON.stringify(older),
        passphrase_salt: salt,
        key_by_passphrase: wrapDataKey(
          dataKey,
          await derivePassphraseKey(PASSPHRASE, salt, older),
          userId,
          'passphrase',
        ),
      })
      .where('id', '=', userId)
      .execute();
    expect((await uma.signIn()).statusCode).toBe(200);
    const after = await server.store.db
      .selectFrom('users')
      .select('kdf_params')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(after.kdf_params)).toEqual(current);
    expect((await new Person(server, 'uma').signIn()).statusCode).toBe(200);
  });

  it('turns away state-changing requests without the CSRF header or from another origin', async () => {
    const noHeader = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { name: 'csrf', passphrase: PASSPHRASE },
    });
    expectProblem(noHeader, 403);
    const foreign = await server.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'x-haven-csrf': '1', origin: 'https://elsewhere.example' },
      payload: { name: 'csrf', passphrase: PASSPHRASE },
    });
    expectProblem(foreign, 403);
    expect((await server.app.inject({ url: '/api/v1/health' })).json()).not.toMatchObject({
      hasAccounts: true,
    });
  });

  it('lists sessions with device and last seen, and ends one', async () => {
    const kai = new Person(server, 'kai');
    await kai.signUp();
    const laptop = new Person(server, 'kai');
    await laptop.request({
      method: 'POST',
      url: '/api/v1/auth/signin',
      payload: { name: 'kai', passphrase: PASSPHRASE },
      headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0' },
    });
    const list = (await kai.get('/api/v1/account/sessions')).json<{
      sessions: { id: string; device: string; current: boolean }[];
    }>();
    expect(list.sessions).toHaveLength(2);
    const other = list.sessions.find((s) => !s.current);
    expect(other?.device).toBe('Firefox on Windows');
    expect((await kai.delete(`/api/v1/account/sessions/${other?.id ?? ''}`)).statusCode).toBe(204);
    expect((await laptop.get('/api/v1/session')).statusCode).toBe(401);
    expect((await kai.get('/api/v1/session')).statusCode).toBe(200);
  });

  it('ends a session after the idle time, and "lock" ends it at once', async () => {
    const ira = new Person(server, 'ira');
    await ira.signUp();
    clock += (server.config.sessionIdleMinutes - 1) * 60_000;
    expect((await ira.get('/api/v1/session')).statusCode).toBe(200);
    clock += (server.config.sessionIdleMinutes + 1) * 60_000;
    expect((await ira.get('/api/v1/session')).statusCode).toBe(401);

    expect((await ira.signIn()).statusCode).toBe(200);
    expect((await ira.post('/api/v1/auth/signout')).statusCode).toBe(204);
    expect((await ira.get('/api/v1/session')).statusCode).toBe(401);
  });

  it('changes the passphrase, keeps the data readable, and can end other sessions', async () => {
    const noor = new Person(server, 'noor');
    await noor.signUp();
    const saved = await noor.post('/api/v1/records', {
      kind: 'journal',
      payload: { body: 'kept through the change', tags: [] },
    });
    const phone = new Person(server, 'noor');
    await phone.signIn();
    const newPassphrase = 'a different, longer passphrase';
    expectProblem(
      await noor.post('/api/v1/account/passphrase', {
        currentPassphrase: 'wrong wrong wrong',
        newPassphrase,
        endOtherSessions: true,
      }),
      401,
    );
    const changed = await noor.post('/api/v1/account/passphrase', {
      currentPassphrase: PASSPHRASE,
      newPassphrase,
      endOtherSessions: true,
    });
    expect(changed.statusCode).toBe(204);
    expect((await phone.get('/api/v1/session')).statusCode).toBe(401);
    expect((await new Person(server, 'noor').signIn()).statusCode).toBe(401);
    const fresh = new Person(server, 'noor', newPassphrase);
    expect((await fresh.signIn()).statusCode).toBe(200);
    const read = await fresh.get(`/api/v1/records/${saved.json<{ id: string }>().id}`);
    expect(read.json()).toMatchObject({ payload: { body: 'kept through the change' } });
  });

  it('recovers with the recovery code, issues a new code, and refuses the old one and a wrong one', async () => {
    const lee = new Person(server, 'lee');
    const { recoveryCode } = await lee.signUp();
    const saved = await lee.post('/api/v1/records', {
      kind: 'journal',
      payload: { body: 'still mine after recovery', tags: [] },
    });
    expectProblem(
      await new Person(server, 'lee').post('/api/v1/auth/recover', {
        name: 'lee',
        recoveryCode: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
        newPassphrase: 'whatever whatever',
      }),
      401,
    );
    const helper = new Person(server, 'lee', 'a brand new passphrase here');
    const recovered = await helper.post('/api/v1/auth/recover', {
      name: 'lee',
      recoveryCode: recoveryCode.toLowerCase(),
      newPassphrase: helper.passphrase,
    });
    expect(recovered.statusCode).toBe(200);
    const newCode = recovered.json<{ recoveryCode: string }>().recoveryCode;
    expect(newCode).not.toBe(recoveryCode);
    expect((await lee.get('/api/v1/session')).statusCode).toBe(401);
    expect((await helper.get(`/api/v1/records/${saved.json<{ id: string }>().id}`)).json()).toMatchObject({
      payload: { body: 'still mine after recovery' },
    });
    const reuse = await new Person(server, 'lee').post('/api/v1/auth/recover', {
      name: 'lee',
      recoveryCode,
      newPassphrase: 'one more new passphrase',
    });
    expectProblem(reuse, 401);
  });
});
