import { Writable } from 'node:stream';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, Person, signedInServer, type TestServer } from '../../test/helpers.js';
import { IMPORT_MAX_BYTES, IMPORT_MAX_RECORDS } from '../core/records/exchange.js';
import { openStore } from '../store/db.js';
import { IMPORTS_AT_ONCE } from '../store/import-lock.js';
import { buildServer } from './app.js';

const IMPORT = '/api/v1/account/import';
const HEALTH = '/api/v1/health';

/** A Haven export of `count` journal entries, a day apart. */
function exportOf(
  count: number,
  body = 'A slow evening. I made tea and sat by the window for a while, listening.',
) {
  const start = Date.parse('2016-01-01T20:00:00.000Z');
  return {
    format: 'haven-export',
    formatVersion: 1,
    exportedAt: '2026-11-26T10:00:00.000Z',
    app: { name: 'Haven', version: '0.1.0' },
    account: { name: 'sam' },
    records: Array.from({ length: count }, (_, i) => {
      const at = new Date(start + i * 86_400_000).toISOString();
      return {
        id: uuidv7(),
        kind: 'journal',
        version: 1,
        occurredAt: at,
        createdAt: at,
        updatedAt: at,
        payload: { body: `${body} (${i})`, tags: ['evening'] },
      };
    }),
  };
}

/** The same file with its very last record broken: the whole file must be read before it is refused. */
function withBadLastRecord(document: ReturnType<typeof exportOf>) {
  const last = document.records.at(-1);
  if (last) last.payload = { nonsense: true } as unknown as typeof last.payload;
  return document;
}

/** Watches the server: which imports are being handled right now, and what else it answered meanwhile. */
function watch(server: TestServer) {
  const state = { importing: 0, healthServedDuringImport: 0, importsStarted: 0 };
  const handled = new WeakSet<object>();
  server.app.addHook('preHandler', async (request) => {
    if (request.routeOptions.url !== IMPORT) return;
    handled.add(request);
    state.importing += 1;
    state.importsStarted += 1;
  });
  server.app.addHook('onResponse', async (request) => {
    if (handled.has(request)) state.importing -= 1;
    else if (request.routeOptions.url === HEALTH && state.importing > 0) state.healthServedDuringImport += 1;
  });
  return state;
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
};

describe.each(DIALECTS)('importing, within bounds, on %s', (dialect) => {
  let server: TestServer;
  let sam: Person;
  let state: ReturnType<typeof watch>;
  beforeEach(async () => {
    ({ server, person: sam } = await signedInServer(dialect, {
      setup: (fresh) => {
        state = watch(fresh);
      },
    }));
  });
  afterEach(() => server.close());

  const count = async (person = sam) =>
    (await person.get('/api/v1/records?kind=journal&limit=200')).json<{ items: unknown[] }>().items.length;

  it('refuses a file larger than Haven reads, with a 413', async () => {
    const res = await sam.request({
      method: 'POST',
      url: IMPORT,
      headers: { 'content-type': 'application/json' },
      payload: `{"padding":"${'x'.repeat(IMPORT_MAX_BYTES)}"}`,
    });
    expectProblem(res, 413);
  });

  it('refuses more records than one import takes, with a 413 that says how many it takes, and stores none', async () => {
    const document = { ...exportOf(1), records: Array.from({ length: IMPORT_MAX_RECORDS + 1 }, () => ({})) };
    const problem = expectProblem(await sam.post(IMPORT, document), 413);
    expect(problem.detail).toContain(IMPORT_MAX_RECORDS.toLocaleString('en'));
    expect(await count()).toBe(0);
  });

  it('keeps answering others while it reads a large file with a bad last record, and stores nothing', async () => {
    const address = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const body = JSON.stringify(withBadLastRecord(exportOf(20_000)));
    let done = false;
    const latencies: number[] = [];
    const imported = fetch(`${address}${IMPORT}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sam.cookie, 'x-haven-csrf': '1' },
      body,
    }).then(async (res) => {
      done = true;
      return { status: res.status, body: (await res.json()) as { errors?: { path: string }[] } };
    });
    while (!done) {
      const sent = performance.now();
      expect((await fetch(`${address}${HEALTH}`)).status).toBe(200);
      latencies.push(performance.now() - sent);
    }
    const result = await imported;
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.path).toBe('records.19999.payload');
    expect(state.importsStarted).toBe(1);
    // Held for the whole file, the server would have answered none of these until the import ended.
    expect(state.healthServedDuringImport).toBeGreaterThan(0);
    expect(await count()).toBe(0);
    // Reported, not asserted: timings belong in bench/.
    latencies.sort((a, b) => a - b);
    console.info(
      `health during a 20,000-record import on ${dialect}: ${latencies.length} requests, ` +
        `${state.healthServedDuringImport} served while it was checked, median ` +
        `${latencies[Math.floor(latencies.length / 2)]?.toFixed(0)} ms, ` +
        `p95 ${latencies[Math.floor(latencies.length * 0.95)]?.toFixed(0)} ms`,
    );
  });

  it('runs one import per person at a time: a second while the first runs gets a 409, and nothing twice', async () => {
    const large = exportOf(8_000);
    const first = sam.post(IMPORT, large);
    await until(() => state.importing > 0);
    const second = await sam.post(IMPORT, exportOf(3));
    expect(expectProblem(second, 409).detail).toMatch(/already bringing in a file/);
    expect((await first).json()).toEqual({ total: 8_000, imported: 8_000, skipped: 0 });
    // Once the first has finished, the next one goes ahead.
    expect((await sam.post(IMPORT, large)).json()).toEqual({ total: 8_000, imported: 0, skipped: 8_000 });
  });

  it(`runs at most ${IMPORTS_AT_ONCE} imports at once on one server, and asks the next person to try again soon`, async () => {
    const people = [sam, new Person(server, 'ash'), new Person(server, 'kai')];
    for (const person of people.slice(1)) await person.signUp();
    const running = people.slice(0, IMPORTS_AT_ONCE).map((person) => person.post(IMPORT, exportOf(6_000)));
    await until(() => state.importing >= IMPORTS_AT_ONCE);
    const refused = await people[IMPORTS_AT_ONCE]?.post(IMPORT, exportOf(3));
    if (!refused) throw new Error('no third person');
    expect(expectProblem(refused, 429).detail).toMatch(/try again in a minute/);
    for (const res of await Promise.all(running)) expect(res.statusCode).toBe(200);
  });

  it('limits how often one address may import', async () => {
    for (let i = 0; i < 10; i += 1) expectProblem(await sam.post(IMPORT, { not: 'an export' }), 400);
    expectProblem(await sam.post(IMPORT, { not: 'an export' }), 429);
  });

  if (dialect === 'postgres') {
    it('refuses a second import by the same person on another instance while the first runs', async () => {
      const otherStore = await openStore(server.store.target);
      const other = await buildServer({
        config: { ...server.config, database: server.store.target, mode: 'hosted' },
        store: otherStore,
        logStream: new Writable({ write: (_chunk, _encoding, done) => done() }),
      });
      try {
        const samThere = new Person({ ...server, app: other.app }, 'sam');
        expect((await samThere.signIn()).statusCode).toBe(200);
        const first = sam.post(IMPORT, exportOf(8_000));
        await until(() => state.importing > 0);
        expectProblem(await samThere.post(IMPORT, exportOf(3)), 409);
        expect((await first).statusCode).toBe(200);
        expect((await samThere.post(IMPORT, exportOf(3))).statusCode).toBe(200);
      } finally {
        await other.app.close();
        await otherStore.close();
      }
    });
  }
});
