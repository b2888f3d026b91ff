import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fieldIssues, invalidInput, unauthenticated } from '../core/errors.js';
import type { Account } from '../store/accounts.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RouteSpecBase<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  method: Method;
  url: string;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  params?: P;
  /** Documents the success body in the OpenAPI document. */
  response?: z.ZodType;
  /** Status on success; 204 sends no body. */
  status?: number;
  bodyLimit?: number;
  rateLimit?: { max: number; timeWindow: number };
}

interface Context<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  body: z.output<B>;
  query: z.output<Q>;
  params: z.output<P>;
  request: FastifyRequest;
  reply: FastifyReply;
}

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
 * The one way to add an API route: zod-validated input, the session guard on
 * by default, and an entry in the OpenAPI document.
 */
export function route<
  B extends z.ZodType = typeof empty,
  Q extends z.ZodType = typeof empty,
  P extends z.ZodType = typeof empty,
>(
  app: FastifyInstance,
  spec: RouteSpecBase<B, Q, P> & {
    handler: (ctx: Context<B, Q, P> & { account: Account }) => Promise<unknown>;
  },
): void {
  register(app, spec, false, (ctx) => {
    const account = ctx.request.account;
    if (!account) throw unauthenticated();
    return spec.handler({ ...ctx, account });
  });
}

/** A route anyone may call: only sign-up, sign-in, recovery and health. */
export function publicRoute<
  B extends z.ZodType = typeof empty,
  Q extends z.ZodType = typeof empty,
  P extends z.ZodType = typeof empty,
>(
  app: FastifyInstance,
  spec: RouteSpecBase<B, Q, P> & { handler: (ctx: Context<B, Q, P>) => Promise<unknown> },
): void {
  register(app, spec, true, spec.handler);
}

function register<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(
  app: FastifyInstance,
  spec: RouteSpecBase<B, Q, P>,
  isPublic: boolean,
  handler: (ctx: Context<B, Q, P>) => Promise<unknown>,
): void {
  const status = spec.status ?? 200;
  app.routeDocs.push({
    method: spec.method,
    url: spec.url,
    summary: spec.summary,
    tag: spec.tag,
    public: isPublic,
    status,
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.query ? { query: spec.query } : {}),
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.response ? { response: spec.response } : {}),
  });
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    config: { public: isPublic, ...(spec.rateLimit ? { rateLimit: spec.rateLimit } : {}) },
    handler: async (request, reply) => {
      const ctx: Context<B, Q, P> = {
        body: parse(spec.body ?? empty, request.body ?? {}, 'body') as z.output<B>,
        query: parse(spec.query ?? z.object({}), request.query ?? {}, 'query') as z.output<Q>,
        params: parse(spec.params ?? z.object({}), request.params ?? {}, 'params') as z.output<P>,
        request,
        reply,
      };
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
