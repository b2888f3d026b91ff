import { describe, expect, it } from 'vitest';
import { readRegion, REGION_STORAGE_KEY } from './region.js';

const storing = (value: string | null) => ({
  getItem: (key: string) => (key === REGION_STORAGE_KEY ? value : null),
});

describe('the region for help', () => {
  it('follows the browser language until the person chooses', () => {
    expect(readRegion(storing(null), 'en-GB')).toBe('GB');
    expect(readRegion(storing(null), 'en-NZ')).toBe('NZ');
    expect(readRegion(storing(null), 'fr-FR')).toBe('other');
    expect(readRegion(undefined, undefined)).toBe('other');
  });

  it('keeps a stored choice, and ignores anything it does not know', () => {
    expect(readRegion(storing('AU'), 'en-GB')).toBe('AU');
    expect(readRegion(storing('other'), 'en-US')).toBe('other');
    expect(readRegion(storing('Atlantis'), 'en-IE')).toBe('IE');
  });

  it('falls back to the locale when storage cannot be read', () => {
    const broken = {
      getItem: () => {
        throw new Error('storage is off');
      },
    };
    expect(readRegion(broken, 'en-CA')).toBe('CA');
  });
});
