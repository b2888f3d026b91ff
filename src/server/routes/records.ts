import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { RECORD_KINDS } from '../../core/records/registry.js';
import { payloadText } from '../../core/records/search.js';
import { detectRisk } from '../../core/safety/detector.js';
import type { Database } from '../../store/schema.js';
import { recordVault } from '../../store/vault.js';
import { route } from '../route.js';
import { isoDateTime } from '../../core/api/auth.js';

const recordSchema = z.object({
  id: z.string(),
  kind: z.string(),
  version: z.number(),
  occurredAt: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  payload: z.unknown(),
});
/** Text is checked for signs of danger when it is saved, so every client gets the same care. */
function withSafety<R extends { payload: unknown }>(record: R) {
  const { level, categories } = detectRisk(payloadText(record.payload));
  return { ...record, safety: { level, categories } };
}

const idParams = z.object({ id: z.uuid() });
const kindName = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/);

/** The generic record routes: every practice's records go through these, by kind. */
export function recordRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  route(app, {
    method: 'GET',
    url: '/api/v1/kinds',
    summary: 'The record kinds this server knows, with their pillar and schema version',
    tag: 'records',
    handler: async () => ({
      kinds: RECORD_KINDS.map((k) => ({
        name: k.name,
        pillar: k.pillar,
        label: k.label,
        version: k.version,
      })),
    }),
  });

  route(app, {
    method: 'POST',
    url: '/api/v1/records',
    summary: 'Save a new record',
    tag: 'records',
    status: 201,
    body: z.object({ kind: kindName, occurredAt: isoDateTime.optional(), payload: z.unknown() }).strict(),
    response: recordSchema,
    handler: async ({ account, body }) => withSafety(await recordVault(db, account).create(body)),
  });

  route(app, {
    method: 'GET',
    url: '/api/v1/records',
    summary: 'List records, newest first, by kind and time range, with cursor paging',
    tag: 'records',
    query: z
      .object({
        kind: kindName.optional(),
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
        cursor: z.string().max(500).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      })
      .strict(),
    response: z.object({ items: z.array(recordSchema), nextCursor: z.string().nullable() }),
    handler: async ({ account, query }) =>
      recordVault(db, account).list({
        kind: query.kind,
        from: query.from === undefined ? undefined : Date.parse(query.from),
        to: query.to === undefined ? undefined : Date.parse(query.to),
        cursor: query.cursor,
        limit: query.limit,
      }),
  });

  route(app, {
    method: 'GET',
    url: '/api/v1/records/:id',
    summary: 'Read one record',
    tag: 'records',
    params: idParams,
    response: recordSchema,
    handler: async ({ account, params }) => recordVault(db, account).get(params.id),
  });

  route(app, {
    method: 'PUT',
    url: '/api/v1/records/:id',
    summary: 'Replace a record’s payload (and optionally when it happened)',
    tag: 'records',
    params: idParams,
    body: z.object({ occurredAt: isoDateTime.optional(), payload: z.unknown() }).strict(),
    response: recordSchema,
    handler: async ({ account, params, body }) =>
      withSafety(await recordVault(db, account).update(params.id, body)),
  });

  route(app, {
    method: 'DELETE',
    url: '/api/v1/records/:id',
    summary: 'Delete a record: kept for undo unless hard=true',
    tag: 'records',
    status: 204,
    params: idParams,
    query: z.object({ hard: z.enum(['true', 'false']).default('false') }).strict(),
    handler: async ({ account, params, query }) =>
      recordVault(db, account).remove(params.id, query.hard === 'true'),
  });

  route(app, {
    method: 'POST',
    url: '/api/v1/records/:id/restore',
    summary: 'Undo a delete',
    tag: 'records',
    params: idParams,
    response: recordSchema,
    handler: async ({ account, params }) => recordVault(db, account).restore(params.id),
  });
}
