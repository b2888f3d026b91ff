/**
 * Sealing the drafts the browser keeps (docs/SECURITY.md): AES-256-GCM under
 * the session's draft key, which the server derives from the session token and
 * this page holds in memory only, as a key it cannot export. Each sealed draft
 * is bound to its person and place, so it opens nowhere else; once the session
 * ends, nobody can open it at all.
 */

const VERSION = 'v1';
const IV_BYTES = 12;

/** Imports the key the server gave this session (32 bytes, base64url). */
export async function importDraftKey(encoded: string): Promise<CryptoKey> {
  const raw = fromBase64Url(encoded);
  if (raw.length !== 32) throw new Error('A draft key is 32 bytes');
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** Seals text for one person's place: "v1.<iv>.<ciphertext>", both base64url. */
export async function sealDraft(
  key: CryptoKey,
  userId: string,
  place: string,
  text: string,
): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: boundTo(userId, place) },
    key,
    new TextEncoder().encode(text),
  );
  return `${VERSION}.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(sealed))}`;
}

/** The text sealed for this person and place, or undefined when this key cannot open it. */
export async function openDraft(
  key: CryptoKey,
  userId: string,
  place: string,
  sealed: string,
): Promise<string | undefined> {
  const [version, iv, body, ...rest] = sealed.split('.');
  if (version !== VERSION || iv === undefined || body === undefined || rest.length > 0) return undefined;
  try {
    const text = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64Url(iv), additionalData: boundTo(userId, place) },
      key,
      fromBase64Url(body),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(text);
  } catch {
    return undefined;
  }
}

function boundTo(userId: string, place: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`haven draft ${VERSION}\0${userId}\0${place}`);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('Not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
