import type { FastifyInstance } from 'fastify';
import { strToU8, zipSync } from 'fflate';
import { invalidInput, notFound } from '../../core/errors.js';
import { IMPORT_MAX_BYTES, toMarkdownFiles } from '../../core/records/exchange.js';
import type { AccountService } from '../../store/accounts.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.js';
import { recordVault } from '../../store/vault.js';
import type { SearchCache } from '../../store/search-cache.js';
import { route } from '../route.js';
import { clearSessionCookie } from '../session.js';
import { contract } from '../../core/api/contract.js';

/**
 * Imports per address: enough to try again after fixing a file, too few to
 * keep a server busy. One person runs one import at a time (see the vault).
 */
const IMPORT_RATE = { max: 10, timeWindow: 15 * 60_000 };

export function accountRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  db: Kysely<Database>,
  search: SearchCache,
  now: () => number = Date.now,
): void {
  route(app, contract.account.sessions, {
    summary: 'Your active sessions',
    tag: 'account',
    handler: async ({ account }) => {
      const rows = await accounts.listSessions(account.userId);
      return {
        sessions: rows.map((row) => ({
          id: row.id.slice(0, 16),
          device: row.device,
          createdAt: new Date(row.created_at).toISOString(),
          lastSeenAt: new Date(row.last_seen_at).toISOString(),
          current: row.id === account.sessionId,
        })),
      };
    },
  });

  route(app, contract.account.endSession, {
    summary: 'End one of your sessions',
    tag: 'account',
    handler: async ({ account, params, reply }) => {
      const rows = await accounts.listSessions(account.userId);
      const match = rows.find((row) => row.id.startsWith(params.id));
      if (!match) throw notFound();
      await accounts.endSession(account.userId, match.id);
      if (match.id === account.sessionId) clearSessionCookie(reply);
    },
  });

  route(app, contract.account.changePassphrase, {
    summary: 'Change your passphrase (re-wraps your data key)',
    tag: 'account',
    handler: async ({ account, body }) => {
      await accounts.changePassphrase(account, body);
    },
  });

  route(app, contract.account.newRecoveryCode, {
    summary: 'Make a new recovery code; the old one stops working',
    tag: 'account',
    handler: async ({ account, body }) => ({
      recoveryCode: await accounts.newRecoveryCode(account, body.passphrase),
    }),
  });

  route(app, contract.account.exportData, {
    summary: 'Download everything you have written, as JSON or as a zip of Markdown files',
    tag: 'account',
    handler: async ({ account, body, reply }) => {
      await accounts.verifyPassphrase(account, body.passphrase);
      const document = await recordVault(db, account, now).exportAll(account.name);
      const day = document.exportedAt.slice(0, 10);
      reply.header('cache-control', 'no-store');
      if (body.format === 'json') {
        reply.header('content-disposition', `attachment; filename="haven-export-${day}.json"`);
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(document, null, 2));
      }
      const files: Record<string, Uint8Array> = {
        'README.md': strToU8(
          '# Your Haven export\n\nOne Markdown file for each thing you wrote, in folders by year. ' +
            'What is in your trash (deleted, not yet gone for good) is in the folder `deleted`. ' +
            'Everything else is in the JSON export.\n',
        ),
      };
      for (const file of toMarkdownFiles(document))
        files[`haven-${day}/${file.path}`] = strToU8(file.content);
      reply.header('content-disposition', `attachment; filename="haven-export-${day}.zip"`);
      return reply.type('application/zip').send(Buffer.from(zipSync(files)));
    },
  });

  route(app, contract.account.importData, {
    summary: 'Import a Haven JSON export: ids kept, records you already have skipped',
    tag: 'account',
    bodyLimit: IMPORT_MAX_BYTES,
    rateLimit: IMPORT_RATE,
    handler: async ({ account, body }) => recordVault(db, account, now).importAll(body),
  });

  route(app, contract.account.deleteAccount, {
    summary: 'Delete your account and everything in it, for good',
    tag: 'account',
    handler: async ({ account, body, reply }) => {
      if (
        body.confirmName.normalize('NFKC').trim().toLowerCase() !==
        account.name.normalize('NFKC').trim().toLowerCase()
      ) {
        throw invalidInput('Please type your account name to confirm.', [
          { path: 'body.confirmName', message: 'Does not match' },
        ]);
      }
      await accounts.deleteAccount(account, body.passphrase);
      search.forget(account.userId);
      clearSessionCookie(reply);
    },
  });
}
