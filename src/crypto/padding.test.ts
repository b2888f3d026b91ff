import { describe, expect, it } from 'vitest';
import { generateDataKey } from './keys.js';
import {
  CryptoError,
  ENVELOPE_VERSION,
  MIN_PADDED_BYTES,
  open,
  paddedLength,
  recordAssociatedData,
  seal,
} from './envelope.js';

const ENVELOPE_OVERHEAD = 1 + 12 + 16;
const ad = recordAssociatedData('user-a', '018f0c2e-6c1e-7a3b-9d2f-4f2c1e0b7a11', 'journal');

/**
 * A version 1 envelope as Haven wrote it before payloads were padded: key of
 * 32 bytes of 0x2a, nonce of 12 bytes of 0x07, the associated data above.
 */
const VERSION_1 =
  'AQcHBwcHBwcHBwcHB0Tdncox7QcL2x0Cyf6I0lUa5AgV8U8FFdpb5vM1UmU83IDWbx+6/d3K1Kwn+cCmL7oqIevH42QYcb8CrA==';

describe('padded envelopes', () => {
  it('seal every short text to one size, so its length cannot be read', () => {
    const key = generateDataKey();
    const sizes = new Set<number>();
    for (let length = 0; length <= MIN_PADDED_BYTES - 4; length += 1)
      sizes.add(seal(key, Buffer.alloc(length, 0x61), ad).length);
    expect([...sizes]).toEqual([MIN_PADDED_BYTES + ENVELOPE_OVERHEAD]);
  });

  it('give longer texts a size bucket, never their length to the byte, for at most 6.25% more', () => {
    const key = generateDataKey();
    const sizes = new Set<number>();
    for (let length = 1000; length < 1064; length += 1) {
      const sealed = seal(key, Buffer.alloc(length, 0x62), ad);
      sizes.add(sealed.length);
      expect(sealed.length - ENVELOPE_OVERHEAD).toBeLessThanOrEqual(Math.ceil((length + 4) * 1.0625));
      expect(open(key, sealed, ad).equals(Buffer.alloc(length, 0x62))).toBe(true);
    }
    // 64 different lengths fall into at most two buckets.
    expect(sizes.size).toBeLessThanOrEqual(2);
    for (const length of [257, 4_000, 65_537, 400_000])
      expect(paddedLength(length) / length).toBeLessThanOrEqual(1.0625);
  });

  it('still open what was sealed before padding (version 1)', () => {
    const key = Buffer.alloc(32, 0x2a);
    const old = Buffer.from(VERSION_1, 'base64');
    expect(old[0]).toBe(1);
    expect(open(key, old, ad).toString('utf8')).toBe('{"body":"Written before padding.","tags":[]}');
  });

  it('refuse a padded envelope passed off as version 1, and the other way round', () => {
    const key = generateDataKey();
    const sealed = seal(key, Buffer.from('{"body":"x"}'), ad);
    expect(sealed[0]).toBe(ENVELOPE_VERSION);
    const downgraded = Buffer.from(sealed);
    downgraded[0] = 1;
    expect(() => open(key, downgraded, ad)).toThrow(CryptoError);
    const upgraded = Buffer.from(VERSION_1, 'base64');
    upgraded[0] = ENVELOPE_VERSION;
    expect(() => open(Buffer.alloc(32, 0x2a), upgraded, ad)).toThrow(CryptoError);
  });
});
