import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PG_URL, Person, testServer } from '../../test/helpers.js';
import { buildServer } from './app.js';
import { MigrationMismatchError, openStore } from '../store/db.js';

/** Hosted mode: several stateless instances against one PostgreSQL. */
describe.runIf(PG_URL)('Haven hosted on PostgreSQL', () => {
  it('serves the same people and data from two instances on one database', async () => {
    const first = await testServer('postgres');
    const secondStore = await openStore(first.store.target);
    const second = await buildServer({ config: first.config, store: secondStore });
    try {
      const sam = new Person(first, 'sam');
      await sam.signUp();
      const saved = await sam.post('/api/v1/records', {
        kind: 'journal',
        payload: { body: 'written on one', tags: [] },
      });
      const id = saved.json<{ id: string }>().id;
      const read = await second.app.inject({ url: `/api/v1/records/${id}`, headers: { cookie: sam.cookie } });
      expect(read.json()).toMatchObject({ payload: { body: 'written on one' } });
      const signOut = await second.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signout',
        headers: { cookie: sam.cookie, 'x-haven-csrf': '1' },
      });
      expect(signOut.statusCode).toBe(204);
      expect((await sam.get('/api/v1/session')).statusCode).toBe(401);
    } finally {
      await second.app.close();
      await secondStore.close();
      await first.close();
    }
  });

  it('refuses a database with a migration it does not know, and changes nothing', async () => {
    const server = await testServer('postgres');
    try {
      const target = server.store.target;
      if (target.dialect !== 'postgres') throw new Error('expected postgres');
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      await client.query(
        "insert into kysely_migration (name, timestamp) values ('9999_from_the_future', 'x')",
      );
      const before = await client.query('select count(*) from kysely_migration');
      await expect(openStore(target)).rejects.toBeInstanceOf(MigrationMismatchError);
      const after = await client.query('select count(*) from kysely_migration');
      expect(after.rows).toEqual(before.rows);
      await client.end();
    } finally {
      await server.close();
    }
  });
});
