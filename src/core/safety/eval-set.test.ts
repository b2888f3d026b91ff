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
 * and tuned against. eval-holdout.jsonl was the next holdout: measured before
 * the compositional rules (urgent recall 0.647, 22 of 34), then folded into the
 * development data and tuned against, so it is held to the same targets.
 *
 * eval-holdout-2.jsonl and eval-holdout-3.jsonl have not been tuned against.
 * Their floors are the figures measured once, less a small margin; raise them
 * as the detector improves, and never tune against these files.
 */
describe('detector evaluation', () => {
  const set = load('eval-set.jsonl');
  const holdout = load('eval-holdout.jsonl');
  const holdout2 = load('eval-holdout-2.jsonl');
  const holdout3 = load('eval-holdout-3.jsonl');
  const count = (items: LabelledPassage[], level: string) => items.filter((i) => i.level === level).length;

  it('has enough labelled passages of each kind', () => {
    expect(count(set, 'urgent')).toBeGreaterThanOrEqual(100);
    expect(count(set, 'urgent') + count(set, 'concern')).toBeGreaterThanOrEqual(160);
    expect(count(set, 'none')).toBeGreaterThanOrEqual(160);
    expect(count(holdout, 'urgent') + count(holdout, 'concern')).toBeGreaterThanOrEqual(40);
    expect(count(holdout, 'none')).toBeGreaterThanOrEqual(40);
    for (const fresh of [holdout2, holdout3]) {
      expect(count(fresh, 'urgent')).toBeGreaterThanOrEqual(60);
      expect(count(fresh, 'concern')).toBeGreaterThanOrEqual(25);
      expect(count(fresh, 'none')).toBeGreaterThanOrEqual(90);
    }
  });

  it('meets the targets on the development data', () => {
    for (const [name, items] of [
      ['labelled set', set],
      ['first holdout, now development data', holdout],
    ] as const) {
      const report = evaluateDetector(items);
      console.log(`${name}\n${formatEvaluation(report)}`);
      expect(report.urgent.recall).toBeGreaterThanOrEqual(0.98);
      expect(report.noneRaisedShare).toBeLessThanOrEqual(0.05);
    }
  });

  it('holds its ground on the second holdout', () => {
    const report = evaluateDetector(holdout2);
    console.log(`second holdout\n${formatEvaluation(report)}`);
    // Written before the compositional rules. Measured with the phrase-only
    // detector: urgent recall 0.529 (36 of 68), none raised 0.053 (5 of 94).
    // Measured once after the redesign: urgent recall 0.824 (56 of 68), any-risk
    // recall 0.874, none raised 0.032 (3 of 94). The target is 0.98.
    expect(report.urgent.recall).toBeGreaterThanOrEqual(0.78);
    expect(report.anyRisk.recall).toBeGreaterThanOrEqual(0.83);
    expect(report.noneRaisedShare).toBeLessThanOrEqual(0.06);
  });

  it('holds its ground on the third holdout', () => {
    const report = evaluateDetector(holdout3);
    console.log(`third holdout\n${formatEvaluation(report)}`);
    // Written after the redesign, before its results were seen. Measured once:
    // urgent recall 0.532 (33 of 62), any-risk recall 0.602 (53 of 88), none
    // raised 0.098 (9 of 92). Far from the target: new wording still escapes the
    // lexicons. These floors only guard against regressions.
    expect(report.urgent.recall).toBeGreaterThanOrEqual(0.5);
    expect(report.anyRisk.recall).toBeGreaterThanOrEqual(0.56);
    expect(report.noneRaisedShare).toBeLessThanOrEqual(0.12);
  });
});
