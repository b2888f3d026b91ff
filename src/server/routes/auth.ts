import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { deriveDraftKey } from '../../crypto/keys.js';
import { HavenError, unauthenticated } from '../../core/errors.js';
import type { AccountService, SignedIn } from '../../store/accounts.js';
import type { SearchCache } from '../../store/search-cache.js';
import type { Config } from '../config.js';
import { publicRoute, route } from '../route.js';
import { clearSessionCookie, deviceLabel, SESSION_COOKIE, setSessionCookie } from '../session.js';
import { readBrowser, setBrowserCookie } from '../throttle.js';
import { contract } from '../../core/api/contract.js';

const AUTH_LIMIT = { max: 20, timeWindow: 60_000 };

export function authRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  config: Config,
  search: SearchCache,
): void {
  publicRoute(app, contract.auth.signUp, {
    summary: 'Create an account; returns the one-time recovery code and starts a session',
    tag: 'auth',
    rateLimit: AUTH_LIMIT,
    handler: async ({ body, request, reply }) => {
      if (config.signup === 'closed' && (await accounts.hasAccounts())) {
        throw new HavenError('forbidden', 'New accounts are not being created on this server.');
      }
      const session = await accounts.signUp({ ...body, ...whereFrom(request) });
      startSession(request, reply, session);
      return {
        user: { id: session.account.userId, name: session.account.name },
        recoveryCode: session.recoveryCode,
      };
    },
  });

  publicRoute(app, contract.auth.signIn, {
    summary: 'Sign in with account name and passphrase',
    tag: 'auth',
    rateLimit: AUTH_LIMIT,
    handler: async ({ body, request, reply }) => {
      const session = await accounts.signIn({ ...body, ...whereFrom(request) });
      startSession(request, reply, session);
      return { user: { id: session.account.userId, name: session.account.name } };
    },
  });

  publicRoute(app, contract.auth.recover, {
    summary: 'Set a new passphrase with the recovery code; returns a new recovery code',
    tag: 'auth',
    rateLimit: AUTH_LIMIT,
    handler: async ({ body, request, reply }) => {
      const session = await accounts.recover({ ...body, ...whereFrom(request) });
      startSession(request, reply, session);
      return {
        user: { id: session.account.userId, name: session.account.name },
        recoveryCode: session.recoveryCode,
      };
    },
  });

  route(app, contract.auth.signOut, {
    summary: 'End this session now (sign out, or lock)',
    tag: 'auth',
    handler: async ({ account, reply }) => {
      await accounts.endSession(account.userId, account.sessionId);
      search.forget(account.userId);
      clearSessionCookie(reply);
    },
  });

  publicRoute(app, contract.auth.session, {
    summary: 'Who is signed in: 401 when nobody is, or 200 { signedIn: false } with ?probe=true',
    tag: 'auth',
    handler: async ({ query, request, reply }) => {
      // The answer carries the session's draft key, which no cache may keep.
      reply.header('cache-control', 'no-store');
      const account = request.account;
      if (!account) {
        // A cookie that opens nothing (ended, expired) goes, as on every guarded route.
        if (request.cookies[SESSION_COOKIE]) clearSessionCookie(reply);
        if (query.probe === 'true') return { signedIn: false as const };
        throw unauthenticated();
      }
      return {
        user: { id: account.userId, name: account.name },
        session: {
          id: account.sessionId.slice(0, 16),
          idleMinutes: config.sessionIdleMinutes,
          draftKey: sessionDraftKey(request),
        },
      };
    },
  });
}

/** Where a sign-up, sign-in or recovery comes from: the device label, the address and the known-browser id. */
function whereFrom(request: FastifyRequest) {
  return {
    device: deviceLabel(request.headers['user-agent']),
    address: request.ip,
    browser: readBrowser(request),
  };
}

/** Gives the browser its session, and its id as a browser this person has signed in on. */
function startSession(request: FastifyRequest, reply: FastifyReply, session: SignedIn): void {
  setSessionCookie(request, reply, session);
  setBrowserCookie(request, reply, session.browser);
}

/**
 * The key the browser seals unsaved writing with (docs/SECURITY.md), derived
 * from the session token the guard has just accepted: the same for the whole
 * session, and gone with it, since only the token's hash is ever stored.
 */
function sessionDraftKey(request: FastifyRequest): string {
  const token = Buffer.from(request.cookies[SESSION_COOKIE] ?? '', 'base64url');
  return deriveDraftKey(token).toString('base64url');
}
