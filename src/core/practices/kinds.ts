import { herePracticeKinds } from '../here/practiceKinds.js';
import { delightPracticeKinds } from '../delight/practiceKinds.js';
import { ritualsPracticeKinds } from '../rituals/practiceKinds.js';
import { turningPracticeKinds } from '../turning/practiceKinds.js';
import { attuningPracticeKinds } from '../attuning/practiceKinds.js';
import type { RecordKind } from '../records/kind.js';
import { safetyPracticeKinds } from '../safety/practiceKinds.js';
import type { PracticeKind } from './practice.js';

/**
 * Every record kind a practice writes, with its example generator, rhythm and
 * contributions: what the property tests and the bench seed are read from. A
 * kind written by two practices stops the app at start.
 */
export const PRACTICE_KINDS: readonly PracticeKind[] = checked([
  ...herePracticeKinds,
  ...delightPracticeKinds,
  ...attuningPracticeKinds,
  ...ritualsPracticeKinds,
  ...turningPracticeKinds,
  ...safetyPracticeKinds,
]);

/** The entry for a record kind; undefined when no practice writes it. */
export function practiceKindOf(
  kind: RecordKind | string,
  kinds: readonly PracticeKind[] = PRACTICE_KINDS,
): PracticeKind | undefined {
  const name = typeof kind === 'string' ? kind : kind.name;
  return kinds.find((entry) => entry.kind.name === name);
}

function checked(kinds: readonly PracticeKind[]): readonly PracticeKind[] {
  const seen = new Map<string, string>();
  for (const { kind, practice } of kinds) {
    const other = seen.get(kind.name);
    if (other !== undefined) {
      throw new Error(`Record kind "${kind.name}" is written by two practices: ${other} and ${practice.id}`);
    }
    seen.set(kind.name, practice.id);
  }
  return kinds;
}
