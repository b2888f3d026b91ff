import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatabaseTarget } from '../../src/store/db.js';

/**
 * What `bench:seed` leaves beside the data so `bench` can sign in: the
 * account names and their (synthetic) passphrase. Not a secret: the data set
 * is made up.
 */
export interface SeededAccounts {
  database: 'sqlite' | 'postgres';
  /** The ten-year account, or the first of many. */
  name: string;
  /** Every account seeded, when there are many. */
  names: string[];
  passphrase: string;
  kdf: 'standard' | 'test';
  years: number;
  seed: number;
  records: number;
  byKind: Record<string, number>;
  /** Seeding finished here (ms); records made later came from a benchmark run. */
  seededAt: number;
  seconds: number;
}

export const ACCOUNT_FILE = 'bench-account.json';
export const SQLITE_DIR = 'bench/.data/sqlite';
export const POSTGRES_DIR = 'bench/.data/postgres';

export function databaseTarget(dataDir: string, databaseUrl: string | undefined): DatabaseTarget {
  return databaseUrl
    ? { dialect: 'postgres', url: databaseUrl }
    : { dialect: 'sqlite', file: join(resolve(dataDir), 'haven.db') };
}

export function readSeededAccounts(dataDir: string): SeededAccounts | undefined {
  const file = join(dataDir, ACCOUNT_FILE);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as SeededAccounts;
}

/** Shows a database URL without its password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
