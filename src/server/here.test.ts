import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, Person, signedInServer, type TestServer } from '../../test/helpers.js';

interface Rec {
  id: string;
  kind: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}
interface Exported {
  records: Rec[];
}

const NOTE = 'here-canary: the rain on the window';

/** One session of each H kind, each holding the canary sentence somewhere a person wrote it. */
const SESSIONS = [
  {
    kind: 'timer_session',
    payload: {
      plannedMinutes: 20,
      warmupSeconds: 30,
      interval: { kind: 'at', minutes: [5, 12] },
      tone: 'deep',
      seconds: 431,
      endedEarly: true,
      felt: 'restless, then quieter',
      note: NOTE,
    },
  },
  { kind: 'sitting_session', payload: { seconds: 600, endedEarly: false, note: NOTE } },
  {
    kind: 'guided_session',
    payload: {
      scriptId: 'ideal-caregiver',
      title: 'Imagining an ideal caregiver',
      stepsReached: 6,
      stepsTotal: 18,
      spoken: true,
      grounded: true,
      seconds: 300,
      endedEarly: true,
      note: NOTE,
    },
  },
  {
    kind: 'movement_session',
    payload: {
      movement: 'own',
      own: 'Swimming',
      minutes: 40,
      before: { words: 'heavy legs', ease: 3 },
      after: { ease: 8 },
      note: NOTE,
    },
  },
  { kind: 'here_favourites', payload: { items: ['breath', 'timer'] } },
] as const;

/** Payloads that must be refused, each for one reason. */
const BAD = [
  {
    kind: 'timer_session',
    payload: { ...SESSIONS[0].payload, plannedMinutes: 0 },
    field: 'payload.plannedMinutes',
  },
  { kind: 'timer_session', payload: { ...SESSIONS[0].payload, tone: 'siren' }, field: 'payload.tone' },
  { kind: 'sitting_session', payload: { seconds: -5, endedEarly: false }, field: 'payload.seconds' },
  { kind: 'guided_session', payload: { ...SESSIONS[2].payload, stepsTotal: 0 }, field: 'payload.stepsTotal' },
  { kind: 'movement_session', payload: { ...SESSIONS[3].payload, own: undefined }, field: 'payload.own' },
  {
    kind: 'movement_session',
    payload: { ...SESSIONS[3].payload, after: { ease: 11 } },
    field: 'payload.after.ease',
  },
  { kind: 'here_favourites', payload: { items: [''] }, field: 'payload.items.0' },
];

describe.each(DIALECTS)('the H pillar’s records through the API, on %s', (dialect) => {
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

  const keepAll = async (person: Person) => {
    const kept: Rec[] = [];
    for (const session of SESSIONS) {
      const res = await person.post('/api/v1/records', session);
      expect(res.statusCode, `${session.kind}: ${res.body}`).toBe(201);
      kept.push(res.json<Rec>());
    }
    return kept;
  };

  it('keeps every kind of session, lists it, and holds it encrypted at rest', async () => {
    const kept = await keepAll(sam);
    for (const [i, session] of SESSIONS.entries()) {
      const list = (await sam.get(`/api/v1/records?kind=${session.kind}`)).json<{ items: Rec[] }>().items;
      expect(list.map((r) => r.id)).toEqual([kept[i]?.id]);
      expect(list[0]?.payload).toEqual(session.payload);
    }

    const rows = await server.store.db.selectFrom('records').select(['kind', 'payload']).execute();
    expect(rows.length).toBe(SESSIONS.length);
    for (const row of rows) {
      const bytes = Buffer.from(row.payload as Uint8Array);
      expect(bytes.includes(Buffer.from('rain on the window')), `${row.kind} in the clear`).toBe(false);
      expect(bytes.includes(Buffer.from('Swimming'))).toBe(false);
    }
  });

  it('answers bad input with a 4xx problem naming the field, and stores nothing', async () => {
    for (const bad of BAD) {
      const problem = expectProblem(
        await sam.post('/api/v1/records', { kind: bad.kind, payload: bad.payload }),
        400,
      );
      expect(
        problem.errors?.map((e) => e.path),
        bad.field,
      ).toContain(bad.field);
    }
    expect(await countRecords()).toBe(0);
  });

  it('keeps one list of favourites per person', async () => {
    await sam.post('/api/v1/records', SESSIONS[4]);
    const again = await sam.post('/api/v1/records', {
      kind: 'here_favourites',
      payload: { items: ['noticing'] },
    });
    expect(again.statusCode).toBeGreaterThanOrEqual(400);
    expect(again.statusCode).toBeLessThan(500);
    const list = (await sam.get('/api/v1/records?kind=here_favourites')).json<{ items: Rec[] }>().items;
    expect(list.map((r) => r.payload)).toEqual([SESSIONS[4].payload]);
  });

  it('exports every session (as Markdown too), imports it back unchanged, and deletes it with the account', async () => {
    const kept = await keepAll(sam);
    const exported = JSON.parse(
      (await sam.post('/api/v1/account/export', { passphrase: sam.passphrase, format: 'json' })).body,
    ) as Exported;
    const mine = exported.records.filter((r) => kept.some((k) => k.id === r.id));
    expect(mine).toHaveLength(SESSIONS.length);

    const markdown = await sam.post('/api/v1/account/export', {
      passphrase: sam.passphrase,
      format: 'markdown',
    });
    const files = unzipSync(new Uint8Array(markdown.rawPayload));
    const texts = Object.values(files).map((f) => strFromU8(f));
    expect(texts.filter((t) => t.includes(NOTE))).toHaveLength(4);
    expect(
      texts.some((t) => t.includes('Swimming, 40 minutes') && t.includes('**After:** ease 8 of 10')),
    ).toBe(true);
    expect(texts.some((t) => t.includes('(ended when I chose)'))).toBe(true);

    const bo = new Person(server, 'bo');
    await bo.signUp();
    expect((await bo.post('/api/v1/account/import', exported)).statusCode).toBeLessThan(300);
    const again = JSON.parse(
      (await bo.post('/api/v1/account/export', { passphrase: bo.passphrase, format: 'json' })).body,
    ) as Exported;
    const back = (id: string) => again.records.find((r) => r.id === id);
    for (const record of mine) {
      expect(back(record.id)?.payload).toEqual(record.payload);
      expect(back(record.id)?.occurredAt).toBe(record.occurredAt);
    }

    const { userId } = {
      userId: (await sam.get('/api/v1/session')).json<{ user: { id: string } }>().user.id,
    };
    expect(
      (await sam.post('/api/v1/account/delete', { passphrase: sam.passphrase, confirmName: 'sam' }))
        .statusCode,
    ).toBe(204);
    const left = await server.store.db
      .selectFrom('records')
      .select('id')
      .where('user_id', '=', userId)
      .execute();
    expect(left).toEqual([]);
    expect(
      (await bo.get('/api/v1/records?kind=movement_session')).json<{ items: Rec[] }>().items,
    ).toHaveLength(1);
  });
});
