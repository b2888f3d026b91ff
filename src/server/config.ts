import { isIP } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { STANDARD_KDF, TEST_KDF, type KdfParams } from '../crypto/keys.js';
import type { DatabaseTarget } from '../store/db.js';

/** Everything Haven reads from its environment, validated once at start-up. Documented in .env.example. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseTarget;
  /** local: one machine, SQLite; hosted: PostgreSQL, many people. */
  mode: 'local' | 'hosted';
  sessionIdleMinutes: number;
  signup: 'open' | 'closed';
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /**
   * Which peers may say who the client is (X-Forwarded-For, -Proto, -Host): none (false), or
   * the proxies at these addresses and ranges. Never everyone.
   */
  trustProxy: false | string[];
  /** Host names the server answers to besides loopback ones, lower-case, IPv6 in brackets. */
  allowedHosts: string[];
  /** Where people reach a hosted server, e.g. `https://haven.example.org`: its host is answered, and it is a trusted Origin. */
  publicOrigin?: string;
  backups: { enabled: boolean; keep: number; dir: string };
  /** HAVEN_SECRET: keys the records of failed sign-ins (src/server/secret.ts says what is used without it). */
  secret?: string;
  kdf: KdfParams;
  webDir: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number('must be a port number').int().min(0).max(65_535).default(4747),
  HAVEN_DATA_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  HAVEN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .optional(),
  HAVEN_SIGNUP: z.enum(['open', 'closed']).default('open'),
  HAVEN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).optional(),
  HAVEN_TRUST_PROXY: z.string().transform(parseTrustProxy).default(false),
  HAVEN_ALLOWED_HOSTS: z.string().transform(parseHostList).default([]),
  HAVEN_PUBLIC_ORIGIN: z.string().transform(parseOrigin).optional(),
  HAVEN_BACKUPS: boolean.default(true),
  HAVEN_BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
  HAVEN_SECRET: z.string().min(32, 'must be at least 32 characters (random ones)').optional(),
  HAVEN_KDF: z.enum(['standard', 'test']).default('standard'),
  HAVEN_WEB_DIR: z.string().min(1).optional(),
});

/** The usual per-user data folder for this platform. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Haven');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Haven');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'haven');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, defaults: { webDir: string }): Config {
  const result = envSchema.safeParse(pickDefined(env));
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Haven's configuration has a value it cannot use:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const dataDir = e.HAVEN_DATA_DIR ?? defaultDataDir(env);
  const hosted = e.DATABASE_URL !== undefined;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir,
    database: hosted
      ? { dialect: 'postgres', url: e.DATABASE_URL ?? '' }
      : { dialect: 'sqlite', file: join(dataDir, 'haven.db') },
    mode: hosted ? 'hosted' : 'local',
    // A hosted server locks after half an hour idle; a personal machine after half a day.
    sessionIdleMinutes: e.HAVEN_SESSION_IDLE_MINUTES ?? (hosted ? 30 : 12 * 60),
    signup: e.HAVEN_SIGNUP,
    // A personal install keeps its terminal quiet; a hosted one logs each request (never its content).
    logLevel: e.HAVEN_LOG_LEVEL ?? (hosted ? 'info' : 'warn'),
    trustProxy: e.HAVEN_TRUST_PROXY,
    allowedHosts: e.HAVEN_ALLOWED_HOSTS,
    ...(e.HAVEN_PUBLIC_ORIGIN ? { publicOrigin: e.HAVEN_PUBLIC_ORIGIN } : {}),
    backups: {
      enabled: e.HAVEN_BACKUPS && !hosted,
      keep: e.HAVEN_BACKUP_KEEP,
      dir: join(dataDir, 'backups'),
    },
    ...(e.HAVEN_SECRET ? { secret: e.HAVEN_SECRET } : {}),
    kdf: e.HAVEN_KDF === 'test' ? TEST_KDF : STANDARD_KDF,
    webDir: e.HAVEN_WEB_DIR ?? defaults.webDir,
  };
}

/** Empty variables count as unset, as in most tools. */
function pickDefined(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

/** The names proxy-addr (behind Fastify's trustProxy) gives to the private ranges. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `false`, or the addresses and ranges of the proxies in front of Haven. A value that trusts
 * every peer (`true`, a /0 range) is refused: it lets any client choose its own address and
 * so slip past the per-address limits. A hop count is refused too, as Fastify cannot check
 * the nearest peer against it.
 */
function parseTrustProxy(value: string, ctx: z.RefinementCtx): false | string[] {
  const v = value.trim().toLowerCase();
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  const entries = v.split(',').map((entry) => entry.trim());
  if (!entries.every((entry) => RANGE_NAMES.has(entry) || isAddressOrRange(entry))) {
    ctx.addIssue({
      code: 'custom',
      message:
        'name the proxies Haven may trust by address or range (e.g. 127.0.0.1 or 10.0.0.0/8,::1), or false; trusting every peer (true, a /0 range or a hop count) would let anyone choose their own address',
    });
    return z.NEVER;
  }
  return entries;
}

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d+$/.test(prefix)) return false;
  // A /0 range is every address: refused like `true`.
  const bits = Number(prefix);
  return bits >= 1 && bits <= (family === 4 ? 32 : 128);
}

/** `haven.lan, 192.168.1.20, fe80::1` -> lower-case names, IPv6 addresses in brackets as in a Host header. */
function parseHostList(value: string, ctx: z.RefinementCtx): string[] {
  const hosts: string[] = [];
  for (const raw of value.split(',')) {
    const entry = raw.trim().toLowerCase().replace(/\.$/, '');
    if (entry === '') continue;
    const bare = entry.replace(/^\[(.*)\]$/, '$1');
    if (isIP(bare) === 6) hosts.push(`[${bare}]`);
    else if (
      isIP(bare) === 4 ||
      /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(entry)
    )
      hosts.push(entry);
    else
      ctx.addIssue({
        code: 'custom',
        message: 'each entry must be a host name or address, without scheme or port',
      });
  }
  return hosts;
}

/** An origin: scheme, host and optional port, nothing after. */
function parseOrigin(value: string, ctx: z.RefinementCtx): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    ctx.addIssue({ code: 'custom', message: 'must be an origin such as https://haven.example.org' });
    return z.NEVER;
  }
  return url.origin;
}
