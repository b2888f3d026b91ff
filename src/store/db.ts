import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import pg from 'pg';
import type { Database } from './schema.js';
import { migrationsFor } from './migrations/index.js';

export type Dialect = 'sqlite' | 'postgres';

export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** The SQLite connection, for online backups; absent on PostgreSQL. */
  readonly sqlite?: SQLite.Database;
  close(): Promise<void>;
}

/** The database holds migrations this version of Haven does not know: refuse rather than guess. */
export class MigrationMismatchError extends Error {
  readonly unknown: readonly string[];
  constructor(unknown: readonly string[]) {
    super(
      `This database was changed by a different version of Haven (unknown migrations: ${unknown.join(', ')}). ` +
        'Haven will not touch it. Run the version of Haven that made it, or restore a backup.',
    );
    this.name = 'MigrationMismatchError';
    this.unknown = unknown;
  }
}

/**
 * Opens the database, refuses one whose applied migrations this code does not
 * know (checked read-only first, so the file stays untouched), then applies
 * any pending migrations.
 */
export async function openStore(target: DatabaseTarget): Promise<Store> {
  if (target.dialect === 'sqlite' && target.file !== ':memory:' && existsSync(target.file)) {
    const readonly = new Kysely<Database>({
      dialect: new SqliteDialect({
        database: new SQLite(target.file, { readonly: true, fileMustExist: true }),
      }),
    });
    try {
      await assertKnownMigrations(readonly, 'sqlite');
    } finally {
      await readonly.destroy();
    }
  }

  const store = connect(target);
  try {
    await assertKnownMigrations(store.db, store.dialect);
    await migrateToLatest(store.db, store.dialect);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Connects without checking or applying migrations: `openStore` is the way in; tests of a migration start here. */
export function connect(target: DatabaseTarget): Store {
  if (target.dialect === 'sqlite') {
    if (target.file !== ':memory:') {
      mkdirSync(dirname(target.file), { recursive: true, mode: 0o700 });
      createPrivateFile(target.file);
    }
    const sqlite = new SQLite(target.file);
    sqlite.pragma('journal_mode = WAL');
    if (target.file !== ':memory:') keepPrivate(target.file);
    // FULL: a write Haven acknowledged survives a crash or a power cut.
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
  }
  // 64-bit integers hold millisecond times and counts, well within a double's exact range.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

class StaticMigrations implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  getMigrations() {
    return Promise.resolve(migrationsFor(this.dialect));
  }
}

async function assertKnownMigrations(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const applied = await appliedMigrations(db);
  const known = new Set(Object.keys(migrationsFor(dialect)));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new MigrationMismatchError(unknown);
}

export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  // Asked directly rather than through introspection, which on PostgreSQL lists
  // every schema's tables and would find another schema's migration table.
  const untyped = db as unknown as Kysely<{ kysely_migration: { name: string } }>;
  try {
    const rows = await untyped.selectFrom('kysely_migration').select('name').orderBy('name').execute();
    return rows.map((r) => r.name);
  } catch (error) {
    if (isMissingTable(error)) return [];
    throw error;
  }
}

/** SQLite's "no such table" and PostgreSQL's undefined_table (42P01). */
function isMissingTable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ('code' in error && error.code === '42P01') return true;
  return error instanceof Error && /no such table/i.test(error.message);
}

async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticMigrations(dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error('Migration failed');
}

export function migrationNames(dialect: Dialect): string[] {
  return Object.keys(migrationsFor(dialect)).sort();
}

/** Owner read and write only: what a Haven database file, its WAL and its backups are made with. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates `file` readable by its owner only, whatever the umask, before
 * SQLite opens it (SQLite would make it 0644 less the umask). A file that is
 * already there keeps its mode: its operator may have chosen it.
 */
export function createPrivateFile(file: string): void {
  if (existsSync(file)) return;
  closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  // openSync's mode is narrowed by the umask, never widened; chmod states it exactly.
  chmodSync(file, PRIVATE_FILE_MODE);
}

/**
 * The write-ahead log and shared-memory files hold what the database holds:
 * SQLite gives them the database file's mode, and this makes sure of it.
 */
function keepPrivate(file: string): void {
  const mode = statSync(file).mode & 0o777;
  for (const suffix of ['-wal', '-shm']) {
    const companion = `${file}${suffix}`;
    if (existsSync(companion)) chmodSync(companion, mode);
  }
}
