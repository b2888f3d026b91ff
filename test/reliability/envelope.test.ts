import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CryptoError, open, recordAssociatedData, seal } from '../../src/crypto/envelope.js';
import { unwrapDataKey, wrapDataKey, type DataKey } from '../../src/crypto/keys.js';

/** The envelope under generated keys, texts and associated data: it opens only what it sealed, untouched. */
const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
const plaintext = fc.uint8Array({ maxLength: 2048 });
const associated = fc.uint8Array({ maxLength: 128 });

const opens = (k: Uint8Array, envelope: Uint8Array, ad: Uint8Array): boolean => {
  try {
    open(k, envelope, ad);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(CryptoError);
    return false;
  }
};

describe('the envelope (property-based)', () => {
  it('opens what it sealed, byte for byte', () => {
    fc.assert(
      fc.property(key, plaintext, associated, (k, text, ad) => {
        expect(Buffer.from(open(k, seal(k, text, ad), ad)).equals(Buffer.from(text))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an envelope with any one bit flipped, anywhere', () => {
    fc.assert(
      fc.property(key, plaintext, associated, fc.nat(), (k, text, ad, at) => {
        const sealed = seal(k, text, ad);
        const bit = at % (sealed.length * 8);
        const tampered = Buffer.from(sealed);
        tampered[bit >> 3] = (tampered[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        expect(opens(k, tampered, ad)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses other associated data, another key, and a shortened or lengthened envelope', () => {
    fc.assert(
      fc.property(
        key,
        key,
        plaintext,
        associated,
        associated,
        fc.nat(),
        (k, other, text, ad, otherAd, cut) => {
          const sealed = seal(k, text, ad);
          if (!Buffer.from(otherAd).equals(Buffer.from(ad))) expect(opens(k, sealed, otherAd)).toBe(false);
          if (!Buffer.from(other).equals(Buffer.from(k))) expect(opens(other, sealed, ad)).toBe(false);
          expect(opens(k, sealed.subarray(0, cut % sealed.length), ad)).toBe(false);
          expect(opens(k, Buffer.concat([sealed, Buffer.of(cut & 0xff)]), ad)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('binds a record payload to its user, record and kind', () => {
    const part = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(key, plaintext, part, part, part, part, (k, text, user, id, kind, swap) => {
        const sealed = seal(k, text, recordAssociatedData(user, id, kind));
        if (swap !== user) expect(opens(k, sealed, recordAssociatedData(swap, id, kind))).toBe(false);
        if (swap !== id) expect(opens(k, sealed, recordAssociatedData(user, swap, kind))).toBe(false);
        if (swap !== kind) expect(opens(k, sealed, recordAssociatedData(user, id, swap))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('wraps and unwraps a data key, and refuses the wrapping key of anyone else', () => {
    fc.assert(
      fc.property(key, key, key, fc.string({ maxLength: 40 }), (data, wrapping, other, user) => {
        const wrapped = wrapDataKey(Buffer.from(data) as DataKey, wrapping, user, 'passphrase');
        expect(
          Buffer.from(unwrapDataKey(wrapped, wrapping, user, 'passphrase')).equals(Buffer.from(data)),
        ).toBe(true);
        expect(() => unwrapDataKey(wrapped, wrapping, user, 'recovery')).toThrow(CryptoError);
        if (!Buffer.from(other).equals(Buffer.from(wrapping))) {
          expect(() => unwrapDataKey(wrapped, other, user, 'passphrase')).toThrow(CryptoError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
