import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { invalidInput } from '../core/errors.js';
import { accountService, DEFAULT_POLICY, type AccountService } from '../store/accounts.js';
import type { Store } from '../store/db.js';
import { searchCache, type SearchCache } from '../store/search-cache.js';
import type { Config } from './config.js';
import { contract } from '../core/api/contract.js';
import { openApiDocument } from './openapi.js';
import { clientErrorHandler, expectationHandler, problemHandler, sendProblem } from './problem.js';
import { compress, preferredEncoding } from './compression.js';
import { publicRoute, route, type RouteDoc } from './route.js';
import { serverSecret } from './secret.js';
import { accountRoutes } from './routes/account.js';
import { authRoutes } from './routes/auth.js';
import { feedRoutes } from './routes/feed.js';
import { selfDateRoutes } from './routes/selfDates.js';
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
/** Request line and headers together; Node's own default, stated so it is a decision. */
const HEADER_LIMIT = 16 * 1024;
/** No Haven route takes more than a handful of query parameters. */
const QUERY_PARAMS_LIMIT = 64;
/** What the query parser answers for a query with more parameters than that; refused before routing on. */
const TOO_MANY_PARAMS: Readonly<Record<string, string>> = Object.freeze({});
/** Loopback names: a personal install answers to these (and any name set in HAVEN_ALLOWED_HOSTS) only. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export async function buildServer(deps: ServerDeps): Promise<HavenServer> {
  const { config, store } = deps;
  const app = Fastify({
    bodyLimit: JSON_LIMIT,
    http: { maxHeaderSize: HEADER_LIMIT },
    // Errors Fastify meets before routing (a malformed URL, an overlong parameter) get the same problem answer,
    // and so do those Node meets before Fastify (oversized headers, bytes that are not HTTP).
    frameworkErrors: (error, request, reply) => {
      void problemHandler(error, request, reply);
    },
    clientErrorHandler,
    routerOptions: { querystringParser: parseQuery },
    // Only the named proxies may say who the client is; anyone else's X-Forwarded-For is ignored.
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
  app.server.on('checkExpectation', expectationHandler);
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
    secret: await serverSecret(config, store.db, (message) => app.log.warn(message)),
    now: deps.now ?? Date.now,
  });

  app.setErrorHandler(problemHandler);
  // The API speaks JSON only, and JSON is UTF-8: bytes that are not are refused, never stored as U+FFFD.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  const parseJson = app.getDefaultJsonParser('error', 'error');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(invalidInput('What was sent is not valid UTF-8 text.'), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
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
    // A hosted server is reached over TLS: browsers keep to HTTPS for a year (they ignore the header over
    // plain http). A personal install is plain http on loopback, where HSTS has no place.
    strictTransportSecurity:
      config.mode === 'hosted' ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  installHostCheck(app, config);
  app.addHook('onRequest', async (request, reply) => {
    if (request.query !== TOO_MANY_PARAMS) return undefined;
    return sendProblem(reply, {
      type: 'https://haven.invalid/problems/http-400',
      title: 'Invalid request',
      status: 400,
      detail: 'This request has more query parameters than Haven accepts.',
    });
  });
  installSessionGuard(app, accounts, config.publicOrigin ? { publicOrigin: config.publicOrigin } : {});

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
  accountRoutes(app, accounts, store.db, search, deps.now ?? Date.now);
  recordRoutes(app, store.db, deps.now ?? Date.now);
  searchRoutes(app, store.db, search);
  safetyRoutes(app);
  feedRoutes(app, store.db, deps.now ?? Date.now);
  selfDateRoutes(app, store.db, deps.now ?? Date.now);

  route(app, contract.openApi, {
    summary: 'This API, described',
    tag: 'meta',
    handler: async () => openApiDocument(app),
  });

  await serveWebClient(app, config.webDir);
  return { app, accounts, routes, search };
}

/**
 * Answers only requests addressed to this server by a name it knows, so a web page that points
 * its own name at 127.0.0.1 (DNS rebinding) cannot reach a personal install. Loopback names are
 * always answered; a hosted server answers to its public origin's host too, and both to the
 * names in HAVEN_ALLOWED_HOSTS. The port is not checked.
 */
function installHostCheck(app: FastifyInstance, config: Config): void {
  const allowed = new Set([...LOOPBACK_HOSTS, ...config.allowedHosts]);
  if (config.publicOrigin) allowed.add(new URL(config.publicOrigin).hostname);
  if (config.mode === 'hosted' && !config.publicOrigin) {
    app.log.warn(
      'HAVEN_PUBLIC_ORIGIN is not set: this server answers only to loopback names and HAVEN_ALLOWED_HOSTS',
    );
  }
  app.addHook('onRequest', async (request, reply) => {
    if (allowed.has(request.hostname.toLowerCase().replace(/\.$/, ''))) return undefined;
    return sendProblem(reply, {
      type: 'https://haven.invalid/problems/misdirected',
      title: 'Wrong address',
      status: 421,
      detail: 'Haven does not answer to this address. Open it at the address it was set up with.',
    });
  });
}

/** The query string, as Fastify's own parser would give it, unless it has more parameters than any route takes. */
function parseQuery(query: string): Record<string, string | string[]> {
  if (query.length === 0) return {};
  if (query.split('&', QUERY_PARAMS_LIMIT + 1).length > QUERY_PARAMS_LIMIT) return TOO_MANY_PARAMS;
  const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of new URLSearchParams(query)) {
    const seen = out[key];
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
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
      // The brotli and gzip copies the build wrote beside each file (scripts/build.mjs) go to
      // browsers that accept them; they are never addresses of their own.
      preCompressed: true,
      globIgnore: ['**/*.br', '**/*.gz'],
      allowedPath: (path) => path !== '/index.html',
      setHeaders: (res, path) => {
        // Vite names built assets by content hash, so they never change.
        res.setHeader(
          'cache-control',
          path.startsWith(join(webDir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        res.setHeader('vary', 'accept-encoding');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (wantsPage && indexHtml !== undefined) {
      const nonce = reply.cspNonce.style;
      const html = indexHtml.replace('<head>', `<head>\n    <meta property="csp-nonce" nonce="${nonce}" />`);
      const encoding = preferredEncoding(request.headers['accept-encoding']);
      reply
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding')
        .type('text/html; charset=utf-8');
      // Compressed here, not at build time: the nonce makes every copy different.
      return encoding
        ? reply.header('content-encoding', encoding).send(compress(html, encoding))
        : reply.send(html);
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
