import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { accountService, DEFAULT_POLICY, type AccountService } from '../store/accounts.js';
import type { Store } from '../store/db.js';
import { searchCache, type SearchCache } from '../store/search-cache.js';
import type { Config } from './config.js';
import { contract } from '../core/api/contract.js';
import { openApiDocument } from './openapi.js';
import { problemHandler, sendProblem } from './problem.js';
import { publicRoute, route, type RouteDoc } from './route.js';
import { accountRoutes } from './routes/account.js';
import { authRoutes } from './routes/auth.js';
import { recordRoutes } from './routes/records.js';
import { safetyRoutes } from './routes/safety.js';
import { searchRoutes } from './routes/search.js';
import { installSessionGuard } from './session.js';

export interface ServerDeps {
  config: Config;
  store: Store;
  /** Where log lines go; defaults to stdout. */
  logStream?: NodeJS.WritableStream;
  now?: () => number;
}

export interface HavenServer {
  app: FastifyInstance;
  accounts: AccountService;
  /** Every route the server has, as Fastify registered it: used to prove each one is guarded. */
  routes: { method: string; url: string; public: boolean }[];
  search: SearchCache;
}

const JSON_LIMIT = 1024 * 1024;

export async function buildServer(deps: ServerDeps): Promise<HavenServer> {
  const { config, store } = deps;
  const app = Fastify({
    bodyLimit: JSON_LIMIT,
    // Errors Fastify meets before routing (a malformed URL, an overlong parameter) get the same problem answer.
    frameworkErrors: (error, request, reply) => {
      void problemHandler(error, request, reply);
    },
    trustProxy: config.trustProxy,
    logger: {
      level: config.logLevel,
      ...(deps.logStream ? { stream: deps.logStream } : {}),
      // Only the method, the route pattern and the status: never a body, a query or an id.
      serializers: {
        req: (req: { method?: string; routeOptions?: { url?: string } }) => ({
          method: req.method,
          route: req.routeOptions?.url ?? 'unmatched',
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
  app.decorate('routeDocs', [] as RouteDoc[]);
  const routes: HavenServer['routes'] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const method of methods) routes.push({ method, url: r.url, public: r.config?.public === true });
  });

  const accounts = accountService(store.db, {
    ...DEFAULT_POLICY,
    kdf: config.kdf,
    sessionIdleMs: config.sessionIdleMinutes * 60_000,
    now: deps.now ?? Date.now,
  });

  app.setErrorHandler(problemHandler);
  // The API speaks JSON only.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(helmet, {
    // A fresh nonce per response lets the client's one dialog library add its scroll-lock <style>.
    enableCSPNonces: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Local installs are plain http on loopback; HSTS only makes sense behind TLS.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  installSessionGuard(app, accounts);

  publicRoute(app, contract.health, {
    summary: 'Whether the server is up and its database answers',
    tag: 'meta',
    handler: async () => ({
      status: 'ok' as const,
      database: store.dialect,
      mode: config.mode,
      // Only a personal install says whether anyone has an account yet, to choose its first screen.
      ...(config.mode === 'local' ? { hasAccounts: await accounts.hasAccounts() } : {}),
    }),
  });

  // Decrypted text for search stays in memory no longer than a session could stay idle, and at most ten minutes.
  const search = searchCache({
    idleMs: Math.min(config.sessionIdleMinutes, 10) * 60_000,
    maxUsers: 50,
    now: deps.now ?? Date.now,
  });
  authRoutes(app, accounts, config, search);
  accountRoutes(app, accounts, store.db, search);
  recordRoutes(app, store.db);
  searchRoutes(app, store.db, search);
  safetyRoutes(app);

  route(app, contract.openApi, {
    summary: 'This API, described',
    tag: 'meta',
    handler: async () => openApiDocument(app),
  });

  await serveWebClient(app, config.webDir);
  return { app, accounts, routes, search };
}

async function serveWebClient(app: FastifyInstance, webDir: string): Promise<void> {
  const index = join(webDir, 'index.html');
  const hasClient = existsSync(index);
  const indexHtml = hasClient ? readFileSync(index, 'utf8') : undefined;
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      allowedPath: (path) => path !== '/index.html',
      setHeaders: (res, path) => {
        // Vite names built assets by content hash, so they never change.
        res.setHeader(
          'cache-control',
          path.startsWith(join(webDir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && indexHtml !== undefined) {
      const nonce = reply.cspNonce.style;
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(indexHtml.replace('<head>', `<head>\n    <meta property="csp-nonce" nonce="${nonce}" />`));
    }
    return sendProblem(reply, {
      type: 'https://haven.invalid/problems/not-found',
      title: 'Not found',
      status: 404,
      detail:
        hasClient || !wantsPage
          ? 'Nothing was found here.'
          : 'The web client has not been built. Run npm run build.',
    });
  });
}
