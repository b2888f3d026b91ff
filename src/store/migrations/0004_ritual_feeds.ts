import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { Dialect } from '../db.js';

/**
 * A person's calendar feed of rituals (src/store/feed.ts): at most one per
 * person, gone with the account by cascade. The token is kept only as its
 * hash; the titles only sealed.
 */
export function ritualFeeds(dialect: Dialect): Migration {
  const bytes = sql.raw(dialect === 'postgres' ? 'bytea' : 'blob');
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('ritual_feeds')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('token_by_data', bytes, (c) => c.notNull())
        .addColumn('key_by_data', bytes, (c) => c.notNull())
        .addColumn('key_by_token', bytes, (c) => c.notNull())
        .addColumn('entries', bytes, (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  };
}
