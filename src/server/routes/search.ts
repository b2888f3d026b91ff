import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { excerpt, matchesTerms, payloadText, searchTerms } from '../../core/records/search.js';
import { requireRecordKind } from '../../core/records/registry.js';
import type { Database } from '../../store/schema.js';
import { recordVault } from '../../store/vault.js';
import { route } from '../route.js';

/**
 * Search runs on the server over the signed-in person's decrypted records:
 * nothing searchable is ever stored in the clear.
 */
export function searchRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  route(app, {
    method: 'GET',
    url: '/api/v1/search',
    summary: 'Search your records of one kind (journal by default): every word must match',
    tag: 'records',
    query: z
      .object({
        q: z.string().trim().min(1).max(200),
        kind: z
          .string()
          .regex(/^[a-z][a-z0-9_]{1,39}$/)
          .default('journal'),
        limit: z.coerce.number().int().min(1).max(100).default(30),
      })
      .strict(),
    response: z.object({
      results: z.array(z.object({ id: z.string(), occurredAt: z.string(), excerpt: z.string() })),
      total: z.number(),
    }),
    handler: async ({ account, query }) => {
      requireRecordKind(query.kind);
      const terms = searchTerms(query.q);
      const hits: { id: string; occurredAt: string; excerpt: string }[] = [];
      for await (const batch of recordVault(db, account).each(query.kind)) {
        for (const record of batch) {
          const text = payloadText(record.payload);
          if (matchesTerms(text, terms))
            hits.push({ id: record.id, occurredAt: record.occurredAt, excerpt: excerpt(text, terms) });
        }
      }
      hits.sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0));
      return { results: hits.slice(0, query.limit), total: hits.length };
    },
  });
}
