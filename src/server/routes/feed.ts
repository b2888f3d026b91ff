import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { contract } from '../../core/api/contract.js';
import { API_BASE } from '../../core/api/endpoint.js';
import { notFound } from '../../core/errors.js';
import { calendarEntries, ritualCalendar, type CalendarEntry } from '../../core/rituals/calendar.js';
import { ritualKind } from '../../core/rituals/kinds.js';
import { CryptoError } from '../../crypto/envelope.js';
import type { Account } from '../../store/accounts.js';
import { feedStore, type FeedState } from '../../store/feed.js';
import type { Database } from '../../store/schema.js';
import { recordVault } from '../../store/vault.js';
import { route, publicRoute } from '../route.js';

/**
 * Reads of a feed URL per address: calendar apps look a few times an hour at
 * most, so this leaves room for several calendars behind one address while
 * making guessing at tokens (256 bits) slower still.
 */
export const FEED_RATE = { max: 30, timeWindow: 60_000 };

/** Writes that may change a person's rituals: after each, a feed that is on is rewritten. */
const CHANGES_RITUALS = [`${API_BASE}/records`, `${API_BASE}/account/import`];

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

export function feedRoutes(app: FastifyInstance, db: Kysely<Database>, now: () => number = Date.now): void {
  const feeds = feedStore(db, now);

  async function entriesFor(account: Account): Promise<CalendarEntry[]> {
    const rituals = [];
    for await (const batch of recordVault(db, account, now).each(ritualKind.name)) {
      for (const record of batch) {
        rituals.push({
          id: record.id,
          createdAt: record.createdAt,
          payload: ritualKind.schema.parse(record.payload),
        });
      }
    }
    return calendarEntries(rituals);
  }

  const described = (state: FeedState | undefined) => ({
    feed: state
      ? {
          path: `${API_BASE}/calendar/${state.token}.ics`,
          createdAt: new Date(state.createdAt).toISOString(),
          updatedAt: new Date(state.updatedAt).toISOString(),
        }
      : null,
  });

  route(app, contract.rituals.feed, {
    summary: 'Your calendar feed of rituals, if it is on',
    tag: 'rituals',
    handler: async ({ account }) => described(await feeds.state(account)),
  });

  route(app, contract.rituals.feedOn, {
    summary: 'Turn your calendar feed on',
    tag: 'rituals',
    handler: async ({ account }) =>
      described((await feeds.state(account)) ?? (await feeds.issue(account, await entriesFor(account)))),
  });

  route(app, contract.rituals.feedRotate, {
    summary: 'Give your calendar feed a new address; the old one stops working',
    tag: 'rituals',
    handler: async ({ account }) => {
      if (!(await feeds.state(account))) throw notFound('The calendar feed is off.');
      return described(await feeds.issue(account, await entriesFor(account)));
    },
  });

  route(app, contract.rituals.feedOff, {
    summary: 'Turn your calendar feed off',
    tag: 'rituals',
    handler: async ({ account }) => {
      await feeds.remove(account.userId);
    },
  });

  route(app, contract.rituals.download, {
    summary: 'Your rituals as a one-off calendar file',
    tag: 'rituals',
    handler: async ({ account, reply }) =>
      reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="haven-rituals.ics"')
        .type(CALENDAR_TYPE)
        .send(ritualCalendar(await entriesFor(account), new Date(now()))),
  });

  publicRoute(app, contract.rituals.calendar, {
    summary: 'A calendar feed, read with the token in its address (no session)',
    tag: 'rituals',
    rateLimit: FEED_RATE,
    handler: async ({ params, reply }) => {
      const token = Buffer.from(params.file.slice(0, -'.ics'.length), 'base64url');
      let entries: CalendarEntry[] | undefined;
      try {
        entries = await feeds.read(token);
      } catch (error) {
        if (!(error instanceof CryptoError)) throw error;
      }
      if (!entries) throw notFound();
      return reply
        .header('cache-control', 'private, no-store')
        .header('x-robots-tag', 'noindex')
        .type(CALENDAR_TYPE)
        .send(ritualCalendar(entries, new Date(now())));
    },
  });

  // After a write that may have changed a ritual, a feed that is on is rewritten before the answer goes.
  app.addHook('onSend', async (request, reply, payload) => {
    const account = request.account;
    if (!account || request.method === 'GET' || reply.statusCode >= 300) return payload;
    const url = request.routeOptions.url ?? '';
    if (!CHANGES_RITUALS.some((prefix) => url.startsWith(prefix))) return payload;
    // A saved record names its kind in the answer; a deletion or an import may have touched a ritual.
    const mayTouch = typeof payload !== 'string' || payload.includes(`"kind":"${ritualKind.name}"`);
    if (!mayTouch) return payload;
    try {
      await feeds.refresh(account, await entriesFor(account));
    } catch {
      request.log.warn('The calendar feed could not be rewritten after a change');
    }
    return payload;
  });
}
