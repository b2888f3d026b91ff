/**
 * The shape of a row in the detector's tables, and how a row becomes what the
 * rule layer runs. The tables themselves are risks.ts (signs of risk) and
 * idioms.ts (everyday turns of phrase blanked out before the signs are read);
 * docs/DETECTOR.md explains how to add a row.
 *
 * Patterns are regular expressions over the normalised text: lower case,
 * words and punctuation marks separated by single spaces, apostrophes closed
 * up ("dont", "im"), so a pattern says `dont`, never `don't`. Each row's key
 * words (the rule runs only on clauses holding one) are derived from its
 * pattern by keys.ts, never typed. What each row must and must not catch
 * lives beside the tables (risk-examples.ts, idiom-examples.ts), read only by
 * tests.
 */
import { keyWordsOf } from '../keys.js';
import type { RiskCategory, RiskLevel } from '../rules.js';

/** Everything every row says, risk or idiom. */
interface RowBase {
  /** Unique, lower-case words joined by hyphens: how tests and people name it. */
  readonly id: string;
  /** What it catches, in plain words. */
  readonly catches: string;
}

/**
 * A row's test passages, kept in risk-examples.ts and idiom-examples.ts by row
 * id, beside the tables rather than in them, so that they never ship with the
 * detector: only tests import them.
 */
export interface RowExamples {
  /** Passages it must catch (each is a test). */
  readonly examples: readonly string[];
  /** Passages close to it that it must not catch (each is a test). */
  readonly nearMisses: readonly string[];
}

/** A sign of risk. */
export interface RiskRow extends RowBase {
  /** A regular expression's source over normalised words; it is matched whole words only. */
  readonly pattern: string;
  readonly level: Exclude<RiskLevel, 'none'>;
  readonly categories: readonly RiskCategory[];
  /** The wording already makes the writer the subject ("kill myself", "without me"). */
  readonly selfEvident?: boolean;
  /** About someone else harming the writer: never lowered for a third-person subject. */
  readonly fromOthers?: boolean;
  /** Raised about another person or a bereavement: shown as concern whoever the subject is. */
  readonly anySubject?: boolean;
  /** A wish for death; when negated and followed by "without/before", a life goal, not risk. */
  readonly deathWish?: boolean;
  /** Only the writer's own: no other subject may sit between the start of the clause and the match. */
  readonly needsSelf?: boolean;
  /** A farewell or a preparation: two of them, or one beside thoughts of death or hopelessness, raise urgent. */
  readonly finality?: boolean;
  /** A supporting sign (a means, a time, "I'm done"): raises nothing alone, urgent beside another sign. */
  readonly quiet?: boolean;
  /** A farewell word an everyday departure beside it (a move, a new job, a trip) explains: then nothing. */
  readonly departure?: boolean;
}

/** An everyday turn of phrase that looks like risk and is not: blanked before the signs are read. */
export interface IdiomRow extends RowBase {
  /** Matched over normalised words; must carry the `g` flag. */
  readonly pattern: RegExp;
}

/** A risk row ready to run. */
export interface Pattern extends Omit<RiskRow, 'pattern'> {
  readonly re: RegExp;
  /** Words of which at least one is in every match, derived from the pattern. */
  readonly keys: readonly string[];
}

/** An idiom row ready to run. */
export interface Neutraliser {
  readonly id: string;
  readonly re: RegExp;
  readonly keys: readonly string[];
}

function keysOrThrow(id: string, source: string): string[] {
  const keys = keyWordsOf(source);
  if (!keys)
    throw new Error(
      `No key words can be derived for detector rule ${id}: give its pattern a whole word every match holds.`,
    );
  return keys;
}

export function compileRisk(row: RiskRow): Pattern {
  const { pattern, ...rest } = row;
  const re = new RegExp(String.raw`\b(?:${pattern})(?![a-z0-9])`, 'g');
  return { ...rest, re, keys: keysOrThrow(row.id, re.source) };
}

export function compileIdiom(row: IdiomRow): Neutraliser {
  if (!row.pattern.global) throw new Error(`Detector idiom ${row.id} needs the g flag.`);
  return { id: row.id, re: row.pattern, keys: keysOrThrow(row.id, row.pattern.source) };
}
