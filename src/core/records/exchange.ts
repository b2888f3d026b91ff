import { z } from 'zod';
import { findRecordKind } from './registry.js';

/**
 * The export format: one JSON document holding every live record of one
 * person, decrypted, with its kind and payload schema version. Documented in
 * docs/EXPORT.md; `formatVersion` changes only when this shape does.
 */
export const EXPORT_FORMAT = 'haven-export';
export const EXPORT_FORMAT_VERSION = 1;

const isoDate = z.iso.datetime({ offset: true });

export const exportedRecordSchema = z.object({
  id: z.uuid(),
  kind: z.string().min(1).max(40),
  version: z.number().int().min(1),
  occurredAt: isoDate,
  createdAt: isoDate,
  updatedAt: isoDate,
  payload: z.unknown(),
});

export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: isoDate,
  app: z.object({ name: z.string(), version: z.string() }),
  account: z.object({ name: z.string() }),
  records: z.array(exportedRecordSchema).max(2_000_000),
});

export type ExportedRecord = z.infer<typeof exportedRecordSchema>;
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

/** One Markdown file per written record, for reading anywhere. */
export interface MarkdownFile {
  path: string;
  content: string;
}

export function toMarkdownFiles(records: readonly ExportedRecord[]): MarkdownFile[] {
  const files: MarkdownFile[] = [];
  for (const record of records) {
    const kind = findRecordKind(record.kind);
    if (!kind?.written) continue;
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
      '---',
      '',
    ].join('\n');
    files.push({
      path: `${day.slice(0, 4)}/${day}-${record.kind}-${record.id.slice(-8)}.md`,
      content: `${frontMatter}# ${title}\n\n${kind.written.body(record.payload).trim()}\n`,
    });
  }
  return files;
}
