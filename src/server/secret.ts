import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { ConfigError, type Config } from './config.js';

/** The file, in the data folder, that holds a personal install's server secret. */
export const SECRET_FILE = 'server-secret';

export const NO_HOSTED_SECRET_WARNING =
  'HAVEN_SECRET is not set: the secret that keys sign-in throttling is kept in the database, ' +
  'so anyone with a copy of the database could test which addresses tried to sign in. ' +
  'Set HAVEN_SECRET (32 or more random characters, the same on every instance).';

/**
 * The server secret, which keys the records of failed attempts so that a
 * copy of the database (or a backup) alone cannot tell which addresses and
 * names they were about:
 *
 * - `HAVEN_SECRET`, when set (a hosted server should always set it);
 * - on a personal install, 32 random bytes in a file in the data folder
 *   (mode 0600), made on first start; backups copy the database, not it;
 * - on a hosted server without `HAVEN_SECRET`, 32 random bytes kept in the
 *   database, shared by every instance, with a warning at each start.
 */
export async function serverSecret(
  config: Config,
  db: Kysely<Database>,
  warn: (message: string) => void,
  now: () => number = Date.now,
): Promise<Buffer> {
  if (config.secret !== undefined) return Buffer.from(config.secret, 'utf8');
  if (config.mode === 'local') return secretFile(join(config.dataDir, SECRET_FILE));
  warn(NO_HOSTED_SECRET_WARNING);
  await db
    .insertInto('server_secret')
    .values({ id: 1, secret: randomBytes(32), created_at: now() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const row = await db
    .selectFrom('server_secret')
    .select('secret')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.secret;
}

/** Reads the secret file, or makes it: written whole beside it first, then linked into place, so no reader sees half of one. */
function secretFile(path: string): Buffer {
  if (!existsSync(path)) {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(draft, randomBytes(32), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(draft, path);
    } catch (error) {
      // Another server starting at the same moment made it first: theirs is kept.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(draft);
    }
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const secret = readFileSync(path);
  if (secret.length !== 32) {
    throw new ConfigError(
      `The server secret in ${path} is damaged. Delete the file and Haven will make a new one ` +
        '(nothing is lost: only recent failed sign-ins are forgotten).',
    );
  }
  return secret;
}
