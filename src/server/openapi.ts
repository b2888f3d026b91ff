import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { APP_VERSION } from '../store/vault.js';
import type { RouteDoc } from './route.js';

/** Builds the OpenAPI 3.1 document from the same zod schemas that validate requests. */
export function openApiDocument(app: FastifyInstance): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const doc of app.routeDocs) {
    const path = doc.url.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][doc.method.toLowerCase()] = operation(doc);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Haven API',
      version: APP_VERSION,
      description:
        'The private HEARTS self-care companion. Errors are application/problem+json. State-changing requests need the session cookie and the header X-Haven-CSRF: 1.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'haven_session' } },
      schemas: { Problem: problemSchema },
    },
    paths,
  };
}

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: {
      type: 'array',
      items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, unknown>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

function operation(doc: RouteDoc): Record<string, unknown> {
  const problem = {
    description: 'A problem',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  };
  return {
    summary: doc.summary,
    tags: [doc.tag],
    ...(doc.public ? { security: [] } : { security: [{ session: [] }] }),
    parameters: [...parameters(doc.params, 'path'), ...parameters(doc.query, 'query')],
    ...(doc.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(doc.body, 'input') } },
          },
        }
      : {}),
    responses: {
      [String(doc.status)]:
        doc.status === 204
          ? { description: 'Done' }
          : {
              description: 'Success',
              ...(doc.response
                ? { content: { 'application/json': { schema: jsonSchema(doc.response, 'output') } } }
                : {}),
            },
      '4XX': problem,
    },
  };
}
