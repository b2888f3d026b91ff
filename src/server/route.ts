import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fieldIssues, invalidInput, unauthenticated } from '../core/errors.js';
import type { Account } from '../store/accounts.js';
import {
  API_BASE,
  type Endpoint,
  type Method,
  type ParsedOf,
  type ResponseIn,
} from '../core/api/endpoint.js';

interface ServerSpec {
  /** One line for the OpenAPI document. */
  summary: string;
  tag: string;
  bodyLimit?: number;
  rateLimit?: { max: number; timeWindow: number };
}

interface Context<E extends Endpoint> {
  body: ParsedOf<E, 'body'>;
  query: ParsedOf<E, 'query'>;
  params: ParsedOf<E, 'params'>;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A handler answers with the endpoint's response, or sends something else itself (a file). */
type Answer<E extends Endpoint> = Promise<ResponseIn<E> | FastifyReply>;

export interface RouteDoc {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  public: boolean;
  status: number;
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  response?: z.ZodType;
}

declare module 'fastify' {
  interface FastifyRequest {
    account?: Account;
  }
  interface FastifyInstance {
    routeDocs: RouteDoc[];
  }
}

const empty = z.object({}).strict();

/**
 * The one way to add an API route: the endpoint's method, path and schemas
 * from the contract in core, zod-validated input, the session guard, and an
 * entry in the OpenAPI document.
 */
export function route<E extends Endpoint & { public?: false }>(
  app: FastifyInstance,
  endpoint: E,
  spec: ServerSpec & { handler: (ctx: Context<E> & { account: Account }) => Answer<E> },
): void {
  register(app, endpoint, spec, (ctx) => {
    const account = ctx.request.account;
    if (!account) throw unauthenticated();
    return spec.handler({ ...ctx, account });
  });
}

/** A route anyone may call: only sign-up, sign-in, recovery and health are marked public in the contract. */
export function publicRoute<E extends Endpoint & { public: true }>(
  app: FastifyInstance,
  endpoint: E,
  spec: ServerSpec & { handler: (ctx: Context<E>) => Answer<E> },
): void {
  register(app, endpoint, spec, spec.handler);
}

function register<E extends Endpoint>(
  app: FastifyInstance,
  endpoint: E,
  spec: ServerSpec,
  handler: (ctx: Context<E>) => Promise<unknown>,
): void {
  const status = endpoint.status ?? 200;
  const isPublic = endpoint.public === true;
  const url = `${API_BASE}${endpoint.path}`;
  app.routeDocs.push({
    method: endpoint.method,
    url,
    summary: spec.summary,
    tag: spec.tag,
    public: isPublic,
    status,
    ...(endpoint.body ? { body: endpoint.body } : {}),
    ...(endpoint.query ? { query: endpoint.query } : {}),
    ...(endpoint.params ? { params: endpoint.params } : {}),
    ...(endpoint.response ? { response: endpoint.response } : {}),
  });
  app.route({
    method: endpoint.method,
    url,
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    config: { public: isPublic, ...(spec.rateLimit ? { rateLimit: spec.rateLimit } : {}) },
    handler: async (request, reply) => {
      // The schemas are the endpoint's own, so their outputs are the context's types.
      const ctx = {
        body: parse(endpoint.body ?? empty, request.body ?? {}, 'body'),
        query: parse(endpoint.query ?? z.object({}), request.query ?? {}, 'query'),
        params: parse(endpoint.params ?? z.object({}), request.params ?? {}, 'params'),
        request,
        reply,
      } as Context<E>;
      const result = await handler(ctx);
      if (reply.sent) return reply;
      if (status === 204) return reply.code(204).send();
      return reply.code(status).send(result);
    },
  });
}

function parse(schema: z.ZodType, value: unknown, where: string): unknown {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw invalidInput('Some of what was sent does not fit.', fieldIssues(result.error.issues, where));
  }
  return result.data;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
  }
}
