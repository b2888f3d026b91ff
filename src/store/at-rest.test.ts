import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTestUser, DIALECTS, testStore, type TestStore } from '../../test/helpers.js';
import { generateDataKey } from '../crypto/keys.js';
import { backupSqlite, restoreSqlite } from './backup.js';
import { openStore } from './db.js';
import { recordRepository } from './records.js';
import { recordVault, type Owner } from './vault.js';

/** What the database says about a record: the stored size of its payload, to within a bucket. */
describe.each(DIALECTS)('payloads at rest on %s', (dialect) => {
  let store: TestStore;
  let owner: Owner;
  beforeEach(async () => {
    store = await testStore(dialect);
    owner = { userId: uuidv7(), dataKey: generateDataKey() };
    await addTestUser(store.db, owner.userId);
  });
  afterEach(() => store.drop());

  it('stores entries of different lengths at one size, so their length cannot be read to the byte', async () => {
    const vault = recordVault(store.db, owner);
    const short = await vault.create({ kind: 'journal', payload: { body: 'Tired.' } });
    const longer = await vault.create({
      kind: 'journal',
      payload: { body: 'A longer evening, with a walk by the river and a call with an old friend.' },
    });
    const repo = recordRepository(store.db);
    const sizes = await Promise.all(
      [short.id, longer.id].map(async (id) => (await repo.get(owner.userId, id))?.payload.length),
    );
    expect(sizes[0]).toBeDefined();
    expect(sizes[0]).toBe(sizes[1]);
  });

  it('still opens a record sealed before padding, and pads it when it is next saved', async () => {
    // A journal entry as Haven stored it before: envelope version 1, unpadded.
    const key = Buffer.alloc(32, 0x2a);
    const userId = 'user-a';
    const id = '018f0c2e-6c1e-7a3b-9d2f-4f2c1e0b7a11';
    await addTestUser(store.db, userId);
    const repo = recordRepository(store.db);
    await repo.insert({
      user_id: userId,
      id,
      kind: 'journal',
      occurred_at: 1000,
      created_at: 1000,
      updated_at: 1000,
      deleted_at: null,
      version: 1,
      payload: Buffer.from(
        'AQcHBwcHBwcHBwcHB0Tdncox7QcL2x0Cyf6I0lUa5AgV8U8FFdpb5vM1UmU83IDWbx+6/d3K1Kwn+cCmL7oqIevH42QYcb8CrA==',
        'base64',
      ),
    });
    const vault = recordVault(store.db, { userId, dataKey: key as Owner['dataKey'] });
    expect((await vault.get(id)).payload).toEqual({ body: 'Written before padding.', tags: [] });
    await vault.update(id, { payload: { body: 'Written before padding, saved again.' } });
    const stored = await repo.get(userId, id);
    expect(stored?.payload[0]).toBe(2);
    expect((await vault.get(id)).payload).toMatchObject({ body: 'Written before padding, saved again.' });
  });
});

describe('database and backup files', () => {
  let umask: number;
  beforeEach(() => {
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
  });

  const modeOf = (file: string) => statSync(file).mode & 0o777;

  it('are readable by their owner only, whatever the umask', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-modes-'));
    const file = join(dir, 'data', 'haven.db');
    const store = await openStore({ dialect: 'sqlite', file });
    try {
      expect(modeOf(file)).toBe(0o600);
      expect(modeOf(`${file}-wal`)).toBe(0o600);
      expect(modeOf(`${file}-shm`)).toBe(0o600);
      if (!store.sqlite) throw new Error('no sqlite');
      const backup = await backupSqlite(store.sqlite, join(dir, 'backups'), 3);
      expect(modeOf(backup)).toBe(0o600);
      await store.close();
      const restoredFile = join(dir, 'restored.db');
      const { previous } = restoreSqlite(backup, file);
      expect(modeOf(file)).toBe(0o600);
      expect(previous && modeOf(previous)).toBe(0o600);
      restoreSqlite(backup, restoredFile);
      expect(modeOf(restoredFile)).toBe(0o600);
    } finally {
      await store.close();
    }
  });
});
