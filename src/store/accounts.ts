import { createHmac, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { HavenError, unauthenticated, conflict } from '../core/errors.js';
import { CryptoError } from '../crypto/envelope.js';
import {
  derivePassphraseKey,
  deriveRecoveryKey,
  deriveSessionKey,
  generateDataKey,
  generateRecoveryCode,
  generateSessionToken,
  hashToken,
  newSalt,
  unwrapDataKey,
  wrapDataKey,
  type DataKey,
  type KdfParams,
} from '../crypto/keys.js';
import { attemptLimiter, DEFAULT_LIMITS, type Attempt, type AttemptLimits } from './attempts.js';
import { recordRepository } from './records.js';
import { transaction } from './transaction.js';
import type { Database, UsersTable } from './schema.js';

/** Who a request acts for, once its session has opened the data key. */
export interface Account {
  userId: string;
  name: string;
  sessionId: string;
  dataKey: DataKey;
}

export interface AccountPolicy {
  kdf: KdfParams;
  /** Idle time after which a session ends. */
  sessionIdleMs: number;
  /** The server secret, which keys the records of failed attempts (src/server/secret.ts). */
  secret: Buffer;
  /** How failed sign-ins, recoveries and passphrase checks are throttled (src/store/attempts.ts). */
  attempts: AttemptLimits;
  now: () => number;
  /** Waits server-side: the small slowdown for an account many have guessed at. */
  wait: (ms: number) => Promise<void>;
}

/** A browser stays known to an account this long after its last sign-in there. */
export const KNOWN_BROWSER_MS = 180 * 24 * 60 * 60_000;

export const DEFAULT_POLICY: Omit<AccountPolicy, 'kdf' | 'sessionIdleMs' | 'secret'> = {
  attempts: DEFAULT_LIMITS,
  now: Date.now,
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface NewSession {
  token: Buffer;
  account: Account;
}

/** A session begun on a browser, and that browser's random id, now known to the account. */
export interface SignedIn extends NewSession {
  browser: Buffer;
}

const WRAP_PASSPHRASE = 'passphrase';
const WRAP_RECOVERY = 'recovery';
const wrapSession = (sessionId: string) => `session:${sessionId}`;
const SIGN_IN_FAILED = "That name and passphrase don't match.";
const RECOVERY_FAILED = "That name and recovery code don't match.";

/** Folds an account name so "Sam" and "sam " are the same account. */
export function accountNameKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase();
}

/**
 * Accounts, keys and sessions. Every secret here is derived or random; the
 * database holds only wrapped keys and token hashes.
 */
export function accountService(db: Kysely<Database>, policy: AccountPolicy) {
  const attempts = attemptLimiter(db, {
    secret: policy.secret,
    limits: policy.attempts,
    now: policy.now,
    wait: policy.wait,
  });

  async function createSession(
    userId: string,
    name: string,
    dataKey: DataKey,
    device: string,
  ): Promise<NewSession> {
    const token = generateSessionToken();
    const sessionId = hashToken(token);
    const now = policy.now();
    await db
      .insertInto('sessions')
      .values({
        id: sessionId,
        user_id: userId,
        key_by_session: wrapDataKey(dataKey, deriveSessionKey(token), userId, wrapSession(sessionId)),
        device: device.slice(0, 120),
        created_at: now,
        last_seen_at: now,
      })
      .execute();
    return { token, account: { userId, name, sessionId, dataKey } };
  }

  async function findUser(name: string): Promise<UsersTable | undefined> {
    return db.selectFrom('users').selectAll().where('name_key', '=', accountNameKey(name)).executeTakeFirst();
  }

  async function unlockWithPassphrase(user: UsersTable, passphrase: string): Promise<DataKey> {
    const params = JSON.parse(user.kdf_params) as KdfParams;
    const key = await derivePassphraseKey(passphrase, user.passphrase_salt, params);
    return unwrapDataKey(user.key_by_passphrase, key, user.id, WRAP_PASSPHRASE);
  }

  /** Wraps the data key under the passphrase again with today's argon2id parameters. */
  async function rewrapPassphrase(userId: string, dataKey: DataKey, passphrase: string): Promise<void> {
    const salt = newSalt();
    const key = await derivePassphraseKey(passphrase, salt, policy.kdf);
    await db
      .updateTable('users')
      .set({
        kdf_params: JSON.stringify(policy.kdf),
        passphrase_salt: salt,
        key_by_passphrase: wrapDataKey(dataKey, key, userId, WRAP_PASSPHRASE),
      })
      .where('id', '=', userId)
      .execute();
  }

  /**
   * Runs an unlock as a throttled attempt, counting a failure against the
   * attempt's own buckets only, with one generic error for every way it can
   * fail.
   */
  async function guarded<T>(attempt: Attempt, failure: string, unlock: () => Promise<T>): Promise<T> {
    try {
      return await attempts.guard(attempt, unlock, isWrongSecret);
    } catch (error) {
      if (isWrongSecret(error)) throw unauthenticated(failure);
      throw error;
    }
  }

  /** This browser's id for this person, if they have signed in on it lately. */
  async function knownBrowser(
    userId: string | undefined,
    browser: Buffer | undefined,
  ): Promise<string | undefined> {
    if (!userId || !browser) return undefined;
    const row = await db
      .selectFrom('known_browsers')
      .select('id')
      .where('id', '=', browserKey(browser, userId))
      .where('user_id', '=', userId)
      .where('last_seen_at', '>=', policy.now() - KNOWN_BROWSER_MS)
      .executeTakeFirst();
    return row?.id;
  }

  /** Remembers that this person signed in on this browser (giving it an id if it has none yet). */
  async function rememberBrowser(userId: string, browser: Buffer | undefined): Promise<Buffer> {
    const id = browser ?? randomBytes(32);
    const now = policy.now();
    await db
      .insertInto('known_browsers')
      .values({ id: browserKey(id, userId), user_id: userId, created_at: now, last_seen_at: now })
      .onConflict((oc) => oc.column('id').doUpdateSet({ last_seen_at: now }))
      .execute();
    await db
      .deleteFrom('known_browsers')
      .where('user_id', '=', userId)
      .where('last_seen_at', '<', now - KNOWN_BROWSER_MS)
      .execute();
    return id;
  }

  return {
    async hasAccounts(): Promise<boolean> {
      const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
      return row !== undefined;
    },

    async signUp(input: {
      name: string;
      passphrase: string;
      device: string;
      browser?: Buffer | undefined;
    }): Promise<SignedIn & { recoveryCode: string }> {
      const nameKey = accountNameKey(input.name);
      if (await findUser(input.name)) throw conflict('That account name is taken. Please choose another.');
      const userId = uuidv7();
      const dataKey = generateDataKey();
      const passphraseSalt = newSalt();
      const recoverySalt = newSalt();
      const recoveryCode = generateRecoveryCode();
      const passKey = await derivePassphraseKey(input.passphrase, passphraseSalt, policy.kdf);
      try {
        await db
          .insertInto('users')
          .values({
            id: userId,
            name_key: nameKey,
            name: input.name.normalize('NFKC').trim(),
            created_at: policy.now(),
            kdf_params: JSON.stringify(policy.kdf),
            passphrase_salt: passphraseSalt,
            key_by_passphrase: wrapDataKey(dataKey, passKey, userId, WRAP_PASSPHRASE),
            recovery_salt: recoverySalt,
            key_by_recovery: wrapDataKey(
              dataKey,
              deriveRecoveryKey(recoveryCode, recoverySalt),
              userId,
              WRAP_RECOVERY,
            ),
          })
          .execute();
      } catch (error) {
        // Two sign-ups raced for one name: the unique index decided.
        if (await findUser(input.name)) throw conflict('That account name is taken. Please choose another.');
        throw error;
      }
      const session = await createSession(userId, input.name.trim(), dataKey, input.device);
      return { ...session, browser: await rememberBrowser(userId, input.browser), recoveryCode };
    },

    /**
     * Signs in, throttled per account and address, or per account and browser
     * when this browser has signed in to the account before.
     */
    async signIn(input: {
      name: string;
      passphrase: string;
      device: string;
      address: string;
      browser?: Buffer | undefined;
    }): Promise<SignedIn> {
      const user = await findUser(input.name);
      const known = await knownBrowser(user?.id, input.browser);
      const attempt: Attempt = {
        kind: 'sign-in',
        nameKey: accountNameKey(input.name),
        address: input.address,
        ...(known ? { knownBrowser: known } : {}),
      };
      return guarded(attempt, SIGN_IN_FAILED, async () => {
        if (!user) {
          // Spend the same effort as a real attempt, so timing does not tell whether the name exists.
          await derivePassphraseKey(input.passphrase, newSalt(), policy.kdf);
          throw unauthenticated();
        }
        const dataKey = await unlockWithPassphrase(user, input.passphrase);
        if (user.kdf_params !== JSON.stringify(policy.kdf))
          await rewrapPassphrase(user.id, dataKey, input.passphrase);
        const session = await createSession(user.id, user.name, dataKey, input.device);
        return { ...session, browser: await rememberBrowser(user.id, input.browser) };
      });
    },

    /** Opens a session from its token, ending it if it has been idle too long. */
    async resume(token: Buffer): Promise<Account | undefined> {
      const sessionId = hashToken(token);
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.id',
          'sessions.user_id',
          'sessions.key_by_session',
          'sessions.last_seen_at',
          'users.name',
        ])
        .where('sessions.id', '=', sessionId)
        .executeTakeFirst();
      if (!row) return undefined;
      const now = policy.now();
      if (now - row.last_seen_at > policy.sessionIdleMs) {
        await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
        return undefined;
      }
      let dataKey: DataKey;
      try {
        dataKey = unwrapDataKey(
          row.key_by_session,
          deriveSessionKey(token),
          row.user_id,
          wrapSession(sessionId),
        );
      } catch {
        return undefined;
      }
      // Touch at most once a minute, so reads stay reads.
      if (now - row.last_seen_at > 60_000) {
        await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', sessionId).execute();
      }
      return { userId: row.user_id, name: row.name, sessionId, dataKey };
    },

    async endSession(userId: string, sessionId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('sessions')
        .where('user_id', '=', userId)
        .where('id', '=', sessionId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async listSessions(userId: string) {
      const since = policy.now() - policy.sessionIdleMs;
      return db
        .selectFrom('sessions')
        .select(['id', 'device', 'created_at', 'last_seen_at'])
        .where('user_id', '=', userId)
        .where('last_seen_at', '>=', since)
        .orderBy('last_seen_at', 'desc')
        .execute();
    },

    /**
     * Confirms the passphrase again before a sensitive action. Throttled per
     * session: neither strangers' failed sign-ins nor another session's typos
     * hold it up.
     */
    async verifyPassphrase(account: Account, passphrase: string): Promise<void> {
      const attempt: Attempt = { kind: 'recheck', sessionId: account.sessionId };
      await guarded(attempt, "That passphrase doesn't match.", async () => {
        const user = await db
          .selectFrom('users')
          .selectAll()
          .where('id', '=', account.userId)
          .executeTakeFirst();
        if (!user) throw unauthenticated();
        await unlockWithPassphrase(user, passphrase);
      });
    },

    async changePassphrase(
      account: Account,
      input: { currentPassphrase: string; newPassphrase: string; endOtherSessions: boolean },
    ): Promise<void> {
      await this.verifyPassphrase(account, input.currentPassphrase);
      await rewrapPassphrase(account.userId, account.dataKey, input.newPassphrase);
      if (input.endOtherSessions) {
        await db
          .deleteFrom('sessions')
          .where('user_id', '=', account.userId)
          .where('id', '!=', account.sessionId)
          .execute();
      }
    },

    /**
     * Sets a new passphrase with the recovery code, ends every other session,
     * forgets the other browsers signed in on, and issues a fresh code.
     * Throttled per account and address on its own, so failed sign-ins never
     * hold it up.
     */
    async recover(input: {
      name: string;
      recoveryCode: string;
      newPassphrase: string;
      device: string;
      address: string;
      browser?: Buffer | undefined;
    }): Promise<SignedIn & { recoveryCode: string }> {
      const attempt: Attempt = {
        kind: 'recovery',
        nameKey: accountNameKey(input.name),
        address: input.address,
      };
      return guarded(attempt, RECOVERY_FAILED, async () => {
        const user = await findUser(input.name);
        if (!user) {
          deriveRecoveryKey(input.recoveryCode, newSalt());
          throw unauthenticated();
        }
        const dataKey = unwrapDataKey(
          user.key_by_recovery,
          deriveRecoveryKey(input.recoveryCode, user.recovery_salt),
          user.id,
          WRAP_RECOVERY,
        );
        const passSalt = newSalt();
        const passKey = await derivePassphraseKey(input.newPassphrase, passSalt, policy.kdf);
        const recoverySalt = newSalt();
        const recoveryCode = generateRecoveryCode();
        await transaction(db, async (trx) => {
          await trx
            .updateTable('users')
            .set({
              kdf_params: JSON.stringify(policy.kdf),
              passphrase_salt: passSalt,
              key_by_passphrase: wrapDataKey(dataKey, passKey, user.id, WRAP_PASSPHRASE),
              recovery_salt: recoverySalt,
              key_by_recovery: wrapDataKey(
                dataKey,
                deriveRecoveryKey(recoveryCode, recoverySalt),
                user.id,
                WRAP_RECOVERY,
              ),
            })
            .where('id', '=', user.id)
            .execute();
          await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
          await trx.deleteFrom('known_browsers').where('user_id', '=', user.id).execute();
        });
        const session = await createSession(user.id, user.name, dataKey, input.device);
        return { ...session, browser: await rememberBrowser(user.id, input.browser), recoveryCode };
      });
    },

    async newRecoveryCode(account: Account, passphrase: string): Promise<string> {
      await this.verifyPassphrase(account, passphrase);
      const salt = newSalt();
      const code = generateRecoveryCode();
      await db
        .updateTable('users')
        .set({
          recovery_salt: salt,
          key_by_recovery: wrapDataKey(
            account.dataKey,
            deriveRecoveryKey(code, salt),
            account.userId,
            WRAP_RECOVERY,
          ),
        })
        .where('id', '=', account.userId)
        .execute();
      return code;
    },

    /** Deletes the person and everything of theirs: records, sessions, known browsers, wrapped keys. */
    async deleteAccount(account: Account, passphrase: string): Promise<void> {
      await this.verifyPassphrase(account, passphrase);
      await transaction(db, async (trx) => {
        await recordRepository(trx).deleteAllFor(account.userId);
        await trx.deleteFrom('sessions').where('user_id', '=', account.userId).execute();
        await trx.deleteFrom('known_browsers').where('user_id', '=', account.userId).execute();
        await trx.deleteFrom('users').where('id', '=', account.userId).execute();
      });
    },

    async userByName(name: string): Promise<{ id: string; name: string } | undefined> {
      const user = await findUser(name);
      return user ? { id: user.id, name: user.name } : undefined;
    },

    /** For operators: opens an account with its passphrase, without making a session. */
    async unlock(name: string, passphrase: string): Promise<Omit<Account, 'sessionId'>> {
      const user = await findUser(name);
      if (!user) throw unauthenticated(SIGN_IN_FAILED);
      try {
        return { userId: user.id, name: user.name, dataKey: await unlockWithPassphrase(user, passphrase) };
      } catch {
        throw unauthenticated(SIGN_IN_FAILED);
      }
    },
  };
}

export type AccountService = ReturnType<typeof accountService>;

/** A passphrase or recovery code that did not open the key, or an account that is not there. */
function isWrongSecret(error: unknown): boolean {
  return error instanceof CryptoError || (error instanceof HavenError && error.code === 'unauthenticated');
}

/**
 * A browser's row for one person: keyed by the browser's random id, so the
 * rows of two people who share a browser cannot be matched to each other.
 */
function browserKey(browser: Buffer, userId: string): string {
  return createHmac('sha256', browser).update(`haven/known-browser/v1\u0000${userId}`).digest('hex');
}
