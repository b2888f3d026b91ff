import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  expectProblem,
  safetyPlan,
  Person,
  signedInServer,
  type TestServer,
} from '../../test/helpers.js';

interface Rec {
  id: string;
  kind: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

describe.each(DIALECTS)('the records API on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  const countRecords = async () => {
    const row = await server.store.db
      .selectFrom('records')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('saves, reads, updates, lists, deletes with undo, and hard-deletes a record', async () => {
    const created = await sam.post('/api/v1/records', {
      kind: 'journal',
      occurredAt: '2026-11-20T08:00:00.000Z',
      payload: { body: 'The kettle, the window, a slow start.', tags: ['morning'] },
    });
    expect(created.statusCode).toBe(201);
    const rec = created.json<Rec>();
    expect(rec).toMatchObject({ kind: 'journal', occurredAt: '2026-11-20T08:00:00.000Z', version: 1 });

    const updated = await sam.put(`/api/v1/records/${rec.id}`, {
      payload: { body: 'A slow, good start.', tags: [] },
    });
    expect(updated.json<Rec>().payload.body).toBe('A slow, good start.');
    expect(updated.json<Rec>().occurredAt).toBe('2026-11-20T08:00:00.000Z');

    const list = await sam.get('/api/v1/records?kind=journal');
    expect(list.json<{ items: Rec[] }>().items.map((r) => r.id)).toEqual([rec.id]);

    expect((await sam.delete(`/api/v1/records/${rec.id}`)).statusCode).toBe(204);
    expectProblem(await sam.get(`/api/v1/records/${rec.id}`), 404);
    expect((await sam.post(`/api/v1/records/${rec.id}/restore`)).json<Rec>().payload.body).toBe(
      'A slow, good start.',
    );

    expect((await sam.delete(`/api/v1/records/${rec.id}?hard=true`)).statusCode).toBe(204);
    expectProblem(await sam.post(`/api/v1/records/${rec.id}/restore`), 404);
    expect(await countRecords()).toBe(0);
  });

  it('pages through records by time range with a cursor', async () => {
    for (let day = 1; day <= 9; day++) {
      await sam.post('/api/v1/records', {
        kind: 'journal',
        occurredAt: `2026-11-0${day}T12:00:00.000Z`,
        payload: { body: `day ${day}`, tags: [] },
      });
    }
    const bodies: unknown[] = [];
    let url = '/api/v1/records?kind=journal&limit=2&from=2026-11-03T00:00:00Z&to=2026-11-08T00:00:00Z';
    for (;;) {
      const page = (await sam.get(url)).json<{ items: Rec[]; nextCursor: string | null }>();
      bodies.push(...page.items.map((r) => r.payload.body));
      if (!page.nextCursor) break;
      url = `/api/v1/records?kind=journal&limit=2&from=2026-11-03T00:00:00Z&to=2026-11-08T00:00:00Z&cursor=${page.nextCursor}`;
    }
    expect(bodies).toEqual(['day 7', 'day 6', 'day 5', 'day 4', 'day 3']);
  });

  it('answers bad input with a 4xx problem naming the field, and stores nothing', async () => {
    const cases: { payload: unknown; status: number; path?: string }[] = [
      { payload: { kind: 'no_such_kind', payload: {} }, status: 400, path: 'body.kind' },
      { payload: { kind: 'journal', payload: { body: 42, tags: [] } }, status: 400, path: 'payload.body' },
      {
        payload: { kind: 'journal', payload: { body: 'x', tags: [] }, occurredAt: 'yesterday' },
        status: 400,
        path: 'body.occurredAt',
      },
      { payload: { kind: 'journal', payload: { body: 'x', tags: [] }, extra: true }, status: 400 },
      {
        payload: { kind: 'checkin', payload: { pleasantness: 3, energy: 0, feelings: ['calm'] } },
        status: 400,
        path: 'payload.pleasantness',
      },
      {
        payload: { kind: 'journal', payload: { body: 'x'.repeat(100_001), tags: [] } },
        status: 400,
        path: 'payload.body',
      },
      { payload: ['not', 'an', 'object'], status: 400 },
    ];
    for (const c of cases) {
      const problem = expectProblem(await sam.post('/api/v1/records', c.payload), c.status);
      if (c.path) expect(problem.errors?.map((e) => e.path)).toContain(c.path);
    }
    expectProblem(
      await sam.request({
        method: 'POST',
        url: '/api/v1/records',
        payload: '{"kind": "journal",',
        headers: { 'content-type': 'application/json' },
      }),
      400,
    );
    expectProblem(
      await sam.request({
        method: 'POST',
        url: '/api/v1/records',
        payload: 'kind=journal',
        headers: { 'content-type': 'text/plain' },
      }),
      415,
    );
    const huge = JSON.stringify({
      kind: 'journal',
      payload: { body: 'y'.repeat(2 * 1024 * 1024), tags: [] },
    });
    expectProblem(
      await sam.request({
        method: 'POST',
        url: '/api/v1/records',
        payload: huge,
        headers: { 'content-type': 'application/json' },
      }),
      413,
    );
    expectProblem(await sam.get('/api/v1/records/not-a-uuid'), 400);
    expectProblem(await sam.get('/api/v1/records?limit=5000'), 400);
    expectProblem(await sam.get('/api/v1/records?cursor=bogus'), 400);
    expect(await countRecords()).toBe(0);
  });

  it('does not let one person reach another person’s records by id', async () => {
    const mine = (
      await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'only for sam', tags: [] } })
    ).json<Rec>();
    const bo = new Person(server, 'bo');
    await bo.signUp();
    expectProblem(await bo.get(`/api/v1/records/${mine.id}`), 404);
    expectProblem(
      await bo.put(`/api/v1/records/${mine.id}`, { payload: { body: 'overwritten', tags: [] } }),
      404,
    );
    expectProblem(await bo.delete(`/api/v1/records/${mine.id}`), 404);
    expectProblem(await bo.delete(`/api/v1/records/${mine.id}?hard=true`), 404);
    expectProblem(await bo.post(`/api/v1/records/${mine.id}/restore`), 404);
    expect((await bo.get('/api/v1/records')).json<{ items: Rec[] }>().items).toEqual([]);
    const boExport = await bo.post('/api/v1/account/export', { passphrase: bo.passphrase, format: 'json' });
    expect(boExport.json<{ records: Rec[] }>().records).toEqual([]);
    expect(boExport.body).not.toContain(mine.id);
    expect((await sam.get(`/api/v1/records/${mine.id}`)).json<Rec>().payload.body).toBe('only for sam');
  });

  it('fails cleanly, decrypting nothing, when a ciphertext is tampered with or moved to another record', async () => {
    const a = (
      await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'first', tags: [] } })
    ).json<Rec>();
    const b = (
      await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'second', tags: [] } })
    ).json<Rec>();
    const rowA = await server.store.db
      .selectFrom('records')
      .select('payload')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    // Move A's ciphertext onto B.
    await server.store.db
      .updateTable('records')
      .set({ payload: rowA.payload })
      .where('id', '=', b.id)
      .execute();
    const moved = await sam.get(`/api/v1/records/${b.id}`);
    expectProblem(moved, 404);
    expect(moved.body).not.toContain('first');
    // Flip one byte of A.
    const tampered = Buffer.from(rowA.payload);
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] ?? 0) ^ 0xff;
    await server.store.db.updateTable('records').set({ payload: tampered }).where('id', '=', a.id).execute();
    expectProblem(await sam.get(`/api/v1/records/${a.id}`), 404);
  });

  it('keeps one safety plan per person', async () => {
    const plan = safetyPlan('a walk');
    expect((await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan })).statusCode).toBe(201);
    expectProblem(await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan }), 409);
  });

  it('searches journal entries across all of them, newest first, and refuses an empty query', async () => {
    const entries = ['The lighthouse at dusk', 'Bread and the lighthouse again', 'Nothing to see here'];
    for (const [i, body] of entries.entries()) {
      await sam.post('/api/v1/records', {
        kind: 'journal',
        occurredAt: `2026-11-0${i + 1}T10:00:00Z`,
        payload: { body, tags: [] },
      });
    }
    const found = (await sam.get('/api/v1/search?q=LIGHTHOUSE')).json<{
      total: number;
      results: { excerpt: string }[];
    }>();
    expect(found.total).toBe(2);
    expect(found.results.map((r) => r.excerpt)).toEqual([
      'Bread and the lighthouse again',
      'The lighthouse at dusk',
    ]);
    expect((await sam.get('/api/v1/search?q=bread%20dusk')).json<{ total: number }>().total).toBe(0);
    expectProblem(await sam.get('/api/v1/search?q=%20%20'), 400);
    expectProblem(await sam.get('/api/v1/search?q=x&kind=nope'), 400);
    const bo = new Person(server, 'bo');
    await bo.signUp();
    expect((await bo.get('/api/v1/search?q=lighthouse')).json<{ total: number }>().total).toBe(0);
  });

  it('answers each result with its title, tags and an excerpt of the writing alone', async () => {
    await sam.post('/api/v1/records', {
      kind: 'journal',
      occurredAt: '2026-11-01T10:00:00Z',
      payload: {
        title: 'Sunday by the water',
        body: '# Morning\n\nWe walked slowly.\n\n- **Herons** on the far bank',
        promptId: 'turning-03',
        prompt: 'What helped you turn towards yourself today?',
        tags: ['walks', 'river'],
      },
    });
    await sam.post('/api/v1/records', {
      kind: 'journal',
      occurredAt: '2026-11-02T10:00:00Z',
      payload: { body: 'Herons again, no title', tags: [] },
    });
    const found = (await sam.get('/api/v1/search?q=herons')).json<{
      results: { title: string; tags: string[]; excerpt: string }[];
    }>();
    expect(found.results.map(({ title, tags, excerpt }) => ({ title, tags, excerpt }))).toEqual([
      { title: 'Herons again, no title', tags: [], excerpt: 'Herons again, no title' },
      {
        title: 'Sunday by the water',
        tags: ['walks', 'river'],
        excerpt: 'Morning We walked slowly. Herons on the far bank',
      },
    ]);
    // Found by its prompt and tags too, while the excerpt stays the person's own words.
    const byTag = (await sam.get('/api/v1/search?q=walks%20turn')).json<{ results: { excerpt: string }[] }>();
    expect(byTag.results.map((r) => r.excerpt)).toEqual(['Morning We walked slowly. Herons on the far bank']);
  });

  it('keeps search results true after edits, deletes and undo, and forgets the cached text on sign-out', async () => {
    const a = (
      await sam.post('/api/v1/records', {
        kind: 'journal',
        payload: { body: 'an otter by the pier', tags: [] },
      })
    ).json<Rec>();
    expect((await sam.get('/api/v1/search?q=otter')).json<{ total: number }>().total).toBe(1);
    await sam.put(`/api/v1/records/${a.id}`, { payload: { body: 'a heron by the pier', tags: [] } });
    expect((await sam.get('/api/v1/search?q=otter')).json<{ total: number }>().total).toBe(0);
    expect((await sam.get('/api/v1/search?q=heron')).json<{ total: number }>().total).toBe(1);
    await sam.delete(`/api/v1/records/${a.id}`);
    expect((await sam.get('/api/v1/search?q=heron')).json<{ total: number }>().total).toBe(0);
    await sam.post(`/api/v1/records/${a.id}/restore`);
    expect((await sam.get('/api/v1/search?q=heron')).json<{ total: number }>().total).toBe(1);
    expect(server.search.size()).toBe(1);
    await sam.post('/api/v1/auth/signout');
    expect(server.search.size()).toBe(0);
  });

  it('describes itself in an OpenAPI document built from the same schemas', async () => {
    const doc = (await sam.get('/api/v1/openapi.json')).json<{
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/records', '/api/v1/records/{id}', '/api/v1/auth/signin']),
    );
    expect(JSON.stringify(doc.paths['/api/v1/records']?.post)).toContain('occurredAt');
    // The safety finding a save returns when asked is part of the documented answer, for create and update.
    const saves = [doc.paths['/api/v1/records']?.post, doc.paths['/api/v1/records/{id}']?.put] as {
      parameters: { name: string; in: string }[];
      responses: Record<
        string,
        { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } }
      >;
    }[];
    for (const [save, status] of [
      [saves[0], '201'],
      [saves[1], '200'],
    ] as const) {
      expect(save?.parameters).toContainEqual(expect.objectContaining({ name: 'safety', in: 'query' }));
      const safety = save?.responses[status]?.content['application/json'].schema.properties.safety;
      expect(safety).toMatchObject({
        properties: { level: { enum: ['none', 'concern', 'urgent'] }, categories: { type: 'array' } },
      });
    }
  });
});
