import { z } from 'zod';
import type { PillarId } from '../pillars.js';

/**
 * A record kind is declared once, here in core, and is then stored, validated,
 * exported and imported by the generic record machinery with no further code.
 */
export interface RecordKind<S extends z.ZodType = z.ZodType, N extends string = string> {
  /** Stable name stored with each record, e.g. `checkin`. Lower case, digits and underscores. */
  readonly name: N;
  readonly pillar: PillarId;
  /** A short human label, shown in exports and lists. */
  readonly label: string;
  /** The schema of the payload at `version`. */
  readonly schema: S;
  /** The current payload schema version, starting at 1. */
  readonly version: number;
  /**
   * Brings a payload written at an older version up to `version`. Receives
   * the stored payload and the version it was written at. Kinds at version 1
   * need none.
   */
  readonly upgrade?: (payload: unknown, fromVersion: number) => unknown;
  /** Whether a person wrote prose here: such records become one Markdown file each in an export. */
  readonly written?: {
    title: (payload: z.output<S>) => string;
    body: (payload: z.output<S>) => string;
    /** The person's own words alone, for a search result's excerpt (by default `body`). */
    excerptFrom?: (payload: z.output<S>) => string;
    /** Labels a search result shows under its title. */
    tags?: (payload: z.output<S>) => readonly string[];
  };
  /** At most one live record of this kind per person (a safety plan, a profile). */
  readonly singleton?: boolean;
  /**
   * Records of this kind that must not repeat one another for a person (the
   * same words in the same profile section). `key` says what must not repeat
   * (undefined: nothing to compare); the database refuses a second live
   * record with the same key, and the person is told `refusal`. Only a keyed
   * hash of the key is stored (docs/SECURITY.md).
   */
  readonly unique?: Unique<z.output<S>>;
  /**
   * A record that stays sealed until a time its payload names (a letter to
   * myself). Until then the server gives out `view(payload)` in its place on
   * every read path, on its own clock, and will not change it; exports carry
   * it whole, marked sealed. See docs/SECURITY.md.
   */
  readonly sealing?: Sealing<z.output<S>>;
}

/** What must not repeat among a person's live records of a kind. (Methods, so typed kinds fit the registry.) */
export interface Unique<P> {
  key(payload: P): string | undefined;
  /** What the person is told when a record would repeat one they have. */
  readonly refusal: string;
}

/** How a sealed kind is read: its opening time, and what may be shown before it. (Methods, so typed kinds fit the registry.) */
export interface Sealing<P> {
  /** The payload field that names when it opens, for problems about it. */
  readonly untilField: string;
  /** When it opens (an ISO time), or undefined when it is open already (opened early). A view answers its own time. */
  until(payload: P): string | undefined;
  /** What is given out while sealed: when it opens, nothing written. Valid under the kind's schema. */
  view(payload: P): P;
  /** Whether a payload is such a view: a view is never stored. */
  isView(payload: P): boolean;
  /** The payload opened early, on purpose, at `at` (an ISO time). */
  openEarly(payload: P, at: string): P;
}

const KIND_NAME = /^[a-z][a-z0-9_]{1,39}$/;

/** Keeps the name's literal type, so the registry can type payloads by kind name. */
export function defineRecordKind<const N extends string, S extends z.ZodType>(
  kind: RecordKind<S, N>,
): RecordKind<S, N> {
  if (!KIND_NAME.test(kind.name)) throw new Error(`Record kind name "${kind.name}" is not valid`);
  if (!Number.isInteger(kind.version) || kind.version < 1) {
    throw new Error(`Record kind "${kind.name}" needs a positive integer version`);
  }
  if (kind.version > 1 && !kind.upgrade) {
    throw new Error(`Record kind "${kind.name}" is at version ${kind.version} and needs an upgrade function`);
  }
  return kind;
}

/** Free text a person writes: bounded so no single field can swamp the store. */
export const text = (max = 20_000) => z.string().max(max);
/** A short label such as a tag or a feeling word. */
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
