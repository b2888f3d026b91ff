import { describe, expect, it } from 'vitest';
import { keyWordsOf } from './keys.js';

describe('keyWordsOf: key words derived from a pattern', () => {
  it('takes a whole word from every spelling', () => {
    // "myself" is in every match, but common: the three spellings of "kill" make rarer keys.
    expect(keyWordsOf(String.raw`\b(?:kill(?:ing|ed)? myself)(?![a-z0-9])`)).toEqual([
      'kill',
      'killed',
      'killing',
    ]);
    expect(keyWordsOf(String.raw`\b(?:(?:hate|loathe) everything)(?![a-z0-9])`)).toEqual(['everything']);
  });

  it('takes the union across alternatives', () => {
    expect(keyWordsOf(String.raw`\b(?:suicidal|hopeless)\b`)).toEqual(['hopeless', 'suicidal']);
  });

  it('lists every spelling when no word is shared', () => {
    expect(keyWordsOf(String.raw`\b(?:die|dying|dead)\b`)).toEqual(['dead', 'die', 'dying']);
  });

  it('prefers a rare word to a common one', () => {
    expect(keyWordsOf(String.raw`\b(?:i want to vanish)\b`)).toEqual(['vanish']);
  });

  it('never takes part of a word as a whole one', () => {
    // Without edges, "kill" could be the end of "overkill": nothing can be proven.
    expect(keyWordsOf('kill')).toBeNull();
    expect(keyWordsOf('kill', true)).toEqual(['kill']);
    expect(keyWordsOf(String.raw`\bkill\w*`)).toBeNull();
  });

  it('reads past open stretches to a word that must be there', () => {
    expect(keyWordsOf(String.raw`\b(?:want|need) (?:\w+ ){0,3}?to disappear\b`)).toEqual(['disappear']);
    expect(keyWordsOf(String.raw`\b(?:\w+ )?gone\b`)).toEqual(['gone']);
  });

  it('gives nothing for an optional word', () => {
    expect(keyWordsOf(String.raw`\b(?:really )?(?:\w+)\b`)).toBeNull();
  });

  it('knows a word ends where a lookahead refuses a letter', () => {
    expect(keyWordsOf(String.raw`\bgoodbye(?![a-z0-9])`)).toEqual(['goodbye']);
    expect(keyWordsOf(String.raw`\bgoodbye(?=[a-z])`)).toBeNull();
  });
});
