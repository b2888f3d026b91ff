import { z } from 'zod';
import { isoDateTime, newPassphrase, recoverBody, signInBody, signUpBody, userSchema } from './auth.js';
import { endpoint } from './endpoint.js';

/**
 * The HTTP API, once: every route's method, path and schemas. The server's
 * routes take their validation and OpenAPI description from here, and the web
 * client its call types and response parsing, so the two cannot drift apart.
 * Summaries, rate limits and handlers stay on the server.
 */

const kindName = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);
/** Re-checks who is asking; its rules are not repeated here, so an old passphrase still opens. */
const passphrase = z.string().min(1).max(1024);
const idParams = z.object({ id: z.uuid() });

/** The most text one safety check reads: as long as the longest journal entry. */
export const SAFETY_CHECK_MAX_CHARS = 100_000;

export const riskLevel = z.enum(['none', 'concern', 'urgent']);

/** A record on the wire. Its payload is checked by its kind's schema (see /kinds), not here. */
export const savedRecord = z.object({
  id: z.string(),
  kind: z.string(),
  version: z.number(),
  occurredAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  payload: z.unknown(),
});

/** What the crisis-language detector found in a record's text, when the saving client asked. */
export const safetyFinding = z.object({ level: riskLevel, categories: z.array(z.string()) });

const savedRecordWithSafety = savedRecord.extend({ safety: safetyFinding.optional() });

/** `?safety=true` on a save asks the server to check the text too (see docs/API.md). */
const saveQuery = z.object({ safety: z.enum(['true', 'false']).default('false') }).strict();

const userWithCode = z.object({ user: userSchema, recoveryCode: z.string() });

/** A person's calendar feed: its path (with the secret token) and when it changed, or null when it is off. */
const ritualFeed = z.object({
  feed: z.object({ path: z.string(), createdAt: isoDateTime, updatedAt: isoDateTime }).nullable(),
});

export const contract = {
  health: endpoint({
    method: 'GET',
    path: '/health',
    public: true,
    response: z.object({
      status: z.literal('ok'),
      database: z.enum(['sqlite', 'postgres']),
      mode: z.enum(['local', 'hosted']),
      hasAccounts: z.boolean().optional(),
    }),
  }),
  openApi: endpoint({ method: 'GET', path: '/openapi.json' }),

  auth: {
    signUp: endpoint({
      method: 'POST',
      path: '/auth/signup',
      public: true,
      status: 201,
      body: signUpBody,
      response: userWithCode,
    }),
    signIn: endpoint({
      method: 'POST',
      path: '/auth/signin',
      public: true,
      body: signInBody,
      response: z.object({ user: userSchema }),
    }),
    recover: endpoint({
      method: 'POST',
      path: '/auth/recover',
      public: true,
      body: recoverBody,
      response: userWithCode,
    }),
    signOut: endpoint({ method: 'POST', path: '/auth/signout', status: 204 }),
    /**
     * Who is signed in. With nobody signed in it answers 401, or, asked with
     * `?probe=true` (how the web app asks on every page), 200 `{ signedIn: false }`:
     * an expected answer, not a failure in the browser's console.
     */
    session: endpoint({
      method: 'GET',
      path: '/session',
      public: true,
      query: z.object({ probe: z.enum(['true', 'false']).default('false') }).strict(),
      response: z.union([
        z.object({
          user: userSchema,
          session: z.object({
            id: z.string(),
            idleMinutes: z.number(),
            /** 32 bytes, base64url: seals this session's drafts in the browser; it lasts as long as the session. */
            draftKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
          }),
        }),
        z.object({ signedIn: z.literal(false) }).strict(),
      ]),
    }),
  },

  account: {
    sessions: endpoint({
      method: 'GET',
      path: '/account/sessions',
      response: z.object({
        sessions: z.array(
          z.object({
            id: z.string(),
            device: z.string(),
            createdAt: z.string(),
            lastSeenAt: z.string(),
            current: z.boolean(),
          }),
        ),
      }),
    }),
    endSession: endpoint({
      method: 'DELETE',
      path: '/account/sessions/:id',
      status: 204,
      params: z.object({ id: z.string().regex(/^[0-9a-f]{16}$/) }),
    }),
    changePassphrase: endpoint({
      method: 'POST',
      path: '/account/passphrase',
      status: 204,
      body: z
        .object({
          currentPassphrase: passphrase,
          newPassphrase,
          endOtherSessions: z.boolean().default(false),
        })
        .strict(),
    }),
    newRecoveryCode: endpoint({
      method: 'POST',
      path: '/account/recovery-code',
      body: z.object({ passphrase }).strict(),
      response: z.object({ recoveryCode: z.string() }),
    }),
    /** Answers with a file (JSON or zip), not a JSON document to parse. */
    exportData: endpoint({
      method: 'POST',
      path: '/account/export',
      body: z.object({ passphrase, format: z.enum(['json', 'markdown']).default('json') }).strict(),
    }),
    /** The body is a Haven export, checked record by record by the server. */
    importData: endpoint({
      method: 'POST',
      path: '/account/import',
      body: z.unknown(),
      response: z.object({ total: z.number(), imported: z.number(), skipped: z.number() }),
    }),
    deleteAccount: endpoint({
      method: 'POST',
      path: '/account/delete',
      status: 204,
      body: z.object({ passphrase, confirmName: z.string().max(200) }).strict(),
    }),
  },

  records: {
    kinds: endpoint({
      method: 'GET',
      path: '/kinds',
      response: z.object({
        kinds: z.array(
          z.object({ name: z.string(), pillar: z.string(), label: z.string(), version: z.number() }),
        ),
      }),
    }),
    create: endpoint({
      method: 'POST',
      path: '/records',
      status: 201,
      query: saveQuery,
      body: z.object({ kind: kindName, occurredAt: isoDateTime.optional(), payload: z.unknown() }).strict(),
      response: savedRecordWithSafety,
    }),
    list: endpoint({
      method: 'GET',
      path: '/records',
      query: z
        .object({
          kind: kindName.optional(),
          from: isoDateTime.optional(),
          to: isoDateTime.optional(),
          cursor: z.string().max(500).optional(),
          limit: z.coerce.number<number>().int().min(1).max(200).default(50),
        })
        .strict(),
      response: z.object({ items: z.array(savedRecord), nextCursor: z.string().nullable() }),
    }),
    get: endpoint({ method: 'GET', path: '/records/:id', params: idParams, response: savedRecord }),
    update: endpoint({
      method: 'PUT',
      path: '/records/:id',
      params: idParams,
      query: saveQuery,
      body: z.object({ occurredAt: isoDateTime.optional(), payload: z.unknown() }).strict(),
      response: savedRecordWithSafety,
    }),
    remove: endpoint({
      method: 'DELETE',
      path: '/records/:id',
      status: 204,
      params: idParams,
      query: z.object({ hard: z.enum(['true', 'false']).default('false') }).strict(),
    }),
    restore: endpoint({
      method: 'POST',
      path: '/records/:id/restore',
      params: idParams,
      response: savedRecord,
    }),
    /** Opens a sealed record (a letter to myself) before its day, on purpose; the opening is kept. */
    open: endpoint({
      method: 'POST',
      path: '/records/:id/open',
      params: idParams,
      response: savedRecord,
    }),
  },

  search: endpoint({
    method: 'GET',
    path: '/search',
    query: z
      .object({
        q: z.string().trim().min(1).max(200),
        kind: kindName.default('journal'),
        limit: z.coerce.number<number>().int().min(1).max(100).default(30),
      })
      .strict(),
    response: z.object({
      results: z.array(
        z.object({
          id: z.string(),
          occurredAt: z.string(),
          /** The record's title (a kind without titles gives its own name). */
          title: z.string(),
          tags: z.array(z.string()),
          /** About 180 characters of the person's own words around the first match, as prose. */
          excerpt: z.string(),
        }),
      ),
      total: z.number(),
    }),
  }),

  /** A planned self-date as a one-off .ics event, titled neutrally unless the person asks for its own title; a file, not JSON. */
  selfDates: {
    calendar: endpoint({
      method: 'GET',
      path: '/self-dates/:id/calendar.ics',
      params: idParams,
      query: z.object({ title: z.enum(['neutral', 'own']).default('neutral') }).strict(),
    }),
  },

  /** The calendar feed of rituals (docs/API.md, docs/SECURITY.md). */
  rituals: {
    feed: endpoint({ method: 'GET', path: '/rituals/feed', response: ritualFeed }),
    /** Turns the feed on; when it is on already, answers with it as it is. */
    feedOn: endpoint({ method: 'PUT', path: '/rituals/feed', response: ritualFeed }),
    /** A new URL: the old one stops working at once. */
    feedRotate: endpoint({ method: 'POST', path: '/rituals/feed/rotate', response: ritualFeed }),
    feedOff: endpoint({ method: 'DELETE', path: '/rituals/feed', status: 204 }),
    /** A one-off .ics file of the rituals given a calendar title; a file, not JSON. */
    download: endpoint({ method: 'GET', path: '/rituals/calendar.ics' }),
    /** The subscription itself: no session, only the token in the URL. Answers text/calendar. */
    calendar: endpoint({
      method: 'GET',
      path: '/calendar/:file',
      public: true,
      params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/) }).strict(),
    }),
  },

  /** At most `SAFETY_CHECK_MAX_CHARS` characters: the longest journal entry Haven keeps. */
  safetyCheck: endpoint({
    method: 'POST',
    path: '/safety/check',
    body: z
      .object({
        text: z
          .string()
          .max(SAFETY_CHECK_MAX_CHARS, `At most ${SAFETY_CHECK_MAX_CHARS.toLocaleString('en')} characters`),
        region: z
          .string()
          .regex(/^[A-Za-z]{2,5}$/)
          .optional(),
      })
      .strict(),
    response: safetyFinding.extend({ resources: z.unknown() }),
  }),
} as const;
