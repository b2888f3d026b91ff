/*
 * One test per row of the detector's tables, generated from the rows
 * themselves: a risk row must catch each of its examples and none of its near
 * misses; an idiom must blank each of its examples and leave its near misses
 * (risky passages sharing its words) to raise a notice.
 */
import { describe, expect, it } from 'vitest';
import { detectorInternals, traceRules } from '../rules.js';
import { IDIOM_EXAMPLES } from './idiom-examples.js';
import { IDIOM_ROWS } from './idioms.js';
import { RISK_EXAMPLES } from './risk-examples.js';
import { RISK_ROWS } from './risks.js';
import type { RowExamples } from './row.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NONE: RowExamples = { examples: [], nearMisses: [] };
const risky = RISK_ROWS.map((row) => ({ ...row, ...(RISK_EXAMPLES[row.id] ?? NONE) }));
const idioms = IDIOM_ROWS.map((row) => ({ ...row, ...(IDIOM_EXAMPLES[row.id] ?? NONE) }));

describe('the detector’s tables', () => {
  it('name every row once, in lower-case words joined by hyphens', () => {
    const ids = [...RISK_ROWS, ...IDIOM_ROWS].map((r) => r.id);
    for (const id of ids) expect(id).toMatch(ID);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('give every row what it catches, an example and a near miss', () => {
    for (const row of [...risky, ...idioms]) {
      expect({ id: row.id, catches: row.catches.length > 0 }).toEqual({ id: row.id, catches: true });
      expect({ id: row.id, examples: row.examples.length > 0 }).toEqual({ id: row.id, examples: true });
      expect({ id: row.id, nearMisses: row.nearMisses.length > 0 }).toEqual({ id: row.id, nearMisses: true });
    }
  });

  it('keep examples only for rows that exist', () => {
    const risk = new Set(RISK_ROWS.map((r) => r.id));
    const idiom = new Set(IDIOM_ROWS.map((r) => r.id));
    expect(Object.keys(RISK_EXAMPLES).filter((id) => !risk.has(id))).toEqual([]);
    expect(Object.keys(IDIOM_EXAMPLES).filter((id) => !idiom.has(id))).toEqual([]);
  });

  it('derive key words for every row from its pattern', () => {
    for (const row of [...detectorInternals.PATTERNS, ...detectorInternals.NEUTRALISERS]) {
      expect({ id: row.id, keyed: row.keys.length > 0 }).toEqual({ id: row.id, keyed: true });
      for (const key of row.keys) expect(key).toMatch(/^[a-z0-9]+$/);
    }
  });
});

describe.each(risky.map((row) => [row.id, row] as const))('risk row %s', (_id, row) => {
  it.each(row.examples)('catches: %s', (text) => {
    expect(traceRules(text).caught).toContain(row.id);
  });
  it.each(row.nearMisses)('lets pass: %s', (text) => {
    expect(traceRules(text).caught).not.toContain(row.id);
  });
});

describe.each(idioms.map((row) => [row.id, row] as const))('idiom %s', (_id, row) => {
  it.each(row.examples)('blanks: %s', (text) => {
    expect(traceRules(text).idioms).toContain(row.id);
  });
  it.each(row.nearMisses)('leaves alone, still raised: %s', (text) => {
    const trace = traceRules(text);
    expect(trace.idioms).not.toContain(row.id);
    expect(trace.level).not.toBe('none');
  });
});
