import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, Person, testServer, type TestServer } from '../../test/helpers.js';
import { backupSqlite } from '../store/backup.js';

interface Exported {
  format: string;
  formatVersion: number;
  records: {
    id: string;
    kind: string;
    version: number;
    occurredAt: string;
    createdAt: string;
    updatedAt: string;
    payload: unknown;
  }[];
}

/** Writes the marker into several record kinds through the API, as a person would. */
async function writeCanary(person: Person, marker: string): Promise<void> {
  const writes = [
    {
      kind: 'journal',
      payload: { title: `title ${marker}`, body: `Today ${marker} felt heavy.`, tags: [marker.slice(0, 20)] },
    },
    {
      kind: 'checkin',
      payload: { pleasantness: -0.4, energy: 0.2, feelings: ['uneasy'], note: `note ${marker}` },
    },
    { kind: 'self_abandonment', payload: { what: `I said yes ${marker}`, felt: 'small' } },
    { kind: 'soothing_item', payload: { sense: 'smell', text: `rain ${marker}` } },
  ];
  for (const w of writes) {
    const res = await person.post('/api/v1/records', w);
    if (res.statusCode !== 201) throw new Error(`${w.kind}: ${res.statusCode} ${res.body}`);
  }
}

describe.each(DIALECTS)('privacy on %s', (dialect) => {
  let server: TestServer;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'haven-privacy-'));
    server = await testServer(dialect, { sqliteFile: join(dir, 'haven.db') });
  });
  afterEach(() => server.close());

  it('never lets what a person wrote reach the database, its WAL, a backup or the logs in the clear', async () => {
    const marker = `canary-${randomBytes(8).toString('hex')}`;
    const passphrase = `passphrase-${randomBytes(8).toString('hex')}`;
    const person = new Person(server, 'canary', passphrase);
    await person.signUp();
    await writeCanary(person, marker);
    await person.get('/api/v1/records?kind=journal');
    await person.post('/api/v1/account/export', { passphrase, format: 'json' });

    const needles = [marker, passphrase].map((s) => Buffer.from(s, 'utf8'));
    const haystacks: { name: string; bytes: Buffer }[] = [
      { name: 'logs', bytes: Buffer.from(server.logs.join('')) },
    ];
    if (dialect === 'sqlite') {
      const sqlite = server.store.sqlite;
      if (!sqlite) throw new Error('no sqlite');
      const backup = await backupSqlite(sqlite, join(dir, 'backups'), 3);
      for (const file of [join(dir, 'haven.db'), join(dir, 'haven.db-wal'), backup]) {
        if (existsSync(file)) haystacks.push({ name: file, bytes: readFileSync(file) });
      }
      expect(haystacks.some((h) => h.name.endsWith('-wal') && h.bytes.length > 0)).toBe(true);
    } else {
      for (const table of ['users', 'sessions', 'records', 'auth_failures']) {
        const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table)} t`.execute(
          server.store.db,
        );
        haystacks.push({ name: table, bytes: Buffer.from(rows.rows.map((r) => r.row).join('\n')) });
      }
    }
    expect(haystacks.length).toBeGreaterThan(1);
    for (const hay of haystacks) {
      for (const needle of needles)
        expect(hay.bytes.includes(needle), `${hay.name} holds a secret`).toBe(false);
    }
  });

  it('exports everything, and imports it into a fresh account byte for byte, skipping what is already there', async () => {
    const ana = new Person(server, 'ana');
    await ana.signUp();
    await writeCanary(ana, 'round trip ✿ “quotes” and emoji 🌿');
    const first = await ana.post('/api/v1/account/export', { passphrase: ana.passphrase, format: 'json' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-disposition']).toMatch(
      /attachment; filename="haven-export-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const exported = first.json<Exported>();
    expect(exported).toMatchObject({ format: 'haven-export', formatVersion: 1 });
    expect(exported.records.map((r) => r.kind).sort()).toEqual([
      'checkin',
      'journal',
      'self_abandonment',
      'soothing_item',
    ]);

    const bea = new Person(server, 'bea');
    await bea.signUp();
    const summary = await bea.post('/api/v1/account/import', exported);
    expect(summary.json()).toEqual({ total: 4, imported: 4, skipped: 0 });
    const again = await bea.post('/api/v1/account/import', exported);
    expect(again.json()).toEqual({ total: 4, imported: 0, skipped: 4 });

    const second = (
      await bea.post('/api/v1/account/export', { passphrase: bea.passphrase, format: 'json' })
    ).json<Exported>();
    expect(JSON.stringify(second.records)).toBe(JSON.stringify(exported.records));
  });

  it('refuses a broken import whole: a 400 naming the record, nothing stored', async () => {
    const cy = new Person(server, 'cy');
    await cy.signUp();
    const bad = {
      format: 'haven-export',
      formatVersion: 1,
      exportedAt: '2026-11-26T10:00:00.000Z',
      app: { name: 'Haven', version: '0.1.0' },
      account: { name: 'someone' },
      records: [
        {
          id: '01a2189c-0000-7000-8000-000000000001',
          kind: 'journal',
          version: 1,
          occurredAt: '2026-11-26T10:00:00.000Z',
          createdAt: '2026-11-26T10:00:00.000Z',
          updatedAt: '2026-11-26T10:00:00.000Z',
          payload: { body: 'fine', tags: [] },
        },
        {
          id: '01a2189c-0000-7000-8000-000000000002',
          kind: 'journal',
          version: 1,
          occurredAt: '2026-11-26T10:00:00.000Z',
          createdAt: '2026-11-26T10:00:00.000Z',
          updatedAt: '2026-11-26T10:00:00.000Z',
          payload: { body: 7 },
        },
      ],
    };
    const problem = expectProblem(await cy.post('/api/v1/account/import', bad), 400);
    expect(problem.errors?.[0]?.path).toBe('records.1.payload');
    expectProblem(await cy.post('/api/v1/account/import', { hello: 'world' }), 400);
    expect((await cy.get('/api/v1/records')).json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('exports written records as Markdown files with front matter, and asks for the passphrase first', async () => {
    const di = new Person(server, 'di');
    await di.signUp();
    await writeCanary(di, 'markdown');
    expectProblem(
      await di.post('/api/v1/account/export', { passphrase: 'not my passphrase', format: 'markdown' }),
      401,
    );
    const res = await di.post('/api/v1/account/export', { passphrase: di.passphrase, format: 'markdown' });
    expect(res.headers['content-type']).toBe('application/zip');
    const files = unzipSync(res.rawPayload);
    const journal = Object.entries(files).find(([path]) => path.includes('-journal-'));
    expect(journal).toBeDefined();
    const text = strFromU8(journal?.[1] ?? new Uint8Array());
    expect(text).toMatch(/^---\ntitle: "title markdown"\nid: [0-9a-f-]{36}\nkind: journal\n/);
    expect(text).toContain('Today markdown felt heavy.');
  });

  it('deletes the account and everything of it, after the passphrase and the name', async () => {
    const ed = new Person(server, 'ed');
    const { userId } = await ed.signUp();
    await writeCanary(ed, 'to be deleted');
    const other = new Person(server, 'fay');
    await other.signUp();
    await writeCanary(other, 'staying');
    expectProblem(
      await ed.post('/api/v1/account/delete', { passphrase: ed.passphrase, confirmName: 'not ed' }),
      400,
    );
    expectProblem(
      await ed.post('/api/v1/account/delete', { passphrase: 'wrong passphrase', confirmName: 'ed' }),
      401,
    );
    expect(
      (await ed.post('/api/v1/account/delete', { passphrase: ed.passphrase, confirmName: 'Ed' })).statusCode,
    ).toBe(204);
    const db = server.store.db;
    expect(await db.selectFrom('users').selectAll().where('id', '=', userId).execute()).toEqual([]);
    expect(await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).execute()).toEqual([]);
    expect(await db.selectFrom('records').selectAll().where('user_id', '=', userId).execute()).toEqual([]);
    expect((await ed.get('/api/v1/session')).statusCode).toBe(401);
    expect((await other.get('/api/v1/records')).json<{ items: unknown[] }>().items).toHaveLength(4);
  });
});
