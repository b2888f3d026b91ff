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
 * and tuned against. eval-holdout.jsonl, eval-holdout-2.jsonl and
 * eval-holdout-3.jsonl were each measured once while unseen (figures below),
 * then folded into the development data and tuned against, so they are held to
 * the targets.
 *
 * eval-dev-extra.jsonl holds idioms and everyday lines (and a few risk
 * passages) written to train the learned layer (classifier.ts); it is
 * development data too.
 *
 * The learned layer is trained on all the development sets, so its figures on
 * them are flattering: the honest figures are the cross-validation ones printed
 * by scripts/train-safety-classifier.ts, and the holdouts below.
 *
 * eval-holdout-5.jsonl was measured once while unseen, then folded into the
 * development data (and the learned layer's training data).
 *
 * eval-holdout-4.jsonl and eval-holdout-6.jsonl have not been tuned against.
 * Their floors are the figures measured once, less a small margin; raise them
 * as the detector improves, and never tune against these files.
 */
describe('detector evaluation', () => {
  const set = load('eval-set.jsonl');
  const holdout = load('eval-holdout.jsonl');
  const holdout2 = load('eval-holdout-2.jsonl');
  const holdout3 = load('eval-holdout-3.jsonl');
  const holdout4 = load('eval-holdout-4.jsonl');
  const holdout5 = load('eval-holdout-5.jsonl');
  const holdout6 = load('eval-holdout-6.jsonl');
  const extra = load('eval-dev-extra.jsonl');
  const count = (items: LabelledPassage[], level: string) => items.filter((i) => i.level === level).length;

  it('has enough labelled passages of each kind', () => {
    expect(count(set, 'urgent')).toBeGreaterThanOrEqual(100);
    expect(count(set, 'urgent') + count(set, 'concern')).toBeGreaterThanOrEqual(160);
    expect(count(set, 'none')).toBeGreaterThanOrEqual(160);
    expect(count(holdout, 'urgent') + count(holdout, 'concern')).toBeGreaterThanOrEqual(40);
    expect(count(holdout, 'none')).toBeGreaterThanOrEqual(40);
    for (const fresh of [holdout2, holdout3, holdout5]) {
      expect(count(fresh, 'urgent')).toBeGreaterThanOrEqual(60);
      expect(count(fresh, 'concern')).toBeGreaterThanOrEqual(25);
      expect(count(fresh, 'none')).toBeGreaterThanOrEqual(90);
    }
    expect(count(holdout4, 'urgent')).toBeGreaterThanOrEqual(70);
    expect(count(holdout4, 'concern')).toBeGreaterThanOrEqual(30);
    expect(count(holdout4, 'none')).toBeGreaterThanOrEqual(100);
    expect(count(holdout6, 'urgent')).toBeGreaterThanOrEqual(50);
    expect(count(holdout6, 'concern')).toBeGreaterThanOrEqual(20);
    expect(count(holdout6, 'none')).toBeGreaterThanOrEqual(80);
  });

  it('meets the targets on the development data', () => {
    // Measured once while unseen, before being folded in:
    // - eval-holdout-2: urgent recall 0.529 with the phrase-only detector, then
    //   0.824 (56 of 68) after the compositional redesign, none raised 0.032.
    // - eval-holdout-3: urgent recall 0.532 (33 of 62), any-risk recall 0.602,
    //   none raised 0.098 (9 of 92).
    // - eval-holdout-5: urgent recall 0.633 (38 of 60), any-risk recall 0.776,
    //   none raised 0.067 (6 of 90).
    for (const [name, items] of [
      ['labelled set', set],
      ['first holdout, now development data', holdout],
      ['second holdout, now development data', holdout2],
      ['third holdout, now development data', holdout3],
      ['fifth holdout, now development data', holdout5],
      ['extra development data for the learned layer', extra],
    ] as const) {
      const report = evaluateDetector(items);
      console.log(`${name}\n${formatEvaluation(report)}`);
      expect(report.urgent.recall).toBeGreaterThanOrEqual(0.98);
      expect(report.noneRaisedShare).toBeLessThanOrEqual(0.05);
    }
  });

  it('holds its ground on the fourth holdout', () => {
    const report = evaluateDetector(holdout4);
    console.log(`fourth holdout\n${formatEvaluation(report)}`);
    // Written before the means, farewell and paraphrase lexicons were added, and
    // measured once after: urgent recall 0.682 (58 of 85), any-risk recall 0.752
    // (91 of 121), none raised 0.071 (8 of 112). Still far from the issue's
    // targets (0.98 and 0.05): indirect farewells, means named without a cue,
    // and jokes ending in "lol" escape.
    // With the learned layer added, measured once: urgent recall 0.847 (72 of 85),
    // any-risk recall 0.934 (113 of 121), none raised 0.098 (11 of 112). Better
    // recall, a little more noise; still short of the targets.
    // After the farewell and preparation patterns and their guards, and
    // retraining with the fifth holdout: urgent recall 0.929 (79 of 85), any-risk
    // recall 0.942 (114 of 121), none raised 0.045 (5 of 112).
    // These floors only guard against regressions.
    expect(report.urgent.recall).toBeGreaterThanOrEqual(0.86);
    expect(report.anyRisk.recall).toBeGreaterThanOrEqual(0.89);
    expect(report.noneRaisedShare).toBeLessThanOrEqual(0.08);
  });

  it('holds its ground on the sixth holdout', () => {
    const report = evaluateDetector(holdout6);
    console.log(`sixth holdout\n${formatEvaluation(report)}`);
    // Written before the farewell and preparation patterns were added, measured
    // once after: urgent recall 0.560 (28 of 50), any-risk recall 0.771 (54 of
    // 70), none raised 0.013 (1 of 80); after a retrain for an unrelated
    // everyday phrase, 0.580, 0.786 and 0.013. Far short of the targets (0.98
    // and 0.05) on unseen writing. These floors (measured less a margin) only
    // guard against regressions; never tune against this file.
    expect(report.urgent.recall).toBeGreaterThanOrEqual(0.5);
    expect(report.anyRisk.recall).toBeGreaterThanOrEqual(0.72);
    expect(report.noneRaisedShare).toBeLessThanOrEqual(0.05);
  });
});
