import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { detectRisk } from '../../core/safety/detector.js';
import { resourcesFor } from '../../core/safety/resources.js';
import { route } from '../route.js';

/** The crisis-language detector over HTTP, for clients other than Haven's own web app. */
export function safetyRoutes(app: FastifyInstance): void {
  route(app, {
    method: 'POST',
    url: '/api/v1/safety/check',
    summary:
      'Check a passage for signs that someone may be in danger; returns a level, reasons and the region’s resources',
    tag: 'safety',
    body: z
      .object({
        text: z.string().max(200_000),
        region: z
          .string()
          .regex(/^[A-Za-z]{2,5}$/)
          .optional(),
      })
      .strict(),
    response: z.object({
      level: z.enum(['none', 'concern', 'urgent']),
      categories: z.array(z.string()),
      resources: z.unknown(),
    }),
    handler: async ({ body }) => {
      const { level, categories } = detectRisk(body.text);
      return { level, categories, resources: resourcesFor(body.region ?? 'other') };
    },
  });
}
