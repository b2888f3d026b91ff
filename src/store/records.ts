import type { Insertable, Selectable } from 'kysely';
import { invalidInput } from '../core/errors.js';
import { findRecordKind } from '../core/records/registry.js';
import type { RecordsTable } from './schema.js';
import type { Db } from './transaction.js';

/**
 * The generic records repository: rows with sealed payloads, always scoped to
 * one user. It never sees plaintext; sealing happens in the vault above it.
 *
 * The `singleton` flag is a storage detail kept here: derived from the kind
 * when a row is stored, it lets the database keep one live record per person
 * of a one-per-person kind. A write that would make a second one live fails
 * with a unique violation (see `isUniqueViolation`). So does one that would
 * repeat a live record's `unique_key`, which the vault computes.
 */
export type RecordRow = Omit<Selectable<RecordsTable>, 'singleton' | 'unique_key'>;

/** A row being written: with its keyed hash, for a kind whose records must not repeat (see the vault). */
export type WrittenRow = RecordRow & { unique_key?: string | null };

/** Every column but the flag, so rows read back are exactly what was stored. */
const ROW_COLUMNS = [
  'user_id',
  'id',
  'kind',
  'occurred_at',
  'created_at',
  'updated_at',
  'deleted_at',
  'version',
  'payload',
] as const satisfies readonly (keyof RecordRow)[];

export interface ListQuery {
  kind?: string | undefined;
  /** Inclusive lower bound on occurred_at (ms). */
  from?: number | undefined;
  /** Exclusive upper bound on occurred_at (ms). */
  to?: number | undefined;
  cursor?: string | undefined;
  limit: number;
  includeDeleted?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function recordRepository(db: Db) {
  return {
    async insert(row: WrittenRow): Promise<void> {
      await db.insertInto('records').values(stored(row)).execute();
    },

    /** Inserts rows whose id this user does not have yet; returns how many went in. */
    async insertMissing(rows: readonly WrittenRow[]): Promise<number> {
      if (rows.length === 0) return 0;
      const result = await db
        .insertInto('records')
        .values(rows.map(stored))
        .onConflict((oc) => oc.columns(['user_id', 'id']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n);
    },

    async get(userId: string, id: string, includeDeleted = false): Promise<RecordRow | undefined> {
      let query = db
        .selectFrom('records')
        .select(ROW_COLUMNS)
        .where('user_id', '=', userId)
        .where('id', '=', id);
      if (!includeDeleted) query = query.where('deleted_at', 'is', null);
      return query.executeTakeFirst();
    },

    /** The live records with these ids; ids this user does not have are left out. */
    async liveByIds(userId: string, ids: readonly string[]): Promise<RecordRow[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('records')
        .select(ROW_COLUMNS)
        .where('user_id', '=', userId)
        .where('id', 'in', [...ids])
        .where('deleted_at', 'is', null)
        .execute();
    },

    /** Which of these keyed hashes this user's live records of `kind` hold already. */
    async liveUniqueKeys(userId: string, kind: string, keys: readonly string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await db
        .selectFrom('records')
        .select('unique_key')
        .where('user_id', '=', userId)
        .where('kind', '=', kind)
        .where('deleted_at', 'is', null)
        .where('unique_key', 'in', [...keys])
        .execute();
      return new Set(rows.flatMap((r) => (r.unique_key === null ? [] : [r.unique_key])));
    },

    async existingIds(userId: string, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('records')
        .select('id')
        .where('user_id', '=', userId)
        .where('id', 'in', [...ids])
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    async update(
      userId: string,
      id: string,
      change: Pick<WrittenRow, 'payload' | 'version' | 'occurred_at' | 'updated_at' | 'unique_key'>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('records')
        .set(change)
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async softDelete(userId: string, id: string, at: number): Promise<boolean> {
      const result = await db
        .updateTable('records')
        .set({ deleted_at: at })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async restore(userId: string, id: string): Promise<boolean> {
      const result = await db
        .updateTable('records')
        .set({ deleted_at: null })
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .where('deleted_at', 'is not', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async hardDelete(userId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('records')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async deleteAllFor(userId: string): Promise<void> {
      await db.deleteFrom('records').where('user_id', '=', userId).execute();
    },

    /** Newest first by occurred_at, then id; the cursor is opaque to callers. */
    async list(userId: string, query: ListQuery): Promise<Page<RecordRow>> {
      let q = db.selectFrom('records').select(ROW_COLUMNS).where('user_id', '=', userId);
      if (!query.includeDeleted) q = q.where('deleted_at', 'is', null);
      if (query.kind !== undefined) q = q.where('kind', '=', query.kind);
      if (query.from !== undefined) q = q.where('occurred_at', '>=', query.from);
      if (query.to !== undefined) q = q.where('occurred_at', '<', query.to);
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      if (after) {
        q = q.where((eb) =>
          eb.or([
            eb('occurred_at', '<', after.occurredAt),
            eb.and([eb('occurred_at', '=', after.occurredAt), eb('id', '<', after.id)]),
          ]),
        );
      }
      const rows = await q
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .limit(query.limit + 1)
        .execute();
      const items = rows.slice(0, query.limit);
      const last = items.at(-1);
      return {
        items,
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.occurred_at, last.id) : null,
      };
    },

    /**
     * Every live record of a user (or, with `deleted`, every one in the
     * trash), oldest first, in batches: for export and search.
     */
    async *each(
      userId: string,
      kind?: string,
      batchSize = 1000,
      which: 'live' | 'deleted' = 'live',
    ): AsyncGenerator<RecordRow[]> {
      let afterTime = -Infinity;
      let afterId = '';
      for (;;) {
        let q = db
          .selectFrom('records')
          .select(ROW_COLUMNS)
          .where('user_id', '=', userId)
          .where('deleted_at', which === 'live' ? 'is' : 'is not', null);
        if (kind !== undefined) q = q.where('kind', '=', kind);
        if (afterTime !== -Infinity) {
          const t = afterTime;
          const i = afterId;
          q = q.where((eb) =>
            eb.or([eb('occurred_at', '>', t), eb.and([eb('occurred_at', '=', t), eb('id', '>', i)])]),
          );
        }
        const rows = await q.orderBy('occurred_at', 'asc').orderBy('id', 'asc').limit(batchSize).execute();
        if (rows.length === 0) return;
        yield rows;
        const last = rows[rows.length - 1];
        if (!last || rows.length < batchSize) return;
        afterTime = last.occurred_at;
        afterId = last.id;
      }
    },

    async count(userId: string): Promise<number> {
      const row = await db
        .selectFrom('records')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('user_id', '=', userId)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type RecordRepository = ReturnType<typeof recordRepository>;

/** A row as stored: with the flag the one-per-person index reads, and its keyed hash or null. */
function stored(row: WrittenRow): Insertable<RecordsTable> {
  return {
    ...row,
    singleton: findRecordKind(row.kind)?.singleton ? 1 : 0,
    unique_key: row.unique_key ?? null,
  };
}

function encodeCursor(occurredAt: number, id: string): string {
  return Buffer.from(JSON.stringify([occurredAt, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { occurredAt: number; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      Number.isSafeInteger(value[0]) &&
      typeof value[1] === 'string'
    ) {
      return { occurredAt: value[0] as number, id: value[1] };
    }
  } catch {
    // fall through to the typed error
  }
  throw invalidInput('The paging cursor is not valid.', [
    { path: 'cursor', message: 'Not a cursor Haven made' },
  ]);
}
