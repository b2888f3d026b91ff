import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { conflict, invalidInput, notFound } from '../core/errors.js';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportDocumentSchema,
  type ExportDocument,
  type ExportedRecord,
} from '../core/records/exchange.js';
import {
  findRecordKind,
  requireRecordKind,
  upgradePayload,
  validatePayload,
} from '../core/records/registry.js';
import { fieldIssues } from '../core/errors.js';
import { open, recordAssociatedData, seal } from '../crypto/envelope.js';
import type { DataKey } from '../crypto/keys.js';
import { recordRepository, type ListQuery, type Page, type RecordRow } from './records.js';
import type { Database } from './schema.js';

/** A record as the rest of Haven sees it: decrypted, upgraded, validated. */
export interface HavenRecord {
  id: string;
  kind: string;
  version: number;
  occurredAt: string;
  createdAt: string;
  updatedAt: string;
  payload: unknown;
}

export interface Owner {
  userId: string;
  dataKey: DataKey;
}

export interface ImportSummary {
  total: number;
  imported: number;
  skipped: number;
}

export const APP_VERSION = '0.1.0';

/**
 * The only place payloads are sealed and opened. Every record read or written
 * for a person goes through here, under their data key, with associated data
 * binding the ciphertext to user, record and kind.
 */
export function recordVault(db: Kysely<Database>, owner: Owner, now: () => number = Date.now) {
  const repo = recordRepository(db);

  const sealPayload = (id: string, kind: string, payload: unknown): Buffer =>
    seal(
      owner.dataKey,
      Buffer.from(JSON.stringify(payload), 'utf8'),
      recordAssociatedData(owner.userId, id, kind),
    );

  function openRow(row: RecordRow): HavenRecord {
    const plain = open(owner.dataKey, row.payload, recordAssociatedData(owner.userId, row.id, row.kind));
    const stored: unknown = JSON.parse(plain.toString('utf8'));
    const kind = findRecordKind(row.kind);
    // A current-version payload was validated when it was sealed, and GCM proves it unchanged since.
    const payload = kind && row.version !== kind.version ? upgradePayload(kind, row.version, stored) : stored;
    return {
      id: row.id,
      kind: row.kind,
      version: kind ? kind.version : row.version,
      occurredAt: new Date(row.occurred_at).toISOString(),
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      payload,
    };
  }

  /** The record just written, from the payload in hand: no need to decrypt what was sealed a moment ago. */
  function describe(row: RecordRow, payload: unknown): HavenRecord {
    return {
      id: row.id,
      kind: row.kind,
      version: row.version,
      occurredAt: new Date(row.occurred_at).toISOString(),
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      payload,
    };
  }

  async function requireLive(id: string): Promise<RecordRow> {
    const row = await repo.get(owner.userId, id);
    if (!row) throw notFound();
    return row;
  }

  return {
    async create(input: {
      kind: string;
      payload: unknown;
      occurredAt?: string | undefined;
    }): Promise<HavenRecord> {
      const kind = requireRecordKind(input.kind);
      const payload = validatePayload(kind, input.payload);
      if (kind.singleton) {
        const existing = await repo.list(owner.userId, { kind: kind.name, limit: 1 });
        if (existing.items.length > 0) throw conflict('There is already one of these. Update it instead.');
      }
      const id = uuidv7();
      const at = now();
      const row: RecordRow = {
        user_id: owner.userId,
        id,
        kind: kind.name,
        occurred_at: input.occurredAt ? Date.parse(input.occurredAt) : at,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        version: kind.version,
        payload: sealPayload(id, kind.name, payload),
      };
      await repo.insert(row);
      return describe(row, payload);
    },

    async get(id: string): Promise<HavenRecord> {
      return openRow(await requireLive(id));
    },

    async update(
      id: string,
      input: { payload: unknown; occurredAt?: string | undefined },
    ): Promise<HavenRecord> {
      const row = await requireLive(id);
      const kind = requireRecordKind(row.kind);
      const payload = validatePayload(kind, input.payload);
      const change = {
        payload: sealPayload(id, kind.name, payload),
        version: kind.version,
        occurred_at: input.occurredAt ? Date.parse(input.occurredAt) : row.occurred_at,
        updated_at: Math.max(now(), row.updated_at),
      };
      if (!(await repo.update(owner.userId, id, change))) throw notFound();
      return describe({ ...row, ...change }, payload);
    },

    async remove(id: string, hard: boolean): Promise<void> {
      const done = hard
        ? await repo.hardDelete(owner.userId, id)
        : await repo.softDelete(owner.userId, id, now());
      if (!done) throw notFound();
    },

    async restore(id: string): Promise<HavenRecord> {
      if (!(await repo.restore(owner.userId, id))) throw notFound();
      return openRow(await requireLive(id));
    },

    /** The live records with these ids, decrypted; ids this person does not have are left out. */
    async getMany(ids: readonly string[]): Promise<HavenRecord[]> {
      const out: HavenRecord[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await db
          .selectFrom('records')
          .selectAll()
          .where('user_id', '=', owner.userId)
          .where('id', 'in', ids.slice(i, i + 500))
          .where('deleted_at', 'is', null)
          .execute();
        out.push(...rows.map(openRow));
      }
      return out;
    },

    async list(query: ListQuery): Promise<Page<HavenRecord>> {
      if (query.kind !== undefined) requireRecordKind(query.kind);
      const page = await repo.list(owner.userId, query);
      return { items: page.items.map(openRow), nextCursor: page.nextCursor };
    },

    /** Every live record, decrypted, oldest first, in batches. */
    async *each(kind?: string): AsyncGenerator<HavenRecord[]> {
      for await (const rows of repo.each(owner.userId, kind)) yield rows.map(openRow);
    },

    async exportAll(accountName: string): Promise<ExportDocument> {
      const records: ExportedRecord[] = [];
      for await (const batch of this.each()) records.push(...batch);
      return {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        app: { name: 'Haven', version: APP_VERSION },
        account: { name: accountName },
        records,
      };
    },

    /**
     * Imports an export document losslessly: ids and times kept, records this
     * person already has skipped. Everything is validated before anything is
     * written, and the writes happen in one transaction.
     */
    async importAll(document: unknown): Promise<ImportSummary> {
      const parsed = exportDocumentSchema.safeParse(document);
      if (!parsed.success) {
        throw invalidInput(
          'This file is not a Haven export Haven can read.',
          fieldIssues(parsed.error.issues),
        );
      }
      const rows: RecordRow[] = parsed.data.records.map((record, index) => {
        const kind = findRecordKind(record.kind);
        if (!kind) {
          throw invalidInput('This export holds a kind of record this version of Haven does not know.', [
            { path: `records.${index}.kind`, message: 'Unknown kind' },
          ]);
        }
        let payload: unknown;
        try {
          payload = upgradePayload(kind, record.version, record.payload);
        } catch (error) {
          throw invalidInput('A record in this export does not fit its kind.', [
            { path: `records.${index}.payload`, message: error instanceof Error ? error.message : 'Invalid' },
          ]);
        }
        return {
          user_id: owner.userId,
          id: record.id,
          kind: kind.name,
          occurred_at: Date.parse(record.occurredAt),
          created_at: Date.parse(record.createdAt),
          updated_at: Date.parse(record.updatedAt),
          deleted_at: null,
          version: kind.version,
          payload: sealPayload(record.id, kind.name, payload),
        };
      });
      const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
      let imported = 0;
      await db.transaction().execute(async (trx) => {
        const txRepo = recordRepository(trx);
        for (let i = 0; i < unique.length; i += 500) {
          imported += await txRepo.insertMissing(unique.slice(i, i + 500));
        }
      });
      return { total: rows.length, imported, skipped: rows.length - imported };
    },
  };
}

export type RecordVault = ReturnType<typeof recordVault>;
