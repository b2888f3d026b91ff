import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import SQLite from 'better-sqlite3';
import { createPrivateFile, PRIVATE_FILE_MODE } from './db.js';

/**
 * Online backups of the SQLite database. A backup is a consistent copy made
 * while Haven runs; payloads in it stay sealed, exactly as in the database.
 * Every file made here (a backup, a restored database, the copy a restore
 * keeps) is readable by its owner only, whatever the umask.
 */
const BACKUP_NAME = /^haven-\d{8}-\d{6}\.db$/;

export async function backupSqlite(
  source: SQLite.Database,
  dir: string,
  keep: number,
  at = new Date(),
): Promise<string> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const target = join(dir, `haven-${stamp}.db`);
  createPrivateFile(target);
  await source.backup(target);
  chmodSync(target, PRIVATE_FILE_MODE);
  rotateBackups(dir, keep);
  return target;
}

export function listBackups(dir: string): { file: string; at: Date }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse()
    .map((name) => ({ file: join(dir, name), at: statSync(join(dir, name)).mtime }));
}

export function rotateBackups(dir: string, keep: number): void {
  for (const old of listBackups(dir).slice(keep)) rmSync(old.file, { force: true });
}

/**
 * Replaces the database file with a backup, keeping the current file beside
 * it. Haven must not be running against the file while this happens.
 */
export function restoreSqlite(
  backupFile: string,
  databaseFile: string,
  at = new Date(),
): { previous?: string } {
  const check = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${basename(backupFile)} does not pass SQLite's integrity check.`);
    const tables = check
      .prepare("select name from sqlite_master where type = 'table' and name = 'records'")
      .all();
    if (tables.length === 0) throw new Error(`${basename(backupFile)} is not a Haven database.`);
  } finally {
    check.close();
  }
  let previous: string | undefined;
  if (existsSync(databaseFile)) {
    previous = `${databaseFile}.before-restore-${at.toISOString().replace(/[-:.]/g, '')}`;
    // Fold any write-ahead log into the file first, so the kept copy is whole.
    const current = new SQLite(databaseFile);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    copyFileSync(databaseFile, previous);
    chmodSync(previous, PRIVATE_FILE_MODE);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  copyFileSync(backupFile, databaseFile);
  chmodSync(databaseFile, PRIVATE_FILE_MODE);
  return previous ? { previous } : {};
}
