import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_KINDS } from '../../src/core/records/registry.js';
import { DIALECTS, PASSPHRASE, Person, testServer, type TestServer } from '../helpers.js';

/**
 * Bad input: a generated stream of malformed requests against every route the
 * server has. Every answer is a 4xx problem document (or a 2xx, when a request
 * happens to be valid), never a 5xx; the server stays up; and a person whose
 * session the stream cannot use for writing keeps exactly what they had.
 */

/** Ending the fuzzing session would only turn the rest of the stream into 401s. */
const NOT_FUZZED = new Set(['POST /api/v1/auth/signout']);
const RUNS = 400;

type Who = 'owner' | 'fuzzer' | 'nobody';

interface Attempt {
  route: { method: string; url: string };
  id: string;
  query: string;
  body: string | Buffer | undefined;
  contentType: string | undefined;
  csrf: boolean;
  who: Who;
}

const nasty = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'prototype',
  '../../etc/passwd',
  "' or 1=1 --",
  '\u0000',
  '\u202e',
  '😀',
  '',
  ' ',
  '9'.repeat(400),
);
const keyName = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'kind',
    'payload',
    'occurredAt',
    'name',
    'passphrase',
    'newPassphrase',
    'currentPassphrase',
    'recoveryCode',
    'text',
    'region',
    'format',
    'confirmName',
    'records',
    'q',
    'limit',
    'cursor',
    'from',
    'to',
    'hard',
  ),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(
  nasty,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...RECORD_KINDS.map((k) => k.name), 'not_a_kind', 'Journal', 'a'),
  fc.constantFrom('2026-11-26T09:00:00Z', '2026-13-40T99:99:99Z', '0000-00-00', 'yesterday', '1e309'),
);
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keyName, tie('value'), { maxKeys: 5 }),
  ),
})).value;
const objectBody = fc.dictionary(keyName, value, { maxKeys: 6 });

/** A record-shaped body with something wrong in it, or occasionally nothing wrong at all. */
const recordBody = fc.record(
  {
    kind: fc.oneof(fc.constantFrom(...RECORD_KINDS.map((k) => k.name)), scalar),
    payload: fc.oneof(objectBody, value),
    occurredAt: scalar,
    extra: value,
  },
  { requiredKeys: [] },
);

const size = fc.constantFrom(1_000, 70_000, 300_000, 1_100_000);
const depth = fc.constantFrom(50, 2_000, 100_000);

const rawBody: fc.Arbitrary<string | Buffer | undefined> = fc.oneof(
  objectBody.map((b) => JSON.stringify(b)),
  recordBody.map((b) => JSON.stringify(b)),
  value.map((v) => JSON.stringify(v) ?? 'null'),
  fc.constantFrom(
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"kind":"journal","payload":{"body":"hi","__proto__":{"polluted":"yes"}}}',
    '{"kind":"journal","payload":{"body":"<script>alert(1)</script>","tags":["<b>x</b>"]}}',
    '{"kind":"checkin","payload":{"pleasantness":1e309,"energy":0,"feelings":["calm"]}}',
    '{"name":"x","passphrase":{"toString":"nope"}}',
    '{',
    '{"a":1,}',
    "{'single':'quotes'}",
    'null',
    '[]',
    '""',
    '0',
    'true',
    '',
    '\u0000',
  ),
  // Huge strings, some past the body limit.
  fc.tuple(size, fc.constantFrom('kind', 'text', 'payload', 'q')).map(([n, key]) =>
    JSON.stringify({
      [key]: 'x'.repeat(n),
      kind: 'journal',
      payload: { body: 'y'.repeat(Math.min(n, 200_000)) },
    }),
  ),
  // Deep nesting, in arrays and in objects.
  depth.map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  depth.map((n) => `{"kind":"journal","payload":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`),
  // Bytes that are not UTF-8, inside and outside strings.
  fc
    .uint8Array({ minLength: 1, maxLength: 8 })
    .map((bytes) =>
      Buffer.concat([
        Buffer.from('{"kind":"checkin","text":"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
        Buffer.from(bytes),
        Buffer.from('","payload":{"pleasantness":0,"energy":0,"feelings":["'),
        Buffer.from([0xc0, 0xaf]),
        Buffer.from('"]}}'),
      ]),
    ),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(undefined),
);

const idSegment = (ownerIds: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...ownerIds),
    fc.uuid(),
    fc.constantFrom('0123456789abcdef', 'ffffffffffffffff', '%00', '%ff', '..%2f..%2f', '%E0%A4%A', '%2e%2e'),
    nasty.map((s) => encodeURIComponent(s)),
    fc.string({ maxLength: 60 }).map((s) => encodeURIComponent(s)),
    fc.constant(encodeURIComponent('x'.repeat(5_000))),
  );

const queryString = fc.oneof(
  fc.constant(''),
  fc
    .array(
      fc.tuple(
        keyName,
        fc.oneof(
          scalar.map((v) => String(v)),
          fc.constant('x'.repeat(20_000)),
        ),
      ),
      {
        maxLength: 5,
      },
    )
    .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  fc.constantFrom(
    '?q=%ff%fe',
    '?q=%',
    '?__proto__[polluted]=yes',
    '?constructor[prototype][polluted]=yes',
    '?limit=1e309',
    '?limit=-1',
    '?kind[]=journal',
    '?kind=journal&kind=checkin',
    '?from=2026-01-01T00:00:00Z&to=1999-01-01T00:00:00Z',
    '?cursor=WzEsIngiXQ',
    '?hard=maybe',
    '?q=<script>alert(1)</script>',
  ),
);

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  undefined,
);

describe.each(DIALECTS)('bad input on %s', (dialect) => {
  let server: TestServer;
  let owner: Person;
  let fuzzer: Person;
  let ownerIds: string[];
  let before: unknown;

  beforeAll(async () => {
    server = await testServer(dialect);
    owner = new Person(server, 'keeper');
    await owner.signUp();
    ownerIds = [];
    const seeds: { kind: string; payload: unknown }[] = [
      {
        kind: 'checkin',
        payload: { pleasantness: 0.5, energy: -0.1, feelings: ['calm'], note: 'Tea and rain.' },
      },
      { kind: 'journal', payload: { title: 'Sunday', body: 'A slow walk by the river.', tags: ['walks'] } },
      {
        kind: 'profile_item',
        payload: { section: 'boundaries', text: 'Calls after ten', stance: 'not-okay' },
      },
      { kind: 'soothing_item', payload: { sense: 'sound', text: 'Rain on the roof' } },
      { kind: 'self_abandonment', payload: { what: 'Said yes when I meant no.' } },
      { kind: 'growth_path', payload: { pattern: 'not-sure', completedSteps: [] } },
    ];
    for (const seed of seeds) {
      const res = await owner.post('/api/v1/records', seed);
      expect(res.statusCode, seed.kind).toBe(201);
      ownerIds.push(res.json<{ id: string }>().id);
    }
    const removed = ownerIds[0] ?? '';
    expect((await owner.delete(`/api/v1/records/${removed}`)).statusCode).toBe(204);
    before = await exportOf(owner);
    fuzzer = new Person(server, 'stranger', `${PASSPHRASE} too`);
    await fuzzer.signUp();
  });
  afterAll(() => server.close());

  it('answers every malformed request with a 4xx problem (or a 2xx when it happens to be valid), never a 5xx', async () => {
    const routes = server.routes
      .filter((r) => r.url.startsWith('/api/v1') && !NOT_FUZZED.has(`${r.method} ${r.url}`))
      .map((r) => ({ method: r.method, url: r.url }));
    expect(routes.length).toBeGreaterThan(15);
    const attempt: fc.Arbitrary<Attempt> = fc.record({
      route: fc.constantFrom(...routes),
      id: idSegment(ownerIds),
      query: queryString,
      body: rawBody,
      contentType,
      csrf: fc.oneof(
        { arbitrary: fc.constant(true), weight: 9 },
        { arbitrary: fc.constant(false), weight: 1 },
      ),
      who: fc.constantFrom<Who>('owner', 'fuzzer', 'fuzzer', 'fuzzer', 'nobody'),
    });
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(attempt, async (a) => {
        const method = a.route.method;
        const readOnly = method === 'GET' || method === 'HEAD';
        // The owner's session is only ever used to read; writes come from the stranger or from nobody.
        const who: Who = a.who === 'owner' && !readOnly ? 'fuzzer' : a.who;
        const headers: Record<string, string> = {};
        if (a.contentType) headers['content-type'] = a.contentType;
        if (a.csrf) headers['x-haven-csrf'] = '1';
        if (who === 'owner') headers.cookie = owner.cookie;
        if (who === 'fuzzer') headers.cookie = fuzzer.cookie;
        const options: InjectOptions = {
          method,
          url: a.route.url.replace(':id', a.id) + a.query,
          headers,
          ...(readOnly || a.body === undefined ? {} : { payload: a.body }),
        };
        const res = await server.app.inject(options);
        seen.add(`${method} ${a.route.url}`);
        expectAcceptableAnswer(res, method);
      }),
      { numRuns: RUNS },
    );
    expect(seen.size).toBeGreaterThan(routes.length / 2);
  }, 120_000);

  it('is still up, nothing was polluted, and the owner has exactly what they had', async () => {
    const health = await server.app.inject({ url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(await exportOf(owner)).toEqual(before);
    expect(server.logs.join('')).not.toContain('request failed');
  });
});

function expectAcceptableAnswer(res: LightMyRequestResponse, method: string): void {
  const what = `${method} ${res.raw.req.url ?? ''}`.slice(0, 160);
  const status = res.statusCode;
  expect(status >= 500, `${what} answered ${status}: ${res.body.slice(0, 300)}`).toBe(false);
  expect(
    (status >= 200 && status < 300) || (status >= 400 && status < 500),
    `${what} answered ${status}`,
  ).toBe(true);
  if (status < 400 || method === 'HEAD') return;
  expect(String(res.headers['content-type']), `${what}: ${res.body.slice(0, 120)}`).toMatch(
    /^application\/problem\+json/,
  );
  const problem = res.json<{ type: unknown; title: unknown; status: unknown; detail: unknown }>();
  expect(problem.status, what).toBe(status);
  expect(typeof problem.title, what).toBe('string');
  expect(typeof problem.detail, what).toBe('string');
  expect(typeof problem.type, what).toBe('string');
}

/** Everything the person has, as their JSON export gives it (minus the time of export). */
async function exportOf(person: Person): Promise<unknown> {
  const res = await person.post('/api/v1/account/export', { passphrase: person.passphrase, format: 'json' });
  expect(res.statusCode).toBe(200);
  const document = res.json<{ records: unknown[] }>();
  expect(document.records.length).toBeGreaterThan(0);
  return document.records;
}
