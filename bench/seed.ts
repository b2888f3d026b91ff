/**
 * `npm run bench:seed`: a realistic, reproducible data set written through
 * Haven's real record path (validated, sealed under each person's data key).
 *
 *   npm run bench:seed                                   ten years for one person, SQLite
 *   npm run bench:seed -- --database-url postgres://…     the same on PostgreSQL
 *   npm run bench:seed -- --users 1000 --years 1          many people, a year each (hosted mode)
 *
 * Options: --data-dir DIR (where haven.db and bench-account.json go), --seed N,
 * --kdf standard|test, --concurrency N (people written at once), --force
 * (replace what an earlier run seeded).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findRecordKind, RECORD_KINDS } from '../src/core/records/registry.js';
import { STANDARD_KDF, TEST_KDF } from '../src/crypto/keys.js';
import {
  accountNameKey,
  accountService,
  DEFAULT_POLICY,
  type AccountService,
} from '../src/store/accounts.js';
import { openStore, type Store } from '../src/store/db.js';
import { recordVault, type Owner } from '../src/store/vault.js';
import {
  ACCOUNT_FILE,
  databaseTarget,
  POSTGRES_DIR,
  redactUrl,
  SQLITE_DIR,
  type SeededAccounts,
} from './lib/account.js';
import { DAY, generatorsFor, planDay, type KindGenerator, type PlannedRecord } from './lib/kinds.js';
import { seededRandom, type Random } from './lib/random.js';

const PASSPHRASE = 'ten quiet years of small steady notes';
const TEN_YEAR_NAME = 'bench-ten-years';
const BATCH = 1000;

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    'database-url': { type: 'string' },
    users: { type: 'string', default: '1' },
    years: { type: 'string' },
    seed: { type: 'string', default: '1' },
    kdf: { type: 'string', default: 'standard' },
    concurrency: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
});

const users = positiveInt(values.users, 'users');
const years = Number(values.years ?? (users > 1 ? 1 : 10));
if (!(years > 0 && years <= 50)) fail('--years must be between 0 and 50');
const seed = positiveInt(values.seed, 'seed');
if (values.kdf !== 'standard' && values.kdf !== 'test') fail('--kdf must be standard or test');
const kdfName: 'standard' | 'test' = values.kdf;
const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
const dataDir = resolve(
  values['data-dir'] ?? (databaseUrl ? POSTGRES_DIR : SQLITE_DIR) + (users > 1 ? `-${users}-users` : ''),
);
const concurrency = positiveInt(values.concurrency ?? (databaseUrl ? '4' : '2'), 'concurrency');
const names =
  users === 1
    ? [TEN_YEAR_NAME]
    : Array.from({ length: users }, (_, i) => `bench-person-${String(i + 1).padStart(4, '0')}`);

const generators = generatorsFor(RECORD_KINDS);

await main();

async function main(): Promise<void> {
  const target = databaseTarget(dataDir, databaseUrl);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (target.dialect === 'sqlite' && values.force) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target.file}${suffix}`, { force: true });
  }
  const where = target.dialect === 'sqlite' ? target.file : redactUrl(target.url);
  console.log(
    `Seeding ${users === 1 ? `one person, ${years} years` : `${users} people, ${years} year(s) each`} into ${where}`,
  );
  const store = await openStore(target);
  try {
    await clearEarlierRun(store);
    const accounts = accountService(store.db, {
      ...DEFAULT_POLICY,
      kdf: kdfName === 'standard' ? STANDARD_KDF : TEST_KDF,
      sessionIdleMs: 12 * 60 * 60_000,
      // Seeding signs nobody in, so nothing is throttled.
      secret: randomBytes(32),
    });
    const started = performance.now();
    const byKind: Record<string, number> = {};
    let total = 0;
    let nextPerson = 0;
    let lastReport = started;
    const worker = async () => {
      for (;;) {
        const index = nextPerson++;
        const name = names[index];
        if (name === undefined) return;
        const counts = await seedPerson(store, accounts, name, index);
        for (const [kind, n] of Object.entries(counts)) {
          byKind[kind] = (byKind[kind] ?? 0) + n;
          total += n;
        }
        if (users > 1 && (performance.now() - lastReport > 5000 || index === users - 1)) {
          lastReport = performance.now();
          console.log(
            `  ${index + 1}/${users} people, ${total.toLocaleString('en')} records, ${seconds(started)} s`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, users) }, worker));
    const elapsed = (performance.now() - started) / 1000;
    if (users === 1 && years >= 10 && total < 40_000) {
      fail(`only ${total} records were generated; the ten-year data set must hold at least 40,000`);
    }
    const summary: SeededAccounts = {
      database: target.dialect,
      name: names[0] ?? TEN_YEAR_NAME,
      names,
      passphrase: PASSPHRASE,
      kdf: kdfName,
      years,
      seed,
      records: total,
      byKind,
      seededAt: Date.now(),
      seconds: Math.round(elapsed * 10) / 10,
    };
    writeFileSync(join(dataDir, ACCOUNT_FILE), `${JSON.stringify(summary, null, 2)}\n`, { mode: 0o600 });
    console.log(
      `\nDone: ${total.toLocaleString('en')} records for ${users} ${users === 1 ? 'person' : 'people'} in ${elapsed.toFixed(1)} s (${Math.round(total / elapsed).toLocaleString('en')} records/s)`,
    );
    for (const [kind, n] of Object.entries(byKind).sort((a, b) => b[1] - a[1])) {
      console.log(`  ${kind.padEnd(18)} ${n.toLocaleString('en').padStart(10)}`);
    }
    if (target.dialect === 'sqlite') {
      if (store.sqlite) store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      console.log(`Database file: ${(statSync(target.file).size / 1024 / 1024).toFixed(1)} MiB`);
    }
    console.log(`Account details for the benchmark: ${join(dataDir, ACCOUNT_FILE)}`);
  } finally {
    await store.close();
  }
}

/** One person: sign up as the app does, then write their years of records through the vault. */
async function seedPerson(
  store: Store,
  accounts: AccountService,
  name: string,
  index: number,
): Promise<Record<string, number>> {
  const session = await accounts.signUp({ name, passphrase: PASSPHRASE, device: 'bench seed' });
  await accounts.endSession(session.account.userId, session.account.sessionId);
  const owner: Owner = { userId: session.account.userId, dataKey: session.account.dataKey };
  const r = seededRandom(seed * 100_003 + index);
  // The ten-year person keeps a steady, frequent habit; among many people, habits vary.
  const pace = users === 1 ? 1 : Math.max(0.05, Math.min(1, r.normal(0.35, 0.2)));
  const counts: Record<string, number> = {};
  let batch: PlannedRecord[] = [];
  let written = 0;
  const recent = new Map<string, string>();
  // What a kind that keeps each thing once (a real day per date) already holds for this person.
  const keptOnce = new Set<string>();
  const started = performance.now();

  const flush = async () => {
    const records = batch;
    batch = [];
    let clock = 0;
    await store.db.transaction().execute(async (trx) => {
      const vault = recordVault(trx, owner, () => clock);
      for (const planned of records) {
        // Saved a moment after it happened, as through the app.
        clock = planned.occurredAt + r.int(0, 120_000);
        const generator = generators.get(planned.kind) as KindGenerator;
        const payload = generator.payload(r, { recent, occurredAt: planned.occurredAt });
        // A repeat is not written: in the app, the person would change the one they keep.
        const key = findRecordKind(planned.kind)?.unique?.key(payload);
        if (key !== undefined) {
          if (keptOnce.has(`${planned.kind}\n${key}`)) continue;
          keptOnce.add(`${planned.kind}\n${key}`);
        }
        const record = await vault.create({
          kind: planned.kind,
          occurredAt: new Date(planned.occurredAt).toISOString(),
          payload,
        });
        recent.set(record.kind, record.id);
        counts[planned.kind] = (counts[planned.kind] ?? 0) + 1;
      }
    });
    written += records.length;
    if (users === 1 && written % 5000 < BATCH) {
      console.log(`  ${written.toLocaleString('en')} records, ${seconds(started)} s`);
    }
  };

  for (const planned of plan(r, pace)) {
    batch.push(planned);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return counts;
}

/** Every record a person writes over the years, oldest first, ending now. */
function* plan(r: Random, pace: number): Generator<PlannedRecord> {
  const now = Date.now();
  const today = now - (now % DAY);
  const totalDays = Math.round(years * 365.25);
  const first = today - (totalDays - 1) * DAY;
  for (let day = 0; day < totalDays; day++) {
    const dayStart = first + day * DAY;
    const weekday = new Date(dayStart).getUTCDay();
    for (const planned of planDay(r, generators, dayStart, { day, totalDays, weekday, pace })) {
      if (planned.occurredAt <= now) yield planned;
    }
  }
}

async function clearEarlierRun(store: Store): Promise<void> {
  const keys = names.map(accountNameKey);
  const existing = await store.db
    .selectFrom('users')
    .select('id')
    .where('name_key', 'in', keys.slice(0, 1))
    .executeTakeFirst();
  if (!existing) return;
  if (!values.force) {
    fail(`${names[0] ?? ''} is already seeded in this database. Add --force to replace it.`);
  }
  console.log('Removing the accounts an earlier run seeded…');
  for (let i = 0; i < keys.length; i += 500) {
    const ids = (
      await store.db
        .selectFrom('users')
        .select('id')
        .where('name_key', 'in', keys.slice(i, i + 500))
        .execute()
    ).map((u) => u.id);
    if (ids.length === 0) continue;
    await store.db.deleteFrom('records').where('user_id', 'in', ids).execute();
    await store.db.deleteFrom('sessions').where('user_id', 'in', ids).execute();
    await store.db.deleteFrom('users').where('id', 'in', ids).execute();
  }
}

function positiveInt(value: string | undefined, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive whole number`);
  return n;
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}

function fail(message: string): never {
  console.error(`bench:seed: ${message}`);
  process.exit(2);
}
