import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HavenError } from '../core/errors.js';
import type { AccountService, NewSession } from '../store/accounts.js';
import { sendProblem, problemFor } from './problem.js';

export const SESSION_COOKIE = 'haven_session';
export const CSRF_HEADER = 'x-haven-csrf';

/**
 * Opens the session (if any) for every API request, and turns away
 * state-changing requests without the CSRF header or from another origin.
 * Routes are guarded unless declared public.
 */
export function installSessionGuard(app: FastifyInstance, accounts: AccountService): void {
  app.decorateRequest('account', undefined);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method) && !passesCsrf(request)) {
      return sendProblem(reply, {
        type: 'https://haven.invalid/problems/forbidden',
        title: 'Forbidden',
        status: 403,
        detail: 'This request did not come from Haven itself.',
      });
    }
    const token = readToken(request);
    if (token) request.account = await accounts.resume(token);
    const isPublic = request.routeOptions.config.public === true;
    if (!isPublic && !request.account && request.routeOptions.url !== undefined) {
      if (token) clearSessionCookie(reply);
      return sendProblem(reply, problemFor(new HavenError('unauthenticated', 'Please sign in to continue.')));
    }
    return undefined;
  });
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.token.toString('base64url'), {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** A coarse device label for the sessions list: browser and system, nothing finer. */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'A browser or app';
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return system ? `${browser} on ${system}` : browser;
}

function readToken(request: FastifyRequest): Buffer | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw || !/^[A-Za-z0-9_-]{43}$/.test(raw)) return undefined;
  return Buffer.from(raw, 'base64url');
}

function passesCsrf(request: FastifyRequest): boolean {
  if (request.headers[CSRF_HEADER] !== '1') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `${request.protocol}://${request.host}`;
}
