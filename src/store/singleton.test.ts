import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely/migration';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addTestUser,
  DIALECTS,
  emptyStore,
  safetyPlan,
  testStore,
  type TestStore,
} from '../../test/helpers.js';
import { generateDataKey } from '../crypto/keys.js';
import { migrationNames, type Store } from './db.js';
import { migrationsFor } from './migrations/index.js';
import { recordRepository, type RecordRow } from './records.js';
import { isUniqueViolation } from './transaction.js';
import { recordVault } from './vault.js';

const plan = safetyPlan('a walk by the water');

describe.each(DIALECTS)('one live record per person, kept by the database, on %s', (dialect) => {
  let store: TestStore;
  let userId: string;

  beforeEach(async () => {
    store = await testStore(dialect);
    userId = await addTestUser(store.db);
  });
  afterEach(() => store.drop());

  const vault = () => recordVault(store.db, { userId, dataKey: generateDataKey() });

  it('refuses a second live safety plan written straight to the table, whatever the code above it does', async () => {
    const repo = recordRepository(store.db);
    await repo.insert(row(userId, 'safety_plan', 1));
    const second = repo.insert(row(userId, 'safety_plan', 2));
    await expect(second).rejects.toSatisfy(isUniqueViolation);
    // Deleted ones, other kinds and other people are not limited.
    const deleted = { ...row(userId, 'safety_plan', 3), deleted_at: 4 };
    await repo.insert(deleted);
    await repo.insert(row(userId, 'journal', 5));
    await repo.insert(row(userId, 'journal', 6));
    const other = await addTestUser(store.db);
    await repo.insert(row(other, 'safety_plan', 7));
    expect(await repo.restore(userId, deleted.id).catch((error: unknown) => error)).toSatisfy(
      isUniqueViolation,
    );
  });

  it('lets exactly one of ten safety plans saved at once through, and answers the rest with a conflict', async () => {
    const v = vault();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => v.create({ kind: 'safety_plan', payload: plan })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'conflict' });
    expect((await v.list({ kind: 'safety_plan', limit: 10 })).items).toHaveLength(1);
  });

  it('restores a deleted plan only while no other is live', async () => {
    const v = vault();
    const first = await v.create({ kind: 'safety_plan', payload: plan });
    await v.remove(first.id, false);
    const second = await v.create({ kind: 'safety_plan', payload: plan });
    await expect(v.restore(first.id)).rejects.toMatchObject({ code: 'conflict' });
    expect((await v.list({ kind: 'safety_plan', limit: 10 })).items.map((r) => r.id)).toEqual([second.id]);
    await v.remove(second.id, false);
    expect((await v.restore(first.id)).id).toBe(first.id);
    await expect(v.restore(first.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('imports a plan beside a live one not at all, naming the record, and the same plan again as skipped', async () => {
    const v = vault();
    const mine = await v.create({ kind: 'safety_plan', payload: plan });
    await v.create({ kind: 'journal', payload: { body: 'kept', tags: [] } });
    const exported = await v.exportAll('someone');
    expect(await v.importAll(exported)).toEqual({ total: 2, imported: 0, skipped: 2 });

    const other = { ...exported, records: exported.records.map((r) => ({ ...r, id: uuidv7() })) };
    const planAt = other.records.findIndex((r) => r.kind === 'safety_plan');
    await expect(v.importAll(other)).rejects.toMatchObject({
      code: 'conflict',
      fields: [{ path: `records.${planAt}` }],
    });
    expect((await v.list({ limit: 10 })).items).toHaveLength(2);
    expect((await v.list({ kind: 'safety_plan', limit: 10 })).items.map((r) => r.id)).toEqual([mine.id]);
  });
});

describe.each(DIALECTS)('the one-per-person migration on %s', (dialect) => {
  const AT = Date.UTC(2026, 11, 1);
  let store: Store;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ store, drop } = await emptyStore(dialect));
  });
  afterEach(() => drop());

  it('keeps the most recently updated of two live plans and puts the other away as deleted', async () => {
    const migrator = new Migrator({
      db: store.db,
      provider: { getMigrations: () => Promise.resolve(migrationsFor(dialect, () => AT)) },
    });
    const [first] = migrationNames(dialect);
    expect((await migrator.migrateTo(first ?? '')).error).toBeUndefined();

    const sam = await addTestUser(store.db);
    const bea = await addTestUser(store.db);
    // Made first but edited last: "most recently updated" is what counts, not made.
    const editedLast = row(sam, 'safety_plan', 100, 300);
    const editedBefore = row(sam, 'safety_plan', 200, 250);
    const putAway = { ...row(sam, 'safety_plan', 50, 500), deleted_at: 600 };
    const path = row(sam, 'growth_path', 10);
    const journals = [row(sam, 'journal', 1), row(sam, 'journal', 2)];
    const beas = row(bea, 'safety_plan', 5);
    // At 0001 nothing stops two live plans: this is how restore and import made them.
    await store.db
      .insertInto('records')
      .values([editedLast, editedBefore, putAway, path, ...journals, beas])
      .execute();

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const after = await store.db
      .selectFrom('records')
      .select(['id', 'deleted_at', 'singleton'])
      .orderBy('id')
      .execute();
    const state = Object.fromEntries(after.map((r) => [r.id, [r.deleted_at, r.singleton]]));
    expect(state).toEqual({
      [editedLast.id]: [null, 1],
      [editedBefore.id]: [AT, 1],
      [putAway.id]: [600, 1],
      [path.id]: [null, 1],
      [journals[0]?.id ?? '']: [null, 0],
      [journals[1]?.id ?? '']: [null, 0],
      [beas.id]: [null, 1],
    });
    // Nothing was lost: the plan put away is still there, bytes and all.
    const kept = await recordRepository(store.db).get(sam, editedBefore.id, true);
    expect(kept?.payload.equals(editedBefore.payload)).toBe(true);
    // And from now on the database keeps it so.
    await expect(recordRepository(store.db).restore(sam, editedBefore.id)).rejects.toSatisfy(
      isUniqueViolation,
    );
  });
});

function row(userId: string, kind: string, createdAt: number, updatedAt = createdAt): RecordRow {
  return {
    user_id: userId,
    id: uuidv7(),
    kind,
    occurred_at: createdAt,
    created_at: createdAt,
    updated_at: updatedAt,
    deleted_at: null,
    version: 1,
    payload: randomBytes(40),
  };
}
