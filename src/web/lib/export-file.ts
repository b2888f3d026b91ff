import type { ImportSummary } from '../api/client.js';

/**
 * Reads a file chosen for import. Only the outline is checked here (JSON, an
 * object holding a list of records); the server validates every record.
 */
export type ExportFileResult = { ok: true; data: Record<string, unknown> } | { ok: false; message: string };

export function parseExportFile(text: string): ExportFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message:
        "This file isn't a Haven export: it isn't JSON. Choose the .json file Haven made when you exported.",
    };
  }
  if (!isHavenExport(data)) {
    return {
      ok: false,
      message:
        "This file isn't a Haven export. It is JSON, but not the kind Haven makes. Choose the .json file from “Download JSON”.",
    };
  }
  return { ok: true, data };
}

export function isHavenExport(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'records' in value &&
    Array.isArray(value.records)
  );
}

/** "Imported 12 of 14 entries. 2 were already here and left as they are." */
export function describeImport({ total, imported, skipped }: ImportSummary): string {
  if (total === 0) return 'That export held no entries, so there was nothing to bring in.';
  const entries = (n: number) => (n === 1 ? '1 entry' : `${n} entries`);
  const first = `Imported ${imported} of ${entries(total)}.`;
  if (skipped === 0) return first;
  return `${first} ${skipped === 1 ? '1 was' : `${skipped} were`} already here and left as ${skipped === 1 ? 'it is' : 'they are'}.`;
}
