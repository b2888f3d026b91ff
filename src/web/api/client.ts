import type { z } from 'zod';
import { contract, type savedRecord } from '../../core/api/contract.js';
import {
  pathOf,
  type Endpoint,
  type InputOf,
  type Method,
  type ResponseOf,
} from '../../core/api/endpoint.js';
import type { PayloadInput, PayloadOf, RecordKindName } from '../../core/records/registry.js';
import { ProblemError, parseProblem } from './problem.js';

export { ProblemError, parseProblem, toProblem } from './problem.js';

/**
 * The one HTTP client of the web app. Every screen calls these typed
 * functions; none calls fetch itself. Responses are checked against the
 * contract, so a mismatch shows up as a clear problem instead of a broken
 * screen.
 */
export function createApi(options: ApiOptions = {}) {
  const fetchFn = options.fetch ?? ((url: string, init: RequestInit) => fetch(url, init));
  const base = `${options.baseUrl ?? ''}/api/v1`;
  const listeners: Record<ApiEvent, Set<() => void>> = { 'session-ended': new Set(), activity: new Set() };
  const emit = (event: ApiEvent) => {
    for (const listener of listeners[event]) listener();
  };

  async function send(method: Method, path: string, init: SendInit = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    if (method !== 'GET') headers['X-Haven-CSRF'] = '1';
    let body: string | undefined;
    if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    let response: Response;
    try {
      response = await fetchFn(`${base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        cache: 'no-store',
        ...(body === undefined ? {} : { body }),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw ProblemError.network();
    }
    if (response.status === 401) {
      const problem = parseProblem(401, await readBody(response));
      const mode = init.unauthorized ?? 'ends-session';
      if (mode === 'ends-session' || (mode === 'verify' && !(await sessionAlive()))) emit('session-ended');
      throw problem;
    }
    emit('activity');
    if (!response.ok) throw parseProblem(response.status, await readBody(response));
    return response;
  }

  /** Asks the server whether the session still stands, without counting as a sign-out itself. */
  async function sessionAlive(): Promise<boolean> {
    try {
      const response = await fetchFn(`${base}${contract.auth.session.path}`, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      return response.status !== 401;
    } catch {
      return true;
    }
  }

  /** Calls one endpoint of the contract and parses its answer with the contract's schema. */
  async function call<E extends Endpoint>(endpoint: E, input: CallInput = {}): Promise<ResponseOf<E>> {
    const path = pathOf(endpoint, input.params) + queryString(input.query ?? {});
    const response = await send(endpoint.method, path, input);
    const body = await readBody(response);
    if (!endpoint.response) return undefined as ResponseOf<E>;
    const parsed = endpoint.response.safeParse(body);
    if (!parsed.success) throw unexpectedResponse(response.status);
    // The endpoint's own schema just parsed it.
    return parsed.data as ResponseOf<E>;
  }

  /** A saved record with its payload parsed by its kind's schema, so screens get it typed by kind. */
  async function typed(record: WireRecord): Promise<SavedRecord> {
    const { id, kind, version, occurredAt, createdAt, updatedAt, payload } = record;
    const parsed = (await loadRegistry()).findRecordKind(kind)?.schema.safeParse(payload);
    if (!parsed?.success) throw unexpectedResponse(200);
    // The kind named in the record has just parsed its payload.
    return { id, kind, version, occurredAt, createdAt, updatedAt, payload: parsed.data } as SavedRecord;
  }

  return {
    /**
     * Subscribes to 'session-ended' (a request made while signed in came back
     * 401) or 'activity' (a request reached the server and was accepted).
     * Returns the function that unsubscribes.
     */
    on: (event: ApiEvent, listener: () => void): (() => void) => {
      listeners[event].add(listener);
      return () => {
        listeners[event].delete(listener);
      };
    },

    health: (signal?: AbortSignal) => call(contract.health, { signal, unauthorized: 'expected' }),
    /**
     * The current session. Signed out, it rejects with a 401 problem, which just
     * means "signed out", not "ended"; it asks as a probe, so the server says so
     * with a 200 and the browser logs no failed request.
     */
    session: async (signal?: AbortSignal): Promise<SessionInfo> => {
      const answer = await call(contract.auth.session, {
        signal,
        query: { probe: 'true' },
        unauthorized: 'expected',
      });
      if ('signedIn' in answer) throw new ProblemError({ status: 401, title: 'Please sign in to continue.' });
      return answer;
    },

    signUp: (body: InputOf<typeof contract.auth.signUp, 'body'>) =>
      call(contract.auth.signUp, { body, unauthorized: 'expected' }),
    signIn: (body: InputOf<typeof contract.auth.signIn, 'body'>) =>
      call(contract.auth.signIn, { body, unauthorized: 'expected' }),
    signOut: () => call(contract.auth.signOut, { unauthorized: 'expected' }),
    recover: (body: InputOf<typeof contract.auth.recover, 'body'>) =>
      call(contract.auth.recover, { body, unauthorized: 'expected' }),

    sessions: (signal?: AbortSignal) => call(contract.account.sessions, { signal }),
    endSession: (id: string) => call(contract.account.endSession, { params: { id } }),
    changePassphrase: (body: InputOf<typeof contract.account.changePassphrase, 'body'>) =>
      call(contract.account.changePassphrase, { body, unauthorized: 'verify' }),
    newRecoveryCode: (body: InputOf<typeof contract.account.newRecoveryCode, 'body'>) =>
      call(contract.account.newRecoveryCode, { body, unauthorized: 'verify' }),

    exportData: async (
      body: InputOf<typeof contract.account.exportData, 'body'>,
    ): Promise<DownloadedFile> => {
      const { method, path } = contract.account.exportData;
      const response = await send(method, path, { body, unauthorized: 'verify' });
      const fallback = body.format === 'markdown' ? 'haven-export.zip' : 'haven-export.json';
      return {
        blob: await response.blob(),
        filename: filenameFromContentDisposition(response.headers.get('Content-Disposition')) ?? fallback,
      };
    },
    importData: (exported: unknown) => call(contract.account.importData, { body: exported }),
    deleteAccount: (body: InputOf<typeof contract.account.deleteAccount, 'body'>) =>
      call(contract.account.deleteAccount, { body, unauthorized: 'verify' }),

    /**
     * The generic records of every practice, typed by kind: a payload is
     * checked against its kind's type when sent, and parsed with its kind's
     * schema from core when it comes back.
     */
    records: {
      list: async <N extends RecordKindName = RecordKindName>(
        query: RecordQuery<N>,
        signal?: AbortSignal,
      ): Promise<RecordPage<N>> => {
        const page = await call(contract.records.list, { query, signal });
        const items = await Promise.all(page.items.map((item) => typed(item)));
        // Each item was parsed by its own kind, and the server lists only the kind asked for.
        return { items: items as SavedRecord<N>[], nextCursor: page.nextCursor };
      },
      get: async (id: string, signal?: AbortSignal): Promise<SavedRecord> =>
        typed(await call(contract.records.get, { params: { id }, signal })),
      create: async <N extends RecordKindName>(body: {
        kind: N;
        payload: NoInfer<PayloadInput<N>>;
        occurredAt?: string;
      }): Promise<SavedRecord<N>> =>
        // The server saved it as the kind asked for.
        (await typed(await call(contract.records.create, { body }))) as SavedRecord<N>,
      update: async (
        id: string,
        body: { payload: PayloadInput<RecordKindName>; occurredAt?: string },
      ): Promise<SavedRecord> => typed(await call(contract.records.update, { params: { id }, body })),
      remove: (id: string, options: { hard?: boolean } = {}) =>
        call(contract.records.remove, {
          params: { id },
          ...(options.hard ? { query: { hard: 'true' } } : {}),
        }),
      restore: async (id: string): Promise<SavedRecord> =>
        typed(await call(contract.records.restore, { params: { id } })),
      /** Opens a sealed record (a letter to myself) before its day, on purpose. */
      open: async (id: string): Promise<SavedRecord> =>
        typed(await call(contract.records.open, { params: { id } })),
    },
    /** Every word must match; searched on the server over the person's decrypted records. */
    search: (query: InputOf<typeof contract.search, 'query'>, signal?: AbortSignal) =>
      call(contract.search, { query, signal }),
    safetyCheck: (body: InputOf<typeof contract.safetyCheck, 'body'>) => call(contract.safetyCheck, { body }),
    /** A planned self-date as a calendar file, with a neutral title or its own. */
    selfDateCalendar: async (id: string, title: 'neutral' | 'own'): Promise<DownloadedFile> => {
      const endpoint = contract.selfDates.calendar;
      const response = await send(endpoint.method, pathOf(endpoint, { id }) + queryString({ title }));
      return { blob: await response.blob(), filename: 'haven-self-date.ics' };
    },
    /** The calendar feed of rituals: its address, on, new address, off, and a one-off file. */
    ritualFeed: {
      get: (signal?: AbortSignal) => call(contract.rituals.feed, { signal }),
      turnOn: () => call(contract.rituals.feedOn),
      rotate: () => call(contract.rituals.feedRotate),
      turnOff: () => call(contract.rituals.feedOff),
      download: async (): Promise<DownloadedFile> => {
        const { method, path } = contract.rituals.download;
        const response = await send(method, path);
        return { blob: await response.blob(), filename: 'haven-rituals.ics' };
      },
    },
  };
}

export type Api = ReturnType<typeof createApi>;

export interface ApiOptions {
  /** The fetch to use; tests pass a scripted one. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  baseUrl?: string;
}

export type ApiEvent = 'session-ended' | 'activity';

interface SendInit {
  body?: unknown;
  signal?: AbortSignal | undefined;
  /**
   * What a 401 means. Usually the session ended. For sign-in it means "wrong
   * name or passphrase" ('expected'). For routes that re-check the passphrase
   * it may mean either, so the session is asked ('verify').
   */
  unauthorized?: 'ends-session' | 'expected' | 'verify';
}

interface CallInput extends SendInit {
  params?: Record<string, string>;
  query?: object;
}

type WireRecord = z.output<typeof savedRecord>;

/** A saved record whose payload has its kind's type; without a kind, any of them (narrow on `kind`). */
export type SavedRecord<N extends RecordKindName = RecordKindName> = {
  [K in N]: Omit<WireRecord, 'kind' | 'payload'> & { kind: K; payload: PayloadOf<K> };
}[N];
export interface RecordPage<N extends RecordKindName = RecordKindName> {
  items: SavedRecord<N>[];
  nextCursor: string | null;
}
export type RecordQuery<N extends RecordKindName = RecordKindName> = Omit<
  NonNullable<InputOf<typeof contract.records.list, 'query'>>,
  'kind'
> & { kind?: N };

/** The registry holds every kind's schema; it loads with the first record, not with the first screen. */
const loadRegistry = () => import('../../core/records/registry.js');

function unexpectedResponse(status: number): ProblemError {
  return new ProblemError({
    type: 'haven:unexpected-response',
    status,
    title: "Haven's server sent an answer this page doesn't understand.",
    detail: 'Reloading the page may help, in case Haven was updated.',
  });
}

function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

type Answer<E extends Endpoint> = ResponseOf<E>;
export type SessionInfo = Exclude<Answer<typeof contract.auth.session>, { signedIn: false }>;
export type User = SessionInfo['user'];
export type Health = Answer<typeof contract.health>;
export type AccountSession = Answer<typeof contract.account.sessions>['sessions'][number];
export type ImportSummary = Answer<typeof contract.account.importData>;
export type SearchResults = Answer<typeof contract.search>;
export type ExportFormat = 'json' | 'markdown';
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** Reads `filename*=UTF-8''…` or `filename="…"`; only a plain base name is accepted. */
export function filenameFromContentDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  let name: string | undefined;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(header);
    name = plain?.[1] ?? plain?.[2];
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base ? base : undefined;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
