import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from './main.js';
import { safetyCheckCommand, safetyEvalCommand } from './safety.js';
import { EXIT } from './exit.js';

async function collect(
  fn: (out: PassThrough) => Promise<number>,
): Promise<{ code: number; lines: string[] }> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const code = await fn(out);
  return { code, lines: text.trim().split('\n') };
}

describe('haven safety check', () => {
  it('answers each input line in order, without echoing the text', async () => {
    const input = Readable.from(
      [
        '{"text": "i dont want to be here anymore, everyone would be better off without me"}',
        '{"text": "this commute is killing me"}',
        '',
        '{"text": "I made soup and read by the window."}',
      ].join('\n'),
    );
    const { code, lines } = await collect((out) => safetyCheckCommand(input, out));
    expect(code).toBe(EXIT.ok);
    const results = lines.map((l) => JSON.parse(l) as { level: string; categories: string[] });
    expect(results.map((r) => r.level)).toEqual(['urgent', 'none', 'none']);
    expect(lines.join('')).not.toContain('commute');
  });

  it('puts an error in place of a line it cannot read, and exits 1', async () => {
    const input = Readable.from('{"text": "fine"}\nnot json\n{"words": 3}\n');
    const { code, lines } = await collect((out) => safetyCheckCommand(input, out));
    expect(code).toBe(EXIT.failure);
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[1] ?? '{}')).toEqual({
      error: 'line 2 is not a JSON object with a "text" string',
    });
  });
});

describe('haven safety eval', () => {
  it('prints precision and recall per level and the share of none passages raised', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'haven-eval-')), 'set.jsonl');
    writeFileSync(
      file,
      [
        { text: 'i want to kill myself tonight', level: 'urgent' },
        { text: 'I had a lovely walk in the park', level: 'none' },
        { text: 'I could kill for a nap', level: 'none' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n'),
    );
    const { code, lines } = await collect((out) => safetyEvalCommand(file, out));
    expect(code).toBe(EXIT.ok);
    const text = lines.join('\n').toLowerCase();
    expect(text).toContain('urgent');
    expect(text).toContain('recall');
    expect(text).toMatch(/none/);
  });

  it('refuses a file with a badly labelled line as a usage error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'haven-eval-')), 'bad.jsonl');
    writeFileSync(file, '{"text": "x", "level": "maybe"}\n');
    await expect(safetyEvalCommand(file, new PassThrough())).rejects.toMatchObject({ exitCode: EXIT.usage });
  });
});

describe('the haven command', () => {
  it('gives exit codes that mean something', async () => {
    expect(await run(['node', 'haven', '--help'])).toBe(EXIT.ok);
    expect(await run(['node', 'haven', 'serve', '--help'])).toBe(EXIT.ok);
    expect(await run(['node', 'haven', 'no-such-command'])).toBe(EXIT.usage);
    expect(await run(['node', 'haven', 'serve'], { PORT: 'not-a-port' })).toBe(EXIT.config);
    expect(await run(['node', 'haven', 'backup'], { DATABASE_URL: 'mysql://x' })).toBe(EXIT.config);
    expect(await run(['node', 'haven', 'export'])).toBe(EXIT.usage);
  });

  it('backs up and restores a SQLite database, keeping the replaced file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-cli-'));
    const env = { HAVEN_DATA_DIR: dir, HAVEN_KDF: 'test' };
    expect(await run(['node', 'haven', 'backup'], env)).toBe(EXIT.ok);
    const { listBackups } = await import('../store/backup.js');
    const [backup] = listBackups(join(dir, 'backups'));
    expect(backup).toBeDefined();
    expect(await run(['node', 'haven', 'restore', backup?.file ?? ''], env)).toBe(EXIT.ok);
    expect(await run(['node', 'haven', 'restore', join(dir, 'missing.db')], env)).toBe(EXIT.failure);
  });
});

describe('haven export --user', () => {
  it('exports one person’s records with their passphrase, and refuses a wrong one with exit code 5', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haven-cli-export-'));
    const { loadConfig } = await import('../server/config.js');
    const { openStore } = await import('../store/db.js');
    const { accountService, DEFAULT_POLICY } = await import('../store/accounts.js');
    const { recordVault } = await import('../store/vault.js');
    const { exportCommand } = await import('./data.js');
    const config = loadConfig({ HAVEN_DATA_DIR: dir, HAVEN_KDF: 'test' }, { webDir: dir });
    const store = await openStore(config.database);
    const accounts = accountService(store.db, {
      ...DEFAULT_POLICY,
      kdf: config.kdf,
      sessionIdleMs: 60_000,
      secret: randomBytes(32),
    });
    const { account } = await accounts.signUp({
      name: 'mo',
      passphrase: 'twelve chars plus',
      device: 'test',
    });
    await recordVault(store.db, account).create({
      kind: 'journal',
      payload: { body: 'for the export', tags: [] },
    });
    await store.close();

    const out = join(dir, 'mo.json');
    const ok = await exportCommand(config, { user: 'mo', format: 'json', out }, () =>
      Promise.resolve('twelve chars plus'),
    );
    expect(ok).toBe(EXIT.ok);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(out, 'utf8')).toContain('for the export');
    await expect(
      exportCommand(config, { user: 'mo', format: 'json', out }, () => Promise.resolve('not the passphrase')),
    ).rejects.toMatchObject({ exitCode: EXIT.auth });
    const folder = join(dir, 'md');
    expect(
      await exportCommand(config, { user: 'mo', format: 'markdown', out: folder }, () =>
        Promise.resolve('twelve chars plus'),
      ),
    ).toBe(EXIT.ok);
  });
});
