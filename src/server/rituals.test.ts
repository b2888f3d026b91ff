import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCalendar } from '../../test/ics.js';
import { DIALECTS, expectProblem, Person, signedInServer, type TestServer } from '../../test/helpers.js';
import { FEED_RATE } from './routes/feed.js';

interface Rec {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
}
interface Feed {
  feed: { path: string; createdAt: string; updatedAt: string } | null;
}

const morningSit = {
  title: 'Sit by the window with tea',
  ideaId: 'short-sit',
  minutes: 5,
  days: ['mo', 'we', 'fr'],
  time: '07:30',
  timeZone: 'Europe/London',
  why: 'Mornings are when I most forget myself.',
  calendarTitle: 'A few minutes for me',
};

describe.each(DIALECTS)('rituals and their calendar feed on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect));
  });
  afterEach(() => server.close());

  const stranger = (url: string) => server.app.inject({ method: 'GET', url });
  const createRitual = async (payload: Record<string, unknown>) => {
    const res = await sam.post('/api/v1/records', { kind: 'ritual', payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Rec>();
  };
  const feedOn = async () => {
    const res = await sam.put('/api/v1/rituals/feed', {});
    expect(res.statusCode, res.body).toBe(200);
    const { feed } = res.json<Feed>();
    if (!feed) throw new Error('the feed did not turn on');
    return feed.path;
  };

  it('keeps rituals and marks them done; refuses what does not fit and stores nothing', async () => {
    const ritual = await createRitual(morningSit);
    expect(ritual.payload).toMatchObject({ ...morningSit, notify: false, paused: false });
    const done = await sam.post('/api/v1/records', {
      kind: 'ritual_done',
      payload: { ritualId: ritual.id, day: '2026-03-02', note: 'Slow and good.' },
    });
    expect(done.statusCode).toBe(201);

    const bad = [
      { ...morningSit, days: [] },
      { ...morningSit, days: ['mo', 'mo'] },
      { ...morningSit, time: '25:00' },
      { ...morningSit, timeZone: 'Mars/Olympus_Mons' },
      { ...morningSit, minutes: 0 },
      { ...morningSit, title: '   ' },
    ];
    for (const payload of bad) {
      const problem = expectProblem(await sam.post('/api/v1/records', { kind: 'ritual', payload }), 400);
      expect(problem.errors?.length).toBeGreaterThan(0);
    }
    expectProblem(
      await sam.post('/api/v1/records', {
        kind: 'ritual_done',
        payload: { ritualId: ritual.id, day: 'today' },
      }),
      400,
    );
    const list = await sam.get('/api/v1/records?kind=ritual');
    expect(list.json<{ items: Rec[] }>().items).toHaveLength(1);
  });

  it('exports rituals, brings them back unchanged on import, and deletes them with the account', async () => {
    const ritual = await createRitual(morningSit);
    await sam.post('/api/v1/records', {
      kind: 'ritual_done',
      payload: { ritualId: ritual.id, day: '2026-03-02' },
    });
    const exported = await sam.post('/api/v1/account/export', { passphrase: sam.passphrase, format: 'json' });
    const document = exported.json<{ records: Rec[] }>();
    const kinds = document.records.map((r) => r.kind).sort();
    expect(kinds).toEqual(['ritual', 'ritual_done']);
    // The calendar feed's address is a secret of this server, never part of an export.
    await feedOn();
    const again = await sam.post('/api/v1/account/export', { passphrase: sam.passphrase, format: 'json' });
    expect(again.body).not.toContain('/calendar/');

    const ash = new Person(server, 'ash');
    await ash.signUp();
    expect((await ash.post('/api/v1/account/import', document)).json()).toMatchObject({ imported: 2 });
    const back = (await ash.get('/api/v1/records?kind=ritual')).json<{ items: Rec[] }>().items;
    expect(back).toEqual([expect.objectContaining({ id: ritual.id, payload: ritual.payload })]);

    const { id: userId } = (await sam.get('/api/v1/session')).json<{ user: { id: string } }>().user;
    expect(
      (await sam.post('/api/v1/account/delete', { passphrase: sam.passphrase, confirmName: 'sam' }))
        .statusCode,
    ).toBe(204);
    const db = server.store.db;
    expect(await db.selectFrom('records').select('id').where('user_id', '=', userId).execute()).toEqual([]);
    expect(
      await db.selectFrom('ritual_feeds').select('user_id').where('user_id', '=', userId).execute(),
    ).toEqual([]);
  });

  it('serves a calendar feed without a session, holding only the chosen titles, with RRULE and time zone', async () => {
    expect((await sam.get('/api/v1/rituals/feed')).json<Feed>()).toEqual({ feed: null });
    await createRitual(morningSit);
    await createRitual({ ...morningSit, title: 'A private thing', calendarTitle: undefined, why: undefined });
    const path = await feedOn();
    expect(path).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    // Turning it on again keeps the same address.
    expect(await feedOn()).toBe(path);

    const res = await stranger(path);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const calendar = readCalendar(res.body);
    expect(calendar.timezones).toEqual(['Europe/London']);
    expect(calendar.events).toHaveLength(1);
    const [event] = calendar.events;
    expect(event?.summary).toBe('A few minutes for me');
    expect(event?.rrule).toEqual({ FREQ: 'WEEKLY', BYDAY: 'MO,WE,FR' });
    expect(event?.start).toMatchObject({ tzid: 'Europe/London', date: false });
    expect(event?.start.local).toMatch(/T07:30:00$/);
    expect(event?.end?.local).toMatch(/T07:35:00$/);
    // Expanded by ical.js through the feed's own VTIMEZONE, a year and more of it (across both
    // changes of the clocks) falls on Mondays, Wednesdays and Fridays at half past seven in London.
    const london = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    const year = event?.occurrences(160) ?? [];
    expect(year).toHaveLength(160);
    expect(new Set(year.map((at) => london.format(at)))).toEqual(
      new Set(['Mon 07:30', 'Wed 07:30', 'Fri 07:30']),
    );
    expect(new Set(year.map((at) => at.getUTCHours()))).toEqual(new Set([6, 7]));
    // Nothing else of the rituals: not their own titles, not why they matter, no description.
    for (const secret of ['Sit by the window', 'Mornings are when', 'A private thing'])
      expect(res.body).not.toContain(secret);
    expect(event?.names).not.toContain('DESCRIPTION');

    // A new ritual shows up in the feed at once; an any-time one as an all-day event.
    await createRitual({
      ...morningSit,
      title: 'Gratitude',
      time: undefined,
      days: ['su'],
      calendarTitle: 'Me time',
    });
    const updated = readCalendar((await stranger(path)).body);
    const allDay = updated.events.find((e) => e.summary === 'Me time');
    expect(allDay?.start).toMatchObject({ date: true });
    expect(allDay?.start.tzid).toBeUndefined();
    expect(allDay?.rrule).toEqual({ FREQ: 'WEEKLY', BYDAY: 'SU' });
  });

  it('keeps no readable title or token in the database', async () => {
    await createRitual({ ...morningSit, calendarTitle: 'Quiet hour by the river' });
    const path = await feedOn();
    const token = path.split('/').pop()?.replace('.ics', '') ?? '';
    const rows = await server.store.db.selectFrom('ritual_feeds').selectAll().execute();
    expect(rows).toHaveLength(1);
    const dump = rows
      .flatMap((row) =>
        Object.values(row).map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v))),
      )
      .join('\n');
    expect(dump).not.toContain('Quiet hour');
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(Buffer.from(token, 'base64url').toString('latin1'));
  });

  it('stops the old address at once when rotated, and answers 404 when turned off', async () => {
    await createRitual(morningSit);
    const first = await feedOn();
    const rotated = await sam.post('/api/v1/rituals/feed/rotate');
    const second = rotated.json<Feed>().feed?.path ?? '';
    expect(second).not.toBe(first);
    expectProblem(await stranger(first), 404);
    expect((await stranger(second)).statusCode).toBe(200);

    expect((await sam.delete('/api/v1/rituals/feed')).statusCode).toBe(204);
    expectProblem(await stranger(second), 404);
    expect((await sam.get('/api/v1/rituals/feed')).json<Feed>()).toEqual({ feed: null });
    expectProblem(await sam.post('/api/v1/rituals/feed/rotate'), 404);
    // A token that never was, and one that is not a token at all.
    expectProblem(await stranger(`/api/v1/calendar/${'A'.repeat(43)}.ics`), 404);
    expectProblem(await stranger('/api/v1/calendar/not-a-token.ics'), 400);
  });

  it('needs a session to manage the feed or download the file, and never the other way round', async () => {
    expectProblem(await stranger('/api/v1/rituals/feed'), 401);
    expectProblem(await stranger('/api/v1/rituals/calendar.ics'), 401);
    await createRitual(morningSit);
    const file = await sam.get('/api/v1/rituals/calendar.ics');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(readCalendar(file.body).events.map((e) => e.summary)).toEqual(['A few minutes for me']);
  });

  it('limits how often a feed address is read', async () => {
    const path = await feedOn();
    for (let i = 0; i < FEED_RATE.max; i++) expect((await stranger(path)).statusCode).toBe(200);
    expectProblem(await stranger(path), 429);
  });
});
