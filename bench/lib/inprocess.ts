import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { recordAssociatedData, seal } from '../../src/crypto/envelope.js';
import { STANDARD_KDF, TEST_KDF } from '../../src/crypto/keys.js';
import { accountNameKey, accountService, DEFAULT_POLICY } from '../../src/store/accounts.js';
import { openStore, type DatabaseTarget } from '../../src/store/db.js';
import { recordVault } from '../../src/store/vault.js';
import type { SeededAccounts } from './account.js';
import { median, round, summarise, type Summary } from './stats.js';

/** Measurements taken inside this process, straight on the store, with no server running. */
export interface InProcessResult {
  signInMs: { runs: number[]; median: number };
  decryptAll: { records: number; runsMs: number[]; medianMs: number; recordsPerSecond: number };
}

export async function measureInProcess(
  target: DatabaseTarget,
  seeded: SeededAccounts,
  repeats: { signIn: number; decrypt: number },
): Promise<InProcessResult> {
  const store = await openStore(target);
  try {
    const accounts = accountService(store.db, {
      ...DEFAULT_POLICY,
      kdf: seeded.kdf === 'standard' ? STANDARD_KDF : TEST_KDF,
      sessionIdleMs: 12 * 60 * 60_000,
      // Throttling state lives only as long as this run.
      secret: randomBytes(32),
    });
    const signIns: number[] = [];
    let owner: { userId: string; dataKey: Parameters<typeof recordVault>[1]['dataKey'] } | undefined;
    for (let i = 0; i < repeats.signIn; i++) {
      const start = performance.now();
      const session = await accounts.signIn({
        name: seeded.name,
        passphrase: seeded.passphrase,
        device: 'bench',
        address: '127.0.0.1',
      });
      signIns.push(performance.now() - start);
      owner = session.account;
      await accounts.endSession(session.account.userId, session.account.sessionId);
    }
    if (!owner) throw new Error('no sign-in was measured');
    const runs: number[] = [];
    let records = 0;
    for (let i = 0; i < repeats.decrypt; i++) {
      records = 0;
      const start = performance.now();
      for await (const batch of recordVault(store.db, owner).each()) records += batch.length;
      runs.push(performance.now() - start);
    }
    const mid = median(runs);
    return {
      signInMs: { runs: signIns.map((v) => round(v)), median: round(median(signIns)) },
      decryptAll: {
        records,
        runsMs: runs.map((v) => round(v)),
        medianMs: round(mid),
        recordsPerSecond: Math.round(records / (mid / 1000)),
      },
    };
  } finally {
    await store.close();
  }
}

/** Removes what a benchmark run wrote into the seeded account (check-ins, sessions), leaving the seeded set. */
export async function removeBenchWrites(target: DatabaseTarget, seeded: SeededAccounts): Promise<number> {
  const store = await openStore(target);
  try {
    const user = await store.db
      .selectFrom('users')
      .select('id')
      .where('name_key', '=', accountNameKey(seeded.name))
      .executeTakeFirst();
    if (!user) throw new Error(`${seeded.name} is not in this database: run npm run bench:seed first`);
    const removed = await store.db
      .deleteFrom('records')
      .where('user_id', '=', user.id)
      .where('created_at', '>', seeded.seededAt)
      .executeTakeFirst();
    await store.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    return Number(removed.numDeletedRows);
  } finally {
    await store.close();
  }
}

/**
 * The floor for a write: better-sqlite3 inserting an already-sealed payload
 * into the same schema with the same durability settings (WAL, synchronous
 * FULL), one transaction per insert, as the server commits each save.
 */
export async function rawInsertFloor(dir: string, inserts: number): Promise<Summary> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'floor.db');
  const store = await openStore({ dialect: 'sqlite', file });
  try {
    const sqlite = store.sqlite;
    if (!sqlite) throw new Error('expected SQLite');
    const userId = uuidv7();
    const key = randomBytes(32);
    sqlite
      .prepare(
        'insert into users (id, name_key, name, created_at, kdf_params, passphrase_salt, key_by_passphrase, recovery_salt, key_by_recovery) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(userId, 'floor', 'floor', Date.now(), '{}', key, key, key, key);
    const payload = seal(
      key,
      Buffer.from(JSON.stringify({ pleasantness: 0.4, energy: -0.2, feelings: ['calm', 'content'] })),
      recordAssociatedData(userId, 'floor', 'checkin'),
    );
    const insert = sqlite.prepare(
      'insert into records (user_id, id, kind, occurred_at, created_at, updated_at, deleted_at, version, payload) values (?, ?, ?, ?, ?, ?, null, 1, ?)',
    );
    const times: number[] = [];
    for (let i = 0; i < inserts; i++) {
      const now = Date.now();
      const start = performance.now();
      insert.run(userId, uuidv7(), 'checkin', now, now, now, payload);
      times.push(performance.now() - start);
    }
    return summarise(times);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
