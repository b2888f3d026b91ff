import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { conflict, fieldIssues, HavenError, invalidInput, notFound } from '../core/errors.js';
import {
  deletedRecordSchema,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportedRecordSchema,
  exportEnvelopeSchema,
  IMPORT_MAX_RECORDS,
  type DeletedRecord,
  type ExportDocument,
  type ExportedRecord,
} from '../core/records/exchange.js';
import type { RecordKind } from '../core/records/kind.js';
import {
  findRecordKind,
  requireRecordKind,
  upgradePayload,
  validatePayload,
} from '../core/records/registry.js';
import { checkSealedWrite, sealedUntil, shownPayload } from '../core/records/sealing.js';
import { open, recordAssociatedData, seal } from '../crypto/envelope.js';
import { deriveUniqueKey, type DataKey } from '../crypto/keys.js';
import { recordRepository, type ListQuery, type Page, type RecordRow, type WrittenRow } from './records.js';
import type { Database } from './schema.js';
import { withImportLock } from './import-lock.js';
import { isUniqueViolation, transaction } from './transaction.js';

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

  let uniqueSecret: Buffer | undefined;
  /**
   * For a kind whose records must not repeat: a keyed hash of what must not
   * repeat, under a key only this person's data key gives, so the database
   * can refuse a repeat without ever holding the words. Null otherwise.
   */
  function uniqueKeyOf(kind: RecordKind, payload: unknown): string | null {
    const key = kind.unique?.key(payload);
    if (key === undefined) return null;
    uniqueSecret ??= deriveUniqueKey(owner.dataKey);
    return createHmac('sha256', uniqueSecret).update(`${kind.name}\u0000${key}`).digest('base64url');
  }

  /** What a person is told when the database refuses a second live one (one per person, or a repeat). */
  function refusalFor(kind: RecordKind | undefined, restoring: boolean): HavenError {
    if (kind?.unique) return conflict(kind.unique.refusal);
    const what = kind ? kindWords(kind) : 'record like this';
    return restoring
      ? conflict(
          `You already have a ${what}. If you would rather have this one back, you can delete that one first.`,
        )
      : conflict(`You already have a ${what}. You can update that one instead.`);
  }

  /** The stored payload, decrypted and brought to its kind's current version. */
  function openPayload(row: RecordRow): unknown {
    const plain = open(owner.dataKey, row.payload, recordAssociatedData(owner.userId, row.id, row.kind));
    const stored: unknown = JSON.parse(plain.toString('utf8'));
    const kind = findRecordKind(row.kind);
    // A current-version payload was validated when it was sealed, and GCM proves it unchanged since.
    return kind && row.version !== kind.version ? upgradePayload(kind, row.version, stored) : stored;
  }

  /**
   * A stored record as it may be given out now: one still sealed (a letter to
   * myself) shows only its kind's view, unless `reveal` (an export: it is the
   * person's data) asks for it whole.
   */
  function openRow(row: RecordRow, reveal = false): HavenRecord {
    const kind = findRecordKind(row.kind);
    const payload = openPayload(row);
    return describe(
      { ...row, version: kind ? kind.version : row.version },
      reveal ? payload : shownPayload(kind, payload, now()),
    );
  }

  /** A record from its row and its payload in hand: what was just sealed needs no decrypting. */
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

  /**
   * The one path that makes records live (create, restore, import): when the
   * database's one-per-person index turns the write down (a second live
   * safety plan, say, from a restore, an import or two creates at once),
   * nothing is written and the person gets `refusal`, a conflict. A write of
   * several statements brings its own transaction.
   */
  async function makeLive<T>(write: () => Promise<T>, refusal: () => HavenError): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw refusal();
      throw error;
    }
  }

  return {
    async create(input: {
      kind: string;
      payload: unknown;
      occurredAt?: string | undefined;
    }): Promise<HavenRecord> {
      const kind = requireRecordKind(input.kind);
      const payload = validatePayload(kind, input.payload);
      const id = uuidv7();
      const at = now();
      checkSealedWrite(kind, payload, at, 'create');
      const row: WrittenRow = {
        user_id: owner.userId,
        id,
        kind: kind.name,
        occurred_at: input.occurredAt ? Date.parse(input.occurredAt) : at,
        created_at: at,
        updated_at: at,
        deleted_at: null,
        version: kind.version,
        payload: sealPayload(id, kind.name, payload),
        unique_key: uniqueKeyOf(kind, payload),
      };
      await makeLive(
        () => repo.insert(row),
        () => refusalFor(kind, false),
      );
      return describe(row, shownPayload(kind, payload, at));
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
      checkSealedWrite(kind, payload, now(), 'update', kind.sealing ? openPayload(row) : undefined);
      const change = {
        payload: sealPayload(id, kind.name, payload),
        version: kind.version,
        occurred_at: input.occurredAt ? Date.parse(input.occurredAt) : row.occurred_at,
        updated_at: Math.max(now(), row.updated_at),
        unique_key: uniqueKeyOf(kind, payload),
      };
      const updated = await makeLive(
        () => repo.update(owner.userId, id, change),
        () => refusalFor(kind, false),
      );
      if (!updated) throw notFound();
      return describe({ ...row, ...change }, shownPayload(kind, payload, now()));
    },

    /**
     * Opens a sealed record early, on purpose (the person asked, after a
     * confirmation): the opening is written into it, so it stays open. One
     * already open is given back as it is.
     */
    async openEarly(id: string): Promise<HavenRecord> {
      const row = await requireLive(id);
      const kind = findRecordKind(row.kind);
      if (!kind?.sealing) throw conflict('Only a sealed letter can be opened.');
      const payload = openPayload(row);
      const at = now();
      if (sealedUntil(kind, payload, at) === undefined) return describe(row, payload);
      const opened = validatePayload(kind, kind.sealing.openEarly(payload, new Date(at).toISOString()));
      const change = {
        payload: sealPayload(id, kind.name, opened),
        version: kind.version,
        occurred_at: row.occurred_at,
        updated_at: Math.max(at, row.updated_at),
      };
      if (!(await repo.update(owner.userId, id, change))) throw notFound();
      return describe({ ...row, ...change }, opened);
    },

    async remove(id: string, hard: boolean): Promise<void> {
      const done = hard
        ? await repo.hardDelete(owner.userId, id)
        : await repo.softDelete(owner.userId, id, now());
      if (!done) throw notFound();
    },

    /**
     * Undoes a delete. Restoring a one-per-person record (a safety plan)
     * while another of its kind is live is refused, not a swap: undoing a
     * delete should never quietly delete the plan a person relies on now.
     * They can delete that one first if the older one is what they want.
     */
    async restore(id: string): Promise<HavenRecord> {
      const deleted = await repo.get(owner.userId, id, true);
      if (!deleted || deleted.deleted_at === null) throw notFound();
      const kind = findRecordKind(deleted.kind);
      const restored = await makeLive(
        () => repo.restore(owner.userId, id),
        () => refusalFor(kind, true),
      );
      if (!restored) throw notFound();
      // A deleted record cannot be changed, so it is just as it was read above.
      return openRow({ ...deleted, deleted_at: null });
    },

    /** The live records with these ids, decrypted; ids this person does not have are left out. */
    async getMany(ids: readonly string[]): Promise<HavenRecord[]> {
      const out: HavenRecord[] = [];
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await repo.liveByIds(owner.userId, ids.slice(i, i + 500));
        out.push(...rows.map((row) => openRow(row)));
      }
      return out;
    },

    async list(query: ListQuery): Promise<Page<HavenRecord>> {
      if (query.kind !== undefined) requireRecordKind(query.kind);
      const page = await repo.list(owner.userId, query);
      return { items: page.items.map((row) => openRow(row)), nextCursor: page.nextCursor };
    },

    /** Every live record, decrypted, oldest first, in batches; sealed ones whole only when `reveal`. */
    async *each(kind?: string, reveal = false): AsyncGenerator<HavenRecord[]> {
      for await (const rows of repo.each(owner.userId, kind)) yield rows.map((row) => openRow(row, reveal));
    },

    /** Every record in the trash (deleted, not yet gone for good), decrypted, oldest first; sealed ones whole only when `reveal`. */
    async *eachDeleted(reveal = false): AsyncGenerator<DeletedRecord[]> {
      for await (const rows of repo.each(owner.userId, undefined, 1000, 'deleted')) {
        yield rows.map((row) => ({
          ...openRow(row, reveal),
          deletedAt: new Date(row.deleted_at ?? row.updated_at).toISOString(),
        }));
      }
    },

    /**
     * Everything this person has: the live records, and the ones in the trash
     * under `deleted`. Sealed ones are theirs too: carried whole, marked with
     * `sealedUntil`.
     */
    async exportAll(accountName: string): Promise<ExportDocument> {
      const at = now();
      const marked = <R extends HavenRecord>(record: R): R => {
        const until = sealedUntil(findRecordKind(record.kind), record.payload, at);
        return until === undefined ? record : { ...record, sealedUntil: new Date(until).toISOString() };
      };
      const records: ExportedRecord[] = [];
      for await (const batch of this.each(undefined, true)) records.push(...batch.map(marked));
      const deleted: DeletedRecord[] = [];
      for await (const batch of this.eachDeleted(true)) deleted.push(...batch.map(marked));
      return {
        format: EXPORT_FORMAT,
        formatVersion: EXPORT_FORMAT_VERSION,
        exportedAt: new Date(now()).toISOString(),
        app: { name: 'Haven', version: APP_VERSION },
        account: { name: accountName },
        records,
        deleted,
      };
    },

    /**
     * Imports an export document losslessly: ids and times kept, records this
     * person already has skipped, the ones in `deleted` kept in the trash.
     * Everything is validated before anything is written, and the writes
     * happen in one transaction: a file is taken whole or not at all.
     *
     * Refused, with nothing stored: more than `IMPORT_MAX_RECORDS` records
     * (413), an id that appears twice in the file (which copy is meant cannot
     * be known), two live records of a one-per-person kind in the file, and a
     * one-per-person record (a safety plan) when the person already has a
     * live one with another id. That last is refused rather than skipped so
     * that a plan is never silently left out: the person can choose which
     * plan to keep and import again. A second import while one is running is
     * refused too (409; see `withImportLock`).
     *
     * The checking and sealing run a few milliseconds at a time, letting the
     * server answer other people in between, so a large file (or one with a
     * bad record at its end) never holds it for the whole of its length.
     */
    async importAll(document: unknown): Promise<ImportSummary> {
      const envelope = exportEnvelopeSchema.safeParse(document);
      if (!envelope.success) {
        throw invalidInput(
          'This file is not a Haven export Haven can read.',
          fieldIssues(envelope.error.issues),
        );
      }
      const sections = [
        { name: 'records', entries: envelope.data.records, deleted: false },
        { name: 'deleted', entries: envelope.data.deleted ?? [], deleted: true },
      ] as const;
      const total = sections.reduce((sum, section) => sum + section.entries.length, 0);
      if (total > IMPORT_MAX_RECORDS) {
        throw new HavenError(
          'payload_too_large',
          `This file holds ${total.toLocaleString('en')} records; Haven takes up to ` +
            `${IMPORT_MAX_RECORDS.toLocaleString('en')} in one import. Nothing was imported.`,
        );
      }
      return withImportLock(db, owner.userId, async () => {
        const slice = timeSlicer();
        const indexOfId = new Map<string, string>();
        const onePerPerson = new Map<string, { kind: RecordKind; path: string; id: string }>();
        const rows: WrittenRow[] = [];
        for (const section of sections) {
          for (const [index, entry] of section.entries.entries()) {
            await slice();
            const path = `${section.name}.${index}`;
            const row = prepareImported(entry, path, section.deleted, indexOfId, onePerPerson);
            rows.push(row);
          }
        }
        const singles = [...onePerPerson.values()];
        const alreadyHave = (kind: RecordKind, path: string) =>
          conflict(
            `You already have a ${kindWords(kind)}, and this file holds another. Nothing was imported. ` +
              'If you would rather keep the one in the file, delete yours first and import again.',
            [{ path, message: `You already have a live ${kind.name}` }],
          );
        const imported = await makeLive(
          () =>
            transaction(db, async (trx) => {
              const txRepo = recordRepository(trx);
              const have = await txRepo.existingIds(
                owner.userId,
                singles.map(({ id }) => id),
              );
              for (const { kind, path, id } of singles) {
                // The same record imported again is skipped like any other.
                if (have.has(id)) continue;
                const live = await txRepo.list(owner.userId, { kind: kind.name, limit: 1 });
                if (live.items.length > 0) throw alreadyHave(kind, path);
              }
              const fresh = await withoutRepeats(txRepo, rows);
              let count = 0;
              for (let i = 0; i < fresh.length; i += INSERT_BATCH) {
                count += await txRepo.insertMissing(fresh.slice(i, i + INSERT_BATCH));
                await yieldToEventLoop();
              }
              return count;
            }),
          // Another write made one live after the check above: the database had the last word.
          () => {
            const first = singles[0];
            return first
              ? alreadyHave(first.kind, first.path)
              : conflict('Something changed while this file was being imported. Nothing was imported.');
          },
        );
        return { total: rows.length, imported, skipped: rows.length - imported };
      });
    },
  };

  /**
   * One record of an import file, checked, upgraded and sealed; throws a
   * problem naming it (`records.N` or `deleted.N`) when it does not fit, or
   * repeats an id or a live one-per-person kind already seen in the file.
   */
  function prepareImported(
    entry: unknown,
    path: string,
    deleted: boolean,
    indexOfId: Map<string, string>,
    onePerPerson: Map<string, { kind: RecordKind; path: string; id: string }>,
  ): WrittenRow {
    const parsed = (deleted ? deletedRecordSchema : exportedRecordSchema).safeParse(entry);
    if (!parsed.success) {
      throw invalidInput(
        'This file is not a Haven export Haven can read.',
        fieldIssues(parsed.error.issues, path),
      );
    }
    const record: ExportedRecord & { deletedAt?: string } = parsed.data;
    const earlier = indexOfId.get(record.id);
    if (earlier !== undefined) {
      throw invalidInput('This file holds the same record twice. Nothing was imported.', [
        { path: `${path}.id`, message: `Repeats the id of ${earlier}` },
      ]);
    }
    indexOfId.set(record.id, path);
    const kind = findRecordKind(record.kind);
    if (!kind) {
      throw invalidInput('This export holds a kind of record this version of Haven does not know.', [
        { path: `${path}.kind`, message: 'Unknown kind' },
      ]);
    }
    // Only live ones count: the trash may hold any number of old safety plans.
    if (kind.singleton && !deleted) {
      const first = onePerPerson.get(kind.name);
      if (first) {
        throw invalidInput(
          `This file holds more than one ${kindWords(kind)}, and you keep just one. Nothing was imported.`,
          [{ path: `${path}.kind`, message: `A second ${kind.name}, after ${first.path}` }],
        );
      }
      onePerPerson.set(kind.name, { kind, path, id: record.id });
    }
    let payload: unknown;
    try {
      payload = upgradePayload(kind, record.version, record.payload);
      // A sealed letter comes back still sealed: its opening day is in its payload.
      checkSealedWrite(kind, payload, now(), 'import');
    } catch (error) {
      throw invalidInput('A record in this export does not fit its kind.', [
        { path: `${path}.payload`, message: error instanceof Error ? error.message : 'Invalid' },
      ]);
    }
    return {
      user_id: owner.userId,
      id: record.id,
      kind: kind.name,
      occurred_at: Date.parse(record.occurredAt),
      created_at: Date.parse(record.createdAt),
      updated_at: Date.parse(record.updatedAt),
      deleted_at: record.deletedAt === undefined ? null : Date.parse(record.deletedAt),
      version: kind.version,
      payload: sealPayload(record.id, kind.name, payload),
      unique_key: uniqueKeyOf(kind, payload),
    };
  }

  /**
   * The rows to import, less any live one that would repeat a record the
   * person has (or one earlier in the file) of a kind that keeps each thing
   * once: those are skipped, as records already here are.
   */
  async function withoutRepeats(
    txRepo: ReturnType<typeof recordRepository>,
    rows: WrittenRow[],
  ): Promise<WrittenRow[]> {
    const keysByKind = new Map<string, string[]>();
    for (const row of rows) {
      if (row.deleted_at !== null || !row.unique_key) continue;
      keysByKind.set(row.kind, [...(keysByKind.get(row.kind) ?? []), row.unique_key]);
    }
    if (keysByKind.size === 0) return rows;
    const taken = new Set<string>();
    for (const [kind, keys] of keysByKind) {
      for (let i = 0; i < keys.length; i += INSERT_BATCH) {
        for (const key of await txRepo.liveUniqueKeys(owner.userId, kind, keys.slice(i, i + INSERT_BATCH))) {
          taken.add(`${kind}\u0000${key}`);
        }
      }
    }
    return rows.filter((row) => {
      if (row.deleted_at !== null || !row.unique_key) return true;
      const key = `${row.kind}\u0000${row.unique_key}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
  }
}

/** Rows per insert statement: well under both databases' limits on bound parameters. */
const INSERT_BATCH = 500;
/** How long an import works before letting the server answer others. */
const SLICE_MS = 8;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Returns a check to call between small steps: it yields to the event loop once `SLICE_MS` have passed. */
function timeSlicer(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await yieldToEventLoop();
    sliceStart = performance.now();
  };
}

/** A kind's label as it reads inside a sentence: "safety plan". */
function kindWords(kind: RecordKind): string {
  return kind.label.toLowerCase();
}

export type RecordVault = ReturnType<typeof recordVault>;
