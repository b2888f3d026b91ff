import { hkdfSync, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { CalendarEntry } from '../core/rituals/calendar.js';
import { WEEKDAYS } from '../core/rituals/schedule.js';
import { open, seal, wrapAssociatedData } from '../crypto/envelope.js';
import { hashToken, type DataKey } from '../crypto/keys.js';
import type { Database } from './schema.js';
import { transaction } from './transaction.js';

/** Who owns a feed, with the key a session opened. */
export interface FeedOwner {
  userId: string;
  dataKey: DataKey;
}

/** A feed as its owner sees it: the token, to build its URL from, and when it last changed. */
export interface FeedState {
  token: string;
  createdAt: number;
  updatedAt: number;
}

/** 256 random bits, base64url: the secret part of a feed's URL. */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

const WRAP_DATA = 'feed:data';
const wrapToken = (tokenHash: string) => `feed:token:${tokenHash}`;
const TOKEN_SEALED = 'feed:url-token';

/** The key a feed's URL token opens its feed key with; only someone holding the URL can derive it. */
export function deriveFeedTokenKey(token: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', token, Buffer.alloc(0), 'haven ritual feed v1', 32));
}

function entriesData(userId: string): Buffer {
  return Buffer.from(`haven/ritual-feed/v1\u0000${userId}`, 'utf8');
}

/** What is sealed in a feed: exactly the calendar entries, checked again when opened. */
const sealedEntries = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    days: z.array(z.enum(WEEKDAYS)),
    time: z.string().optional(),
    minutes: z.number(),
    timeZone: z.string(),
    from: z.string(),
  }),
);

/**
 * A person's calendar feed. The URL token is the only way in without a
 * session: the database holds its hash for lookup, the token itself sealed
 * under the data key (so the person can see the URL again), and one random
 * feed key wrapped twice, under the data key and under a key derived from
 * the token. The titles are sealed under the feed key. A stolen database
 * opens none of it; turning the feed off deletes the row, and rotating it
 * makes a new token and a new key, so the old URL opens nothing at once.
 */
export function feedStore(db: Kysely<Database>, now: () => number = Date.now) {
  async function row(userId: string) {
    return db.selectFrom('ritual_feeds').selectAll().where('user_id', '=', userId).executeTakeFirst();
  }

  function sealEntries(key: Buffer, userId: string, entries: readonly CalendarEntry[]): Buffer {
    return seal(key, Buffer.from(JSON.stringify(entries), 'utf8'), entriesData(userId));
  }

  return {
    /** The feed of this person, if it is on. */
    async state(owner: FeedOwner): Promise<FeedState | undefined> {
      const found = await row(owner.userId);
      if (!found) return undefined;
      const token = open(owner.dataKey, found.token_by_data, wrapAssociatedData(owner.userId, TOKEN_SEALED));
      return {
        token: token.toString('base64url'),
        createdAt: found.created_at,
        updatedAt: found.updated_at,
      };
    },

    /**
     * Turns the feed on with a new URL, or gives an existing one a new URL
     * (and a new key): the old URL stops working in the same write.
     */
    async issue(owner: FeedOwner, entries: readonly CalendarEntry[]): Promise<FeedState> {
      const token = randomBytes(32);
      const tokenHash = hashToken(token);
      const key = randomBytes(32);
      const at = now();
      const values = {
        token_hash: tokenHash,
        token_by_data: seal(owner.dataKey, token, wrapAssociatedData(owner.userId, TOKEN_SEALED)),
        key_by_data: seal(owner.dataKey, key, wrapAssociatedData(owner.userId, WRAP_DATA)),
        key_by_token: seal(
          deriveFeedTokenKey(token),
          key,
          wrapAssociatedData(owner.userId, wrapToken(tokenHash)),
        ),
        entries: sealEntries(key, owner.userId, entries),
        updated_at: at,
      };
      const createdAt = await transaction(db, async (trx) => {
        const existing = await trx
          .selectFrom('ritual_feeds')
          .select('created_at')
          .where('user_id', '=', owner.userId)
          .executeTakeFirst();
        if (existing) {
          await trx.updateTable('ritual_feeds').set(values).where('user_id', '=', owner.userId).execute();
          return existing.created_at;
        }
        await trx
          .insertInto('ritual_feeds')
          .values({ user_id: owner.userId, created_at: at, ...values })
          .execute();
        return at;
      });
      return { token: token.toString('base64url'), createdAt, updatedAt: at };
    },

    /** Rewrites what the feed holds, if it is on. Returns whether it was. */
    async refresh(owner: FeedOwner, entries: readonly CalendarEntry[]): Promise<boolean> {
      const found = await row(owner.userId);
      if (!found) return false;
      const key = open(owner.dataKey, found.key_by_data, wrapAssociatedData(owner.userId, WRAP_DATA));
      await db
        .updateTable('ritual_feeds')
        .set({ entries: sealEntries(key, owner.userId, entries), updated_at: now() })
        .where('user_id', '=', owner.userId)
        .where('token_hash', '=', found.token_hash)
        .execute();
      return true;
    },

    /** Turns the feed off: its URL answers nothing from now on. */
    async remove(userId: string): Promise<boolean> {
      const result = await db.deleteFrom('ritual_feeds').where('user_id', '=', userId).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    /** What a feed URL's token opens, or undefined for a token that is not (or no longer) a feed's. */
    async read(token: Buffer): Promise<CalendarEntry[] | undefined> {
      const tokenHash = hashToken(token);
      const found = await db
        .selectFrom('ritual_feeds')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!found) return undefined;
      const key = open(
        deriveFeedTokenKey(token),
        found.key_by_token,
        wrapAssociatedData(found.user_id, wrapToken(tokenHash)),
      );
      const plain = open(key, found.entries, entriesData(found.user_id));
      return sealedEntries.parse(JSON.parse(plain.toString('utf8')));
    },
  };
}

export type FeedStore = ReturnType<typeof feedStore>;
