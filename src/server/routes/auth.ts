import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HavenError } from '../../core/errors.js';
import type { AccountService } from '../../store/accounts.js';
import type { SearchCache } from '../../store/search-cache.js';
import type { Config } from '../config.js';
import { publicRoute, route } from '../route.js';
import { clearSessionCookie, deviceLabel, setSessionCookie } from '../session.js';
import { recoverBody, signInBody, signUpBody, userSchema } from '../../core/api/auth.js';

const AUTH_LIMIT = { max: 20, timeWindow: 60_000 };

export function authRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  config: Config,
  search: SearchCache,
): void {
  publicRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/signup',
    summary: 'Create an account; returns the one-time recovery code and starts a session',
    tag: 'auth',
    status: 201,
    rateLimit: AUTH_LIMIT,
    body: signUpBody,
    response: z.object({ user: userSchema, recoveryCode: z.string() }),
    handler: async ({ body, request, reply }) => {
      if (config.signup === 'closed' && (await accounts.hasAccounts())) {
        throw new HavenError('forbidden', 'New accounts are not being created on this server.');
      }
      const session = await accounts.signUp({ ...body, device: deviceLabel(request.headers['user-agent']) });
      setSessionCookie(request, reply, session);
      return {
        user: { id: session.account.userId, name: session.account.name },
        recoveryCode: session.recoveryCode,
      };
    },
  });

  publicRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/signin',
    summary: 'Sign in with account name and passphrase',
    tag: 'auth',
    rateLimit: AUTH_LIMIT,
    body: signInBody,
    response: z.object({ user: userSchema }),
    handler: async ({ body, request, reply }) => {
      const session = await accounts.signIn({
        ...body,
        device: deviceLabel(request.headers['user-agent']),
        address: request.ip,
      });
      setSessionCookie(request, reply, session);
      return { user: { id: session.account.userId, name: session.account.name } };
    },
  });

  publicRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/recover',
    summary: 'Set a new passphrase with the recovery code; returns a new recovery code',
    tag: 'auth',
    rateLimit: AUTH_LIMIT,
    body: recoverBody,
    response: z.object({ user: userSchema, recoveryCode: z.string() }),
    handler: async ({ body, request, reply }) => {
      const session = await accounts.recover({
        ...body,
        device: deviceLabel(request.headers['user-agent']),
        address: request.ip,
      });
      setSessionCookie(request, reply, session);
      return {
        user: { id: session.account.userId, name: session.account.name },
        recoveryCode: session.recoveryCode,
      };
    },
  });

  route(app, {
    method: 'POST',
    url: '/api/v1/auth/signout',
    summary: 'End this session now (sign out, or lock)',
    tag: 'auth',
    status: 204,
    handler: async ({ account, reply }) => {
      await accounts.endSession(account.userId, account.sessionId);
      search.forget(account.userId);
      clearSessionCookie(reply);
    },
  });

  route(app, {
    method: 'GET',
    url: '/api/v1/session',
    summary: 'Who is signed in',
    tag: 'auth',
    response: z.object({ user: userSchema, session: z.object({ id: z.string(), idleMinutes: z.number() }) }),
    handler: async ({ account }) => ({
      user: { id: account.userId, name: account.name },
      session: { id: account.sessionId.slice(0, 16), idleMinutes: config.sessionIdleMinutes },
    }),
  });
}
