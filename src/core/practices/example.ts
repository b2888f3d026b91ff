/**
 * Where an example payload's choices come from. A practice's example
 * generator is written once, against this interface, and serves twice: the
 * bench seed answers with seeded, realistic prose (ten years of a life), and
 * the property tests answer with fast-check's adversarial values (scripts,
 * emoji, markup, the longest allowed text). Both must produce payloads the
 * kind's schema accepts.
 */
export interface ExampleSource {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A point on a scale in [min, max] (the bench answers nearer its middle, as people do). */
  number(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Up to `count` distinct items. */
  sample<T>(items: readonly T[], count: number): T[];
  /**
   * Text a person writes, at most `max` characters. The hint says what sort
   * of text it is, so the bench can write something realistic; property
   * tests ignore it. `line` texts are non-empty and trimmed (what
   * `shortText` keeps as is); `prose` may be empty.
   */
  line(max: number, hint?: TextHint): string;
  prose(max: number, hint?: TextHint): string;
  /** The id of a record of this kind the person already has, if any. */
  recent(kind: string): string | undefined;
  /**
   * The day the record is about, as yyyy-mm-dd: in the bench, the day it is
   * written (a real day is noted on its own evening); in property tests, any day.
   */
  day(): string;
}

/** What a piece of example text stands for. */
export type TextHint =
  'sentence' | 'entry' | 'title' | 'tag' | 'care' | 'want' | 'insight' | 'thing' | 'person' | 'place';
