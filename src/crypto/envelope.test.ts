import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CryptoError, ENVELOPE_VERSION, open, recordAssociatedData, seal } from './envelope.js';
import {
  constantTimeEqual,
  deriveRecoveryKey,
  generateDataKey,
  generateRecoveryCode,
  normaliseRecoveryCode,
  TEST_KDF,
  derivePassphraseKey,
  unwrapDataKey,
  wrapDataKey,
} from './keys.js';

const ad = recordAssociatedData('user-a', 'record-1', 'journal');

describe('the envelope', () => {
  it('opens what it sealed, and starts with its version byte', () => {
    const key = generateDataKey();
    const sealed = seal(key, Buffer.from('a small, true sentence'), ad);
    expect(sealed[0]).toBe(ENVELOPE_VERSION);
    expect(open(key, sealed, ad).toString()).toBe('a small, true sentence');
  });

  it('never holds the plaintext, and seals the same text differently each time', () => {
    const key = generateDataKey();
    const a = seal(key, Buffer.from('marker-text-123'), ad);
    const b = seal(key, Buffer.from('marker-text-123'), ad);
    expect(a.includes(Buffer.from('marker-text-123'))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('refuses a ciphertext moved to another record, user or kind', () => {
    const key = generateDataKey();
    const sealed = seal(key, Buffer.from('{}'), ad);
    expect(() => open(key, sealed, recordAssociatedData('user-a', 'record-2', 'journal'))).toThrow(
      CryptoError,
    );
    expect(() => open(key, sealed, recordAssociatedData('user-b', 'record-1', 'journal'))).toThrow(
      CryptoError,
    );
    expect(() => open(key, sealed, recordAssociatedData('user-a', 'record-1', 'checkin'))).toThrow(
      CryptoError,
    );
  });

  it('refuses the wrong key, an unknown version and a truncated ciphertext', () => {
    const key = generateDataKey();
    const sealed = seal(key, Buffer.from('{}'), ad);
    expect(() => open(generateDataKey(), sealed, ad)).toThrow(CryptoError);
    const future = Buffer.from(sealed);
    future[0] = ENVELOPE_VERSION + 1;
    expect(() => open(key, future, ad)).toThrow(CryptoError);
    expect(() => open(key, sealed.subarray(0, 20), ad)).toThrow(CryptoError);
  });

  it('detects any single flipped bit (property)', () => {
    const key = generateDataKey();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 300 }), fc.nat(), (plain, at) => {
        const sealed = seal(key, plain, ad);
        expect(Buffer.from(open(key, sealed, ad)).equals(Buffer.from(plain))).toBe(true);
        const tampered = Buffer.from(sealed);
        const index = at % tampered.length;
        tampered[index] = (tampered[index] ?? 0) ^ 1;
        expect(() => open(key, tampered, ad)).toThrow(CryptoError);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the key hierarchy', () => {
  it('unwraps the data key only with the passphrase that wrapped it', async () => {
    const dataKey = generateDataKey();
    const salt = Buffer.alloc(16, 7);
    const wrapped = wrapDataKey(
      dataKey,
      await derivePassphraseKey('a long enough passphrase', salt, TEST_KDF),
      'u1',
      'passphrase',
    );
    const right = await derivePassphraseKey('a long enough passphrase', salt, TEST_KDF);
    const wrong = await derivePassphraseKey('a long enough passphrasE', salt, TEST_KDF);
    expect(unwrapDataKey(wrapped, right, 'u1', 'passphrase').equals(dataKey)).toBe(true);
    expect(() => unwrapDataKey(wrapped, wrong, 'u1', 'passphrase')).toThrow(CryptoError);
    expect(() => unwrapDataKey(wrapped, right, 'u2', 'passphrase')).toThrow(CryptoError);
    expect(() => unwrapDataKey(wrapped, right, 'u1', 'recovery')).toThrow(CryptoError);
  });

  it('makes recovery codes of 160 bits that survive how people type them', () => {
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(generateRecoveryCode()).not.toBe(code);
    const salt = Buffer.alloc(16, 1);
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ')} `;
    expect(deriveRecoveryKey(typed, salt).equals(deriveRecoveryKey(code, salt))).toBe(true);
    expect(normaliseRecoveryCode('o0-il')).toBe('0011');
  });

  it('compares secrets in constant time and still tells them apart', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
  });
});
