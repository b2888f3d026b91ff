/**
 * The server the crash-safety test kills: Haven built from source on the
 * SQLite database in HAVEN_DATA_DIR, listening on a free loopback port. It
 * prints "listening <url>" once it accepts requests.
 */
import { buildServer } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/config.js';
import { openStore } from '../../src/store/db.js';

const dataDir = process.env.HAVEN_DATA_DIR;
if (!dataDir) throw new Error('HAVEN_DATA_DIR must name a throwaway folder');
const config = loadConfig(
  {
    HAVEN_DATA_DIR: dataDir,
    HAVEN_KDF: 'test',
    HAVEN_LOG_LEVEL: 'silent',
    HAVEN_BACKUPS: 'false',
  },
  { webDir: '/nonexistent-haven-web' },
);
const store = await openStore(config.database);
const { app } = await buildServer({ config, store });
const address = await app.listen({ host: '127.0.0.1', port: 0 });
process.stdout.write(`listening ${address}\n`);
