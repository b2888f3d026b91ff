import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { evaluateDetector, formatEvaluation, type LabelledPassage } from './evaluate.js';

const line = z
  .object({ text: z.string().trim().min(1), level: z.enum(['none', 'concern', 'urgent']) })
  .strict();

function load(name: string): LabelledPassage[] {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => line.parse(JSON.parse(l)));
}

/*
 * eval-set.jsonl is the labelled set the detector was built and tuned on. It
 * includes three earlier holdout sets, folded in once they had been measured
 * and tuned against. eval-holdout.jsonl was written before the detector was
 * last changed and has not been tuned against: its figures are the honest ones.
 */
describe('detector evaluation', () => {
  const set = load('eval-set.jsonl');
  const holdout = load('eval-holdout.jsonl');

  it('has enough labelled passages of each kind', () => {
    const count = (items: LabelledPassage[], level: string) => items.filter((i) => i.level === level).length;
    expect(count(set, 'urgent')).toBeGreaterThanOrEqual(100);
    expect(count(set, 'urgent') + count(set, 'concern')).toBeGreaterThanOrEqual(160);
    expect(count(set, 'none')).toBeGreaterThanOrEqual(160);
    expect(count(holdout, 'urgent') + count(holdout, 'concern')).toBeGreaterThanOrEqual(40);
    expect(count(holdout, 'none')).toBeGreaterThanOrEqual(40);
  });

  it('meets the targets on the labelled set', () => {
    const report = evaluateDetector(set);
    console.log(`labelled set\n${formatEvaluation(report)}`);
    expect(report.urgent.recall).toBeGreaterThanOrEqual(0.98);
    expect(report.noneRaisedShare).toBeLessThanOrEqual(0.05);
  });

  it('holds its ground on the holdout', () => {
    const report = evaluateDetector(holdout);
    console.log(`holdout\n${formatEvaluation(report)}`);
    // The target is urgent recall >= 0.9 on unseen writing. Measured on
    // this holdout before any tuning against it: 0.647 (22 of 34). Until the
    // detector reaches the target, this floor guards against regressions; raise
    // it as the detector improves, and never tune against this file.
    expect(report.urgent.recall).toBeGreaterThanOrEqual(0.6);
    expect(report.noneRaisedShare).toBeLessThanOrEqual(0.05);
  });
});
