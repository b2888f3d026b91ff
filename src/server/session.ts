import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_BASE } from '../core/api/endpoint.js';
import { HavenError } from '../core/errors.js';
import type { AccountService, NewSession } from '../store/accounts.js';
import { sendProblem, problemFor } from './problem.js';

export const SESSION_COOKIE = 'haven_session';
export const CSRF_HEADER = 'x-haven-csrf';

/**
 * Turns away every state-changing request without the CSRF header or from another origin,
 * whatever its path: the router decodes `/%61pi/...` onto `/api/...`, so no check may rest on
 * how a path is spelled. Then opens the session (if any) for the API route the router matched.
 * Routes are guarded unless declared public.
 */
export function installSessionGuard(
  app: FastifyInstance,
  accounts: AccountService,
  options: { publicOrigin?: string } = {},
): void {
  app.decorateRequest('account', undefined);

  app.addHook('onRequest', async (request, reply) => {
    if (!SAFE_METHODS.has(request.method) && !passesCsrf(request, options.publicOrigin)) {
      return sendProblem(reply, {
        type: 'https://haven.invalid/problems/forbidden',
        title: 'Forbidden',
        status: 403,
        detail: 'This request did not come from Haven itself.',
      });
    }
    const matched = request.routeOptions.url;
    if (matched === undefined || !matched.startsWith(`${API_BASE}/`)) return undefined;
    const token = readToken(request);
    if (token) request.account = await accounts.resume(token);
    if (request.routeOptions.config.public !== true && !request.account) {
      if (token) clearSessionCookie(reply);
      return sendProblem(reply, problemFor(new HavenError('unauthenticated', 'Please sign in to continue.')));
    }
    return undefined;
  });
}

/** The session cookie is set and cleared with the same flags, so a browser treats both alike. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, session: NewSession): void {
  reply.setCookie(SESSION_COOKIE, session.token.toString('base64url'), cookieOptions(request));
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, cookieOptions(reply.request));
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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieOptions(request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
  } as const;
}

/** The header a page on another site cannot send without asking, and, when the browser names one, our own Origin. */
function passesCsrf(request: FastifyRequest, publicOrigin: string | undefined): boolean {
  if (request.headers[CSRF_HEADER] !== '1') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `${request.protocol}://${request.host}` || origin === publicOrigin;
}
