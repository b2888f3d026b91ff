import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTestUser, DIALECTS, testStore, type TestStore } from '../../test/helpers.js';
import { migrationNames, MigrationMismatchError, openStore, appliedMigrations } from './db.js';
import { recordRepository, type RecordRow } from './records.js';

describe.each(DIALECTS)('the records repository on %s', (dialect) => {
  let store: TestStore;
  const userA = uuidv7();
  const userB = uuidv7();

  beforeEach(async () => {
    store = await testStore(dialect);
    for (const id of [userA, userB]) await addTestUser(store.db, id);
  });
  afterEach(() => store.drop());

  const row = (userId: string, occurredAt: number, kind = 'journal', id = uuidv7()): RecordRow => ({
    user_id: userId,
    id,
    kind,
    occurred_at: occurredAt,
    created_at: occurredAt,
    updated_at: occurredAt,
    deleted_at: null,
    version: 1,
    payload: Buffer.from([1, 2, 3, occurredAt % 250]),
  });

  it('creates, reads and updates a record, keeping the bytes exactly', async () => {
    const repo = recordRepository(store.db);
    const r = row(userA, 1000);
    await repo.insert(r);
    expect(await repo.get(userA, r.id)).toEqual(r);
    const payload = Buffer.from('new sealed bytes');
    expect(await repo.update(userA, r.id, { payload, version: 2, occurred_at: 5, updated_at: 2000 })).toBe(
      true,
    );
    const after = await repo.get(userA, r.id);
    expect(after?.payload.equals(payload)).toBe(true);
    expect(after?.version).toBe(2);
    expect(after?.occurred_at).toBe(5);
  });

  it('keeps each person to their own records', async () => {
    const repo = recordRepository(store.db);
    const r = row(userA, 1000);
    await repo.insert(r);
    expect(await repo.get(userB, r.id)).toBeUndefined();
    expect(
      await repo.update(userB, r.id, { payload: Buffer.alloc(1), version: 1, occurred_at: 1, updated_at: 1 }),
    ).toBe(false);
    expect(await repo.softDelete(userB, r.id, 1)).toBe(false);
    expect(await repo.hardDelete(userB, r.id)).toBe(false);
    expect((await repo.list(userB, { limit: 10 })).items).toEqual([]);
    expect(await repo.get(userA, r.id)).toEqual(r);
  });

  it('soft-deletes with undo, and hard-deletes for good', async () => {
    const repo = recordRepository(store.db);
    const r = row(userA, 1000);
    await repo.insert(r);
    expect(await repo.softDelete(userA, r.id, 1500)).toBe(true);
    expect(await repo.get(userA, r.id)).toBeUndefined();
    expect((await repo.get(userA, r.id, true))?.deleted_at).toBe(1500);
    expect((await repo.list(userA, { limit: 10 })).items).toHaveLength(0);
    expect(await repo.restore(userA, r.id)).toBe(true);
    expect(await repo.get(userA, r.id)).toEqual(r);
    expect(await repo.hardDelete(userA, r.id)).toBe(true);
    expect(await repo.get(userA, r.id, true)).toBeUndefined();
  });

  it('lists by kind and time range, newest first, across cursor pages without gaps or repeats', async () => {
    const repo = recordRepository(store.db);
    const rows: RecordRow[] = [];
    for (let i = 0; i < 23; i++)
      rows.push(row(userA, 1000 + Math.floor(i / 3), i % 4 === 0 ? 'checkin' : 'journal'));
    for (const r of rows) await repo.insert(r);
    await repo.insert(row(userB, 1003));

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await repo.list(userA, { kind: 'journal', limit: 4, cursor });
      seen.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const expected = rows
      .filter((r) => r.kind === 'journal')
      .sort((a, b) => b.occurred_at - a.occurred_at || (a.id < b.id ? 1 : -1))
      .map((r) => r.id);
    expect(seen).toEqual(expected);

    const ranged = await repo.list(userA, { from: 1002, to: 1004, limit: 100 });
    expect(ranged.items.every((r) => r.occurred_at >= 1002 && r.occurred_at < 1004)).toBe(true);
    expect(ranged.items).toHaveLength(
      rows.filter((r) => r.occurred_at >= 1002 && r.occurred_at < 1004).length,
    );
  });

  it('walks every record in batches, oldest first', async () => {
    const repo = recordRepository(store.db);
    for (let i = 0; i < 7; i++) await repo.insert(row(userA, 100 - i));
    const batches: number[][] = [];
    for await (const batch of repo.each(userA, undefined, 3)) batches.push(batch.map((r) => r.occurred_at));
    expect(batches).toEqual([[94, 95, 96], [97, 98, 99], [100]]);
    expect(await repo.count(userA)).toBe(7);
  });

  it('inserts only the records a person does not have yet', async () => {
    const repo = recordRepository(store.db);
    const a = row(userA, 1);
    await repo.insert(a);
    const b = row(userA, 2);
    expect(await repo.insertMissing([a, b])).toBe(1);
    expect(await repo.count(userA)).toBe(2);
  });

  it('refuses a cursor it did not make', async () => {
    const repo = recordRepository(store.db);
    await expect(repo.list(userA, { limit: 5, cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('records the migrations it applied', async () => {
    expect(await appliedMigrations(store.db)).toEqual(migrationNames(dialect));
  });
});

describe('the start-up migration check', () => {
  it('refuses a SQLite database with a migration it does not know, and leaves the file byte-identical', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'haven-mig-')), 'haven.db');
    const store = await openStore({ dialect: 'sqlite', file });
    await store.close();
    const raw = new SQLite(file);
    raw.prepare("insert into kysely_migration (name, timestamp) values ('9999_from_the_future', 'x')").run();
    raw.close();
    const hash = () => createHash('sha256').update(readFileSync(file)).digest('hex');
    const before = hash();
    await expect(openStore({ dialect: 'sqlite', file })).rejects.toBeInstanceOf(MigrationMismatchError);
    expect(hash()).toBe(before);
  });

  it('applies pending migrations to a new database and opens an up-to-date one again', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'haven-mig-')), 'haven.db');
    const first = await openStore({ dialect: 'sqlite', file });
    await first.close();
    const second = await openStore({ dialect: 'sqlite', file });
    expect(await appliedMigrations(second.db)).toEqual(migrationNames('sqlite'));
    await second.close();
  });
});
