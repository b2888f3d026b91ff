import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The versioned envelope every ciphertext in Haven is stored in:
 *
 *   byte 0      envelope version (2)
 *   bytes 1-12  random 96-bit nonce
 *   bytes 13-   AES-256-GCM ciphertext, then the 16-byte tag
 *
 * Version 2 seals the plaintext padded to a size bucket (see `paddedLength`):
 * a 4-byte big-endian length, the plaintext, then zeros. The length lives
 * inside the sealed part, so the stored size tells only the bucket, not the
 * size of what was written to the byte. The version byte is authenticated
 * with the associated data, so an envelope cannot be passed off as another
 * version.
 *
 * Version 1 (no padding, version byte not authenticated) is what Haven wrote
 * before; it still opens, and is replaced by version 2 the next time its
 * record is saved.
 *
 * The associated data is never stored; the caller rebuilds it from what the
 * ciphertext belongs to (user, record, kind), so a ciphertext moved anywhere
 * else fails to open.
 */
export const ENVELOPE_VERSION = 2;
const UNPADDED_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
const LENGTH_BYTES = 4;
/** Everything up to this size is padded to it: most check-ins and short notes look alike. */
export const MIN_PADDED_BYTES = 256;

export class CryptoError extends Error {
  constructor(message = 'This could not be decrypted.') {
    super(message);
    this.name = 'CryptoError';
  }
}

export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Buffer {
  assertKey(key);
  const framed = Buffer.alloc(paddedLength(LENGTH_BYTES + plaintext.length));
  framed.writeUInt32BE(plaintext.length, 0);
  framed.set(plaintext, LENGTH_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(versionedData(ENVELOPE_VERSION, associatedData));
  const body = Buffer.concat([cipher.update(framed), cipher.final()]);
  return Buffer.concat([Buffer.of(ENVELOPE_VERSION), nonce, body, cipher.getAuthTag()]);
}

export function open(key: Uint8Array, envelope: Uint8Array, associatedData: Uint8Array): Buffer {
  assertKey(key);
  if (envelope.length < 1 + NONCE_BYTES + TAG_BYTES) throw new CryptoError('This ciphertext is too short.');
  const version = envelope[0];
  if (version !== ENVELOPE_VERSION && version !== UNPADDED_VERSION)
    throw new CryptoError('This ciphertext has an unknown version.');
  const nonce = envelope.subarray(1, 1 + NONCE_BYTES);
  const tag = envelope.subarray(envelope.length - TAG_BYTES);
  const body = envelope.subarray(1 + NONCE_BYTES, envelope.length - TAG_BYTES);
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(version === UNPADDED_VERSION ? associatedData : versionedData(version, associatedData));
    decipher.setAuthTag(tag);
    plain = Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CryptoError();
  }
  if (version === UNPADDED_VERSION) return plain;
  const length = plain.length >= LENGTH_BYTES ? plain.readUInt32BE(0) : -1;
  if (length < 0 || length > plain.length - LENGTH_BYTES) throw new CryptoError();
  return plain.subarray(LENGTH_BYTES, LENGTH_BYTES + length);
}

/**
 * The size a framed plaintext of `length` bytes is padded to: at least
 * `MIN_PADDED_BYTES`, and above that Padmé (Nikitin et al., "Reducing Metadata
 * Leakage from Encrypted Files and Communication with PURBs", 2019), which
 * keeps only the top few bits of the length: at most 6.25% of padding up to
 * 64 KiB and 3.1% above, while any two lengths within that margin look alike.
 */
export function paddedLength(length: number): number {
  if (length <= MIN_PADDED_BYTES) return MIN_PADDED_BYTES;
  const exponent = Math.floor(Math.log2(length));
  const mantissaBits = Math.floor(Math.log2(exponent)) + 1;
  const step = 2 ** (exponent - mantissaBits);
  return Math.ceil(length / step) * step;
}

/** Associated data for a record payload: binds it to its user, its record and its kind. */
export function recordAssociatedData(userId: string, recordId: string, kind: string): Buffer {
  return Buffer.from(`haven/record/v1\u0000${userId}\u0000${recordId}\u0000${kind}`, 'utf8');
}

/** Associated data for a wrapped data key: binds it to its user and to what wraps it. */
export function wrapAssociatedData(userId: string, wrappedBy: string): Buffer {
  return Buffer.from(`haven/key/v1\u0000${userId}\u0000${wrappedBy}`, 'utf8');
}

function versionedData(version: number, associatedData: Uint8Array): Buffer {
  return Buffer.concat([Buffer.of(version), associatedData]);
}

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new CryptoError('A key must be 256 bits.');
}
