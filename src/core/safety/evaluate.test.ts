import { describe, expect, it } from 'vitest';
import type { RiskLevel } from './detector.js';
import { evaluateDetector, formatEvaluation, type LabelledPassage } from './evaluate.js';

// A stub detector: each passage's text is the level it will "detect".
const stub = (text: string): { level: RiskLevel } => ({ level: text.split(':')[1] as RiskLevel });
const item = (label: RiskLevel, said: RiskLevel, n: number): LabelledPassage => ({
  text: `${n}:${said}`,
  level: label,
});

/*
 * Labels -> what the stub says:
 *   urgent  -> urgent, urgent, concern          (3 urgent)
 *   concern -> concern, none                    (2 concern)
 *   none    -> none, none, none, concern, urgent (5 none)
 */
const items: LabelledPassage[] = [
  item('urgent', 'urgent', 1),
  item('urgent', 'urgent', 2),
  item('urgent', 'concern', 3),
  item('concern', 'concern', 4),
  item('concern', 'none', 5),
  item('none', 'none', 6),
  item('none', 'none', 7),
  item('none', 'none', 8),
  item('none', 'concern', 9),
  item('none', 'urgent', 10),
];

describe('evaluateDetector', () => {
  const report = evaluateDetector(items, stub);

  it('counts the labels', () => {
    expect(report.total).toBe(10);
    expect(report.counts).toEqual({ none: 5, concern: 2, urgent: 3 });
  });

  it('computes urgent precision and recall', () => {
    // said urgent: #1, #2, #10 -> 2 of 3 right; labelled urgent: 3, found 2.
    expect(report.urgent).toMatchObject({ truePositives: 2, predicted: 3, actual: 3 });
    expect(report.urgent.precision).toBeCloseTo(2 / 3);
    expect(report.urgent.recall).toBeCloseTo(2 / 3);
  });

  it('computes concern precision and recall', () => {
    // said concern: #3, #4, #9 -> only #4 right; labelled concern: #4, #5.
    expect(report.concern).toMatchObject({ truePositives: 1, predicted: 3, actual: 2 });
    expect(report.concern.precision).toBeCloseTo(1 / 3);
    expect(report.concern.recall).toBeCloseTo(1 / 2);
  });

  it('computes any-risk precision and recall', () => {
    // said anything: #1-#4, #9, #10 (6); of those labelled risk: #1-#4 (4); labelled risk: 5.
    expect(report.anyRisk).toMatchObject({ truePositives: 4, predicted: 6, actual: 5 });
    expect(report.anyRisk.precision).toBeCloseTo(4 / 6);
    expect(report.anyRisk.recall).toBeCloseTo(4 / 5);
  });

  it('computes the share of none passages that raised anything', () => {
    expect(report.noneRaisedShare).toBeCloseTo(2 / 5);
    expect(report.confusion.none).toEqual({ none: 3, concern: 1, urgent: 1 });
  });

  it('reports null where there is nothing to divide by', () => {
    const empty = evaluateDetector([], stub);
    expect(empty.urgent.precision).toBeNull();
    expect(empty.urgent.recall).toBeNull();
    expect(empty.noneRaisedShare).toBeNull();
  });

  it('formats a readable table', () => {
    const table = formatEvaluation(report);
    expect(table).toContain('passages: 10 (urgent 3, concern 2, none 5)');
    expect(table).toMatch(/urgent\s+0\.667\s+0\.667\s+3\s+3/);
    expect(table).toMatch(/concern\s+0\.333\s+0\.500\s+2\s+3/);
    expect(table).toMatch(/any risk\s+0\.667\s+0\.800\s+5\s+6/);
    expect(table).toContain('none passages that raised anything: 0.400');
  });

  it('uses the real detector by default', () => {
    const real = evaluateDetector([
      { text: 'I want to die', level: 'urgent' },
      { text: 'this commute is killing me', level: 'none' },
    ]);
    expect(real.urgent.recall).toBe(1);
    expect(real.noneRaisedShare).toBe(0);
  });
});
