import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  expectProblem,
  PASSPHRASE,
  Person,
  testServer,
  type TestServer,
} from '../../test/helpers.js';

const HOME = '198.51.100.7';
const WRONG = 'guessing guessing guessing';
const strangerAddress = (i: number) => `203.0.113.${i + 1}`;

/** Guessing without a lock for strangers to hand out: docs/SECURITY.md, "Sign-in throttling". */
describe.each(DIALECTS)('sign-in throttling on %s', (dialect) => {
  let server: TestServer;
  let clock: number;
  beforeEach(async () => {
    clock = Date.UTC(2026, 10, 26, 9);
    server = await testServer(dialect, { now: () => clock });
  });
  afterEach(() => server.close());

  /** Strangers guessing `name`'s passphrase from `addresses` addresses, `each` wrong tries apiece, a few seconds apart. */
  async function strangersGuess(name: string, addresses: number, each: number): Promise<void> {
    for (let a = 0; a < addresses; a++) {
      const stranger = new Person(server, name, WRONG);
      stranger.address = strangerAddress(a);
      for (let i = 0; i < each; i++) {
        clock += 5_000;
        expectProblem(await stranger.signIn(), 401);
      }
    }
    clock += 5_000;
  }

  it("lets the owner in after a stranger's fifty wrong guesses, from their usual address and from their own browser anywhere", async () => {
    const owner = new Person(server, 'wren');
    owner.address = HOME;
    await owner.signUp();

    // On a network the owner shares with a guesser, a new browser waits like the guesser; the owner's own does not.
    const cafe = '203.0.113.200';
    const guesser = new Person(server, 'wren', WRONG);
    guesser.address = cafe;
    for (let i = 0; i < 5; i++) expectProblem(await guesser.signIn(), 401);
    const newBrowserThere = new Person(server, 'wren');
    newBrowserThere.address = cafe;
    expectProblem(await newBrowserThere.signIn(), 429);
    owner.address = cafe;
    expect((await owner.signIn()).statusCode).toBe(200);

    const stranger = new Person(server, 'wren', WRONG);
    stranger.address = '203.0.113.66';
    for (let i = 0; i < 50; i++) {
      clock += 5_000;
      expect([401, 429]).toContain((await stranger.signIn()).statusCode);
    }
    await strangersGuess('wren', 10, 5);

    const newBrowserAtHome = new Person(server, 'wren');
    newBrowserAtHome.address = HOME;
    expect((await newBrowserAtHome.signIn()).statusCode).toBe(200);
    owner.address = '192.0.2.44';
    expect((await owner.signIn()).statusCode).toBe(200);
  });

  it("recovers with the right code after strangers' failed sign-ins and recoveries", async () => {
    const owner = new Person(server, 'lee');
    owner.address = HOME;
    const { recoveryCode } = await owner.signUp();
    await strangersGuess('lee', 5, 5);
    const stranger = new Person(server, 'lee');
    stranger.address = '203.0.113.77';
    for (let i = 0; i < 10; i++) {
      clock += 5_000;
      const res = await stranger.post('/api/v1/auth/recover', {
        name: 'lee',
        recoveryCode: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA',
        newPassphrase: 'a stranger would like this one',
      });
      expect([401, 429]).toContain(res.statusCode);
    }

    const away = new Person(server, 'lee', 'a new passphrase after a hard week');
    away.address = '192.0.2.10';
    const recovered = await away.post('/api/v1/auth/recover', {
      name: 'lee',
      recoveryCode,
      newPassphrase: away.passphrase,
    });
    expect(recovered.statusCode).toBe(200);
  });

  it("exports, changes the passphrase, makes a new recovery code and deletes inside an open session after strangers' failures", async () => {
    const owner = new Person(server, 'noor');
    owner.address = HOME;
    await owner.signUp();
    await strangersGuess('noor', 6, 5);

    const exported = await owner.post('/api/v1/account/export', { passphrase: PASSPHRASE, format: 'json' });
    expect(exported.statusCode).toBe(200);
    expect((await owner.post('/api/v1/account/recovery-code', { passphrase: PASSPHRASE })).statusCode).toBe(
      200,
    );
    const newPassphrase = 'a different, longer passphrase';
    const changed = await owner.post('/api/v1/account/passphrase', {
      currentPassphrase: PASSPHRASE,
      newPassphrase,
    });
    expect(changed.statusCode).toBe(204);
    const deleted = await owner.post('/api/v1/account/delete', {
      passphrase: newPassphrase,
      confirmName: 'noor',
    });
    expect(deleted.statusCode).toBe(204);
  });

  it("limits a session's own wrong passphrase checks to that session; the person's other sessions are not limited by them", async () => {
    const laptop = new Person(server, 'ash');
    laptop.address = HOME;
    await laptop.signUp();
    const phone = new Person(server, 'ash');
    phone.address = '192.0.2.20';
    expect((await phone.signIn()).statusCode).toBe(200);

    const exportWith = (person: Person, passphrase: string) =>
      person.post('/api/v1/account/export', { passphrase, format: 'json' });
    for (let i = 0; i < 5; i++) expectProblem(await exportWith(laptop, WRONG), 401);
    const limited = await exportWith(laptop, WRONG);
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expectProblem(await exportWith(laptop, PASSPHRASE), 429);

    expect((await exportWith(phone, PASSPHRASE)).statusCode).toBe(200);
    expectProblem(await exportWith(phone, WRONG), 401);
    const again = new Person(server, 'ash');
    again.address = HOME;
    expect((await again.signIn()).statusCode).toBe(200);

    clock += Number(limited.headers['retry-after']) * 1000;
    expect((await exportWith(laptop, PASSPHRASE)).statusCode).toBe(200);
  });

  it('keys failure records with the server secret: no plain SHA-256 of an address or a name, and other keys under another secret', async () => {
    const guess = async (target: TestServer): Promise<string[]> => {
      const stranger = new Person(target, 'Wren Example', WRONG);
      stranger.address = '203.0.113.5';
      expectProblem(await stranger.signIn(), 401);
      const rows = await target.store.db.selectFrom('auth_failures').select('key').execute();
      return rows.map((row) => row.key);
    };
    const keys = await guess(server);
    expect(keys.length).toBeGreaterThan(0);
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const guessable = [
      sha256('203.0.113.5'),
      sha256('wren example'),
      sha256('Wren Example'),
      sha256('haven-limit\u0000address\u0000203.0.113.5'),
      sha256('haven-limit\u0000account\u0000wren example'),
    ];
    for (const hash of guessable) expect(keys).not.toContain(hash);

    // One server at a time: the same failure, on a server with another secret.
    await server.close();
    server = await testServer(dialect, {
      env: { HAVEN_SECRET: 'another server secret, also of thirty-two characters' },
      now: () => clock,
    });
    const otherKeys = await guess(server);
    expect(otherKeys).toHaveLength(keys.length);
    for (const key of otherKeys) expect(keys).not.toContain(key);
  });
});
