import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { sql } from 'kysely';
import type { Dialect } from '../db.js';
import { RECORD_KINDS } from '../../core/records/registry.js';
import { ritualFeeds } from './0004_ritual_feeds.js';

/**
 * One forward-only migration set for SQLite and PostgreSQL. Each migration
 * gets the dialect where column types differ. Names sort in order; never
 * rename or edit one that has shipped: add the next.
 */
export function migrationsFor(dialect: Dialect, now: () => number = Date.now): Record<string, Migration> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  const autoId = dialect === 'postgres' ? 'bigserial' : 'integer';
  return {
    '0001_accounts_sessions_records': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('users')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name_key', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('kdf_params', 'text', (c) => c.notNull())
          .addColumn('passphrase_salt', sql.raw(bytes), (c) => c.notNull())
          .addColumn('key_by_passphrase', sql.raw(bytes), (c) => c.notNull())
          .addColumn('recovery_salt', sql.raw(bytes), (c) => c.notNull())
          .addColumn('key_by_recovery', sql.raw(bytes), (c) => c.notNull())
          .execute();

        await db.schema
          .createTable('sessions')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('key_by_session', sql.raw(bytes), (c) => c.notNull())
          .addColumn('device', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();

        await db.schema
          .createTable('records')
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('occurred_at', 'bigint', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addColumn('deleted_at', 'bigint')
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('payload', sql.raw(bytes), (c) => c.notNull())
          .addPrimaryKeyConstraint('records_pk', ['user_id', 'id'])
          .execute();
        await db.schema
          .createIndex('records_by_kind_time')
          .on('records')
          .columns(['user_id', 'kind', 'occurred_at', 'id'])
          .execute();
        await db.schema
          .createIndex('records_by_time')
          .on('records')
          .columns(['user_id', 'occurred_at', 'id'])
          .execute();

        await db.schema
          .createTable('auth_failures')
          .addColumn('id', sql.raw(autoId), (c) => c.primaryKey())
          .addColumn('key', 'text', (c) => c.notNull())
          .addColumn('at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('auth_failures_by_key')
          .on('auth_failures')
          .columns(['key', 'at'])
          .execute();
      },
    },

    /**
     * One live record per person for kinds declared `singleton` (the safety
     * plan, the growth path), kept by the database. The flag column names no
     * kind, so a new singleton kind needs no migration; the names are read
     * from the kind declarations only to mark the rows that exist today.
     */
    '0002_one_live_record_per_person': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .alterTable('records')
          .addColumn('singleton', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await markOnePerPerson(db, singletonKindNames(), now());
        await db.schema
          .createIndex('records_one_live_per_person')
          .unique()
          .on('records')
          .columns(['user_id', 'kind'])
          .where(sql.ref('singleton'), '=', 1)
          .where(sql.ref('deleted_at'), 'is', null)
          .execute();
      },
    },

    /**
     * Throttling without a lock for strangers to hand out (docs/SECURITY.md).
     * Failures are now keyed by an HMAC under the server secret; the rows
     * keyed by plain SHA-256 are dropped (they only ever counted for minutes).
     * Browsers a person has signed in on are remembered per person, and a
     * hosted server given no HAVEN_SECRET keeps a generated one here.
     */
    '0003_keyed_attempts_and_known_browsers': {
      async up(db: Kysely<unknown>) {
        await sql`delete from auth_failures`.execute(db);
        await db.schema
          .createTable('known_browsers')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('known_browsers_by_user')
          .on('known_browsers')
          .column('user_id')
          .execute();
        await db.schema
          .createTable('server_secret')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('secret', sql.raw(bytes), (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
      },
    },

    /** A person's calendar feed of ritual titles (src/store/feed.ts). */
    '0004_ritual_feeds': ritualFeeds(dialect),

    /**
     * Records that must not repeat each other (kinds declared `unique`, such
     * as profile items), kept apart by the database: a keyed hash of what must
     * not repeat, unique among a person's live records of a kind. Rows stored
     * before this have none (the server holds no key to compute it while
     * migrating) and get one when next written.
     */
    '0005_records_unique_by_key': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('records').addColumn('unique_key', 'text').execute();
        await db.schema
          .createIndex('records_unique_live')
          .unique()
          .on('records')
          .columns(['user_id', 'kind', 'unique_key'])
          .where(sql.ref('deleted_at'), 'is', null)
          .execute();
      },
    },
  };
}

/** The kinds of record a person may have at most one live one of. */
function singletonKindNames(): string[] {
  return RECORD_KINDS.filter((kind) => kind.singleton).map((kind) => kind.name);
}

/**
 * Flags the records of these kinds as one per person, and repairs what
 * application code alone let through (a restore or an import beside a live
 * one): of several live records of one such kind, the most recently updated
 * stays live and the others are soft-deleted at `at`. Nothing is lost; the
 * others stay in the database as deleted records.
 *
 * Should a kind that already has records become one per person, its
 * migration calls this with that kind's name.
 */
async function markOnePerPerson(db: Kysely<unknown>, kinds: readonly string[], at: number): Promise<void> {
  if (kinds.length === 0) return;
  await sql`update records set singleton = 1 where kind in (${sql.join(kinds)})`.execute(db);
  // The newest live one is never older than another, so it always survives
  // whatever order the rows are visited in.
  await sql`
    update records set deleted_at = ${at}
    where singleton = 1 and deleted_at is null
      and exists (
        select 1 from records as newer
        where newer.user_id = records.user_id
          and newer.kind = records.kind
          and newer.singleton = 1
          and newer.deleted_at is null
          and (newer.updated_at > records.updated_at
            or (newer.updated_at = records.updated_at and newer.id > records.id))
      )
  `.execute(db);
}
