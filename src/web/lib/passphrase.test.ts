import { describe, expect, it } from 'vitest';
import { PASSPHRASE_MAX, passphraseLength, passphraseRuleError, passphraseStrength } from './passphrase.js';

describe('passphrase rules', () => {
  it('asks for at least 12 characters and accepts 12', () => {
    expect(passphraseRuleError('')).toMatch(/choose a passphrase/);
    expect(passphraseRuleError('a'.repeat(11))).toMatch(/at least 12/);
    expect(passphraseRuleError('a'.repeat(12))).toBeUndefined();
  });

  it('accepts up to 256 characters and refuses more', () => {
    expect(passphraseRuleError('x'.repeat(PASSPHRASE_MAX))).toBeUndefined();
    expect(passphraseRuleError('x'.repeat(PASSPHRASE_MAX + 1))).toMatch(/at most 256/);
  });

  it('has no composition rules: lower-case words alone are fine', () => {
    expect(passphraseRuleError('plain lower case words')).toBeUndefined();
  });

  it('counts characters as people do, so an emoji is one', () => {
    expect(passphraseLength('🌱🌱🌱')).toBe(3);
    expect(passphraseRuleError('🌱'.repeat(11))).toMatch(/at least 12/);
  });
});

describe('passphrase strength hint', () => {
  it('says how many characters are still needed below the minimum', () => {
    const hint = passphraseStrength('short');
    expect(hint.level).toBe('too-short');
    expect(hint.message).toContain('7 more');
  });

  it('calls twelve lower-case letters "could be stronger"', () => {
    expect(passphraseStrength('abcdefghijkl').level).toBe('could-be-stronger');
  });

  it('calls twelve varied characters "good"', () => {
    expect(passphraseStrength('Tr4il-m1x#Qz').level).toBe('good');
  });

  it('calls a long passphrase of several words "strong"', () => {
    expect(passphraseStrength('quiet river under morning light').level).toBe('strong');
  });

  it('does not let repetition pass for length', () => {
    expect(passphraseStrength('a'.repeat(40)).level).toBe('could-be-stronger');
    expect(passphraseStrength('abab'.repeat(10)).level).toBe('could-be-stronger');
  });

  it('grows with length for the same kind of characters', () => {
    const order = ['could-be-stronger', 'good', 'strong'];
    const short = order.indexOf(passphraseStrength('correct horse').level);
    const long = order.indexOf(passphraseStrength('correct horse battery staple').level);
    expect(long).toBeGreaterThan(short);
  });
});
