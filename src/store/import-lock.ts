import { createHash } from 'node:crypto';
import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { conflict, HavenError } from '../core/errors.js';
import type { Database } from './schema.js';

/** Imports one server runs at once, for everyone together: each holds a whole file in memory. */
export const IMPORTS_AT_ONCE = 2;

/**
 * Runs `work` as this person's only import. A second import while one runs
 * is refused with a conflict, whichever instance it reaches:
 *
 * - on PostgreSQL (hosted, several instances) by a session-level advisory
 *   lock keyed by the person, held on a connection of its own for as long as
 *   the import runs. If the instance dies, the connection ends and the lock
 *   with it, so nothing needs to expire.
 * - on SQLite (a personal install: one server owns the file) by this
 *   process's own count, which the PostgreSQL path keeps too, as a fast path.
 *
 * The same count caps imports per server (`IMPORTS_AT_ONCE`), answered with
 * "busy, try again in a minute" (429), so several large files at once cannot
 * take all the server's memory.
 */
export async function withImportLock<T>(
  db: Kysely<Database>,
  userId: string,
  work: () => Promise<T>,
): Promise<T> {
  const running = runningImports(db);
  if (running.has(userId)) throw alreadyImporting();
  if (running.size >= IMPORTS_AT_ONCE) {
    throw new HavenError(
      'rate_limited',
      'Haven is busy bringing in other files just now. Please try again in a minute.',
    );
  }
  running.add(userId);
  try {
    if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return await work();
    const key = lockKey(userId);
    return await db.connection().execute(async (connection) => {
      const { rows } = await sql<{ locked: boolean }>`
        select pg_try_advisory_lock(${key}::bigint) as locked`.execute(connection);
      if (rows[0]?.locked !== true) throw alreadyImporting();
      try {
        return await work();
      } finally {
        await sql`select pg_advisory_unlock(${key}::bigint)`.execute(connection);
      }
    });
  } finally {
    running.delete(userId);
  }
}

const importsByDatabase = new WeakMap<Kysely<Database>, Set<string>>();

/** The people importing now through this database handle (one per server). */
function runningImports(db: Kysely<Database>): Set<string> {
  let set = importsByDatabase.get(db);
  if (!set) {
    set = new Set();
    importsByDatabase.set(db, set);
  }
  return set;
}

/** A 64-bit advisory lock key for this person's import, as text for a bigint parameter. */
function lockKey(userId: string): string {
  return createHash('sha256').update(`haven/import\u0000${userId}`).digest().readBigInt64BE(0).toString();
}

function alreadyImporting(): HavenError {
  return conflict('You are already bringing in a file. Once that one has finished, you can import another.');
}
