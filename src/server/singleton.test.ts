import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  expectProblem,
  safetyPlan as plan,
  Person,
  signedInServer,
  type TestServer,
} from '../../test/helpers.js';

interface Rec {
  id: string;
  kind: string;
  payload: unknown;
}

interface Exported {
  format: string;
  formatVersion: number;
  exportedAt: string;
  app: { name: string; version: string };
  account: { name: string };
  records: { id: string; kind: string; version: number; payload: unknown }[];
}

describe.each(DIALECTS)('one safety plan per person, through the API, on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  /** What the help panel reads: the person's live safety plans. */
  const livePlans = async (person = sam) =>
    (await person.get('/api/v1/records?kind=safety_plan')).json<{ items: Rec[] }>().items;

  const importFile = (person: Person, document: unknown) => person.post('/api/v1/account/import', document);

  it('makes a plan, deletes it, makes another, and cannot restore the first beside it: one live plan', async () => {
    const first = (
      await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan('first') })
    ).json<Rec>();
    expect((await sam.delete(`/api/v1/records/${first.id}`)).statusCode).toBe(204);
    const second = await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan('second') });
    expect(second.statusCode).toBe(201);

    const problem = expectProblem(await sam.post(`/api/v1/records/${first.id}/restore`), 409);
    expect(problem.detail).toMatch(/already have a safety plan/);

    const live = await livePlans();
    expect(live.map((r) => r.id)).toEqual([second.json<Rec>().id]);
    expect(live[0]?.payload).toMatchObject({ copingAlone: ['second'] });

    // With the second one deleted, the first comes back.
    await sam.delete(`/api/v1/records/${second.json<Rec>().id}`);
    expect((await sam.post(`/api/v1/records/${first.id}/restore`)).statusCode).toBe(200);
    expect((await livePlans()).map((r) => r.id)).toEqual([first.id]);
  });

  it('saves one of ten plans sent at once, and answers the other nine with 409', async () => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan(`try ${i}`) }),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, ...Array<number>(9).fill(409)]);
    for (const res of responses.filter((r) => r.statusCode === 409)) expectProblem(res, 409);
    expect(await livePlans()).toHaveLength(1);
  });

  it('refuses a file holding three safety plans whole, naming the kind, and stores nothing', async () => {
    const ana = new Person(server, 'ana');
    await ana.signUp();
    for (const words of ['one', 'two', 'three']) {
      const res = await ana.post('/api/v1/records', { kind: 'safety_plan', payload: plan(words) });
      expect(res.statusCode).toBe(201);
      await ana.delete(`/api/v1/records/${res.json<Rec>().id}`);
    }
    await ana.post('/api/v1/records', { kind: 'journal', payload: { body: 'a quiet day', tags: [] } });
    const document = await exportOf(ana);
    // Three live plans in one file, as a hand-edited or older export might hold.
    const journal = document.records[0];
    if (!journal) throw new Error('no journal exported');
    document.records.push(
      ...['one', 'two', 'three'].map((words, i) => ({
        ...journal,
        id: `01a2189c-0000-7000-8000-00000000000${i + 1}`,
        kind: 'safety_plan',
        payload: plan(words),
      })),
    );

    const problem = expectProblem(await importFile(sam, document), 400);
    expect(problem.detail).toMatch(/more than one safety plan/);
    expect(problem.errors?.[0]?.path).toBe('records.2.kind');
    expect((await sam.get('/api/v1/records')).json<{ items: Rec[] }>().items).toEqual([]);
  });

  it('refuses a file that repeats a record id, naming the repeat, and stores nothing', async () => {
    await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'first', tags: [] } });
    await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'second', tags: [] } });
    const document = await exportOf(sam);
    const [a, b] = document.records;
    if (!a || !b) throw new Error('two records expected');
    const bea = new Person(server, 'bea');
    await bea.signUp();
    const repeated = { ...document, records: [a, b, { ...b, payload: { body: 'a later copy', tags: [] } }] };

    const problem = expectProblem(await importFile(bea, repeated), 400);
    expect(problem.errors).toEqual([{ path: 'records.2.id', message: 'Repeats the id of records.1' }]);
    expect((await bea.get('/api/v1/records')).json<{ items: Rec[] }>().items).toEqual([]);
  });

  it('refuses a plan from a file beside the one a person has, and skips their own plan imported again', async () => {
    await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan('mine') });
    await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'kept', tags: [] } });
    const mine = await exportOf(sam);
    expect((await importFile(sam, mine)).json()).toEqual({ total: 2, imported: 0, skipped: 2 });

    const bea = new Person(server, 'bea');
    await bea.signUp();
    await bea.post('/api/v1/records', { kind: 'safety_plan', payload: plan('hers') });
    const problem = expectProblem(await importFile(bea, mine), 409);
    expect(problem.detail).toMatch(/already have a safety plan/);
    expect(problem.errors?.[0]?.path).toBe(
      `records.${mine.records.findIndex((r) => r.kind === 'safety_plan')}`,
    );
    const beas = (await bea.get('/api/v1/records')).json<{ items: Rec[] }>().items;
    expect(beas.map((r) => r.payload)).toEqual([plan('hers')]);
  });

  it('round-trips an export holding a safety plan and a growth path into a fresh account, byte for byte', async () => {
    await sam.post('/api/v1/records', { kind: 'safety_plan', payload: plan('a walk by the water') });
    await sam.post('/api/v1/records', { kind: 'journal', payload: { body: 'round trip ✿', tags: [] } });
    const path = { kind: 'growth_path', payload: { pattern: 'anxious', completedSteps: ['noticing'] } };
    expect((await sam.post('/api/v1/records', path)).statusCode).toBe(201);
    const exported = await exportOf(sam);

    const cy = new Person(server, 'cy');
    await cy.signUp();
    expect((await importFile(cy, exported)).json()).toEqual({ total: 3, imported: 3, skipped: 0 });
    expect(JSON.stringify((await exportOf(cy)).records)).toBe(JSON.stringify(exported.records));
    expect(await livePlans(cy)).toHaveLength(1);
  });
});

async function exportOf(person: Person): Promise<Exported> {
  const res = await person.post('/api/v1/account/export', { passphrase: person.passphrase, format: 'json' });
  if (res.statusCode !== 200) throw new Error(`export failed: ${res.statusCode}`);
  return res.json<Exported>();
}
