import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { contract } from '../../core/api/contract.js';
import { NEUTRAL_SELF_DATE_TITLE, selfDateCalendar } from '../../core/delight/selfDateCalendar.js';
import { selfDateKind } from '../../core/delight/selfDates.js';
import { notFound } from '../../core/errors.js';
import type { Database } from '../../store/schema.js';
import { recordVault } from '../../store/vault.js';
import { route } from '../route.js';

/**
 * A planned self-date as a calendar file, made here like the rituals' one-off
 * file: the person's own record, opened with their session, in their zone.
 */
export function selfDateRoutes(
  app: FastifyInstance,
  db: Kysely<Database>,
  now: () => number = Date.now,
): void {
  route(app, contract.selfDates.calendar, {
    summary: 'A planned self-date as a calendar file (one event, in its own time zone)',
    tag: 'delight',
    handler: async ({ account, params, query, reply }) => {
      const record = await recordVault(db, account, now).get(params.id);
      if (record.kind !== selfDateKind.name) throw notFound('There is no self-date here.');
      const plan = selfDateKind.schema.parse(record.payload);
      const title = query.title === 'own' ? plan.title : NEUTRAL_SELF_DATE_TITLE;
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', 'attachment; filename="haven-self-date.ics"')
        .type('text/calendar; charset=utf-8')
        .send(selfDateCalendar(record.id, plan, title, new Date(now())));
    },
  });
}
