import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { toMarkdownFiles } from '../core/records/exchange.js';
import type { Config } from '../server/config.js';
import { accountService, DEFAULT_POLICY } from '../store/accounts.js';
import { backupSqlite, restoreSqlite } from '../store/backup.js';
import { openStore } from '../store/db.js';
import { recordVault } from '../store/vault.js';
import { CliError, EXIT } from './exit.js';

export async function backupCommand(config: Config, options: { dir?: string }): Promise<number> {
  if (config.database.dialect !== 'sqlite') {
    throw new CliError(
      '`haven backup` copies the SQLite database. For PostgreSQL, use pg_dump (see the README).',
    );
  }
  const store = await openStore(config.database);
  try {
    if (!store.sqlite) throw new CliError('The database is not SQLite.');
    const file = await backupSqlite(store.sqlite, options.dir ?? config.backups.dir, config.backups.keep);
    process.stdout.write(`Backup written to ${file}\n`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export async function restoreCommand(config: Config, file: string): Promise<number> {
  if (config.database.dialect !== 'sqlite') {
    throw new CliError(
      '`haven restore` restores the SQLite database. For PostgreSQL, use pg_restore or psql.',
    );
  }
  const { previous } = restoreSqlite(resolve(file), config.database.file);
  // Opening it checks the restored file's migrations against this version of Haven.
  const store = await openStore(config.database);
  await store.close();
  process.stdout.write(
    `Restored ${config.database.file} from ${file}.${previous ? `\nThe file it replaced is kept at ${previous}` : ''}\n`,
  );
  return EXIT.ok;
}

export async function exportCommand(
  config: Config,
  options: { user: string; format: string; out?: string; passphraseStdin?: boolean },
  askPassphrase: (fromStdin: boolean) => Promise<string> = readPassphrase,
): Promise<number> {
  if (options.format !== 'json' && options.format !== 'markdown') {
    throw new CliError('--format must be json or markdown.', EXIT.usage);
  }
  if (options.format === 'markdown' && !options.out)
    throw new CliError('Markdown export needs --out <folder>.', EXIT.usage);
  const passphrase = await askPassphrase(options.passphraseStdin === true);
  const store = await openStore(config.database);
  try {
    // An operator's unlock is not throttled, so no server secret is needed.
    const accounts = accountService(store.db, {
      ...DEFAULT_POLICY,
      kdf: config.kdf,
      sessionIdleMs: 0,
      secret: randomBytes(32),
    });
    let owner;
    try {
      owner = await accounts.unlock(options.user, passphrase);
    } catch {
      throw new CliError("That account name and passphrase don't match.", EXIT.auth);
    }
    const document = await recordVault(store.db, owner).exportAll(owner.name);
    if (options.format === 'json') {
      const text = `${JSON.stringify(document, null, 2)}\n`;
      if (options.out) {
        writeFileSync(options.out, text, { mode: 0o600 });
        process.stderr.write(`Exported ${document.records.length} records to ${options.out}\n`);
      } else {
        process.stdout.write(text);
      }
    } else {
      const root = resolve(options.out ?? '.');
      const files = toMarkdownFiles(document);
      for (const file of files) {
        const path = join(root, file.path);
        mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
        writeFileSync(path, file.content, { mode: 0o600 });
      }
      process.stderr.write(`Wrote ${files.length} Markdown files to ${root}\n`);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function readPassphrase(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new CliError('No passphrase was given on standard input.', EXIT.usage);
  }
  process.stderr.write('Passphrase: ');
  return new Promise((resolvePassphrase) => {
    const stdin = process.stdin;
    stdin.setRawMode(true);
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.off('data', onData);
          stdin.pause();
          process.stderr.write('\n');
          resolvePassphrase(value);
          return;
        }
        if (char === '\u0003') process.exit(EXIT.failure);
        value = char === '\u007f' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}
