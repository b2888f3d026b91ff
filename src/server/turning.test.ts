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

/** The T pillar's records through the API: every kind stored, refused when wrong, exported, imported, deleted. */

interface Exported {
  records: { id: string; kind: string; payload: unknown }[];
}

const TRIGGER_ID = '01a2189c-0000-7000-8000-0000000000aa';

function writings(triggerId: string) {
  return [
    {
      kind: 'trigger',
      payload: {
        what: 'A message left on read all evening',
        arousalBefore: 7,
        stories: ['no-one-cares', 'too-much'],
        ownStory: 'They are tired of me',
        feelings: ['anxious', 'hurt'],
        body: { regions: ['chest'], sensations: ['tight'] },
        regulated: [{ way: 'breathing', text: 'Paced breathing' }],
        arousalAfter: 4,
        learned: 'Evenings make it louder.',
        reappraisal: { readings: ['They might be asleep.'], returnedToOldStory: true },
      },
    },
    {
      kind: 'breathing_session',
      payload: {
        rhythm: 'slow',
        pattern: { inhale: 5, holdIn: 0, exhale: 5, holdOut: 0 },
        plannedSeconds: 60,
        breathedSeconds: 60,
        arousalBefore: 7,
        arousalAfter: 4,
        triggerId,
      },
    },
    {
      kind: 'critic_dialogue',
      payload: {
        critic: 'the perfectionist',
        says: 'You should have checked it three times.',
        when: 'Before sending anything',
        wants: 'For me to be trusted',
        fears: ['looking-bad', 'failing'],
        protects: 'By making me check everything',
        needs: 'To know I can cope',
        asks: [
          {
            question: 'Underneath the harsh words, what is it hoping for you?',
            answer: 'That I am respected',
          },
        ],
        intention: 'That I am respected',
        translation: 'I care about careful work, and next time I could leave an hour to check it.',
      },
    },
    {
      kind: 'repair',
      payload: {
        what: 'I snapped at a friend',
        standard: 'Kindness',
        feel: 'Sheepish',
        friend: 'You were tired, and you can say sorry.',
        repair: 'Say sorry tomorrow',
        repairWith: 'someone',
        nextStep: 'Send a message at lunch',
      },
    },
  ] as const;
}

describe.each(DIALECTS)('the T pillar’s records on %s', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await testServer(dialect);
  });
  afterEach(() => server.close());

  it('keeps each kind, lists it, and takes a quick trigger log completed later', async () => {
    const ana = new Person(server, 'ana');
    await ana.signUp();
    const quick = await ana.post('/api/v1/records', {
      kind: 'trigger',
      payload: { what: 'Left out of the plans', arousalBefore: 8 },
    });
    expect(quick.statusCode).toBe(201);
    const id = quick.json<{ id: string }>().id;
    for (const w of writings(id)) {
      const res = await ana.post('/api/v1/records', w);
      expect(res.statusCode, `${w.kind}: ${res.body}`).toBe(201);
      const listed = (await ana.get(`/api/v1/records?kind=${w.kind}`)).json<{
        items: { payload: unknown }[];
      }>();
      expect(listed.items[0]?.payload).toMatchObject(w.payload);
    }
    const completed = await ana.put(`/api/v1/records/${id}`, {
      payload: {
        what: 'Left out of the plans',
        arousalBefore: 8,
        arousalAfter: 5,
        reappraisal: { readings: [] },
      },
    });
    expect(completed.statusCode).toBe(200);
    expect(completed.json<{ payload: unknown }>().payload).toMatchObject({
      arousalAfter: 5,
      reappraisal: { readings: [], returnedToOldStory: false },
      stories: [],
    });
  });

  it('answers bad input with a 4xx problem naming the field, and stores nothing', async () => {
    const bo = new Person(server, 'bo');
    await bo.signUp();
    const bad = [
      { kind: 'trigger', payload: { what: '   ', arousalBefore: 5 }, path: 'payload.what' },
      { kind: 'trigger', payload: { what: 'x', arousalBefore: 11 }, path: 'payload.arousalBefore' },
      {
        kind: 'trigger',
        payload: { what: 'x', arousalBefore: 3, stories: ['nobody'] },
        path: 'payload.stories.0',
      },
      {
        kind: 'breathing_session',
        payload: {
          rhythm: 'custom',
          pattern: { inhale: 0, holdIn: 0, exhale: 5, holdOut: 0 },
          plannedSeconds: 60,
          breathedSeconds: 60,
        },
        path: 'payload.pattern.inhale',
      },
      {
        kind: 'breathing_session',
        payload: {
          rhythm: 'slow',
          pattern: { inhale: 5, holdIn: 0, exhale: 5, holdOut: 0 },
          plannedSeconds: 60,
          breathedSeconds: 60,
          triggerId: 'not-an-id',
        },
        path: 'payload.triggerId',
      },
      { kind: 'critic_dialogue', payload: { says: '' }, path: 'payload.says' },
      { kind: 'critic_dialogue', payload: { says: 'x', fears: ['spiders'] }, path: 'payload.fears.0' },
      { kind: 'repair', payload: { what: 'x', repairWith: 'everyone' }, path: 'payload.repairWith' },
    ];
    for (const b of bad) {
      const problem = expectProblem(
        await bo.post('/api/v1/records', { kind: b.kind, payload: b.payload }),
        400,
      );
      expect(
        problem.errors?.map((e) => e.path),
        b.kind,
      ).toContain(b.path);
    }
    for (const kind of ['trigger', 'breathing_session', 'critic_dialogue', 'repair']) {
      expect((await bo.get(`/api/v1/records?kind=${kind}`)).json<{ items: unknown[] }>().items).toEqual([]);
    }
  });

  it('exports every kind, imports it back unchanged, and deletes it with the account', async () => {
    const cy = new Person(server, 'cy');
    const { userId } = await cy.signUp();
    for (const w of writings(TRIGGER_ID)) expect((await cy.post('/api/v1/records', w)).statusCode).toBe(201);
    const exported = await exportOf<Exported>(cy);
    expect(exported.records.map((r) => r.kind).sort()).toEqual([
      'breathing_session',
      'critic_dialogue',
      'repair',
      'trigger',
    ]);
    for (const w of writings(TRIGGER_ID)) {
      expect(exported.records.find((r) => r.kind === w.kind)?.payload).toMatchObject(w.payload);
    }
    const di = await expectCarriedWhole(server, cy, userId, exported);
    expect(
      (await di.get('/api/v1/records?kind=critic_dialogue')).json<{ items: unknown[] }>().items,
    ).toHaveLength(1);
  });

  it('keeps what a person wrote out of the database in the clear', async () => {
    const ed = new Person(server, 'ed');
    await ed.signUp();
    for (const w of writings(TRIGGER_ID)) await ed.post('/api/v1/records', w);
    const rows = await server.store.db.selectFrom('records').select(['kind', 'payload']).execute();
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const bytes = Buffer.from(row.payload as Uint8Array);
      for (const needle of ['perfectionist', 'snapped', 'message left on read', 'slow']) {
        expect(bytes.includes(Buffer.from(needle)), `${row.kind} holds "${needle}"`).toBe(false);
      }
    }
  });
});
