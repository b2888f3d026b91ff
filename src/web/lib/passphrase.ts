/**
 * Passphrase rules after OWASP ASVS level 2: a length range and nothing else.
 * No composition rules; the strength hint only informs, it never blocks once
 * the minimum is met.
 */
export const PASSPHRASE_MIN = 12;
export const PASSPHRASE_MAX = 256;

export type StrengthLevel = 'too-short' | 'could-be-stronger' | 'good' | 'strong';

export interface PassphraseStrength {
  level: StrengthLevel;
  /** A short sentence in Haven's voice, shown under the field. */
  message: string;
}

/** Length in characters as a person counts them (code points, so an emoji is one). */
export function passphraseLength(passphrase: string): number {
  return Array.from(passphrase).length;
}

/** The rule check: a message when the passphrase cannot be used, otherwise undefined. */
export function passphraseRuleError(passphrase: string): string | undefined {
  const length = passphraseLength(passphrase);
  if (length === 0) return 'Please choose a passphrase.';
  if (length < PASSPHRASE_MIN) return `Your passphrase needs at least ${PASSPHRASE_MIN} characters.`;
  if (length > PASSPHRASE_MAX) return `Your passphrase can be at most ${PASSPHRASE_MAX} characters.`;
  return undefined;
}

/**
 * A rough estimate from length and variety of characters. Repeated characters
 * count for less, so "aaaaaaaaaaaaaaaa" does not pass for a long passphrase.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const chars = Array.from(passphrase);
  if (chars.length < PASSPHRASE_MIN) {
    const left = PASSPHRASE_MIN - chars.length;
    return {
      level: 'too-short',
      message: `At least ${PASSPHRASE_MIN} characters: ${left} more to go.`,
    };
  }
  const bits = estimateBits(chars);
  if (bits >= STRONG_BITS) return { level: 'strong', message: 'Strong.' };
  if (bits >= GOOD_BITS) return { level: 'good', message: 'Good.' };
  return {
    level: 'could-be-stronger',
    message: 'Could be stronger. A few more words make a big difference.',
  };
}

const GOOD_BITS = 60;
const STRONG_BITS = 85;

function estimateBits(chars: readonly string[]): number {
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => c === ' ')) pool += 1;
  if (chars.some((c) => /[!-/:-@[-`{-~]/.test(c))) pool += 32;
  if (chars.some((c) => (c.codePointAt(0) ?? 0) > 127)) pool += 100;
  const distinct = new Set(chars).size;
  // Each distinct character carries the weight of at most three positions.
  const effectiveLength = Math.min(chars.length, distinct * 3);
  return effectiveLength * Math.log2(Math.max(pool, 2));
}
