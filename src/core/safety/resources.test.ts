import { describe, expect, it } from 'vitest';
import { REGIONS, regionFromLocale, resourcesFor } from './resources.js';

describe('crisis resources', () => {
  it('covers every region the issue names', () => {
    expect(REGIONS.map((r) => r.code)).toEqual(['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'other']);
  });

  it('gives every contact a source, a valid check date and a usable link', () => {
    for (const { code } of REGIONS) {
      const { contacts } = resourcesFor(code);
      expect(contacts.length).toBeGreaterThan(0);
      expect(contacts.some((c) => c.kind === 'emergency')).toBe(true);
      for (const c of contacts) {
        expect(c.label.trim()).not.toBe('');
        expect(c.display.trim()).not.toBe('');
        expect(['call', 'text', 'web', 'emergency']).toContain(c.kind);
        expect(c.source).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/.*)?$/);
        expect(c.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(new Date(`${c.checkedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(c.checkedOn);
        expect(c.href).toMatch(/^(tel:\+?[0-9]+|sms:\+?[0-9]+(\?&body=[A-Z]+)?|https:\/\/\S+)$/);
        if (c.kind === 'call' || c.kind === 'emergency') expect(c.href).toMatch(/^(tel:|https:)/);
        if (c.kind === 'text') expect(c.href).toMatch(/^sms:/);
      }
    }
  });

  it('has the numbers checked for the issue', () => {
    const hrefs = (code: string) => resourcesFor(code).contacts.map((c) => c.href);
    expect(hrefs('US')).toEqual(
      expect.arrayContaining(['tel:988', 'sms:988', 'sms:741741?&body=HOME', 'tel:911']),
    );
    expect(hrefs('GB')).toEqual(expect.arrayContaining(['tel:116123', 'sms:85258', 'tel:999']));
    expect(hrefs('IE')).toEqual(expect.arrayContaining(['tel:116123', 'tel:112', 'tel:999']));
    expect(hrefs('CA')).toEqual(expect.arrayContaining(['tel:988', 'sms:988', 'tel:911']));
    expect(hrefs('AU')).toEqual(expect.arrayContaining(['tel:131114', 'sms:0477131114', 'tel:000']));
    expect(hrefs('NZ')).toEqual(expect.arrayContaining(['tel:1737', 'sms:1737', 'tel:111']));
    expect(hrefs('other')).toContain('https://findahelpline.com');
  });

  it('falls back to anywhere else for unknown regions', () => {
    expect(resourcesFor('FR').code).toBe('other');
    expect(resourcesFor('').code).toBe('other');
    expect(resourcesFor('gb').code).toBe('GB');
    expect(resourcesFor('UK').code).toBe('GB');
  });

  it('defaults a region from the locale', () => {
    expect(regionFromLocale('en-GB')).toBe('GB');
    expect(regionFromLocale('en-UK')).toBe('GB');
    expect(regionFromLocale('en-US')).toBe('US');
    expect(regionFromLocale('en_AU')).toBe('AU');
    expect(regionFromLocale('en-ie')).toBe('IE');
    expect(regionFromLocale('fr-CA')).toBe('CA');
    expect(regionFromLocale('mi-NZ')).toBe('NZ');
    expect(regionFromLocale('fr-FR')).toBe('other');
    expect(regionFromLocale('en')).toBe('other');
    expect(regionFromLocale('zh-Hant-TW')).toBe('other');
    expect(regionFromLocale(undefined)).toBe('other');
    expect(regionFromLocale('')).toBe('other');
  });
});
