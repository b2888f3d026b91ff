import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, testStore, type TestStore } from '../../test/helpers.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { NO_HOSTED_SECRET_WARNING, SECRET_FILE, serverSecret } from './secret.js';

describe.each(DIALECTS)('the server secret on %s', (dialect) => {
  let store: TestStore;
  let dir: string;
  let warnings: string[];
  const warn = (message: string) => warnings.push(message);
  beforeEach(async () => {
    store = await testStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'haven-secret-'));
    warnings = [];
  });
  afterEach(async () => {
    await store.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const config = (env: Record<string, string>, mode: Config['mode']): Config => ({
    ...loadConfig({ HAVEN_DATA_DIR: dir, ...env }, { webDir: dir }),
    mode,
  });

  it('makes a personal install’s secret once, in a file only its owner can read, outside the database', async () => {
    const first = await serverSecret(config({}, 'local'), store.db, warn);
    const file = join(dir, SECRET_FILE);
    expect(first).toHaveLength(32);
    expect(readFileSync(file).equals(first)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect((await serverSecret(config({}, 'local'), store.db, warn)).equals(first)).toBe(true);
    expect(await store.db.selectFrom('server_secret').selectAll().execute()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('refuses a damaged secret file with a configuration error', async () => {
    writeFileSync(join(dir, SECRET_FILE), 'short');
    await expect(serverSecret(config({}, 'local'), store.db, warn)).rejects.toBeInstanceOf(ConfigError);
  });

  it('uses HAVEN_SECRET when it is set, and writes nothing', async () => {
    const secret = 'a hosted secret of at least thirty-two characters';
    const got = await serverSecret(config({ HAVEN_SECRET: secret }, 'hosted'), store.db, warn);
    expect(got.toString('utf8')).toBe(secret);
    expect(await store.db.selectFrom('server_secret').selectAll().execute()).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('without HAVEN_SECRET, a hosted server shares one generated secret through the database, and warns', async () => {
    const first = await serverSecret(config({}, 'hosted'), store.db, warn);
    const second = await serverSecret(config({}, 'hosted'), store.db, warn);
    expect(first).toHaveLength(32);
    expect(second.equals(first)).toBe(true);
    expect(warnings).toEqual([NO_HOSTED_SECRET_WARNING, NO_HOSTED_SECRET_WARNING]);
  });
});

describe('HAVEN_SECRET', () => {
  it('must be at least 32 characters', () => {
    expect(() => loadConfig({ HAVEN_SECRET: 'too short' }, { webDir: '/nowhere' })).toThrow(ConfigError);
  });
});
