import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  expectProblem,
  Person,
  testServer,
  type TestServer,
  exportOf,
  expectCarriedWhole,
} from '../../test/helpers.js';

/**
 * Kinder self-talk and humour through the API: stored encrypted, refused when
 * wrong with nothing kept, exported, imported unchanged, deleted with the account.
 */

interface Rec {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
}
interface Exported {
  records: Rec[];
}

const REWRITE = {
  kind: 'self_talk',
  payload: {
    harsh: 'I always ruin the weekend, I’m so stupid.',
    rewrite: 'One plan fell through on Saturday. I was tired, and Sunday was still lovely.',
  },
};
const LINE = { kind: 'humour', payload: { form: 'line', text: 'The heron stole a sandwich mid-sentence.' } };
const LINK = {
  kind: 'humour',
  payload: { form: 'link', text: 'The otter juggling video', link: 'https://example.org/otters?j=1' },
};
const WRITINGS = [REWRITE, LINE, LINK];

describe.each(DIALECTS)('kinder self-talk and humour through the API, on %s', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer(dialect);
  });
  afterEach(() => server.close());

  it('keeps a rewrite and what made me laugh, and lists them back', async () => {
    const ada = new Person(server, 'ada');
    await ada.signUp();
    for (const w of WRITINGS) expect((await ada.post('/api/v1/records', w)).statusCode).toBe(201);
    const talk = (await ada.get('/api/v1/records?kind=self_talk')).json<{ items: Rec[] }>().items;
    expect(talk.map((r) => r.payload)).toEqual([REWRITE.payload]);
    const laughs = (await ada.get('/api/v1/records?kind=humour')).json<{ items: Rec[] }>().items;
    expect(laughs.map((r) => r.payload).sort((a, b) => String(a.form).localeCompare(String(b.form)))).toEqual(
      [LINE.payload, LINK.payload],
    );
  });

  it('refuses bad input with a clear problem, and keeps nothing', async () => {
    const bo = new Person(server, 'bo');
    await bo.signUp();
    const bad: { payload: unknown; kind: string; path: string }[] = [
      { kind: 'self_talk', payload: { harsh: '', rewrite: 'Kind words' }, path: 'payload.harsh' },
      { kind: 'self_talk', payload: { harsh: 'I never learn', rewrite: '  ' }, path: 'payload.rewrite' },
      {
        kind: 'self_talk',
        payload: { harsh: 'I never learn', rewrite: 'I never learn.' },
        path: 'payload.rewrite',
      },
      { kind: 'self_talk', payload: { harsh: 'x'.repeat(1001), rewrite: 'Kind' }, path: 'payload.harsh' },
      { kind: 'self_talk', payload: { harsh: 'Harsh', rewrite: 'y'.repeat(2001) }, path: 'payload.rewrite' },
      {
        kind: 'humour',
        payload: { form: 'link', text: '', link: 'javascript:alert(1)' },
        path: 'payload.link',
      },
      { kind: 'humour', payload: { form: 'link', text: 'No address' }, path: 'payload.link' },
      { kind: 'humour', payload: { form: 'memory', text: '   ' }, path: 'payload.text' },
      { kind: 'humour', payload: { form: 'line', text: 'z'.repeat(2001) }, path: 'payload.text' },
      { kind: 'humour', payload: { form: 'photo', text: 'A picture' }, path: 'payload.form' },
    ];
    for (const b of bad) {
      const problem = expectProblem(
        await bo.post('/api/v1/records', { kind: b.kind, payload: b.payload }),
        400,
      );
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(b.payload).slice(0, 80),
      ).toContain(b.path);
    }
    for (const kind of ['self_talk', 'humour']) {
      expect((await bo.get(`/api/v1/records?kind=${kind}`)).json<{ items: unknown[] }>().items).toEqual([]);
    }
  });

  it('exports both kinds, imports them back unchanged, and deletes them with the account', async () => {
    const cy = new Person(server, 'cy');
    const { userId } = await cy.signUp();
    for (const w of WRITINGS) expect((await cy.post('/api/v1/records', w)).statusCode).toBe(201);
    const exported = await exportOf<Exported>(cy);
    expect(exported.records.map((r) => r.kind).sort()).toEqual(['humour', 'humour', 'self_talk']);
    for (const w of WRITINGS) {
      expect(exported.records.map((r) => r.payload)).toContainEqual(w.payload);
    }
    const di = await expectCarriedWhole(server, cy, userId, exported);
    expect((await di.get('/api/v1/records?kind=self_talk')).json<{ items: unknown[] }>().items).toHaveLength(
      1,
    );
  });

  it('keeps the words out of the database in the clear', async () => {
    const ed = new Person(server, 'ed');
    await ed.signUp();
    for (const w of WRITINGS) await ed.post('/api/v1/records', w);
    const rows = await server.store.db.selectFrom('records').select(['kind', 'payload']).execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const bytes = Buffer.from(row.payload as Uint8Array);
      for (const needle of ['stupid', 'Saturday', 'heron', 'otter', 'example.org']) {
        expect(bytes.includes(Buffer.from(needle)), `${row.kind} holds "${needle}"`).toBe(false);
      }
    }
  });
});
