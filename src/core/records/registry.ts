import type { z } from 'zod';
import { fieldIssues, invalidInput } from '../errors.js';
import type { RecordKind } from './kind.js';
import { attuningKinds } from '../attuning/kinds.js';
import { safetyKinds } from '../safety/kinds.js';
import { hereKinds } from '../here/kinds.js';
import { delightKinds } from '../delight/kinds.js';
import { ritualsKinds } from '../rituals/kinds.js';
import { turningKinds } from '../turning/kinds.js';

const KINDS = [
  ...hereKinds,
  ...delightKinds,
  ...attuningKinds,
  ...ritualsKinds,
  ...turningKinds,
  ...safetyKinds,
] as const;

/** Every record kind Haven knows. A new practice adds its kinds to its pillar's list. */
export const RECORD_KINDS: readonly RecordKind[] = KINDS;

/** The name of a kind Haven knows: `'checkin' | 'journal' | ...`. */
export type RecordKindName = (typeof KINDS)[number]['name'];
/** The declaration of one kind, by name, with its payload schema's own type. */
export type RecordKindOf<N extends RecordKindName> = Extract<(typeof KINDS)[number], { name: N }>;
/** A payload of kind `N` as stored and read back (after the schema's defaults and trimming). */
export type PayloadOf<N extends RecordKindName> = z.output<RecordKindOf<N>['schema']>;
/** A payload of kind `N` as it may be sent to be saved. */
export type PayloadInput<N extends RecordKindName> = z.input<RecordKindOf<N>['schema']>;

const byName = new Map<string, RecordKind>();
for (const kind of RECORD_KINDS) {
  if (byName.has(kind.name)) throw new Error(`Record kind "${kind.name}" is declared twice`);
  byName.set(kind.name, kind);
}

export function findRecordKind(name: string): RecordKind | undefined {
  return byName.get(name);
}

export function requireRecordKind(name: string): RecordKind {
  const kind = byName.get(name);
  if (!kind)
    throw invalidInput('This kind of record is not known.', [{ path: 'body.kind', message: 'Unknown kind' }]);
  return kind;
}

/** Validates a payload against its kind's current schema; throws `invalid_input` with field paths. */
export function validatePayload(kind: RecordKind, payload: unknown): unknown {
  const result = kind.schema.safeParse(payload);
  if (!result.success) {
    throw invalidInput('Some of what was sent does not fit.', fieldIssues(result.error.issues, 'payload'));
  }
  return result.data;
}

/**
 * Brings a stored or imported payload to the kind's current version and
 * validates it. Versions from the future are refused rather than guessed at.
 */
export function upgradePayload(kind: RecordKind, version: number, payload: unknown): unknown {
  if (!Number.isInteger(version) || version < 1 || version > kind.version) {
    throw invalidInput('This record was written by a newer or unknown version of Haven.', [
      { path: 'version', message: `Expected 1 to ${kind.version}` },
    ]);
  }
  const upgraded = version === kind.version || !kind.upgrade ? payload : kind.upgrade(payload, version);
  return validatePayload(kind, upgraded);
}
