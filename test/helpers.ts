import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildServer, type HavenServer } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/server/config.js';
import { openStore, type DatabaseTarget, type Dialect, type Store } from '../src/store/db.js';

/**
 * Shared test plumbing. Every suite that touches the database runs on SQLite
 * (in memory or in a temporary file) and, when HAVEN_TEST_DATABASE_URL is set,
 * on PostgreSQL in a schema of its own that is dropped afterwards.
 */
export const PG_URL = process.env.HAVEN_TEST_DATABASE_URL;
export const DIALECTS: Dialect[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStore extends Store {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

export async function testStore(dialect: Dialect, sqliteFile = ':memory:'): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const target: DatabaseTarget = { dialect: 'sqlite', file: sqliteFile };
    const store = await openStore(target);
    return { ...store, target, drop: () => store.close() };
  }
  if (!PG_URL) throw new Error('HAVEN_TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const target: DatabaseTarget = { dialect: 'postgres', url: url.toString() };
  const store = await openStore(target);
  return {
    ...store,
    target,
    drop: async () => {
      await store.close();
      const cleanup = new pg.Client({ connectionString: PG_URL });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

export interface TestServer extends HavenServer {
  store: TestStore;
  config: Config;
  /** Every log line the server wrote. */
  logs: string[];
  close(): Promise<void>;
}

export async function testServer(
  dialect: Dialect,
  options: { env?: Record<string, string>; sqliteFile?: string; now?: () => number } = {},
): Promise<TestServer> {
  const store = await testStore(dialect, options.sqliteFile);
  const config = loadConfig(
    { HAVEN_KDF: 'test', HAVEN_LOG_LEVEL: 'info', HAVEN_DATA_DIR: '/nonexistent-haven-test', ...options.env },
    { webDir: '/nonexistent-haven-web' },
  );
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const server = await buildServer({
    config: { ...config, database: store.target, mode: dialect === 'postgres' ? 'hosted' : 'local' },
    store,
    logStream,
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    ...server,
    store,
    config,
    logs,
    close: async () => {
      await server.app.close();
      await store.drop();
    },
  };
}

export const PASSPHRASE = 'a quiet morning by the sea';

/** A person using the API: keeps their session cookie and sends the CSRF header, as the web client does. */
export class Person {
  cookie = '';
  constructor(
    readonly server: TestServer,
    readonly name: string,
    readonly passphrase = PASSPHRASE,
  ) {}

  async signUp(): Promise<{ recoveryCode: string; userId: string }> {
    const res = await this.post('/api/v1/auth/signup', { name: this.name, passphrase: this.passphrase });
    if (res.statusCode !== 201) throw new Error(`sign-up failed: ${res.statusCode} ${res.body}`);
    const body = res.json<{ recoveryCode: string; user: { id: string } }>();
    return { recoveryCode: body.recoveryCode, userId: body.user.id };
  }

  async signIn(passphrase = this.passphrase): Promise<LightMyRequestResponse> {
    return this.post('/api/v1/auth/signin', { name: this.name, passphrase });
  }

  request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') headers['x-haven-csrf'] = '1';
    return this.server.app.inject({ ...options, headers }).then((res) => {
      const setCookie = res.headers['set-cookie'];
      const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      if (first?.startsWith('haven_session=')) this.cookie = first.split(';')[0] ?? '';
      return res;
    });
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({
      method: 'POST',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  put(url: string, payload: unknown) {
    return this.request({ method: 'PUT', url, payload: payload as object });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}

export function expectProblem(
  res: LightMyRequestResponse,
  status: number,
): { detail: string; errors?: { path: string }[] } {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected a problem+json response, got ${String(res.headers['content-type'])}`);
  }
  return res.json();
}
