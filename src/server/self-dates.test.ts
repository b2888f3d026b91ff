import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCalendar } from '../../test/ics.js';
import {
  DIALECTS,
  expectCarriedWhole,
  expectProblem,
  exportOf,
  Person,
  signedInServer,
  type TestServer,
} from '../../test/helpers.js';

/** Self-dates through the API: plans and own ideas as records, and a plan as a calendar file in its zone. */

interface Rec {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
}

const SECRET = 'kingfisher';
const plan = {
  title: `Walk to the ${SECRET} bridge with a flask of tea`,
  ideaId: 'new-street',
  day: '2027-04-03',
  time: '10:30',
  minutes: 90,
  timeZone: 'Europe/Paris',
};
const ownIdea = {
  text: `Find the ${SECRET} nest on the canal`,
  kind: 'outdoors',
  place: 'out',
  cost: 'free',
};

describe.each(DIALECTS)('self-dates on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  const create = async (kind: string, payload: Record<string, unknown>) => {
    const res = await sam.post('/api/v1/records', { kind, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Rec>();
  };

  it('keeps plans and own ideas, sealed at rest; marks a plan done with a feeling; refuses what does not fit', async () => {
    const date = await create('self_date', plan);
    expect(date.payload).toEqual(plan);
    const idea = await create('self_date_idea', ownIdea);
    const done = await sam.request({
      method: 'PUT',
      url: `/api/v1/records/${date.id}`,
      payload: {
        payload: {
          ...plan,
          doneAt: '2027-04-03T11:00:00.000Z',
          feeling: 'peaceful',
          howItFelt: 'Unhurried.',
        },
      },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<Rec>().payload).toMatchObject({ feeling: 'peaceful', howItFelt: 'Unhurried.' });

    const rows = await server.store.db.selectFrom('records').select(['id', 'payload']).execute();
    expect(rows.map((r) => r.id).sort()).toEqual([date.id, idea.id].sort());
    for (const row of rows) expect(Buffer.from(row.payload).toString('latin1')).not.toContain(SECRET);

    const bad: [string, Record<string, unknown>][] = [
      ['self_date', { ...plan, day: '3 April' }],
      ['self_date', { ...plan, time: '10.30' }],
      ['self_date', { ...plan, timeZone: 'Nowhere/Atlantis' }],
      ['self_date', { ...plan, title: '' }],
      ['self_date', { ...plan, minutes: 2000 }],
      ['self_date', { ...plan, feeling: 'made-up-feeling' }],
      ['self_date', { ...plan, howItFelt: 'a'.repeat(1001) }],
      ['self_date_idea', { text: ' ' }],
      ['self_date_idea', { ...ownIdea, kind: 'sleeping' }],
    ];
    for (const [kind, payload] of bad) {
      const problem = expectProblem(await sam.post('/api/v1/records', { kind, payload }), 400);
      expect(problem.errors?.length, JSON.stringify(payload).slice(0, 60)).toBeGreaterThan(0);
      expect(JSON.stringify(problem)).not.toContain(SECRET);
    }
    const list = (await sam.get('/api/v1/records?kind=self_date')).json<{ items: Rec[] }>().items;
    expect(list).toHaveLength(1);
    expect(
      (await sam.get('/api/v1/records?kind=self_date_idea')).json<{ items: Rec[] }>().items,
    ).toHaveLength(1);
  });

  it('hands a plan over as a calendar file at its time in its zone, titled neutrally unless asked', async () => {
    const date = await create('self_date', plan);
    const res = await sam.get(`/api/v1/self-dates/${date.id}/calendar.ics`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('haven-self-date.ics');
    // Read with ical.js, a second library, through the file's own VTIMEZONE.
    const { events, timezones } = readCalendar(res.body);
    expect(timezones).toEqual(['Europe/Paris']);
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event?.summary).toBe('Time for me');
    expect(event?.start).toMatchObject({ local: '2027-04-03T10:30:00', tzid: 'Europe/Paris', date: false });
    // Paris is on summer time by 3 April: two hours ahead of UTC.
    expect(event?.start.utc.toISOString()).toBe('2027-04-03T08:30:00.000Z');
    expect(event?.end?.utc.toISOString()).toBe('2027-04-03T10:00:00.000Z');
    expect(res.body).not.toContain(SECRET);

    const own = await sam.get(`/api/v1/self-dates/${date.id}/calendar.ics?title=own`);
    expect(readCalendar(own.body).events[0]?.summary).toBe(plan.title);

    // Not someone else's, not another kind, not a made-up id, not a made-up choice.
    const ash = new Person(server, 'ash');
    await ash.signUp();
    expectProblem(await ash.get(`/api/v1/self-dates/${date.id}/calendar.ics`), 404);
    const idea = await create('self_date_idea', ownIdea);
    expectProblem(await sam.get(`/api/v1/self-dates/${idea.id}/calendar.ics`), 404);
    expectProblem(await sam.get('/api/v1/self-dates/not-an-id/calendar.ics'), 400);
    expectProblem(await sam.get(`/api/v1/self-dates/${date.id}/calendar.ics?title=everything`), 400);
    // Without a session, nothing.
    const stranger = await server.app.inject({
      method: 'GET',
      url: `/api/v1/self-dates/${date.id}/calendar.ics`,
    });
    expect(stranger.statusCode).toBe(401);
  });

  it('exports plans and ideas, brings them back unchanged on import, and deletes them with the account', async () => {
    const date = await create('self_date', {
      ...plan,
      doneAt: '2027-04-03T11:00:00.000Z',
      feeling: 'content',
      howItFelt: 'The light on the water.',
    });
    await create('self_date_idea', ownIdea);
    const exported = await exportOf(sam);
    expect(exported.records.map((r) => r.kind).sort()).toEqual(['self_date', 'self_date_idea']);

    const markdown = await sam.post('/api/v1/account/export', {
      passphrase: sam.passphrase,
      format: 'markdown',
    });
    const files = unzipSync(new Uint8Array(markdown.rawPayload));
    const written = Object.entries(files).find(([path]) => path.includes(date.id.slice(-8)));
    expect(strFromU8(written?.[1] ?? new Uint8Array())).toContain('Done. It felt content.');

    const { id: userId } = (await sam.get('/api/v1/session')).json<{ user: { id: string } }>().user;
    await expectCarriedWhole(server, sam, userId, exported);
  });
});
