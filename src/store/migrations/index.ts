import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { sql } from 'kysely';
import type { Dialect } from '../db.js';

/**
 * One forward-only migration set for SQLite and PostgreSQL. Each migration
 * gets the dialect where column types differ. Names sort in order; never
 * rename or edit one that has shipped: add the next.
 */
export function migrationsFor(dialect: Dialect): Record<string, Migration> {
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
  };
}
