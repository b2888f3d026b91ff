import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { PayloadInput, PayloadOf } from '../../core/records/registry.js';
import { createApi, filenameFromContentDisposition, ProblemError, type SavedRecord } from './client.js';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fake server: answers each request with the next response in the list, recording what was asked. */
function fakeServer(...responses: Response[]) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next;
  });
  return { fetch, calls };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status: number, title: string) =>
  json(status, { type: 'about:blank', title, status }, 'application/problem+json');
const headers = (call: Call | undefined) => new Headers(call?.init.headers);

describe('API client', () => {
  it('sends the CSRF header and JSON content type on a POST with a body', async () => {
    const server = fakeServer(json(200, { user: { id: 'u1', name: 'river' } }));
    const api = createApi({ fetch: server.fetch });
    const result = await api.signIn({ name: 'river', passphrase: 'quiet morning light' });
    expect(result.user.name).toBe('river');
    const [call] = server.calls;
    expect(call?.url).toBe('/api/v1/auth/signin');
    expect(call?.init.method).toBe('POST');
    expect(headers(call).get('X-Haven-CSRF')).toBe('1');
    expect(headers(call).get('Content-Type')).toBe('application/json');
    expect(typeof call?.init.body === 'string' && JSON.parse(call.init.body)).toEqual({
      name: 'river',
      passphrase: 'quiet morning light',
    });
    expect(call?.init.credentials).toBe('same-origin');
  });

  it('sends the CSRF header without a content type on a bodyless DELETE, and none on a GET', async () => {
    const server = fakeServer(new Response(null, { status: 204 }), json(200, { sessions: [] }));
    const api = createApi({ fetch: server.fetch });
    await api.endSession('s/1');
    await api.sessions();
    expect(server.calls[0]?.url).toBe('/api/v1/account/sessions/s%2F1');
    expect(headers(server.calls[0]).get('X-Haven-CSRF')).toBe('1');
    expect(headers(server.calls[0]).has('Content-Type')).toBe(false);
    expect(headers(server.calls[1]).has('X-Haven-CSRF')).toBe(false);
  });

  it('throws the server problem, with field errors, for a 4xx', async () => {
    const server = fakeServer(
      json(
        400,
        { title: 'Check the form', status: 400, errors: [{ path: 'name', message: 'Too long' }] },
        'application/problem+json',
      ),
    );
    const api = createApi({ fetch: server.fetch });
    const error = await api.signUp({ name: 'x', passphrase: 'y' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).fieldError('name')).toBe('Too long');
  });

  it('reports a 401 on an ordinary route as the session ending', async () => {
    const onSessionEnded = vi.fn();
    const server = fakeServer(problem(401, 'Please sign in'));
    const api = createApi({ fetch: server.fetch });
    api.on('session-ended', onSessionEnded);
    await expect(api.sessions()).rejects.toMatchObject({ status: 401 });
    expect(onSessionEnded).toHaveBeenCalledOnce();
  });

  it('does not treat a wrong sign-in, or the session probe, as a session ending', async () => {
    const onSessionEnded = vi.fn();
    const server = fakeServer(problem(401, 'No match'), problem(401, 'Not signed in'));
    const api = createApi({ fetch: server.fetch });
    api.on('session-ended', onSessionEnded);
    await expect(api.signIn({ name: 'a', passphrase: 'b' })).rejects.toMatchObject({ status: 401 });
    await expect(api.session()).rejects.toMatchObject({ status: 401 });
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('asks who is signed in as a probe, so signed out is an answer (no failed request) that reads as a 401', async () => {
    const onSessionEnded = vi.fn();
    const server = fakeServer(
      json(200, { signedIn: false }),
      json(200, {
        user: { id: 'u1', name: 'river' },
        session: { id: 's1', idleMinutes: 30, draftKey: 'A'.repeat(43) },
      }),
    );
    const api = createApi({ fetch: server.fetch });
    api.on('session-ended', onSessionEnded);
    await expect(api.session()).rejects.toMatchObject({ status: 401 });
    expect((await api.session()).user.name).toBe('river');
    expect(server.calls.map((call) => call.url)).toEqual([
      '/api/v1/session?probe=true',
      '/api/v1/session?probe=true',
    ]);
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('after a 401 on a passphrase check, asks the server whether the session still stands', async () => {
    const onSessionEnded = vi.fn();
    const alive = {
      user: { id: 'u1', name: 'a' },
      session: { id: 's1', idleMinutes: 30, draftKey: 'A'.repeat(43) },
    };
    const server = fakeServer(
      problem(401, 'Wrong passphrase'),
      json(200, alive),
      problem(401, 'Wrong passphrase'),
      problem(401, 'Not signed in'),
    );
    const api = createApi({ fetch: server.fetch });
    api.on('session-ended', onSessionEnded);
    await expect(api.newRecoveryCode({ passphrase: 'nope' })).rejects.toMatchObject({ status: 401 });
    expect(onSessionEnded).not.toHaveBeenCalled();
    await expect(api.newRecoveryCode({ passphrase: 'nope' })).rejects.toMatchObject({ status: 401 });
    expect(onSessionEnded).toHaveBeenCalledOnce();
    expect(server.calls.map((c) => c.url)).toEqual([
      '/api/v1/account/recovery-code',
      '/api/v1/session',
      '/api/v1/account/recovery-code',
      '/api/v1/session',
    ]);
  });

  it('turns a network failure into a calm problem', async () => {
    const api = createApi({ fetch: fakeServer().fetch });
    await expect(api.health()).rejects.toMatchObject({ status: 0, type: 'haven:network' });
  });

  it('refuses an answer that does not match the contract', async () => {
    const server = fakeServer(json(200, { status: 'ok', database: 'mysql', mode: 'local' }));
    const api = createApi({ fetch: server.fetch });
    await expect(api.health()).rejects.toMatchObject({ type: 'haven:unexpected-response' });
  });

  it('stops telling a listener once it unsubscribes', async () => {
    const onSessionEnded = vi.fn();
    const server = fakeServer(problem(401, 'Please sign in'), problem(401, 'Please sign in'));
    const api = createApi({ fetch: server.fetch });
    const stop = api.on('session-ended', onSessionEnded);
    await api.sessions().catch(() => undefined);
    stop();
    await api.sessions().catch(() => undefined);
    expect(onSessionEnded).toHaveBeenCalledOnce();
  });

  it('counts accepted requests as activity for the idle timer', async () => {
    const onActivity = vi.fn();
    const server = fakeServer(
      json(200, { status: 'ok', database: 'sqlite', mode: 'local', hasAccounts: false }),
    );
    const api = createApi({ fetch: server.fetch });
    api.on('activity', onActivity);
    const health = await api.health();
    expect(health.hasAccounts).toBe(false);
    expect(onActivity).toHaveBeenCalledOnce();
  });

  it('downloads an export with the server-given filename', async () => {
    const server = fakeServer(
      new Response('{"records":[]}', {
        status: 200,
        headers: {
          'Content-Type': 'application/json',
          'Content-Disposition': 'attachment; filename="haven-export-2025-01-02.json"',
        },
      }),
    );
    const api = createApi({ fetch: server.fetch });
    const file = await api.exportData({ passphrase: 'p', format: 'json' });
    expect(file.filename).toBe('haven-export-2025-01-02.json');
    expect(await file.blob.text()).toBe('{"records":[]}');
  });
});

const savedJournal = (payload: unknown) => ({
  id: '0190a000-0000-7000-8000-000000000001',
  kind: 'journal',
  version: 1,
  occurredAt: '2025-01-02T10:00:00.000Z',
  createdAt: '2025-01-02T10:00:00.000Z',
  updatedAt: '2025-01-02T10:00:00.000Z',
  payload,
});

describe('API client records, typed by kind', () => {
  it('saves a payload of its kind and hands it back parsed by the kind’s schema', async () => {
    const server = fakeServer(json(201, savedJournal({ body: 'A quiet walk', tags: [] })));
    const api = createApi({ fetch: server.fetch });
    const saved = await api.records.create({ kind: 'journal', payload: { body: 'A quiet walk' } });
    expectTypeOf(saved).toEqualTypeOf<SavedRecord<'journal'>>();
    expectTypeOf(saved.payload).toEqualTypeOf<PayloadOf<'journal'>>();
    expect(saved.payload.tags).toEqual([]);
    expect(server.calls[0]?.url).toBe('/api/v1/records');
  });

  it('does not compile when a payload belongs to another kind', () => {
    const api = createApi({ fetch: fakeServer().fetch });
    const checkin: PayloadInput<'checkin'> = { pleasantness: 0.5, energy: -0.2, feelings: ['calm'] };
    // @ts-expect-error: a check-in is not a journal entry
    const wrong = () => api.records.create({ kind: 'journal', payload: checkin });
    expectTypeOf(wrong).returns.resolves.toEqualTypeOf<SavedRecord<'journal'>>();
    expectTypeOf(api.records.create<'checkin'>)
      .parameter(0)
      .toHaveProperty('payload')
      .toEqualTypeOf<PayloadInput<'checkin'>>();
  });

  it('types a list by the kind asked for, and a mixed list by each record’s own kind', async () => {
    const server = fakeServer(
      json(200, { items: [savedJournal({ body: 'Rain', tags: ['weather'] })], nextCursor: null }),
    );
    const api = createApi({ fetch: server.fetch });
    const page = await api.records.list({ kind: 'journal', limit: 1 });
    expectTypeOf(page.items).toEqualTypeOf<SavedRecord<'journal'>[]>();
    expect(page.items[0]?.payload.tags).toEqual(['weather']);
    expect(server.calls[0]?.url).toBe('/api/v1/records?kind=journal&limit=1');
    const anyKind: SavedRecord = page.items[0] as SavedRecord;
    if (anyKind.kind === 'checkin') expectTypeOf(anyKind.payload).toEqualTypeOf<PayloadOf<'checkin'>>();
  });

  it('refuses a record whose payload does not fit its kind, or whose kind it does not know', async () => {
    const server = fakeServer(
      json(200, savedJournal({ tags: [] })),
      json(200, { ...savedJournal({ body: 'x', tags: [] }), kind: 'not_a_kind' }),
    );
    const api = createApi({ fetch: server.fetch });
    const id = '0190a000-0000-7000-8000-000000000001';
    await expect(api.records.get(id)).rejects.toMatchObject({ type: 'haven:unexpected-response' });
    await expect(api.records.get(id)).rejects.toMatchObject({ type: 'haven:unexpected-response' });
  });
});

describe('filenameFromContentDisposition', () => {
  it('reads quoted, bare and UTF-8 encoded names', () => {
    expect(filenameFromContentDisposition('attachment; filename="a b.zip"')).toBe('a b.zip');
    expect(filenameFromContentDisposition('attachment; filename=plain.json')).toBe('plain.json');
    expect(
      filenameFromContentDisposition('attachment; filename*=UTF-8\'\'caf%C3%A9.json; filename="cafe.json"'),
    ).toBe('café.json');
  });

  it('keeps only the base name, never a path', () => {
    expect(filenameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe('passwd');
  });

  it('returns undefined when there is no name', () => {
    expect(filenameFromContentDisposition(null)).toBeUndefined();
    expect(filenameFromContentDisposition('attachment')).toBeUndefined();
  });
});
