import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { RECORD_KINDS } from '../../core/records/registry.js';
import { payloadText } from '../../core/records/search.js';
import { detectRisk } from '../../core/safety/detector.js';
import type { Database } from '../../store/schema.js';
import { recordVault } from '../../store/vault.js';
import { route } from '../route.js';
import { contract } from '../../core/api/contract.js';

/**
 * The server checks a record's text for signs of danger only when the saving
 * client asks (`?safety=true`): Haven's web app runs the same detector on the
 * device as the person writes, so checking every autosave again here would
 * tell it nothing new. See docs/API.md.
 */
function withSafety<R>(record: R, asked: 'true' | 'false', sent: unknown) {
  if (asked !== 'true') return record;
  // What was sent, not what is answered: a sealed letter is answered with its envelope only.
  const { level, categories } = detectRisk(payloadText(sent));
  return { ...record, safety: { level, categories } };
}

/** The generic record routes: every practice's records go through these, by kind. */
export function recordRoutes(app: FastifyInstance, db: Kysely<Database>, now: () => number = Date.now): void {
  route(app, contract.records.kinds, {
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

  route(app, contract.records.create, {
    summary: 'Save a new record; with safety=true, also check its text for signs of danger',
    tag: 'records',
    handler: async ({ account, body, query }) =>
      withSafety(await recordVault(db, account, now).create(body), query.safety, body.payload),
  });

  route(app, contract.records.list, {
    summary: 'List records, newest first, by kind and time range, with cursor paging',
    tag: 'records',
    handler: async ({ account, query }) =>
      recordVault(db, account, now).list({
        kind: query.kind,
        from: query.from === undefined ? undefined : Date.parse(query.from),
        to: query.to === undefined ? undefined : Date.parse(query.to),
        cursor: query.cursor,
        limit: query.limit,
      }),
  });

  route(app, contract.records.get, {
    summary: 'Read one record',
    tag: 'records',
    handler: async ({ account, params }) => recordVault(db, account, now).get(params.id),
  });

  route(app, contract.records.update, {
    summary:
      'Replace a record’s payload (and optionally when it happened); with safety=true, also check its text',
    tag: 'records',
    handler: async ({ account, params, body, query }) =>
      withSafety(await recordVault(db, account, now).update(params.id, body), query.safety, body.payload),
  });

  route(app, contract.records.remove, {
    summary: 'Delete a record: kept for undo unless hard=true',
    tag: 'records',
    handler: async ({ account, params, query }) =>
      recordVault(db, account, now).remove(params.id, query.hard === 'true'),
  });

  route(app, contract.records.restore, {
    summary: 'Undo a delete',
    tag: 'records',
    handler: async ({ account, params }) => recordVault(db, account, now).restore(params.id),
  });

  route(app, contract.records.open, {
    summary: 'Open a sealed record (a letter to yourself) before its day, on purpose; the opening is kept',
    tag: 'records',
    handler: async ({ account, params }) => recordVault(db, account, now).openEarly(params.id),
  });
}
