import type { z } from 'zod';
import type { PillarId } from '../pillars.js';
import type { RecordKind } from '../records/kind.js';
import type { ExampleSource } from './example.js';

/**
 * A practice is declared once, in its pillar's `practices.ts`, and collected
 * in the catalogue: from there come the web client's routes, its navigation
 * and the home's pillar cards. The record kinds it writes are declared apart,
 * in its pillar's `practiceKinds.ts`, each naming its practice: from there
 * come the property tests' payload generators and the bench seed. The two
 * live apart so the web's first screen, which needs only where practices
 * are, never loads the kinds' schemas and word lists. Adding a practice is
 * its declaration, one entry per kind it writes, and its screens.
 */
export interface Practice {
  /** Stable id, also the key of its screen in the web client: lower case and dashes. */
  readonly id: string;
  readonly pillar: PillarId;
  /** Where it lives in the app, e.g. `/checkin`. */
  readonly path: string;
  /** Its name in lists and navigation. */
  readonly label: string;
  /** One line, in Haven's voice, on what it offers. */
  readonly purpose: string;
  /** Pages beneath `path`, each with a screen of its own (e.g. one journal entry). */
  readonly pages?: readonly PracticePage[];
  /** Shown in the main navigation as well as on its pillar's card. */
  readonly primary?: boolean;
  /** A shorter name for the navigation, where `label` is long. */
  readonly navLabel?: string;
}

export interface PracticePage {
  readonly id: string;
  /** Relative to the practice's path, e.g. `:entryId` or `relating-guide`. */
  readonly path: string;
}

/** A record kind as one practice writes it. */
export interface PracticeKind<S extends z.ZodType = z.ZodType> {
  /** The practice that writes it. */
  readonly practice: Practice;
  readonly kind: RecordKind<S>;
  /** A valid payload, built from the source's choices. */
  example(source: ExampleSource): z.input<S>;
  /** How often a person who uses Haven daily writes one; the bench seed follows it. */
  readonly rhythm: Rhythm;
  /** What these records feed into the insights of the S pillar. */
  readonly contributes: Contributions<z.output<S>>;
}

/**
 * How often records of a kind are written. `perDay` is a mean scaled by the
 * person's pace; `restDays` replaces it on Saturdays and Sundays; `firstDays`
 * describes a burst while someone sets a practice up. `once` writes one record
 * on that day of the person's use. `hours` is when in the day they are written.
 */
export type Rhythm =
  | {
      readonly perDay: number;
      readonly restDays?: number;
      readonly firstDays?: { readonly days: number; readonly perDay: number };
      readonly hours?: readonly [from: number, to: number];
    }
  | { readonly once: number };

/**
 * The signals a record can give the insights: each is read from the payload
 * by the practice itself. (Method syntax, so a kind's typed readers fit the
 * catalogue's untyped list.)
 */
export interface Contributions<P> {
  /** Where the person stood on the check-in pad: pleasantness and energy from -1 to 1. */
  mood?(payload: P): { pleasantness: number; energy: number };
  /** Needs named as met or unmet. */
  needs?(payload: P): { met: readonly string[]; unmet: readonly string[] };
  /** Minutes spent in the practice. */
  minutes?(payload: P): number | undefined;
  /** Arousal before and after regulating, 0 to 10. */
  arousal?(payload: P): { before: number; after?: number | undefined } | undefined;
  /** The practice was done: every record counts towards "practised lately". Always true today. */
  readonly practised: true;
}

/** Declares one practice. Checks what the type system cannot: ids and paths are well formed. */
export function definePractice<const P extends Practice>(practice: P): P {
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(practice.id))
    throw new Error(`Practice id "${practice.id}" is not valid`);
  if (!/^\/[a-z0-9-]+$/.test(practice.path)) {
    throw new Error(`Practice "${practice.id}" needs a path of one lower-case segment, like /checkin`);
  }
  for (const page of practice.pages ?? []) {
    if (!/^(:[a-zA-Z]+|[a-z0-9-]+)$/.test(page.path)) {
      throw new Error(`Practice "${practice.id}" has a page with an unusable path "${page.path}"`);
    }
  }
  return practice;
}

/**
 * Declares a record kind as its practice writes it, typing its example and
 * contributions by the kind's schema. The kind belongs to its practice's pillar.
 */
export function practiceKind<S extends z.ZodType>(declaration: PracticeKind<S>): PracticeKind<S> {
  const { practice, kind } = declaration;
  if (kind.pillar !== practice.pillar) {
    throw new Error(
      `Practice "${practice.id}" is in ${practice.pillar}, its kind "${kind.name}" in ${kind.pillar}`,
    );
  }
  return declaration;
}
