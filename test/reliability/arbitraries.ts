import fc from 'fast-check';
import type { ExampleSource } from '../../src/core/practices/example.js';
import { PRACTICE_KINDS, practiceKindOf } from '../../src/core/practices/kinds.js';
import type { PracticeKind } from '../../src/core/practices/practice.js';
import type { RecordKind } from '../../src/core/records/kind.js';

/**
 * Valid payloads for every record kind, for property tests: each practice's
 * own example generator (declared with its kind, see PRACTICE_KINDS) answered with
 * fast-check's choices, so free text includes scripts, emoji, markup and
 * prototype keys, and shrinking works. A kind no practice declares fails
 * `payloadArbitrary`, so the tests grow with the app.
 */
export function payloadArbitrary(
  kind: RecordKind,
  practiceKinds: readonly PracticeKind[] = PRACTICE_KINDS,
): fc.Arbitrary<unknown> {
  const entry = practiceKindOf(kind, practiceKinds);
  if (!entry) {
    throw new Error(
      `No practice writes the record kind "${kind.name}": declare it with an example so its schema is property-tested.`,
    );
  }
  return fc.gen().map((g) => entry.example(fastCheckSource(g)));
}

type Gen = Parameters<Parameters<ReturnType<typeof fc.gen>['map']>[0]>[0];

/** Any text up to `max` UTF-16 units, including scripts, emoji and markup. */
const freeText = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: Math.min(max, 200) }),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '__proto__',
        'constructor',
        '😀 ümlaut ß 日本語',
        'a\nb\r\nc',
      ),
    )
    .filter((s) => s.length <= max);

/** Non-empty, trimmed, at most `max` units: what `shortText` accepts and keeps as is. */
const short = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 60) }),
      fc.constantFrom('<b>bold</b>'),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);

function fastCheckSource(g: Gen): ExampleSource {
  return {
    int: (min, max) => g(() => fc.integer({ min, max })),
    number: (min, max) => g(() => fc.double({ min, max, noNaN: true }).map((n) => n + 0)),
    chance: () => g(() => fc.boolean()),
    pick: (items) => g(() => fc.constantFrom(...items)),
    sample: (items, count) =>
      g(() =>
        fc.shuffledSubarray([...items], {
          minLength: Math.min(count, items.length),
          maxLength: Math.min(count, items.length),
        }),
      ),
    line: (max) => g(() => short(max)),
    prose: (max) => g(() => freeText(max)),
    recent: () => g(() => fc.option(fc.uuid({ version: 7 }), { nil: undefined })),
    day: () =>
      g(() =>
        fc
          .date({
            min: new Date('2000-01-01T00:00:00Z'),
            max: new Date('2099-12-31T00:00:00Z'),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
  };
}
