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

/** Self-compassion, parts of me and the inner nurturer through the API: stored, refused when wrong, exported, imported, deleted. */

interface Exported {
  records: { id: string; kind: string; payload: unknown }[];
}

const KINDS = ['inner_part', 'nurturer_dialogue', 'self_compassion'];

const writings = [
  {
    kind: 'self_compassion',
    payload: {
      hurts: 'Left out of the weekend plans',
      shared: 'Anyone who has moved somewhere new',
      kindness: 'It makes sense this stings. You can call your sister tonight.',
    },
  },
  {
    kind: 'inner_part',
    payload: {
      name: 'the little one',
      visits: [
        {
          at: '2027-03-04T09:00:00.000Z',
          feels: 'Scared of being forgotten',
          needs: 'To know someone is here',
          says: 'I am here, and I am not leaving.',
        },
        { at: '2027-03-11T20:15:00.000Z', says: 'Still here, little one.' },
      ],
    },
  },
  {
    kind: 'nurturer_dialogue',
    payload: {
      turns: [
        { who: 'me', text: 'I keep thinking I ruined the evening.' },
        { who: 'nurturer', text: 'One awkward moment does not ruin you. You were tired.' },
        { who: 'me', text: 'Maybe. I still feel silly.' },
      ],
    },
  },
] as const;

describe.each(DIALECTS)('self-compassion and the inner nurturer on %s', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer(dialect);
  });
  afterEach(() => server.close());

  it('keeps each kind, lists it, and adds a visit to a part already named', async () => {
    const ana = new Person(server, 'ana');
    await ana.signUp();
    for (const w of writings) {
      const res = await ana.post('/api/v1/records', w);
      expect(res.statusCode, `${w.kind}: ${res.body}`).toBe(201);
      const listed = (await ana.get(`/api/v1/records?kind=${w.kind}`)).json<{
        items: { payload: unknown }[];
      }>();
      expect(listed.items[0]?.payload).toEqual(w.payload);
    }
    const [part] = (await ana.get('/api/v1/records?kind=inner_part')).json<{ items: { id: string }[] }>()
      .items;
    const visits = [...writings[1].payload.visits, { at: '2027-04-01T08:00:00.000Z', feels: 'Calmer' }];
    const updated = await ana.put(`/api/v1/records/${part?.id}`, {
      payload: { name: 'the little one', visits },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json<{ payload: { visits: unknown[] } }>().payload.visits).toHaveLength(3);
  });

  it('answers bad input with a 4xx problem naming the field, and stores nothing', async () => {
    const bo = new Person(server, 'bo');
    await bo.signUp();
    const bad = [
      { kind: 'self_compassion', payload: {}, path: 'payload.hurts' },
      { kind: 'self_compassion', payload: { hurts: '   ', kindness: '' }, path: 'payload.hurts' },
      { kind: 'self_compassion', payload: { shared: 'x'.repeat(2001) }, path: 'payload.shared' },
      { kind: 'inner_part', payload: { name: ' ' }, path: 'payload.name' },
      {
        kind: 'inner_part',
        payload: { name: 'a', visits: [{ at: 'soon', says: 'hi' }] },
        path: 'payload.visits.0.at',
      },
      {
        kind: 'inner_part',
        payload: { name: 'a', visits: [{ at: '2027-03-04T09:00:00.000Z' }] },
        path: 'payload.visits.0.feels',
      },
      {
        kind: 'inner_part',
        payload: {
          name: 'a',
          visits: Array.from({ length: 101 }, () => ({ at: '2027-03-04T09:00:00.000Z', says: 'here' })),
        },
        path: 'payload.visits',
      },
      { kind: 'nurturer_dialogue', payload: { turns: [] }, path: 'payload.turns' },
      {
        kind: 'nurturer_dialogue',
        payload: { turns: [{ who: 'nurturer', text: 'I begin' }] },
        path: 'payload.turns.0.who',
      },
      {
        kind: 'nurturer_dialogue',
        payload: {
          turns: [
            { who: 'me', text: 'a' },
            { who: 'me', text: 'b' },
          ],
        },
        path: 'payload.turns.1.who',
      },
      {
        kind: 'nurturer_dialogue',
        payload: {
          turns: [
            { who: 'me', text: 'a' },
            { who: 'friend', text: 'b' },
          ],
        },
        path: 'payload.turns.1.who',
      },
    ];
    for (const b of bad) {
      const problem = expectProblem(
        await bo.post('/api/v1/records', { kind: b.kind, payload: b.payload }),
        400,
      );
      expect(
        problem.errors?.map((e) => e.path),
        `${b.kind} ${b.path}`,
      ).toContain(b.path);
    }
    for (const kind of KINDS) {
      expect((await bo.get(`/api/v1/records?kind=${kind}`)).json<{ items: unknown[] }>().items).toEqual([]);
    }
  });

  it('exports every kind, imports it back unchanged, and deletes it with the account', async () => {
    const cy = new Person(server, 'cy');
    const { userId } = await cy.signUp();
    for (const w of writings) expect((await cy.post('/api/v1/records', w)).statusCode).toBe(201);
    const exported = await exportOf<Exported>(cy);
    expect(exported.records.map((r) => r.kind).sort()).toEqual(KINDS);
    for (const w of writings) {
      expect(exported.records.find((r) => r.kind === w.kind)?.payload).toEqual(w.payload);
    }
    const di = await expectCarriedWhole(server, cy, userId, exported);
    for (const kind of KINDS) {
      expect((await di.get(`/api/v1/records?kind=${kind}`)).json<{ items: unknown[] }>().items).toHaveLength(
        1,
      );
    }
  });

  it('keeps what a person wrote out of the database in the clear', async () => {
    const ed = new Person(server, 'ed');
    await ed.signUp();
    for (const w of writings) await ed.post('/api/v1/records', w);
    const rows = await server.store.db.selectFrom('records').select(['kind', 'payload']).execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const bytes = Buffer.from(row.payload as Uint8Array);
      for (const needle of ['weekend plans', 'little one', 'ruined the evening', 'nurturer']) {
        expect(bytes.includes(Buffer.from(needle)), `${row.kind} holds "${needle}"`).toBe(false);
      }
    }
  });
});
