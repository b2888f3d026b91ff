import { describe, expect, it } from 'vitest';
import { describeImport, parseExportFile } from './export-file.js';
import { groupRecoveryCode, recoveryCodeFile } from './recovery-code.js';
import { relativeTime } from './time.js';

describe('recovery code grouping', () => {
  it('splits a bare code into groups of four', () => {
    expect(groupRecoveryCode('ABCDEFGHIJ')).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('keeps the groups of a code that already has separators', () => {
    expect(groupRecoveryCode('abcde-fghij-klmno')).toEqual(['abcde', 'fghij', 'klmno']);
    expect(groupRecoveryCode(' AB CD ')).toEqual(['AB', 'CD']);
  });

  it('writes the code and the plain truth into the download', () => {
    const text = recoveryCodeFile('ABCD-EFGH', 'river', new Date('2025-03-04T10:00:00Z'));
    expect(text).toContain('ABCD-EFGH');
    expect(text).toContain('Account name: river');
    expect(text).toContain('2025-03-04');
    expect(text).toMatch(/nobody, Haven included, can read/);
  });
});

describe('import file check', () => {
  it('accepts an object with a list of records', () => {
    const result = parseExportFile('{"format":"haven-export","records":[]}');
    expect(result.ok).toBe(true);
  });

  it('explains when the file is not JSON', () => {
    const result = parseExportFile('# My notes');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.message).toMatch(/isn't JSON/);
  });

  it('explains when the JSON is not a Haven export', () => {
    for (const text of ['[]', '{"entries":[]}', '{"records":{}}', 'null']) {
      const result = parseExportFile(text);
      expect(!result.ok && result.message).toMatch(/isn't a Haven export/);
    }
  });

  it('summarises an import in plain words', () => {
    expect(describeImport({ total: 14, imported: 12, skipped: 2 })).toBe(
      'Imported 12 of 14 entries. 2 were already here and left as they are.',
    );
    expect(describeImport({ total: 1, imported: 1, skipped: 0 })).toBe('Imported 1 of 1 entry.');
    expect(describeImport({ total: 0, imported: 0, skipped: 0 })).toMatch(/nothing to bring in/);
  });
});

describe('relative time', () => {
  const now = new Date('2025-06-01T12:00:00Z');
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it('says "just now" for the last few seconds', () => {
    expect(relativeTime(ago(10), now, 'en')).toBe('just now');
  });

  it('uses the largest whole unit', () => {
    expect(relativeTime(ago(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(relativeTime(ago(26 * 3600), now, 'en')).toBe('yesterday');
    expect(relativeTime(ago(15 * 86400), now, 'en')).toBe('2 weeks ago');
  });
});
