import { buildServer } from '../server/app.js';
import type { Config } from '../server/config.js';
import { testClock } from '../server/test-clock.js';
import { backupSqlite, listBackups } from '../store/backup.js';
import { openStore, type Store } from '../store/db.js';
import { EXIT } from './exit.js';

const DAY = 24 * 60 * 60_000;

/** Serves until SIGINT or SIGTERM; resolves to the exit code. */
export async function serveCommand(config: Config): Promise<number> {
  const store = await openStore(config.database);
  // Browser tests only: a clock they can move (see test-clock.ts); never set in use.
  const now = testClock(process.env, config.mode);
  const { app } = await buildServer({ config, store, ...(now ? { now } : {}) });
  const address = await app.listen({ host: config.host, port: config.port });
  const where = config.database.dialect === 'sqlite' ? config.database.file : 'PostgreSQL (DATABASE_URL)';
  process.stdout.write(
    `Haven is running at ${address.replace('://[::1]', '://localhost')}\nData: ${where}\n`,
  );

  const backupTimer = scheduleDailyBackups(config, store, (message) => app.log.warn(message));

  return new Promise((resolve) => {
    const stop = () => {
      if (backupTimer) clearInterval(backupTimer);
      void app
        .close()
        .then(() => store.close())
        .then(
          () => resolve(EXIT.ok),
          () => resolve(EXIT.failure),
        );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** On SQLite, one consistent backup a day into the data folder's backups folder, newest kept. */
function scheduleDailyBackups(
  config: Config,
  store: Store,
  warn: (message: string) => void,
): NodeJS.Timeout | undefined {
  const sqlite = store.sqlite;
  if (!config.backups.enabled || !sqlite) return undefined;
  const check = () => {
    const newest = listBackups(config.backups.dir)[0];
    if (newest && Date.now() - newest.at.getTime() < DAY) return;
    backupSqlite(sqlite, config.backups.dir, config.backups.keep).catch(() => warn('daily backup failed'));
  };
  // Wait a minute after start so the first screen is not slowed by a backup.
  const first = setTimeout(check, 60_000);
  first.unref();
  const timer = setInterval(check, 60 * 60_000);
  timer.unref();
  return timer;
}
