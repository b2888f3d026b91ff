import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

/** The database, or a transaction on it: what repositories are built over. */
export type Db = Kysely<Database> | Transaction<Database>;

/**
 * Runs `work` in one transaction, committed when it resolves and rolled back
 * when it throws. Inside a transaction already, it joins that one, so helpers
 * can be composed without nesting (neither dialect nests transactions).
 */
export async function transaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}

/**
 * Whether the database refused a write because it would break a unique index:
 * SQLite's SQLITE_CONSTRAINT_UNIQUE (better-sqlite3) or PostgreSQL's 23505
 * (unique_violation, pg).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === '23505';
}
