import type { Kysely } from 'kysely';
import type { RecordKind } from '../core/records/kind.js';
import { findRecordKind } from '../core/records/registry.js';
import { sealedUntil } from '../core/records/sealing.js';
import { excerpt, fold, foldedMatches, payloadText } from '../core/records/search.js';
import type { Database } from './schema.js';
import { recordVault, type Owner } from './vault.js';

export interface SearchHit {
  id: string;
  occurredAt: string;
  title: string;
  tags: string[];
  excerpt: string;
}

interface Entry {
  updatedAt: number;
  occurredAt: number;
  /** What is searched: everything written in the record. */
  folded: string;
  title: string;
  tags: string[];
  /** What the excerpt is cut from: the person's own words. */
  words: string;
  /** A sealed record's opening time: until then only its view is cached; after it, it is read again. */
  opensAt?: number | undefined;
}

interface UserCache {
  kinds: Map<string, Map<string, Entry>>;
  lastUsed: number;
}

/**
 * Search over a person's decrypted records, with their decrypted text kept in
 * this server's memory between searches so a second search does not decrypt
 * everything again. Each search first reads the records' ids and update times
 * (no payloads) and decrypts only what is new or changed, so several server
 * instances stay correct without sharing anything. A person's cached text is
 * dropped after `idleMs` without a search, when they sign out or lock, and
 * when the cache holds too many people. Nothing is ever written to disk.
 */
export function searchCache(options: { idleMs: number; maxUsers: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const users = new Map<string, UserCache>();

  function sweep(): void {
    const cutoff = now() - options.idleMs;
    for (const [userId, cache] of users) if (cache.lastUsed < cutoff) users.delete(userId);
    while (users.size > options.maxUsers) {
      const oldest = [...users.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed)[0];
      if (!oldest) break;
      users.delete(oldest[0]);
    }
  }

  async function entriesFor(db: Kysely<Database>, owner: Owner, kind: string): Promise<Map<string, Entry>> {
    let user = users.get(owner.userId);
    if (!user) {
      user = { kinds: new Map(), lastUsed: now() };
      users.set(owner.userId, user);
    }
    user.lastUsed = now();
    let entries = user.kinds.get(kind);
    if (!entries) {
      entries = new Map();
      user.kinds.set(kind, entries);
    }
    const live = await db
      .selectFrom('records')
      .select(['id', 'updated_at', 'occurred_at'])
      .where('user_id', '=', owner.userId)
      .where('kind', '=', kind)
      .where('deleted_at', 'is', null)
      .execute();
    const liveIds = new Set<string>();
    const stale: string[] = [];
    for (const row of live) {
      liveIds.add(row.id);
      const entry = entries.get(row.id);
      const opened = entry?.opensAt !== undefined && entry.opensAt <= now();
      if (entry?.updatedAt !== row.updated_at || opened) stale.push(row.id);
      else entry.occurredAt = row.occurred_at;
    }
    for (const id of entries.keys()) if (!liveIds.has(id)) entries.delete(id);
    if (stale.length > 0) {
      // The vault gives a sealed record's view only (on this cache's clock): its words are never cached early.
      for (const record of await recordVault(db, owner, now).getMany(stale)) {
        const kind = findRecordKind(record.kind);
        const opensAt = sealedUntil(kind, record.payload, now());
        // Nothing of a sealed one is found by search, not even its date.
        const shown = opensAt === undefined ? describe(kind, record.payload) : undefined;
        entries.set(record.id, {
          updatedAt: Date.parse(record.updatedAt),
          occurredAt: Date.parse(record.occurredAt),
          folded: shown ? fold(payloadText(record.payload)) : '',
          title: shown?.title ?? '',
          tags: shown?.tags ?? [],
          words: shown?.words ?? '',
          opensAt,
        });
      }
    }
    return entries;
  }

  return {
    async search(
      db: Kysely<Database>,
      owner: Owner,
      kind: string,
      terms: readonly string[],
      limit: number,
    ): Promise<{ results: SearchHit[]; total: number }> {
      sweep();
      const entries = await entriesFor(db, owner, kind);
      const hits: [string, Entry][] = [];
      for (const pair of entries) if (foldedMatches(pair[1].folded, terms)) hits.push(pair);
      hits.sort((a, b) => b[1].occurredAt - a[1].occurredAt || (a[0] < b[0] ? 1 : -1));
      return {
        total: hits.length,
        results: hits.slice(0, limit).map(([id, entry]) => ({
          id,
          occurredAt: new Date(entry.occurredAt).toISOString(),
          title: entry.title,
          tags: entry.tags,
          excerpt: excerpt(entry.words, terms),
        })),
      };
    },

    /** Drops everything cached for this person (on sign-out, lock, or account deletion). */
    forget(userId: string): void {
      users.delete(userId);
    },

    size(): number {
      return users.size;
    },
  };
}

/** A record as a search result shows it: its title, its labels and its own words. */
function describe(
  kind: RecordKind | undefined,
  payload: unknown,
): { title: string; tags: string[]; words: string } {
  const written = kind?.written;
  if (!kind || !written) return { title: kind?.label ?? '', tags: [], words: payloadText(payload) };
  return {
    title: written.title(payload),
    tags: [...(written.tags?.(payload) ?? [])],
    words: (written.excerptFrom ?? written.body)(payload),
  };
}

export type SearchCache = ReturnType<typeof searchCache>;
