import fc from 'fast-check';
import { BODY_REGIONS, SENSATIONS } from '../../src/core/attuning/body.js';
import { FEELINGS } from '../../src/core/attuning/feelings.js';
import { NEEDS } from '../../src/core/attuning/needs.js';
import { PATTERN_IDS } from '../../src/core/attuning/patterns.js';
import { BOUNDARY_STANCES, PROFILE_SECTION_IDS } from '../../src/core/attuning/profile.js';
import { SENSES } from '../../src/core/attuning/soothing.js';
import type { RecordKind } from '../../src/core/records/kind.js';

/**
 * Generators of valid payloads for every record kind, for property tests.
 * A kind without one fails `payloadArbitrary`, so the tests grow with the app.
 * Strings are generated already trimmed, as the schemas store them.
 */

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

const axis = fc.double({ min: -1, max: 1, noNaN: true }).map((n) => n + 0);
const listOf = <T>(item: fc.Arbitrary<T>, max: number, min = 0) =>
  fc.array(item, { minLength: min, maxLength: max });
const wordOr = (words: readonly string[], max: number) => fc.oneof(fc.constantFrom(...words), short(max));

const checkin = fc.record(
  {
    pleasantness: axis,
    energy: axis,
    feelings: listOf(
      wordOr(
        FEELINGS.map((f) => f.word),
        60,
      ),
      12,
      1,
    ),
    body: fc.record({
      regions: listOf(
        wordOr(
          BODY_REGIONS.map((b) => b.id),
          60,
        ),
        5,
      ),
      sensations: listOf(
        wordOr(
          SENSATIONS.map((s) => s.id),
          60,
        ),
        5,
      ),
    }),
    needs: fc.record({
      met: listOf(
        wordOr(
          NEEDS.map((n) => n.id),
          100,
        ),
        5,
      ),
      unmet: listOf(
        wordOr(
          NEEDS.map((n) => n.id),
          100,
        ),
        5,
      ),
    }),
    care: freeText(500),
    note: freeText(2000),
    reflection: freeText(2000),
    journalId: fc.uuid({ version: 7 }),
  },
  { requiredKeys: ['pleasantness', 'energy', 'feelings'] },
);

const journal = fc.record(
  {
    title: freeText(200).map((s) => s.trim()),
    body: freeText(100_000),
    promptId: short(100),
    prompt: freeText(500),
    tags: listOf(short(60), 20),
  },
  { requiredKeys: ['body', 'tags'] },
);

const profileItem = fc.oneof(
  fc.record(
    {
      section: fc.constantFrom(...PROFILE_SECTION_IDS.filter((s) => s !== 'boundaries')),
      text: short(300),
      note: freeText(1000),
    },
    { requiredKeys: ['section', 'text'] },
  ),
  fc.record(
    {
      section: fc.constant('boundaries' as const),
      text: short(300),
      note: freeText(1000),
      stance: fc.constantFrom(...BOUNDARY_STANCES),
    },
    { requiredKeys: ['section', 'text', 'stance'] },
  ),
);

const soothingItem = fc.record({ sense: fc.constantFrom(...SENSES), text: short(300) });

const selfAbandonment = fc.record(
  {
    what: freeText(2000)
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
    valueOrBoundary: short(300),
    felt: freeText(1000),
    nextTime: freeText(1000),
  },
  { requiredKeys: ['what'] },
);

const growthPath = fc.record({
  pattern: fc.constantFrom(...PATTERN_IDS),
  completedSteps: listOf(short(60), 10),
});

const line = short(500);
const person = fc.record({ name: short(500), contact: short(500) }, { requiredKeys: ['name'] });
const safetyPlan = fc.record({
  warningSigns: listOf(line, 5),
  copingAlone: listOf(line, 5),
  distractions: listOf(line, 5),
  peopleToAsk: listOf(person, 5),
  professionals: listOf(person, 5),
  saferSurroundings: listOf(line, 5),
  reasonsForLiving: listOf(line, 5),
});

const PAYLOADS: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  checkin,
  journal,
  profile_item: profileItem,
  soothing_item: soothingItem,
  self_abandonment: selfAbandonment,
  growth_path: growthPath,
  safety_plan: safetyPlan,
};

export function payloadArbitrary(kind: RecordKind): fc.Arbitrary<unknown> {
  const arbitrary = PAYLOADS[kind.name];
  if (!arbitrary) {
    throw new Error(
      `test/reliability/arbitraries.ts has no generator for the record kind "${kind.name}": add one so its schema is property-tested.`,
    );
  }
  return arbitrary;
}
