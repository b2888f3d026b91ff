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
  trustProxy: boolean;
  backups: { enabled: boolean; keep: number; dir: string };
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
  HAVEN_TRUST_PROXY: boolean.default(false),
  HAVEN_BACKUPS: boolean.default(true),
  HAVEN_BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(7),
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
    backups: {
      enabled: e.HAVEN_BACKUPS && !hosted,
      keep: e.HAVEN_BACKUP_KEEP,
      dir: join(dataDir, 'backups'),
    },
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
