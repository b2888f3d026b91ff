import { describe, expect, it } from 'vitest';
import { checkSealedWrite, sealedUntil, shownPayload } from '../records/sealing.js';
import { letterKind, type LetterPayload } from './kinds.js';
import { firstChoosableDay, letterDay, letterState, opensAtFor } from './letters.js';

const NOW = new Date('2026-12-03T21:30:00.000Z');

describe('when a letter opens', () => {
  it('opens at the start of the day, in the person’s zone, a span from today', () => {
    expect(opensAtFor({ span: 'three-months' }, NOW, 'Europe/London').toISOString()).toBe(
      '2027-03-03T00:00:00.000Z',
    );
    // Already 4 December in Tokyo: three months from there, at local midnight.
    expect(opensAtFor({ span: 'three-months' }, NOW, 'Asia/Tokyo').toISOString()).toBe(
      '2027-03-03T15:00:00.000Z',
    );
    expect(opensAtFor({ span: 'year' }, NOW, 'America/New_York').toISOString()).toBe(
      '2027-12-03T05:00:00.000Z',
    );
    // A month from the last day of January lands on the last day of February.
    expect(opensAtFor({ span: 'month' }, new Date('2027-01-31T12:00:00Z'), 'UTC').toISOString()).toBe(
      '2027-02-28T00:00:00.000Z',
    );
  });

  it('opens a chosen day at its start in the zone, across a clock change', () => {
    expect(opensAtFor({ day: '2027-07-01' }, NOW, 'Europe/Berlin').toISOString()).toBe(
      '2027-06-30T22:00:00.000Z',
    );
    expect(opensAtFor({ day: '2027-01-15' }, NOW, 'Europe/Berlin').toISOString()).toBe(
      '2027-01-14T23:00:00.000Z',
    );
  });

  it('offers tomorrow as the first day to choose, in the person’s zone', () => {
    expect(firstChoosableDay(NOW, 'Europe/London')).toBe('2026-12-04');
    expect(firstChoosableDay(NOW, 'Asia/Tokyo')).toBe('2026-12-05');
  });

  it('writes the day as a person reads it', () => {
    expect(letterDay('2027-03-03T00:00:00.000Z', 'UTC')).toBe('3 March 2027');
  });
});

describe('a sealed letter, on a clock given in', () => {
  const letter: LetterPayload = { text: 'Dear me', opensAt: '2027-03-03T00:00:00.000Z' };
  const opens = Date.parse('2027-03-03T00:00:00.000Z');

  it('shows only its envelope until its moment, then its words', () => {
    expect(sealedUntil(letterKind, letter, opens - 1)).toBe(opens);
    expect(shownPayload(letterKind, letter, opens - 1)).toEqual({ sealed: true, opensAt: letter.opensAt });
    expect(sealedUntil(letterKind, letter, opens)).toBeUndefined();
    expect(shownPayload(letterKind, letter, opens)).toEqual(letter);
  });

  it('stays open once opened early on purpose', () => {
    const early = letterKind.sealing?.openEarly(letter, '2027-01-01T10:00:00.000Z');
    expect(early).toEqual({ ...letter, openedEarlyAt: '2027-01-01T10:00:00.000Z' });
    expect(shownPayload(letterKind, early, opens - DAY_MS)).toEqual(early);
  });

  it('refuses a day already past, an envelope, and a change while sealed', () => {
    expect(() => checkSealedWrite(letterKind, letter, opens, 'create')).toThrow(/day still to come/);
    expect(() => checkSealedWrite(letterKind, letter, opens - 1, 'create')).not.toThrow();
    expect(() =>
      checkSealedWrite(letterKind, { sealed: true, opensAt: letter.opensAt }, opens - 1, 'import'),
    ).toThrow(/needs its words/);
    expect(() => checkSealedWrite(letterKind, letter, opens - 1, 'update', letter)).toThrow(/sealed/);
    expect(() => checkSealedWrite(letterKind, letter, opens + 1, 'update', letter)).not.toThrow();
    // An old letter comes back from an export whatever its day.
    expect(() => checkSealedWrite(letterKind, letter, opens + 1, 'import')).not.toThrow();
  });

  it('knows where a letter stands for the person', () => {
    expect(letterState({ sealed: true, opensAt: letter.opensAt })).toBe('sealed');
    expect(letterState(letter)).toBe('arrived');
    expect(letterState({ ...letter, readAt: '2027-03-04T08:00:00.000Z' })).toBe('open');
    expect(letterState({ ...letter, openedEarlyAt: '2027-01-01T08:00:00.000Z' })).toBe('open');
  });
});

const DAY_MS = 24 * 60 * 60_000;
