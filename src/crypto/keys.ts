import { createHash, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import { open, seal, wrapAssociatedData } from './envelope.js';

/**
 * The key hierarchy. Each person has one random data key. It is stored only
 * wrapped: under a key derived from their passphrase (argon2id), under a key
 * derived from their one-time recovery code, and under a key derived from
 * each live session's token. Changing the passphrase re-wraps; nothing is
 * re-encrypted.
 */
export type DataKey = Buffer & { readonly __brand: 'DataKey' };

export interface KdfParams {
  algorithm: 'argon2id';
  /** Parameter-set version, so stored parameters can be raised later. */
  version: number;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** Current default: above OWASP's argon2id minimum (19 MiB, t=2). */
export const STANDARD_KDF: KdfParams = {
  algorithm: 'argon2id',
  version: 1,
  memoryKiB: 65_536,
  iterations: 3,
  parallelism: 1,
};

/** Cheap parameters for test suites only; never a default. */
export const TEST_KDF: KdfParams = {
  algorithm: 'argon2id',
  version: 1,
  memoryKiB: 1024,
  iterations: 1,
  parallelism: 1,
};

export function generateDataKey(): DataKey {
  return randomBytes(32) as DataKey;
}

export function newSalt(): Buffer {
  return randomBytes(16);
}

export async function derivePassphraseKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Buffer> {
  const raw = await hashRaw(passphrase.normalize('NFC'), {
    // The library's default algorithm is argon2id (its Algorithm enum is an ambient const enum).
    salt,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
  });
  return Buffer.from(raw);
}

/** The recovery code carries 160 random bits, so a fast HKDF is enough to turn it into a key. */
export function deriveRecoveryKey(code: string, salt: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', normaliseRecoveryCode(code), salt, 'haven recovery key v1', 32));
}

export function deriveSessionKey(token: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', token, Buffer.alloc(0), 'haven session key v1', 32));
}

/** The key a person's records are told apart with where they must not repeat (never used to seal). */
export function deriveUniqueKey(dataKey: DataKey): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'haven unique keys v1', 32));
}

/** The key a browser seals this session's unsaved writing with; no one can derive it once the token is gone. */
export function deriveDraftKey(token: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', token, Buffer.alloc(0), 'haven browser drafts v1', 32));
}

export function wrapDataKey(
  dataKey: DataKey,
  wrappingKey: Uint8Array,
  userId: string,
  wrappedBy: string,
): Buffer {
  return seal(wrappingKey, dataKey, wrapAssociatedData(userId, wrappedBy));
}

/** Throws CryptoError when the wrapping key is wrong or the wrapped key was tampered with or moved. */
export function unwrapDataKey(
  wrapped: Uint8Array,
  wrappingKey: Uint8Array,
  userId: string,
  wrappedBy: string,
): DataKey {
  return open(wrappingKey, wrapped, wrapAssociatedData(userId, wrappedBy)) as DataKey;
}

// Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new recovery code: 160 random bits as 32 characters in groups of four. */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/** Accepts what a person types: any case, spaces or dashes, and the look-alike letters O, I and L. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** A session token: 256 random bits. The database keeps only its hash. */
export function generateSessionToken(): Buffer {
  return randomBytes(32);
}

export function hashToken(token: Uint8Array): string {
  return createHash('sha256').update(token).digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}
