import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The versioned envelope every ciphertext in Haven is stored in:
 *
 *   byte 0      envelope version (1)
 *   bytes 1-12  random 96-bit nonce
 *   bytes 13-   AES-256-GCM ciphertext, then the 16-byte tag
 *
 * The associated data is never stored; the caller rebuilds it from what the
 * ciphertext belongs to (user, record, kind), so a ciphertext moved anywhere
 * else fails to open.
 */
export const ENVELOPE_VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export class CryptoError extends Error {
  constructor(message = 'This could not be decrypted.') {
    super(message);
    this.name = 'CryptoError';
  }
}

export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Buffer {
  assertKey(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(ENVELOPE_VERSION), nonce, body, cipher.getAuthTag()]);
}

export function open(key: Uint8Array, envelope: Uint8Array, associatedData: Uint8Array): Buffer {
  assertKey(key);
  if (envelope.length < 1 + NONCE_BYTES + TAG_BYTES) throw new CryptoError('This ciphertext is too short.');
  if (envelope[0] !== ENVELOPE_VERSION) throw new CryptoError('This ciphertext has an unknown version.');
  const nonce = envelope.subarray(1, 1 + NONCE_BYTES);
  const tag = envelope.subarray(envelope.length - TAG_BYTES);
  const body = envelope.subarray(1 + NONCE_BYTES, envelope.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new CryptoError();
  }
}

/** Associated data for a record payload: binds it to its user, its record and its kind. */
export function recordAssociatedData(userId: string, recordId: string, kind: string): Buffer {
  return Buffer.from(`haven/record/v1\u0000${userId}\u0000${recordId}\u0000${kind}`, 'utf8');
}

/** Associated data for a wrapped data key: binds it to its user and to what wraps it. */
export function wrapAssociatedData(userId: string, wrappedBy: string): Buffer {
  return Buffer.from(`haven/key/v1\u0000${userId}\u0000${wrappedBy}`, 'utf8');
}

function assertKey(key: Uint8Array): void {
  if (key.length !== KEY_BYTES) throw new CryptoError('A key must be 256 bits.');
}
