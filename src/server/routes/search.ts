import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { searchTerms } from '../../core/records/search.js';
import { requireRecordKind } from '../../core/records/registry.js';
import type { Database } from '../../store/schema.js';
import type { SearchCache } from '../../store/search-cache.js';
import { route } from '../route.js';

/**
 * Search runs on the server over the signed-in person's decrypted records:
 * nothing searchable is ever stored in the clear.
 */
export function searchRoutes(app: FastifyInstance, db: Kysely<Database>, cache: SearchCache): void {
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
      return cache.search(db, account, query.kind, searchTerms(query.q), query.limit);
    },
  });
}
