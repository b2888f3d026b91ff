import * as z from 'zod/mini';
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
      const response = await fetchFn(`${base}/session`, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
      });
      return response.status !== 401;
    } catch {
      return true;
    }
  }

  async function json<T>(
    method: Method,
    path: string,
    schema: z.ZodMiniType<T>,
    init?: SendInit,
  ): Promise<T> {
    const response = await send(method, path, init);
    const parsed = schema.safeParse(await readBody(response));
    if (!parsed.success) {
      throw new ProblemError({
        type: 'haven:unexpected-response',
        status: response.status,
        title: "Haven's server sent an answer this page doesn't understand.",
        detail: 'Reloading the page may help, in case Haven was updated.',
      });
    }
    return parsed.data;
  }

  async function empty(method: Method, path: string, init?: SendInit): Promise<void> {
    await send(method, path, init);
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

    health: (signal?: AbortSignal) => json('GET', '/health', Health, { signal, unauthorized: 'expected' }),
    /** The current session; a 401 here just means "signed out", not "ended". */
    session: (signal?: AbortSignal) =>
      json('GET', '/session', SessionInfo, { signal, unauthorized: 'expected' }),

    signUp: (body: { name: string; passphrase: string }) =>
      json('POST', '/auth/signup', UserWithCode, { body, unauthorized: 'expected' }),
    signIn: (body: { name: string; passphrase: string }) =>
      json('POST', '/auth/signin', UserOnly, { body, unauthorized: 'expected' }),
    signOut: () => empty('POST', '/auth/signout', { unauthorized: 'expected' }),
    recover: (body: { name: string; recoveryCode: string; newPassphrase: string }) =>
      json('POST', '/auth/recover', UserWithCode, { body, unauthorized: 'expected' }),

    sessions: (signal?: AbortSignal) => json('GET', '/account/sessions', SessionList, { signal }),
    endSession: (id: string) => empty('DELETE', `/account/sessions/${encodeURIComponent(id)}`),
    changePassphrase: (body: {
      currentPassphrase: string;
      newPassphrase: string;
      endOtherSessions: boolean;
    }) => empty('POST', '/account/passphrase', { body, unauthorized: 'verify' }),
    newRecoveryCode: (body: { passphrase: string }) =>
      json('POST', '/account/recovery-code', CodeOnly, { body, unauthorized: 'verify' }),

    exportData: async (body: { passphrase: string; format: ExportFormat }): Promise<DownloadedFile> => {
      const response = await send('POST', '/account/export', { body, unauthorized: 'verify' });
      const fallback = body.format === 'json' ? 'haven-export.json' : 'haven-export.zip';
      return {
        blob: await response.blob(),
        filename: filenameFromContentDisposition(response.headers.get('Content-Disposition')) ?? fallback,
      };
    },
    importData: (exported: unknown) => json('POST', '/account/import', ImportSummary, { body: exported }),
    deleteAccount: (body: { passphrase: string; confirmName: string }) =>
      empty('POST', '/account/delete', { body, unauthorized: 'verify' }),

    /** The generic records of every practice. Payloads come back as `unknown`; parse them with the kind's schema from core. */
    records: {
      list: (query: RecordQuery, signal?: AbortSignal) =>
        json('GET', `/records${queryString(query)}`, RecordPage, { signal }),
      get: (id: string, signal?: AbortSignal) =>
        json('GET', `/records/${encodeURIComponent(id)}`, SavedRecord, { signal }),
      create: (body: { kind: string; payload: unknown; occurredAt?: string }) =>
        json('POST', '/records', SavedRecord, { body }),
      update: (id: string, body: { payload: unknown; occurredAt?: string }) =>
        json('PUT', `/records/${encodeURIComponent(id)}`, SavedRecord, { body }),
      remove: (id: string, options: { hard?: boolean } = {}) =>
        empty('DELETE', `/records/${encodeURIComponent(id)}${options.hard ? '?hard=true' : ''}`),
      restore: (id: string) => json('POST', `/records/${encodeURIComponent(id)}/restore`, SavedRecord),
    },
    /** Every word must match; searched on the server over the person's decrypted records. */
    search: (query: { q: string; kind?: string; limit?: number }, signal?: AbortSignal) =>
      json('GET', `/search${queryString(query)}`, SearchResults, { signal }),
    safetyCheck: (body: { text: string; region?: string }) =>
      json('POST', '/safety/check', SafetyCheck, { body }),
  };
}

export type Api = ReturnType<typeof createApi>;

export interface ApiOptions {
  /** The fetch to use; tests pass a scripted one. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  baseUrl?: string;
}

export type ApiEvent = 'session-ended' | 'activity';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

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

const User = z.object({ id: z.string(), name: z.string() });
const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  mode: z.enum(['local', 'hosted']),
  hasAccounts: z.optional(z.boolean()),
});
const SessionInfo = z.object({
  user: User,
  session: z.object({ id: z.string(), idleMinutes: z.number() }),
});
const UserOnly = z.object({ user: User });
const UserWithCode = z.object({ user: User, recoveryCode: z.string() });
const CodeOnly = z.object({ recoveryCode: z.string() });
const SessionList = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      device: z.string(),
      createdAt: z.string(),
      lastSeenAt: z.string(),
      current: z.boolean(),
    }),
  ),
});
const ImportSummary = z.object({ total: z.number(), imported: z.number(), skipped: z.number() });
const RiskLevel = z.enum(['none', 'concern', 'urgent']);
const SavedRecord = z.object({
  id: z.string(),
  kind: z.string(),
  version: z.number(),
  occurredAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  payload: z.unknown(),
  /** What the server's safety check found in the text just saved (create and update only). */
  safety: z.optional(z.object({ level: RiskLevel, categories: z.array(z.string()) })),
});
const RecordPage = z.object({ items: z.array(SavedRecord), nextCursor: z.nullable(z.string()) });
const SearchResults = z.object({
  results: z.array(z.object({ id: z.string(), occurredAt: z.string(), excerpt: z.string() })),
  total: z.number(),
});
const SafetyCheck = z.object({ level: RiskLevel, categories: z.array(z.string()), resources: z.unknown() });

export interface RecordQuery {
  kind?: string;
  /** ISO date-times: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

function queryString(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export type User = z.infer<typeof User>;
export type Health = z.infer<typeof Health>;
export type SessionInfo = z.infer<typeof SessionInfo>;
export type AccountSession = z.infer<typeof SessionList>['sessions'][number];
export type ImportSummary = z.infer<typeof ImportSummary>;
export type SavedRecord = z.infer<typeof SavedRecord>;
export type RecordPage = z.infer<typeof RecordPage>;
export type SearchResults = z.infer<typeof SearchResults>;
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
