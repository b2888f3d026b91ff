import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { realDayKey } from '../core/rituals/rhythms.js';
import { DIALECTS, expectProblem, Person, signedInServer, type TestServer } from '../../test/helpers.js';

interface Rec {
  id: string;
  kind: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

const ideal = {
  templates: [
    {
      id: 'workday',
      name: 'A workday',
      days: ['mo', 'tu', 'we', 'th', 'fr'],
      blocks: [
        { category: 'sleep', start: '23:00', end: '07:00' },
        { category: 'work', start: '09:00', end: '17:00' },
        { category: 'own', own: 'Garden', start: '18:00', end: '19:00' },
      ],
    },
    {
      id: 'rest-day',
      name: 'A rest day',
      days: ['sa', 'su'],
      blocks: [{ category: 'rest', start: '14:00', end: '17:00' }],
    },
  ],
};
const realDay = {
  day: '2026-03-02',
  templateId: 'workday',
  blocks: [
    { category: 'sleep', start: '00:30', end: '06:30' },
    { category: 'work', start: '09:00', end: '19:00' },
  ],
  sliders: { sleep: 3, meals: 6, rest: 2, connection: 7 },
  note: 'Long day, kind colleagues.',
};
const adjustment = { what: 'Lights out at eleven', category: 'sleep', chosenOn: '2026-03-02' };

describe.each(DIALECTS)('my rhythms on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  const create = async (kind: string, payload: unknown, occurredAt?: string) => {
    const res = await sam.post('/api/v1/records', { kind, payload, ...(occurredAt ? { occurredAt } : {}) });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Rec>();
  };
  const list = async (kind: string, query = '') =>
    (await sam.get(`/api/v1/records?kind=${kind}${query}`)).json<{ items: Rec[] }>().items;

  it('keeps an ideal week, a real day filed under its date, and an adjustment with its answer', async () => {
    const kept = await create('rhythm_ideal', ideal);
    expect(kept.payload).toEqual(ideal);
    // One ideal week per person.
    expectProblem(await sam.post('/api/v1/records', { kind: 'rhythm_ideal', payload: ideal }), 409);

    const day = await create('rhythm_day', realDay, realDayKey(realDay.day));
    expect(day.occurredAt).toBe('2026-03-02T12:00:00.000Z');
    const thatDate = await list('rhythm_day', '&from=2026-03-02T00:00:00.000Z&to=2026-03-03T00:00:00.000Z');
    expect(thatDate.map((r) => r.id)).toEqual([day.id]);
    expect(await list('rhythm_day', '&from=2026-03-03T00:00:00.000Z')).toEqual([]);
    // One note per date, kept by the database: a second is refused, whenever it is filed.
    const again = expectProblem(
      await sam.post('/api/v1/records', { kind: 'rhythm_day', payload: { ...realDay } }),
      409,
    );
    expect(again.detail).toBe('That day is noted already. You can change its note instead.');
    expect(await list('rhythm_day')).toHaveLength(1);

    const tried = await create('rhythm_adjustment', adjustment);
    const answered = await sam.put(`/api/v1/records/${tried.id}`, {
      payload: { ...adjustment, revisit: { on: '2026-03-09', helped: 'a-little', note: 'Mornings easier.' } },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await list('rhythm_adjustment'))[0]?.payload).toMatchObject({ revisit: { helped: 'a-little' } });
  });

  it('refuses what does not fit with a problem, and stores nothing', async () => {
    const [first] = ideal.templates;
    const bad: [string, unknown][] = [
      // Overlapping blocks, across midnight too.
      [
        'rhythm_ideal',
        {
          templates: [
            {
              ...first,
              blocks: [...(first?.blocks ?? []), { category: 'rest', start: '06:00', end: '08:00' }],
            },
          ],
        },
      ],
      // Off the quarter-hour grid, or ends that meet.
      [
        'rhythm_ideal',
        { templates: [{ ...first, blocks: [{ category: 'rest', start: '06:10', end: '08:00' }] }] },
      ],
      [
        'rhythm_ideal',
        { templates: [{ ...first, blocks: [{ category: 'rest', start: '06:00', end: '06:00' }] }] },
      ],
      // A day of the week in two ideals.
      ['rhythm_ideal', { templates: [first, { id: 'b', name: 'B', days: ['mo'], blocks: [] }] }],
      // Own time without a name; an unknown kind of time.
      [
        'rhythm_ideal',
        { templates: [{ ...first, blocks: [{ category: 'own', start: '06:00', end: '07:00' }] }] },
      ],
      [
        'rhythm_ideal',
        { templates: [{ ...first, blocks: [{ category: 'chores', start: '06:00', end: '07:00' }] }] },
      ],
      ['rhythm_day', { day: '2026-03-02' }],
      ['rhythm_day', { ...realDay, day: 'yesterday' }],
      ['rhythm_day', { ...realDay, sliders: { ...realDay.sliders, rest: 11 } }],
      ['rhythm_adjustment', { ...adjustment, what: '   ' }],
      ['rhythm_adjustment', { ...adjustment, revisit: { on: '2026-03-09', helped: 'failed' } }],
    ];
    for (const [kind, payload] of bad) {
      const problem = expectProblem(await sam.post('/api/v1/records', { kind, payload }), 400);
      expect(problem.errors?.length, JSON.stringify(payload)).toBeGreaterThan(0);
    }
    for (const kind of ['rhythm_ideal', 'rhythm_day', 'rhythm_adjustment'])
      expect(await list(kind)).toEqual([]);
  });

  it('exports them, brings them back unchanged on import, and deletes them with the account', async () => {
    const kept = [
      await create('rhythm_ideal', ideal),
      await create('rhythm_day', realDay, realDayKey(realDay.day)),
      await create('rhythm_adjustment', adjustment),
    ];
    const exported = await sam.post('/api/v1/account/export', { passphrase: sam.passphrase, format: 'json' });
    const document = exported.json<{ records: Rec[] }>();
    expect(document.records.map((r) => r.kind).sort()).toEqual([
      'rhythm_adjustment',
      'rhythm_day',
      'rhythm_ideal',
    ]);
    const markdown = await sam.post('/api/v1/account/export', {
      passphrase: sam.passphrase,
      format: 'markdown',
    });
    expect(markdown.statusCode).toBe(200);

    const ash = new Person(server, 'ash');
    await ash.signUp();
    expect((await ash.post('/api/v1/account/import', document)).json()).toMatchObject({ imported: 3 });
    for (const record of kept) {
      const back = (await ash.get(`/api/v1/records/${record.id}`)).json<Rec>();
      expect(back).toMatchObject({
        id: record.id,
        kind: record.kind,
        occurredAt: record.occurredAt,
        payload: record.payload,
      });
    }

    // Sealed at rest: nothing written is readable in the database.
    const rows = await server.store.db.selectFrom('records').select('payload').execute();
    const dump = rows.map((r) => Buffer.from(r.payload as Uint8Array).toString('latin1')).join('\n');
    for (const secret of ['Garden', 'kind colleagues', 'Lights out']) expect(dump).not.toContain(secret);

    const { id: userId } = (await sam.get('/api/v1/session')).json<{ user: { id: string } }>().user;
    expect(
      (await sam.post('/api/v1/account/delete', { passphrase: sam.passphrase, confirmName: 'sam' }))
        .statusCode,
    ).toBe(204);
    expect(
      await server.store.db.selectFrom('records').select('id').where('user_id', '=', userId).execute(),
    ).toEqual([]);
  });
});
