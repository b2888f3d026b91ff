import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, Person, testServer, type TestServer } from '../../test/helpers.js';

/**
 * The E pillar through the API: a letter to myself sealed until a day, on the
 * server's own clock (controlled here), and the appreciation list.
 */

interface Rec {
  id: string;
  kind: string;
  occurredAt: string;
  createdAt: string;
  payload: Record<string, unknown>;
}
interface Exported {
  records: (Rec & { sealedUntil?: string })[];
  deleted?: (Rec & { sealedUntil?: string })[];
}

const DAY = 24 * 60 * 60_000;
const START = Date.parse('2026-12-03T09:00:00.000Z');
const OPENS = '2027-03-03T00:00:00.000Z';
const WORDS = 'Dear me, the lighthouse keeper in you kept the lamp lit all winter';
const SECRET = 'lighthouse';

describe.each(DIALECTS)('a letter to myself, sealed until its day, on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  let clock = START;
  beforeEach(async () => {
    clock = START;
    server = await testServer(dialect, { now: () => clock });
    sam = new Person(server, 'sam');
    await sam.signUp();
  });
  afterEach(() => server.close());

  const seal = async (payload: Record<string, unknown> = { text: WORDS, opensAt: OPENS }) =>
    sam.post('/api/v1/records', { kind: 'letter', payload });
  const exportJson = async () =>
    JSON.parse(
      (await sam.post('/api/v1/account/export', { passphrase: sam.passphrase, format: 'json' })).body,
    ) as Exported;
  /** Months pass: the server's clock moves, and the person signs in again after so long away. */
  const timePasses = async (to: number) => {
    clock = to;
    expect((await sam.signIn()).statusCode).toBe(200);
  };
  /** Everything the API answers about the letter on each read path, as text. */
  const everyReadPath = async (id: string) => {
    const answers = [
      await sam.get('/api/v1/records?kind=letter'),
      await sam.get('/api/v1/records'),
      await sam.get(`/api/v1/records/${id}`),
      await sam.get(`/api/v1/search?kind=letter&q=${SECRET}`),
      await sam.get('/api/v1/search?kind=letter&q=2027'),
    ];
    for (const res of answers) expect(res.statusCode).toBe(200);
    return answers.map((res) => res.body).join('\n');
  };

  it('keeps its words on the server until its day, on every read path, then gives them back', async () => {
    const created = await seal();
    expect(created.statusCode).toBe(201);
    const letter = created.json<Rec>();
    // Even the answer to sealing it holds only the envelope.
    expect(letter.payload).toEqual({ sealed: true, opensAt: OPENS });
    expect(created.body).not.toContain(SECRET);

    const before = await everyReadPath(letter.id);
    expect(before).not.toContain(SECRET);
    expect(before).toContain(OPENS);
    const search = await sam.get(`/api/v1/search?kind=letter&q=${SECRET}`);
    expect(search.json()).toEqual({ results: [], total: 0 });

    // A second before its day: still sealed (and the search cache has held only the envelope).
    await timePasses(Date.parse(OPENS) - 1000);
    expect(await everyReadPath(letter.id)).not.toContain(SECRET);

    await timePasses(Date.parse(OPENS) + 60_000);
    const read = (await sam.get(`/api/v1/records/${letter.id}`)).json<Rec>();
    expect(read.payload).toEqual({ text: WORDS, opensAt: OPENS });
    expect(read.createdAt).toBe(new Date(START).toISOString());
    const listed = (await sam.get('/api/v1/records?kind=letter')).json<{ items: Rec[] }>();
    expect(listed.items[0]?.payload.text).toBe(WORDS);
    const found = (await sam.get(`/api/v1/search?kind=letter&q=${SECRET}`)).json<{ total: number }>();
    expect(found.total).toBe(1);
  });

  it('is not changed while sealed, and an envelope alone is never kept', async () => {
    const letter = (await seal()).json<Rec>();
    expectProblem(
      await sam.put(`/api/v1/records/${letter.id}`, { payload: { text: 'Other words', opensAt: OPENS } }),
      409,
    );
    expectProblem(
      await sam.put(`/api/v1/records/${letter.id}`, { payload: { sealed: true, opensAt: OPENS } }),
      400,
    );
    expectProblem(await seal({ sealed: true, opensAt: OPENS }), 400);
    await timePasses(Date.parse(OPENS) + DAY);
    expect((await sam.get(`/api/v1/records/${letter.id}`)).json<Rec>().payload.text).toBe(WORDS);
  });

  it('opens early on purpose, and the opening is kept', async () => {
    const letter = (await seal()).json<Rec>();
    await timePasses(START + 5 * DAY);
    const opened = await sam.post(`/api/v1/records/${letter.id}/open`);
    expect(opened.statusCode).toBe(200);
    expect(opened.json<Rec>().payload).toEqual({
      text: WORDS,
      opensAt: OPENS,
      openedEarlyAt: new Date(START + 5 * DAY).toISOString(),
    });
    expect((await sam.get(`/api/v1/records/${letter.id}`)).json<Rec>().payload.text).toBe(WORDS);
    // Opening it again changes nothing; only a sealed kind opens.
    expect((await sam.post(`/api/v1/records/${letter.id}/open`)).json<Rec>().payload.openedEarlyAt).toBe(
      new Date(START + 5 * DAY).toISOString(),
    );
    const note = (
      await sam.post('/api/v1/records', { kind: 'appreciation', payload: { text: 'I listen well' } })
    ).json<Rec>();
    expectProblem(await sam.post(`/api/v1/records/${note.id}/open`), 409);
  });

  it('refuses a day already past, an empty letter and an oversize one, with nothing stored', async () => {
    const past = expectProblem(
      await seal({ text: WORDS, opensAt: new Date(START - DAY).toISOString() }),
      400,
    );
    expect(past.errors?.map((e) => e.path)).toEqual(['payload.opensAt']);
    expectProblem(await seal({ text: WORDS, opensAt: new Date(START).toISOString() }), 400);
    expectProblem(await seal({ text: '   ', opensAt: OPENS }), 400);
    expectProblem(await seal({ text: 'x'.repeat(20_001), opensAt: OPENS }), 400);
    expectProblem(await seal({ text: WORDS, opensAt: 'in three months' }), 400);
    expect((await sam.get('/api/v1/records?kind=letter')).json<{ items: Rec[] }>().items).toEqual([]);
  });

  it('leaves whole in an export, marked sealed, and comes back from import still sealed', async () => {
    const letter = (await seal()).json<Rec>();
    const document = await exportJson();
    const exported = document.records.find((r) => r.id === letter.id);
    expect(exported?.payload).toEqual({ text: WORDS, opensAt: OPENS });
    expect(exported?.sealedUntil).toBe(OPENS);

    const markdown = await sam.post('/api/v1/account/export', {
      passphrase: sam.passphrase,
      format: 'markdown',
    });
    expect(markdown.statusCode).toBe(200);

    // Gone for good, then brought back from the file: still sealed, on the server's clock.
    expect((await sam.delete(`/api/v1/records/${letter.id}?hard=true`)).statusCode).toBe(204);
    const imported = await sam.post('/api/v1/account/import', document);
    expect(imported.json()).toMatchObject({ imported: 1 });
    expect(await everyReadPath(letter.id)).not.toContain(SECRET);
    await timePasses(Date.parse(OPENS));
    expect((await sam.get(`/api/v1/records/${letter.id}`)).json<Rec>().payload.text).toBe(WORDS);
  });

  it('is encrypted at rest, and gone with the account', async () => {
    await seal();
    const rows = await server.store.db.selectFrom('records').select(['payload', 'user_id']).execute();
    expect(rows).toHaveLength(1);
    expect(Buffer.from(rows[0]?.payload ?? []).toString('latin1')).not.toContain(SECRET);
    const gone = await sam.post('/api/v1/account/delete', { passphrase: sam.passphrase, confirmName: 'sam' });
    expect(gone.statusCode).toBe(204);
    expect(await server.store.db.selectFrom('records').select('id').execute()).toEqual([]);
  });
});

describe.each(DIALECTS)('appreciations on %s', (dialect) => {
  let server: TestServer;
  let ana: Person;
  beforeEach(async () => {
    server = await testServer(dialect);
    ana = new Person(server, 'ana');
    await ana.signUp();
  });
  afterEach(() => server.close());

  it('keeps each one dated, with optional evidence; exports, imports and deletes them', async () => {
    const made = await ana.post('/api/v1/records', {
      kind: 'appreciation',
      payload: {
        text: 'I keep my word',
        evidence: 'when I drove Jo to the station at dawn',
        promptId: 'way',
      },
    });
    expect(made.statusCode).toBe(201);
    const kept = made.json<Rec>();
    expect(Number.isNaN(Date.parse(kept.occurredAt))).toBe(false);
    const listed = (await ana.get('/api/v1/records?kind=appreciation')).json<{ items: Rec[] }>();
    expect(listed.items.map((r) => r.payload.text)).toEqual(['I keep my word']);

    expectProblem(await ana.post('/api/v1/records', { kind: 'appreciation', payload: { text: '  ' } }), 400);
    expectProblem(
      await ana.post('/api/v1/records', { kind: 'appreciation', payload: { text: 'x'.repeat(501) } }),
      400,
    );
    expect((await ana.get('/api/v1/records?kind=appreciation')).json<{ items: Rec[] }>().items).toHaveLength(
      1,
    );

    const rows = await server.store.db.selectFrom('records').select('payload').execute();
    expect(Buffer.from(rows[0]?.payload ?? []).toString('latin1')).not.toContain('station');

    const document = JSON.parse(
      (await ana.post('/api/v1/account/export', { passphrase: ana.passphrase, format: 'json' })).body,
    ) as Exported;
    expect(document.records.find((r) => r.id === kept.id)?.payload).toEqual(kept.payload);
    expect((await ana.delete(`/api/v1/records/${kept.id}?hard=true`)).statusCode).toBe(204);
    expect((await ana.post('/api/v1/account/import', document)).json()).toMatchObject({ imported: 1 });
    expect((await ana.get(`/api/v1/records/${kept.id}`)).json<Rec>()).toEqual(kept);

    const gone = await ana.post('/api/v1/account/delete', { passphrase: ana.passphrase, confirmName: 'ana' });
    expect(gone.statusCode).toBe(204);
    expect(await server.store.db.selectFrom('records').select('id').execute()).toEqual([]);
  });
});

describe.each(DIALECTS)('gratitude on %s', (dialect) => {
  let server: TestServer;
  let lea: Person;
  beforeEach(async () => {
    server = await testServer(dialect);
    lea = new Person(server, 'lea');
    await lea.signUp();
  });
  afterEach(() => server.close());

  const item = (text: string, aboutMe: boolean) => ({ prompt: 'A prompt', text, aboutMe });

  it('keeps one to three things, one about me; refuses none or four; exports, imports and deletes', async () => {
    const made = await lea.post('/api/v1/records', {
      kind: 'gratitude',
      payload: { items: [item('I rested when I needed to', true), item('Rain on the skylight', false)] },
    });
    expect(made.statusCode).toBe(201);
    const kept = made.json<Rec>();
    expectProblem(await lea.post('/api/v1/records', { kind: 'gratitude', payload: { items: [] } }), 400);
    expectProblem(
      await lea.post('/api/v1/records', {
        kind: 'gratitude',
        payload: { items: ['a', 'b', 'c', 'd'].map((t) => item(t, false)) },
      }),
      400,
    );
    expect((await lea.get('/api/v1/records?kind=gratitude')).json<{ items: Rec[] }>().items).toHaveLength(1);
    const rows = await server.store.db.selectFrom('records').select('payload').execute();
    expect(Buffer.from(rows[0]?.payload ?? []).toString('latin1')).not.toContain('skylight');

    const document = JSON.parse(
      (await lea.post('/api/v1/account/export', { passphrase: lea.passphrase, format: 'json' })).body,
    ) as Exported;
    expect((await lea.delete(`/api/v1/records/${kept.id}?hard=true`)).statusCode).toBe(204);
    expect((await lea.post('/api/v1/account/import', document)).json()).toMatchObject({ imported: 1 });
    expect((await lea.get(`/api/v1/records/${kept.id}`)).json<Rec>()).toEqual(kept);
    const gone = await lea.post('/api/v1/account/delete', { passphrase: lea.passphrase, confirmName: 'lea' });
    expect(gone.statusCode).toBe(204);
    expect(await server.store.db.selectFrom('records').select('id').execute()).toEqual([]);
  });
});
