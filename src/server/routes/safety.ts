import type { FastifyInstance } from 'fastify';
import { detectRisk } from '../../core/safety/detector.js';
import { resourcesFor } from '../../core/safety/resources.js';
import { route } from '../route.js';
import { contract } from '../../core/api/contract.js';

/** Checks per address: plenty for a client checking as someone saves, too few to keep the server busy. */
const SAFETY_CHECK_RATE = { max: 30, timeWindow: 60_000 };

/** The crisis-language detector over HTTP, for clients other than Haven's own web app. */
export function safetyRoutes(app: FastifyInstance): void {
  route(app, contract.safetyCheck, {
    summary:
      'Check a passage for signs that someone may be in danger; returns a level, reasons and the region’s resources',
    tag: 'safety',
    rateLimit: SAFETY_CHECK_RATE,
    handler: async ({ body }) => {
      const { level, categories } = detectRisk(body.text);
      return { level, categories, resources: resourcesFor(body.region ?? 'other') };
    },
  });
}
