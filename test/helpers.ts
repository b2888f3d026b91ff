import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import { buildServer, type HavenServer } from '../src/server/app.js';
import { loadConfig, type Config } from '../src/server/config.js';
import { connect, openStore, type DatabaseTarget, type Dialect, type Store } from '../src/store/db.js';
import type { Database } from '../src/store/schema.js';

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

/**
 * A person's account row with placeholder keys, for tests below the account
 * service (repositories, the vault), which need a user to own records but
 * never unwrap a key. Returns the id, which is also the name.
 */
export async function addTestUser(db: Kysely<Database>, id: string = uuidv7()): Promise<string> {
  await db
    .insertInto('users')
    .values({
      id,
      name_key: id,
      name: id,
      created_at: 0,
      kdf_params: '{}',
      passphrase_salt: Buffer.alloc(16),
      key_by_passphrase: Buffer.alloc(60),
      recovery_salt: Buffer.alloc(16),
      key_by_recovery: Buffer.alloc(60),
    })
    .execute();
  return id;
}

/** A database with no migrations applied, for tests of a migration: connected, not opened. */
export async function emptyStore(dialect: Dialect): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const store = connect({ dialect: 'sqlite', file: ':memory:' });
    return { store, drop: () => store.close() };
  }
  if (!PG_URL) throw new Error('HAVEN_TEST_DATABASE_URL is not set');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create schema ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const store = connect({ dialect: 'postgres', url: url.toString() });
  return {
    store,
    drop: async () => {
      await store.close();
      await admin(`drop schema ${schema} cascade`);
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
    {
      HAVEN_KDF: 'test',
      HAVEN_LOG_LEVEL: 'info',
      HAVEN_DATA_DIR: '/nonexistent-haven-test',
      // Given here, so no test writes a secret file into the data folder above.
      HAVEN_SECRET: TEST_SECRET,
      ...options.env,
    },
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

/**
 * A test server with one person, `sam` unless named, already signed up and
 * holding the session. `setup` runs before the first request (Fastify takes
 * hooks only until then).
 */
export async function signedInServer(
  dialect: Dialect,
  options: { name?: string; setup?: (server: TestServer) => void } = {},
): Promise<{ server: TestServer; person: Person }> {
  const server = await testServer(dialect);
  options.setup?.(server);
  const person = new Person(server, options.name ?? 'sam');
  await person.signUp();
  return { server, person };
}

/** A safety plan with one thing to do alone, `copingAlone`, and nothing else. */
export function safetyPlan(copingAlone: string) {
  return {
    warningSigns: [],
    copingAlone: [copingAlone],
    distractions: [],
    peopleToAsk: [],
    professionals: [],
    saferSurroundings: [],
    reasonsForLiving: [],
  };
}

export const PASSPHRASE = 'a quiet morning by the sea';
const TEST_SECRET = 'a test server secret of at least thirty-two characters';

/**
 * A person using the API from one browser: keeps its session and known-browser
 * cookies and sends the CSRF header, as the web client does. `address` is where
 * their requests come from (the test server's own loopback address if unset).
 */
export class Person {
  cookie = '';
  browserCookie = '';
  address: string | undefined;
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
    const cookies = [this.cookie, this.browserCookie].filter(Boolean).join('; ');
    if (cookies) headers.cookie = cookies;
    if (method !== 'GET') headers['x-haven-csrf'] = '1';
    const from = this.address ? { remoteAddress: this.address } : {};
    return this.server.app.inject({ ...from, ...options, headers }).then((res) => {
      const setCookie = res.headers['set-cookie'];
      for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
        const pair = line.split(';')[0] ?? '';
        if (pair.startsWith('haven_session=')) this.cookie = pair;
        if (pair.startsWith('haven_browser=')) this.browserCookie = pair;
      }
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

/** An export in its JSON format, as far as the tests read it. */
export interface ExportedRecords {
  records: { id: string; kind: string; payload: unknown }[];
}

/** Everything `person` keeps, as their JSON export. */
export async function exportOf<T extends ExportedRecords = ExportedRecords>(person: Person): Promise<T> {
  const res = await person.post('/api/v1/account/export', { passphrase: person.passphrase, format: 'json' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

/**
 * What every kind must keep, checked the same way for each: `owner`'s
 * records also export as Markdown; a newcomer imports `exported` whole and
 * exports the very same records; and once `owner` deletes the account, not
 * one of their rows is left. Returns the newcomer, who now holds the records.
 */
export async function expectCarriedWhole(
  server: TestServer,
  owner: Person,
  ownerId: string,
  exported: ExportedRecords,
): Promise<Person> {
  const markdown = await owner.post('/api/v1/account/export', {
    passphrase: owner.passphrase,
    format: 'markdown',
  });
  expect(markdown.statusCode).toBe(200);

  const newcomer = new Person(server, `${owner.name}-elsewhere`);
  await newcomer.signUp();
  const total = exported.records.length;
  expect((await newcomer.post('/api/v1/account/import', exported)).json()).toEqual({
    total,
    imported: total,
    skipped: 0,
  });
  expect(JSON.stringify((await exportOf(newcomer)).records)).toBe(JSON.stringify(exported.records));

  const deleted = await owner.post('/api/v1/account/delete', {
    passphrase: owner.passphrase,
    confirmName: owner.name,
  });
  expect(deleted.statusCode).toBe(204);
  expect(
    await server.store.db.selectFrom('records').selectAll().where('user_id', '=', ownerId).execute(),
  ).toEqual([]);
  return newcomer;
}
