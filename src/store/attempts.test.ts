import { createHash, randomBytes } from 'node:crypto';
import { Migrator } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, emptyStore, testStore, type TestStore } from '../../test/helpers.js';
import {
  addressBucket,
  attemptLimiter,
  DEFAULT_LIMITS,
  TooManyAttempts,
  type Attempt,
  type AttemptLimiter,
} from './attempts.js';
import { migrationNames } from './db.js';
import { migrationsFor } from './migrations/index.js';

describe.each(DIALECTS)('throttling attempts on %s', (dialect) => {
  let store: TestStore;
  let clock: number;
  let waits: number[];
  let limiter: AttemptLimiter;
  beforeEach(async () => {
    store = await testStore(dialect);
    clock = Date.UTC(2026, 10, 26, 9);
    waits = [];
    limiter = attemptLimiter(store.db, {
      secret: randomBytes(32),
      limits: DEFAULT_LIMITS,
      now: () => clock,
      wait: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
    });
  });
  afterEach(() => store.drop());

  const signIn = (address: string, knownBrowser?: string): Attempt => ({
    kind: 'sign-in',
    nameKey: 'wren',
    address,
    ...(knownBrowser ? { knownBrowser } : {}),
  });

  /** The seconds to wait if the attempt is refused now, or 0 if it may go ahead. */
  async function refusal(attempt: Attempt): Promise<number> {
    try {
      await limiter.guard(
        attempt,
        () => Promise.resolve(),
        () => false,
      );
      return 0;
    } catch (error) {
      if (error instanceof TooManyAttempts) return error.retryAfterSeconds;
      throw error;
    }
  }

  it('gives one account and address five free tries, then a delay that doubles up to fifteen minutes', async () => {
    const attempt = signIn('203.0.113.9');
    for (let i = 0; i < 5; i++) {
      expect(await refusal(attempt)).toBe(0);
      await limiter.failed(attempt);
    }
    const seen: number[] = [];
    for (let i = 0; i < 12; i++) {
      const seconds = await refusal(attempt);
      seen.push(seconds);
      clock += seconds * 1000;
      expect(await refusal(attempt)).toBe(0);
      await limiter.failed(attempt);
    }
    expect(seen).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
    expect(await refusal(signIn('203.0.113.10'))).toBe(0);
  });

  it('limits one address across many accounts, without touching other addresses', async () => {
    for (let i = 0; i < DEFAULT_LIMITS.freePerAddress; i++) {
      const attempt: Attempt = { kind: 'sign-in', nameKey: `name-${i}`, address: '203.0.113.9' };
      expect(await refusal(attempt)).toBe(0);
      await limiter.failed(attempt);
    }
    expect(await refusal({ kind: 'sign-in', nameKey: 'someone-new', address: '203.0.113.9' })).toBe(1);
    expect(await refusal({ kind: 'sign-in', nameKey: 'someone-new', address: '203.0.113.10' })).toBe(0);
  });

  it('only slows an account guessed at from many addresses, by at most three seconds, and never a browser it knows', async () => {
    for (let i = 0; i < 40; i++) await limiter.failed(signIn(`203.0.113.${i}`));
    expect(await refusal(signIn('198.51.100.7'))).toBe(0);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(3_000);
    expect(await refusal(signIn('198.51.100.7', 'a-browser-id'))).toBe(0);
    expect(waits).toHaveLength(1);
  });

  it('counts a known browser on its own, so guessing with it is still throttled', async () => {
    const known = signIn('198.51.100.7', 'a-browser-id');
    for (let i = 0; i < 5; i++) await limiter.failed(known);
    expect(await refusal(known)).toBe(1);
    expect(await refusal(signIn('198.51.100.7', 'another-browser-id'))).toBe(0);
  });

  it('keeps recovery and each session apart from failed sign-ins and from each other', async () => {
    for (let i = 0; i < 10; i++) await limiter.failed(signIn('203.0.113.9'));
    const recovery: Attempt = { kind: 'recovery', nameKey: 'wren', address: '203.0.113.9' };
    expect(await refusal(recovery)).toBe(0);
    for (let i = 0; i < 5; i++) await limiter.failed(recovery);
    expect(await refusal(recovery)).toBe(1);

    const laptop: Attempt = { kind: 'recheck', sessionId: 'session-a' };
    for (let i = 0; i < 5; i++) await limiter.failed(laptop);
    expect(await refusal(laptop)).toBe(1);
    expect(await refusal({ kind: 'recheck', sessionId: 'session-b' })).toBe(0);
  });

  it('counts attempts sent at the same moment before judging them, so only the free tries go ahead', async () => {
    const attempt = signIn('203.0.113.9');
    for (let i = 0; i < DEFAULT_LIMITS.freeTries - 1; i++) await limiter.failed(attempt);
    class WrongPassphrase extends Error {}
    let checked = 0;
    const guess = () =>
      limiter.guard(
        attempt,
        async () => {
          checked++;
          await new Promise((resolve) => setTimeout(resolve, 20));
          throw new WrongPassphrase();
        },
        (error) => error instanceof WrongPassphrase,
      );
    const outcomes = await Promise.allSettled([guess(), guess(), guess()]);
    expect(checked).toBe(1);
    expect(
      outcomes.filter((o) => o.status === 'rejected' && o.reason instanceof TooManyAttempts),
    ).toHaveLength(2);
    const rows = await store.db.selectFrom('auth_failures').select('id').execute();
    // The one wrong guess stays counted, in each of its three buckets; the refused ones are not.
    expect(rows).toHaveLength(3 * DEFAULT_LIMITS.freeTries);
  });

  it('withdraws the count of an attempt that succeeds', async () => {
    const attempt = signIn('203.0.113.9');
    for (let i = 0; i < 6; i++) expect(await refusal(attempt)).toBe(0);
    expect(await store.db.selectFrom('auth_failures').select('id').execute()).toEqual([]);
  });

  it('forgets failures after the window', async () => {
    const attempt = signIn('203.0.113.9');
    for (let i = 0; i < 8; i++) await limiter.failed(attempt);
    expect(await refusal(attempt)).toBeGreaterThan(0);
    clock += DEFAULT_LIMITS.windowMs + 1;
    expect(await refusal(attempt)).toBe(0);
    await limiter.failed(attempt);
    const rows = await store.db.selectFrom('auth_failures').select('at').execute();
    expect(rows.every((row) => row.at === clock)).toBe(true);
  });
});

describe('counting addresses', () => {
  it('counts an IPv6 address by its /64 network, and an IPv4-mapped one as IPv4', () => {
    expect(addressBucket('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressBucket('2001:0db8:0001:0002::')).toBe('2001:db8:1:2::/64');
    expect(addressBucket('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressBucket('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('203.0.113.9')).toBe('203.0.113.9');
    expect(addressBucket('::1')).toBe('0:0:0:0::/64');
  });
});

describe.each(DIALECTS)('the keyed-attempts migration on %s', (dialect) => {
  it('drops the failures recorded under plain SHA-256 keys', async () => {
    const { store, drop } = await emptyStore(dialect);
    try {
      const migrator = new Migrator({
        db: store.db,
        provider: { getMigrations: () => Promise.resolve(migrationsFor(dialect)) },
      });
      const before = migrationNames(dialect).filter((name) => name < '0003');
      expect((await migrator.migrateTo(before.at(-1) ?? '')).error).toBeUndefined();
      const old = createHash('sha256').update('haven-limit\u0000address\u0000203.0.113.9').digest('hex');
      await store.db.insertInto('auth_failures').values({ key: old, at: 1 }).execute();
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      expect(await store.db.selectFrom('auth_failures').select('key').execute()).toEqual([]);
    } finally {
      await drop();
    }
  });
});
