import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ConfigError, loadConfig, type Config } from '../server/config.js';
import { MigrationMismatchError } from '../store/db.js';
import { backupCommand, exportCommand, restoreCommand } from './data.js';
import { safetyCheckCommand, safetyEvalCommand } from './safety.js';
import { serveCommand } from './serve.js';
import { EXIT, CliError } from './exit.js';

const WEB_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

/** Runs the `haven` command line and resolves to its exit code. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const config = (): Config => loadConfig(env, { webDir: WEB_DIR });
  const program = new Command()
    .name('haven')
    .description('Haven: a private self-care companion built on the HEARTS framework.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError()
    .addHelpText(
      'after',
      `
Exit codes:
  0  done
  1  something failed while running
  2  the command line was not understood
  3  the configuration has a value Haven cannot use
  4  the database was made by a different version of Haven; it was left untouched
  5  the account name or passphrase did not match

Configuration comes from environment variables; see .env.example.`,
    );

  let exitCode: number = EXIT.ok;
  program
    .command('serve')
    .description('Start the Haven server (what `npm start` runs). Prints its address.')
    .action(async () => {
      exitCode = await serveCommand(config());
    });
  program
    .command('backup')
    .description(
      'Make a consistent copy of the SQLite database now (payloads stay encrypted), keeping the newest copies.',
    )
    .option('--dir <folder>', 'where to put the backup (default: the backups folder in the data folder)')
    .action(async (options: { dir?: string }) => {
      exitCode = await backupCommand(config(), options);
    });
  program
    .command('restore')
    .description(
      'Replace the SQLite database with a backup. Stop the server first; the current file is kept beside it.',
    )
    .argument('<backup-file>', 'a file made by `haven backup`')
    .action(async (file: string) => {
      exitCode = await restoreCommand(config(), file);
    });
  program
    .command('export')
    .description("Export one person's records, decrypted, as JSON or Markdown. Needs their passphrase.")
    .requiredOption('--user <name>', 'the account name')
    .option('--format <format>', 'json or markdown', 'json')
    .option('--out <path>', 'a file (json) or folder (markdown); default: standard output for json')
    .option('--passphrase-stdin', 'read the passphrase from the first line of standard input')
    .action(async (options: { user: string; format: string; out?: string; passphraseStdin?: boolean }) => {
      exitCode = await exportCommand(config(), options);
    });

  const safety = program
    .command('safety')
    .description(
      'The crisis-language detector, for maintainers and clinicians testing it on their own material.',
    );
  safety
    .command('check')
    .description(
      'Read one JSON object per line on standard input, {"text": "..."}, and write one line per input line, in order: {"level": "none"|"concern"|"urgent", "categories": [...]}.',
    )
    .action(async () => {
      exitCode = await safetyCheckCommand(process.stdin, process.stdout);
    });
  safety
    .command('eval')
    .description(
      'Read labelled lines {"text": "...", "level": "..."} from FILE and print precision and recall per level, and the share of "none" passages that raised anything.',
    )
    .argument('<file>', 'a JSON-lines file of labelled passages')
    .action(async (file: string) => {
      exitCode = await safetyEvalCommand(file, process.stdout);
    });

  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    return exitFor(error);
  }
}

function exitFor(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (error.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return EXIT.config;
  }
  if (error instanceof MigrationMismatchError) {
    process.stderr.write(`${error.message}\n`);
    return EXIT.database;
  }
  if (error instanceof CliError) {
    process.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  process.stderr.write(
    `Haven stopped: ${error instanceof Error ? error.message : 'an unexpected problem'}\n`,
  );
  return EXIT.failure;
}
