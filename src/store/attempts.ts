import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Kysely } from 'kysely';
import { HavenError } from '../core/errors.js';
import type { Database } from './schema.js';

/**
 * What is being tried, and from where. Each kind is counted in buckets of its
 * own, so nobody's failures can refuse someone else's attempt: a stranger's
 * wrong guesses fill only their own account-and-address bucket, and add no
 * more than a small wait for the account as a whole.
 */
export type Attempt =
  | {
      kind: 'sign-in';
      /** The account name, folded (`accountNameKey`). */
      nameKey: string;
      address: string;
      /** This browser's id for this account, when it has signed in to it here before. */
      knownBrowser?: string;
    }
  | { kind: 'recovery'; nameKey: string; address: string }
  /** The passphrase asked again inside a session, before export, deletion and the like. */
  | { kind: 'recheck'; sessionId: string };

export interface AttemptLimits {
  /** How long a failure counts. */
  windowMs: number;
  /** Failures allowed per source (account and address, account and browser, session) before each try waits. */
  freeTries: number;
  /** Failures allowed from one address, over any accounts, before each try from it waits. */
  freePerAddress: number;
  /** The first wait after the free tries; each further failure doubles it, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Failures for one account, from anywhere, after which a try from a browser it does not know waits a little. */
  slowAccountAfter: number;
  firstAccountWaitMs: number;
  /** The longest such a try ever waits: a slowdown, never a lock. */
  maxAccountWaitMs: number;
}

export const DEFAULT_LIMITS: AttemptLimits = {
  windowMs: 60 * 60_000,
  freeTries: 5,
  freePerAddress: 30,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  slowAccountAfter: 10,
  firstAccountWaitMs: 250,
  maxAccountWaitMs: 3_000,
};

/** A try refused for now, with how long to wait (sent as Retry-After). */
export class TooManyAttempts extends HavenError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(
      'rate_limited',
      `To keep your account safe, Haven waits a little after several tries. Please try again in ${howLong(retryAfterSeconds)}.`,
    );
    this.name = 'TooManyAttempts';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export interface AttemptLimiterOptions {
  /** Keys every bucket, so the table cannot be read back by hashing every address and name. */
  secret: Buffer;
  limits: AttemptLimits;
  now: () => number;
  /** Waits server-side, for the small slowdown of an account many have guessed at. */
  wait: (ms: number) => Promise<void>;
}

/**
 * Failed attempts, counted in the database so every instance of a hosted
 * server sees the same counts.
 */
export function attemptLimiter(db: Kysely<Database>, options: AttemptLimiterOptions) {
  const { limits } = options;
  const bucketKey = (...parts: string[]) =>
    createHmac('sha256', options.secret)
      .update(JSON.stringify(['haven/attempts/v1', ...parts]))
      .digest('hex');

  function bucketsOf(attempt: Attempt): Bucket[] {
    switch (attempt.kind) {
      case 'sign-in': {
        const account = bucketKey('account', attempt.nameKey);
        if (attempt.knownBrowser !== undefined) {
          return [
            { key: bucketKey('sign-in-browser', attempt.nameKey, attempt.knownBrowser), rule: 'refuse' },
            { key: account, rule: 'count' },
          ];
        }
        const address = addressBucket(attempt.address);
        return [
          { key: bucketKey('sign-in', attempt.nameKey, address), rule: 'refuse' },
          { key: bucketKey('address', address), rule: 'refuse', free: limits.freePerAddress },
          { key: account, rule: 'slow' },
        ];
      }
      case 'recovery': {
        const address = addressBucket(attempt.address);
        return [
          { key: bucketKey('recovery', attempt.nameKey, address), rule: 'refuse' },
          { key: bucketKey('recovery-address', address), rule: 'refuse', free: limits.freePerAddress },
        ];
      }
      case 'recheck':
        return [{ key: bucketKey('session', attempt.sessionId), rule: 'refuse' }];
    }
  }

  /**
   * Resolves when the attempt may go ahead, after a short wait if its account
   * has been guessed at a lot; throws `TooManyAttempts` if its own source must
   * wait longer first. Judged on the failures counted before `mine`, this
   * attempt's own rows, by bucket.
   */
  async function admit(buckets: readonly Bucket[], now: number, mine: ReadonlyMap<string, number>) {
    const rows = await db
      .selectFrom('auth_failures')
      .select((eb) => ['key', eb.fn.countAll<number | string>().as('n'), eb.fn.max('at').as('last')])
      .where((eb) =>
        eb.or(
          buckets.map((bucket) => {
            const own = mine.get(bucket.key);
            return own === undefined
              ? eb('key', '=', bucket.key)
              : eb.and([eb('key', '=', bucket.key), eb('id', '<', own)]);
          }),
        ),
      )
      .where('at', '>=', now - limits.windowMs)
      .groupBy('key')
      .execute();
    const counts = new Map(rows.map((row) => [row.key, { n: Number(row.n), last: row.last }]));
    let refusedUntil = 0;
    let waitUntil = 0;
    for (const bucket of buckets) {
      const seen = counts.get(bucket.key);
      if (!seen || bucket.rule === 'count') continue;
      if (bucket.rule === 'refuse') {
        const delay = doubling(
          seen.n,
          bucket.free ?? limits.freeTries,
          limits.firstDelayMs,
          limits.maxDelayMs,
        );
        refusedUntil = Math.max(refusedUntil, seen.last + delay);
      } else {
        const delay = doubling(
          seen.n,
          limits.slowAccountAfter,
          limits.firstAccountWaitMs,
          limits.maxAccountWaitMs,
        );
        waitUntil = Math.max(waitUntil, seen.last + delay);
      }
    }
    if (refusedUntil > now) throw new TooManyAttempts(Math.ceil((refusedUntil - now) / 1000));
    if (waitUntil > now) await options.wait(Math.min(waitUntil - now, limits.maxAccountWaitMs));
  }

  async function count(attempt: Attempt, at: number): Promise<{ id: number; key: string }[]> {
    return db
      .insertInto('auth_failures')
      .values(bucketsOf(attempt).map((bucket) => ({ key: bucket.key, at })))
      .returning(['id', 'key'])
      .execute();
  }

  async function forgetExpired(at: number): Promise<void> {
    await db
      .deleteFrom('auth_failures')
      .where('at', '<', at - limits.windowMs)
      .execute();
  }

  return {
    /**
     * Runs `work` as one attempt. The attempt is counted as a failure before
     * it is judged, and the count withdrawn if `work` succeeds (or fails for a
     * reason `isFailure` does not count), so attempts sent at the same moment
     * each see the ones sent before them: none can slip past the limit while
     * another's passphrase is still being checked.
     */
    async guard<T>(
      attempt: Attempt,
      work: () => Promise<T>,
      isFailure: (error: unknown) => boolean,
    ): Promise<T> {
      const now = options.now();
      const mine = await count(attempt, now);
      const withdraw = async () => {
        await db
          .deleteFrom('auth_failures')
          .where(
            'id',
            'in',
            mine.map((row) => row.id),
          )
          .execute();
      };
      try {
        await admit(bucketsOf(attempt), now, new Map(mine.map((row) => [row.key, row.id])));
      } catch (error) {
        await withdraw();
        throw error;
      }
      try {
        const result = await work();
        await withdraw();
        return result;
      } catch (error) {
        if (isFailure(error)) await forgetExpired(now);
        else await withdraw();
        throw error;
      }
    },

    /** Counts a failure of `attempt` now, without trying anything. */
    async failed(attempt: Attempt): Promise<void> {
      const at = options.now();
      await count(attempt, at);
      await forgetExpired(at);
    },
  };
}

export type AttemptLimiter = ReturnType<typeof attemptLimiter>;

/**
 * Where an attempt comes from, as counted: an IPv4 address as it is, an IPv6
 * one by its /64 network, which one household or machine usually holds whole
 * (so stepping through its addresses does not buy more tries).
 */
export function addressBucket(address: string): string {
  const bare = address.split('%')[0] ?? address;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(bare)) return bare;
  const [head = '', tail] = bare.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  const network = groups.slice(0, 4).map((group) => parseInt(group, 16).toString(16));
  return `${network.join(':')}::/64`;
}

/**
 * `refuse`: after its free tries, each try waits a doubling delay after the
 * last failure, answered as 429. `slow`: the same, but only ever a short
 * server-side wait. `count`: counted, never checked.
 */
interface Bucket {
  key: string;
  rule: 'refuse' | 'slow' | 'count';
  free?: number;
}

function doubling(failures: number, free: number, first: number, max: number): number {
  if (failures < free) return 0;
  return Math.min(max, first * 2 ** (failures - free));
}

function howLong(seconds: number): string {
  if (seconds < 10) return 'a few seconds';
  if (seconds < 50) return `${seconds} seconds`;
  if (seconds <= 90) return 'a minute';
  return `${Math.round(seconds / 60)} minutes`;
}
