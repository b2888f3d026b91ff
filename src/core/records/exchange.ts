import { z } from 'zod';
import { findRecordKind } from './registry.js';

/**
 * The export format: one JSON document holding every record of one person,
 * decrypted, with its kind and payload schema version: the live ones in
 * `records`, and the ones in the trash (deleted, not yet gone for good) in
 * `deleted`, each with the time it was deleted. Documented in docs/EXPORT.md;
 * `formatVersion` changes only when this shape does (`deleted` is optional,
 * so files written before it still import).
 */
export const EXPORT_FORMAT = 'haven-export';
export const EXPORT_FORMAT_VERSION = 1;

/**
 * The most records (live and deleted together) one import takes: about twice
 * a heavy user's ten years (bench:seed writes 42,799 records, a 34 MB file).
 */
export const IMPORT_MAX_RECORDS = 100_000;
/** The largest import file Haven reads, in bytes: a ten-year export with room to spare. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

const isoDate = z.iso.datetime({ offset: true });

export const exportedRecordSchema = z.object({
  id: z.uuid(),
  kind: z.string().min(1).max(40),
  version: z.number().int().min(1),
  occurredAt: isoDate,
  createdAt: isoDate,
  updatedAt: isoDate,
  payload: z.unknown(),
  /** Set on a record still sealed when exported (a letter to myself): it opens then. Import reads the time from the payload. */
  sealedUntil: isoDate.optional(),
});

export const deletedRecordSchema = exportedRecordSchema.extend({ deletedAt: isoDate });

/**
 * The document around the records, checked first and cheaply: each record is
 * then checked on its own (`exportedRecordSchema`), a few at a time, so a
 * large file never holds the server for the whole of its length.
 */
export const exportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: isoDate,
  app: z.object({ name: z.string(), version: z.string() }),
  account: z.object({ name: z.string() }),
  records: z.array(z.unknown()),
  deleted: z.array(z.unknown()).optional(),
});

export const exportDocumentSchema = exportEnvelopeSchema.extend({
  records: z.array(exportedRecordSchema).max(IMPORT_MAX_RECORDS),
  deleted: z.array(deletedRecordSchema).max(IMPORT_MAX_RECORDS).optional(),
});

export type ExportedRecord = z.infer<typeof exportedRecordSchema>;
export type DeletedRecord = z.infer<typeof deletedRecordSchema>;
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

/** One Markdown file per written record, for reading anywhere. */
export interface MarkdownFile {
  path: string;
  content: string;
}

/**
 * One Markdown file per written record, in folders by year; the ones in the
 * trash under `deleted/`, with the time they were deleted.
 */
export function toMarkdownFiles(document: Pick<ExportDocument, 'records' | 'deleted'>): MarkdownFile[] {
  return [
    ...document.records.flatMap((record) => markdownFile(record, '')),
    ...(document.deleted ?? []).flatMap((record) => markdownFile(record, 'deleted/')),
  ];
}

function markdownFile(record: ExportedRecord & { deletedAt?: string }, folder: string): MarkdownFile[] {
  const kind = findRecordKind(record.kind);
  if (!kind?.written) return [];
  const title = kind.written.title(record.payload) || kind.label;
  const day = record.occurredAt.slice(0, 10);
  const frontMatter = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `id: ${record.id}`,
    `kind: ${record.kind}`,
    `pillar: ${kind.pillar}`,
    `version: ${record.version}`,
    `occurred_at: ${record.occurredAt}`,
    `created_at: ${record.createdAt}`,
    `updated_at: ${record.updatedAt}`,
    ...(record.deletedAt ? [`deleted_at: ${record.deletedAt}`] : []),
    '---',
    '',
  ].join('\n');
  return [
    {
      path: `${folder}${day.slice(0, 4)}/${day}-${record.kind}-${record.id.slice(-8)}.md`,
      content: `${frontMatter}# ${title}\n\n${kind.written.body(record.payload).trim()}\n`,
    },
  ];
}
