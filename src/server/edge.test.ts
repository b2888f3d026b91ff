import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, expectProblem, PASSPHRASE, testStore } from '../../test/helpers.js';
import type { Dialect } from '../store/db.js';
import { buildServer, type HavenServer } from './app.js';
import { ConfigError, loadConfig } from './config.js';

/**
 * The HTTP edge: what the server decides before a route runs. Who may change state (CSRF and
 * Origin, whatever the path's spelling), whose X-Forwarded-For counts, which Host names are
 * answered, that every refusal is a problem document, and the headers and cookies of hosted mode.
 */

const FOREIGN = 'https://elsewhere.example';

/** Paths Fastify routes onto sign-up, and others that only look like it; each must be refused alike. */
const SIGN_UP_SPELLINGS = [
  '/api/v1/auth/signup',
  '/%61pi/v1/auth/signup',
  '/%61%70%69/v1/auth/signup',
  '/api/%761/auth/signup',
  '/api/v1/auth/sign%75p',
  '/api/v1/%61uth/signup',
  '/api/v1/auth/signup?x=1',
  '/api/v1/auth/signup/',
  '//api/v1/auth/signup',
  '/api//v1/auth/signup',
  '/api/v1/auth/signup;x=1',
  '/API/v1/auth/signup',
  '/Api/V1/Auth/SignUp',
  '/api%2Fv1/auth/signup',
  '/api/v1/auth%2fsignup',
  '/api/v1/./auth/signup',
  '/api/v1/x/../auth/signup',
  '/%2e/api/v1/auth/signup',
  '/api/v1/auth/signup%00',
];

describe.each(DIALECTS)('the HTTP edge on %s', (dialect) => {
  let server: Edge | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  describe('CSRF and Origin, decided on the route the router matched', () => {
    it('routes percent-encoded spellings of sign-up onto it (so the refusals below are not 404s)', async () => {
      server = await edge(dialect);
      for (const url of ['/%61pi/v1/auth/signup', '/api/v1/auth/sign%75p']) {
        const res = await signUp(server.app, url, { 'x-haven-csrf': '1' });
        expect(res.statusCode, url).toBe(201);
      }
    });

    it('refuses sign-up from a foreign Origin or without the CSRF header, however the path is spelled', async () => {
      server = await edge(dialect);
      for (const url of SIGN_UP_SPELLINGS) {
        const refused: Record<string, string>[] = [
          { 'x-haven-csrf': '1', origin: FOREIGN },
          {},
          { origin: FOREIGN },
        ];
        for (const headers of refused) {
          const res = await signUp(server.app, url, headers);
          expectProblem(res, 403);
          expect(res.headers['set-cookie'], url).toBeUndefined();
        }
      }
    });

    it('refuses every state-changing route, spelled with an encoded letter, without the CSRF header', async () => {
      server = await edge(dialect);
      const changing = server.routes.filter(
        (r) => r.url.startsWith('/api/v1') && !['GET', 'HEAD', 'OPTIONS'].includes(r.method),
      );
      expect(changing.length).toBeGreaterThan(10);
      for (const r of changing) {
        const url = r.url.replace('/api/', '/%61pi/').replace(/:id/g, '01a2189c-0000-7000-8000-000000000000');
        const res = await server.app.inject({
          method: r.method as InjectOptions['method'],
          url,
          headers: { 'content-type': 'application/json', origin: FOREIGN },
          payload: '{}',
        });
        expect(res.statusCode, `${r.method} ${url}`).toBe(403);
      }
    });

    it('refuses the same spellings sent raw over a real socket', async () => {
      server = await edge(dialect);
      const port = await listen(server.app);
      for (const url of SIGN_UP_SPELLINGS) {
        const res = await rawHttp(port, 'POST', url, {
          'content-type': 'application/json',
          'x-haven-csrf': '1',
          origin: FOREIGN,
        });
        expect(res.status, url).toBe(403);
        expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
        expect(res.headers['set-cookie'], url).toBeUndefined();
      }
    });
  });

  describe('behind a proxy', () => {
    it('refuses a setting that trusts every peer, and takes named proxies', () => {
      for (const value of [
        'true',
        'yes',
        'on',
        '1',
        '2',
        '0.0.0.0/0',
        '::/0',
        '10.0.0.1,0.0.0.0/0',
        'proxy.lan',
      ]) {
        expect(() => config({ HAVEN_TRUST_PROXY: value }), value).toThrow(ConfigError);
      }
      expect(config({}).trustProxy).toBe(false);
      expect(config({ HAVEN_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
      expect(config({ HAVEN_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual([
        '127.0.0.1',
        '10.0.0.0/8',
        '::1',
      ]);
      expect(config({ HAVEN_TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    });

    it('ignores X-Forwarded-For from a peer that is not the named proxy, so the per-address limit bites', async () => {
      server = await edge(dialect, { HAVEN_TRUST_PROXY: '10.0.0.1' });
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const res = await signIn(server.app, `nobody-${i}`, {
          remoteAddress: '203.0.113.7',
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toContain(429);
    });

    it('takes X-Forwarded-For from the named proxy, so people behind it are told apart', async () => {
      server = await edge(dialect, { HAVEN_TRUST_PROXY: '10.0.0.0/8' });
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) {
        const res = await signIn(server.app, `nobody-${i}`, {
          remoteAddress: '10.0.0.1',
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).not.toContain(429);
    });
  });

  describe('the Host a request is addressed to', () => {
    it('answers a personal install by loopback names only, on any port', async () => {
      server = await edge(dialect);
      for (const host of [
        'localhost',
        'localhost:4747',
        'LOCALHOST:80',
        '127.0.0.1:1',
        '[::1]:4747',
        '[::1]',
      ]) {
        const res = await server.app.inject({ url: '/api/v1/health', headers: { host } });
        expect(res.statusCode, host).toBe(200);
      }
      for (const host of ['rebound.example', 'rebound.example:4747', '127.0.0.1.nip.io', 'haven.lan']) {
        const health = await server.app.inject({ url: '/api/v1/health', headers: { host } });
        expectProblem(health, 421);
        const page = await server.app.inject({ url: '/', headers: { host } });
        expectProblem(page, 421);
        const res = await signUp(server.app, '/api/v1/auth/signup', { host, 'x-haven-csrf': '1' });
        expectProblem(res, 421);
      }
    });

    it('answers a name set in HAVEN_ALLOWED_HOSTS too', async () => {
      server = await edge(dialect, { HAVEN_ALLOWED_HOSTS: 'haven.lan, 192.168.1.20,fe80::1' });
      for (const host of ['haven.lan:4747', '192.168.1.20', '[fe80::1]:4747', 'localhost']) {
        expect((await server.app.inject({ url: '/api/v1/health', headers: { host } })).statusCode, host).toBe(
          200,
        );
      }
      expectProblem(await server.app.inject({ url: '/api/v1/health', headers: { host: 'other.lan' } }), 421);
    });

    it('answers a hosted server by its public origin, and takes that Origin behind its TLS proxy', async () => {
      server = await edge(
        dialect,
        { HAVEN_PUBLIC_ORIGIN: 'https://haven.example.org', HAVEN_TRUST_PROXY: '10.0.0.1' },
        'hosted',
      );
      const ok = await server.app.inject({ url: '/api/v1/health', headers: { host: 'haven.example.org' } });
      expect(ok.statusCode).toBe(200);
      expectProblem(
        await server.app.inject({ url: '/api/v1/health', headers: { host: 'rebound.example' } }),
        421,
      );
      const viaProxy = await signUp(
        server.app,
        '/api/v1/auth/signup',
        {
          host: '127.0.0.1:4747',
          'x-forwarded-host': 'haven.example.org',
          'x-forwarded-proto': 'https',
          origin: 'https://haven.example.org',
          'x-haven-csrf': '1',
        },
        '10.0.0.1',
      );
      expect(viaProxy.statusCode).toBe(201);
    });

    it('refuses a rebound name over a real socket', async () => {
      server = await edge(dialect);
      const port = await listen(server.app);
      const rebound = await rawSocket(
        port,
        `GET /api/v1/health HTTP/1.1\r\nHost: rebound.example:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect(rebound).toMatch(/^HTTP\/1\.1 421 /);
      expect(rebound).toMatch(/content-type: application\/problem\+json/i);
      const nameless = await rawSocket(port, 'GET /api/v1/health HTTP/1.0\r\n\r\n');
      expect(nameless).toMatch(/^HTTP\/1\.1 421 /);
      const loopback = await rawSocket(
        port,
        `GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      );
      expect(loopback).toMatch(/^HTTP\/1\.1 200 /);
    });

    it('refuses host settings it cannot use', () => {
      const unusable: Record<string, string>[] = [
        { HAVEN_ALLOWED_HOSTS: 'http://haven.lan' },
        { HAVEN_ALLOWED_HOSTS: 'haven.lan:4747' },
        { HAVEN_PUBLIC_ORIGIN: 'haven.example.org' },
        { HAVEN_PUBLIC_ORIGIN: 'https://haven.example.org/app' },
        { HAVEN_PUBLIC_ORIGIN: 'ftp://haven.example.org' },
      ];
      for (const env of unusable) {
        expect(() => config(env), JSON.stringify(env)).toThrow(ConfigError);
      }
      expect(config({ HAVEN_PUBLIC_ORIGIN: 'https://Haven.Example.org/' }).publicOrigin).toBe(
        'https://haven.example.org',
      );
    });
  });

  describe('every refusal is a problem document', () => {
    it('answers what Node refuses before Fastify (huge headers, a 100 KB address, bytes that are not HTTP)', async () => {
      server = await edge(dialect);
      const port = await listen(server.app);
      const cases: [string, number][] = [
        [`GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
        [`GET /api/v1/health?${'a'.repeat(100_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`, 431],
        ['GARBAGE\r\n\r\n', 400],
        ['GET / HTTP/9.9\r\nHost: localhost\r\n\r\n', 400],
        ['GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n', 400],
        ['BREW / HTTP/1.1\r\nHost: localhost\r\n\r\n', 400],
        [
          'POST /api/v1/auth/signin HTTP/1.1\r\nHost: localhost\r\nExpect: tea\r\nContent-Length: 2\r\n\r\n{}',
          417,
        ],
      ];
      for (const [request, status] of cases) {
        const answer = await rawSocket(port, request);
        const [head = '', body = ''] = answer.split('\r\n\r\n');
        expect(head, request.slice(0, 40)).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
        expect(head).toMatch(/content-type: application\/problem\+json/i);
        const problem = JSON.parse(body) as { status: unknown; type: unknown; detail: unknown };
        expect(problem.status).toBe(status);
        expect(typeof problem.type).toBe('string');
        expect(typeof problem.detail).toBe('string');
      }
    });

    it('refuses thousands of query parameters without echoing them', async () => {
      server = await edge(dialect);
      const query = Array.from({ length: 2_000 }, (_, i) => `k${i}=1`).join('&');
      const res = await server.app.inject({ url: `/api/v1/records?${query}` });
      const problem = expectProblem(res, 400);
      expect(problem.detail).toMatch(/query parameters/);
      expect(res.body).not.toContain('k1999');
    });

    it('refuses a JSON body that is not UTF-8 instead of storing U+FFFD, and keeps its other guards', async () => {
      server = await edge(dialect);
      const invalid = Buffer.concat([
        Buffer.from('{"name":"'),
        Buffer.from([0x72, 0xff, 0xfe, 0x69]),
        Buffer.from(`","passphrase":"${PASSPHRASE}"}`),
      ]);
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        headers: { 'content-type': 'application/json', 'x-haven-csrf': '1' },
        payload: invalid,
      });
      expect(expectProblem(res, 400).detail).toMatch(/UTF-8/);
      expect(res.headers['set-cookie']).toBeUndefined();
      const ok = await signUp(
        server.app,
        '/api/v1/auth/signup',
        { 'x-haven-csrf': '1' },
        undefined,
        'rïver 🌊',
      );
      expect(ok.statusCode).toBe(201);
      const app = server.app;
      const post = (payload: string) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/auth/signin',
          headers: { 'content-type': 'application/json; charset=utf-8', 'x-haven-csrf': '1' },
          payload,
        });
      expectProblem(await post(`{"__proto__":{"polluted":"yes"},"name":"x","passphrase":"y"}`), 400);
      expectProblem(await post(`{"name":"${'x'.repeat(1_100_000)}"}`), 413);
      expectProblem(await post(''), 400);
    });
  });

  describe('hosted mode headers and cookies', () => {
    it('sends HSTS when hosted and not on a personal install', async () => {
      server = await edge(dialect, {}, 'hosted');
      const hosted = await server.app.inject({ url: '/api/v1/health' });
      expect(hosted.headers['strict-transport-security']).toBe('max-age=31536000');
      await server.close();
      server = await edge(dialect, {}, 'local');
      const local = await server.app.inject({ url: '/api/v1/health' });
      expect(local.headers['strict-transport-security']).toBeUndefined();
    });

    it('clears the session cookie on sign-out with the flags it was set with', async () => {
      server = await edge(dialect, { HAVEN_TRUST_PROXY: '10.0.0.1' }, 'hosted');
      const overTls = { 'x-forwarded-proto': 'https', 'x-haven-csrf': '1' };
      const signedUp = await signUp(server.app, '/api/v1/auth/signup', overTls, '10.0.0.1');
      const set = cookieFlags(signedUp);
      const cookie = sessionCookie(signedUp).split(';')[0] ?? '';
      const signedOut = await server.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signout',
        remoteAddress: '10.0.0.1',
        headers: { ...overTls, cookie },
      });
      expect(signedOut.statusCode).toBe(204);
      const cleared = cookieFlags(signedOut);
      expect(set).toEqual(['httponly', 'path=/', 'samesite=strict', 'secure']);
      expect(cleared).toEqual(set);
      expect(sessionCookie(signedOut)).toMatch(/^haven_session=;/);
    });
  });
});

interface Edge extends HavenServer {
  close(): Promise<void>;
}

/** A server on a fresh store of this dialect, in the given mode, with these settings. */
async function edge(
  dialect: Dialect,
  env: Record<string, string> = {},
  mode: 'local' | 'hosted' = dialect === 'postgres' ? 'hosted' : 'local',
): Promise<Edge> {
  const store = await testStore(dialect);
  const server = await buildServer({ config: { ...config(env), database: store.target, mode }, store });
  return {
    ...server,
    close: async () => {
      await server.app.close();
      await store.drop();
    },
  };
}

function config(env: Record<string, string>) {
  return loadConfig(
    { HAVEN_KDF: 'test', HAVEN_LOG_LEVEL: 'silent', HAVEN_DATA_DIR: '/nonexistent-haven-test', ...env },
    { webDir: '/nonexistent-haven-web' },
  );
}

let names = 0;

function signUp(
  app: FastifyInstance,
  url: string,
  headers: Record<string, string>,
  remoteAddress?: string,
  name = `person-${++names}`,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify({ name, passphrase: PASSPHRASE }),
    ...(remoteAddress ? { remoteAddress } : {}),
  });
}

function signIn(
  app: FastifyInstance,
  name: string,
  options: { remoteAddress: string; headers: Record<string, string> },
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/signin',
    remoteAddress: options.remoteAddress,
    headers: { 'x-haven-csrf': '1', ...options.headers },
    payload: { name, passphrase: PASSPHRASE },
  });
}

/** The Set-Cookie line of the session cookie. */
function sessionCookie(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return lines.find((line) => line.startsWith('haven_session=')) ?? '';
}

/** The attributes of the session cookie a response sets, sorted, without the value or expiry. */
function cookieFlags(res: LightMyRequestResponse): string[] {
  return sessionCookie(res)
    .split(';')
    .slice(1)
    .map((part) => part.trim().toLowerCase())
    .filter((part) => !part.startsWith('expires=') && !part.startsWith('max-age='))
    .sort();
}

async function listen(app: FastifyInstance): Promise<number> {
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return Number(new URL(address).port);
}

/** A request through node:http with the path exactly as given: no normalising on the way. */
function rawHttp(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ name: `raw-${++names}`, passphrase: PASSPHRASE }));
  });
}

/** Bytes onto a socket, and everything that comes back until the server closes it. */
function rawSocket(port: number, data: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(data));
    let out = '';
    socket.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(out));
  });
}
