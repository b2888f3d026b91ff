import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HavenError } from '../../src/core/errors.js';
import { RECORD_KINDS, validatePayload } from '../../src/core/records/registry.js';
import { generateDataKey } from '../../src/crypto/keys.js';
import { recordVault } from '../../src/store/vault.js';
import { addTestUser, testStore, type TestStore } from '../helpers.js';
import { payloadArbitrary } from './arbitraries.js';

/** Properties of every record kind's schema, and of payloads on their way through the vault. */
describe('record-kind schemas (property-based)', () => {
  it('has a payload generator for every kind Haven knows', () => {
    for (const kind of RECORD_KINDS) expect(() => payloadArbitrary(kind), kind.name).not.toThrow();
  });

  describe.each(RECORD_KINDS.map((kind) => [kind.name, kind] as const))('%s', (_name, kind) => {
    it('accepts every valid payload unchanged, and again after a JSON round trip', () => {
      fc.assert(
        fc.property(payloadArbitrary(kind), (payload) => {
          const validated = validatePayload(kind, payload);
          expect(validated).toEqual(payload);
          const overTheWire: unknown = JSON.parse(JSON.stringify(validated));
          expect(validatePayload(kind, overTheWire)).toEqual(validated);
        }),
        { numRuns: 150 },
      );
    });

    it('renders every valid payload it writes to Markdown without throwing', () => {
      const written = kind.written;
      if (!written) return;
      fc.assert(
        fc.property(payloadArbitrary(kind), (payload) => {
          const valid = validatePayload(kind, payload) as never;
          expect(typeof written.title(valid)).toBe('string');
          expect(typeof written.body(valid)).toBe('string');
        }),
        { numRuns: 100 },
      );
    });

    it('answers any other value with an invalid-input error naming fields, or accepts it idempotently', () => {
      const hostile = fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }),
        payloadArbitrary(kind).chain((valid) =>
          fc
            .tuple(fc.constantFrom(...Object.keys(valid as object)), fc.jsonValue({ maxDepth: 2 }))
            .map(([key, value]) => ({ ...(valid as object), [key]: value })),
        ),
      );
      fc.assert(
        fc.property(hostile, (value) => {
          let result: unknown;
          try {
            result = validatePayload(kind, value);
          } catch (error) {
            expect(error).toBeInstanceOf(HavenError);
            expect((error as HavenError).code).toBe('invalid_input');
            expect((error as HavenError).fields.length).toBeGreaterThan(0);
            return;
          }
          expect(validatePayload(kind, result)).toEqual(result);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('payloads through the vault (property-based)', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await testStore('sqlite');
    await addTestUser(store.db, 'user-property');
  });
  afterAll(() => store.drop());

  it('reads back exactly what it sealed, for every non-singleton kind', async () => {
    const vault = recordVault(store.db, { userId: 'user-property', dataKey: generateDataKey() });
    const kinds = RECORD_KINDS.filter((kind) => !kind.singleton);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds).chain((kind) => fc.tuple(fc.constant(kind), payloadArbitrary(kind))),
        async ([kind, payload]) => {
          const saved = await vault.create({ kind: kind.name, payload });
          const read = await vault.get(saved.id);
          expect(read.payload).toEqual(validatePayload(kind, payload));
          expect(read.kind).toBe(kind.name);
          // Gone for good after each run, so two runs of a kind that keeps each thing once never clash.
          await vault.remove(saved.id, true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
