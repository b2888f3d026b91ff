import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { SessionProvider } from '../app/session.js';
import { ToastProvider } from '../components/Toast.js';
import { QueryProvider } from '../data/QueryProvider.js';

/**
 * A small stand-in for Haven's server, for component tests in jsdom (the web
 * layer may not import the real one): one signed-in person and their records,
 * listed newest first a page at a time with a cursor, soft-deleted and
 * restored as the real API does. A test can script any route's answers
 * itself (`answer`), e.g. to start signed out.
 */
export interface ScriptedServer {
  /** Every request, as "METHOD /path?query". */
  requests: string[];
  /** Every request's route, as "METHOD /path". */
  routes: () => string[];
  /** The bodies sent to one "METHOD /path", in order. */
  bodiesSentTo: (route: string) => unknown[];
  /** Answers "METHOD /path" with these, in turn; the last one repeats. */
  answer: (route: string, ...queue: Answer[]) => void;
  /** Adds a record as if saved earlier; later calls are newer. */
  seed: (kind: string, payload: object) => StoredRecord;
  /** The next request to this "METHOD /path" (no query) fails with this status. */
  failNext: (route: string, status: number) => void;
  /** Holds answers to requests matching this "METHOD /path" until `release` is called. */
  hold: (route: string) => { release: () => void };
}

export type Answer = () => Response;

export interface StoredRecord {
  id: string;
  kind: string;
  version: number;
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
  payload: object;
  deleted: boolean;
}

export function scriptedServer(): ScriptedServer {
  const records: StoredRecord[] = [];
  const failures = new Map<string, number>();
  const holds = new Map<string, Promise<void>>();
  const requests: string[] = [];
  const sent: { route: string; body: unknown }[] = [];
  const answers = new Map<string, Answer[]>();
  let clock = Date.parse('2026-11-01T08:00:00.000Z');

  const store = (kind: string, payload: object): StoredRecord => {
    clock += 60_000;
    const at = new Date(clock).toISOString();
    // Ids sort by time, as the real ones do.
    const id = `00000000-0000-7000-8000-${String(records.length + 1).padStart(12, '0')}`;
    const record = {
      id,
      kind,
      version: 1,
      occurredAt: at,
      createdAt: at,
      updatedAt: at,
      payload,
      deleted: false,
    };
    records.push(record);
    return record;
  };
  const wire = ({ deleted: _, ...record }: StoredRecord) => record;

  const respond = (method: string, path: string, params: URLSearchParams, body: unknown): Response => {
    if (path === '/health') return health();
    if (path === '/session') return signedIn();
    if (method === 'GET' && path === '/records') {
      const limit = Number(params.get('limit') ?? 50);
      const cursor = params.get('cursor');
      const live = records
        .filter((r) => !r.deleted && r.kind === params.get('kind'))
        .sort((a, b) => b.id.localeCompare(a.id))
        .filter((r) => !cursor || r.id < cursor);
      const items = live.slice(0, limit);
      const last = items.at(-1);
      return json(200, { items: items.map(wire), nextCursor: live.length > limit && last ? last.id : null });
    }
    if (method === 'POST' && path === '/records' && isRecordBody(body)) {
      return json(201, wire(store(body.kind, body.payload)));
    }
    const [, id, action] = /^\/records\/([^/]+)(?:\/(restore))?$/.exec(path) ?? [];
    const record = records.find((r) => r.id === id);
    if (!record) return json(404, { title: 'Nothing was found here.', status: 404 });
    if (method === 'GET' && !record.deleted) return json(200, wire(record));
    if (method === 'PUT' && isPayloadBody(body)) {
      record.payload = body.payload;
      record.updatedAt = new Date((clock += 60_000)).toISOString();
      return json(200, wire(record));
    }
    if (method === 'DELETE') {
      record.deleted = true;
      return new Response(null, { status: 204 });
    }
    if (method === 'POST' && action === 'restore') {
      record.deleted = false;
      return json(200, wire(record));
    }
    return json(404, { title: 'Nothing was found here.', status: 404 });
  };

  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, 'http://haven.test');
      const method = init.method ?? 'GET';
      const path = url.pathname.replace('/api/v1', '');
      const route = `${method} ${path}`;
      const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
      requests.push(`${route}${url.search}`);
      sent.push({ route, body });
      await holds.get(route);
      const failure = failures.get(route);
      if (failure) {
        failures.delete(route);
        return json(failure, { title: 'Haven could not do that just now.', status: failure });
      }
      const queue = answers.get(route);
      const scripted = queue && queue.length > 1 ? queue.shift() : queue?.[0];
      if (scripted) return scripted();
      return respond(method, path, url.searchParams, body);
    }),
  );

  return {
    requests,
    routes: () => sent.map((request) => request.route),
    bodiesSentTo: (route) => sent.filter((request) => request.route === route).map((request) => request.body),
    answer: (route, ...queue) => answers.set(route, queue),
    seed: store,
    failNext: (route, status) => failures.set(route, status),
    hold: (route) => {
      let release = () => {};
      holds.set(
        route,
        new Promise<void>((resolve) => {
          release = () => {
            holds.delete(route);
            resolve();
          };
        }),
      );
      return { release };
    },
  };
}

/** Renders part of the app as it runs inside the shell: session, query cache, router, toasts. */
export function renderInApp(ui: ReactNode) {
  return render(
    <SessionProvider>
      <QueryProvider>
        <ToastProvider>
          <MemoryRouter>{ui}</MemoryRouter>
        </ToastProvider>
      </QueryProvider>
    </SessionProvider>,
  );
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export const health = () => json(200, { status: 'ok', database: 'sqlite', mode: 'local', hasAccounts: true });
export const signedIn = () =>
  json(200, {
    user: { id: 'u1', name: 'river' },
    session: { id: 's1', idleMinutes: 30, draftKey: 'A'.repeat(43) },
  });
export const signedOut = () => json(401, { title: 'Please sign in.', status: 401 });

function isRecordBody(body: unknown): body is { kind: string; payload: object } {
  return typeof body === 'object' && body !== null && 'kind' in body && 'payload' in body;
}

function isPayloadBody(body: unknown): body is { payload: object } {
  return typeof body === 'object' && body !== null && 'payload' in body;
}
