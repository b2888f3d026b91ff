import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { searchTerms } from '../../core/records/search.js';
import { requireRecordKind } from '../../core/records/registry.js';
import type { Database } from '../../store/schema.js';
import type { SearchCache } from '../../store/search-cache.js';
import { route } from '../route.js';
import { contract } from '../../core/api/contract.js';

/**
 * Search runs on the server over the signed-in person's decrypted records:
 * nothing searchable is ever stored in the clear.
 */
export function searchRoutes(app: FastifyInstance, db: Kysely<Database>, cache: SearchCache): void {
  route(app, contract.search, {
    summary: 'Search your records of one kind (journal by default): every word must match',
    tag: 'records',
    handler: async ({ account, query }) => {
      requireRecordKind(query.kind);
      return cache.search(db, account, query.kind, searchTerms(query.q), query.limit);
    },
  });
}
