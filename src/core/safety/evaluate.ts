import { detectRisk, type RiskLevel } from './detector.js';

export interface LabelledPassage {
  text: string;
  level: RiskLevel;
}

/** Precision and recall for one way of slicing the levels. `null` where nothing was there to count. */
export interface Score {
  /** Of the passages the detector put here, the share that belonged here. */
  precision: number | null;
  /** Of the passages that belonged here, the share the detector put here. */
  recall: number | null;
  truePositives: number;
  predicted: number;
  actual: number;
}

export interface EvaluationReport {
  total: number;
  /** How many passages carry each label. */
  counts: Record<RiskLevel, number>;
  urgent: Score;
  concern: Score;
  /** Any risk at all: the label is not `none`, the detector said something other than `none`. */
  anyRisk: Score;
  /** Share of passages labelled `none` that raised anything (`null` if there were none). */
  noneRaisedShare: number | null;
  /** Rows are labels, columns are what the detector said. */
  confusion: Record<RiskLevel, Record<RiskLevel, number>>;
}

const LEVELS: readonly RiskLevel[] = ['none', 'concern', 'urgent'];

function score(
  pairs: readonly (readonly [RiskLevel, RiskLevel])[],
  inSlice: (level: RiskLevel) => boolean,
): Score {
  let truePositives = 0;
  let predicted = 0;
  let actual = 0;
  for (const [label, got] of pairs) {
    if (inSlice(got)) predicted++;
    if (inSlice(label)) actual++;
    if (inSlice(got) && inSlice(label)) truePositives++;
  }
  return {
    precision: predicted === 0 ? null : truePositives / predicted,
    recall: actual === 0 ? null : truePositives / actual,
    truePositives,
    predicted,
    actual,
  };
}

/**
 * Runs the detector over labelled passages. A passage labelled `urgent` that the
 * detector calls `concern` counts against urgent recall but for any-risk recall.
 */
export function evaluateDetector(
  items: readonly LabelledPassage[],
  detect: (text: string) => { level: RiskLevel } = detectRisk,
): EvaluationReport {
  const pairs = items.map((item) => [item.level, detect(item.text).level] as const);
  const confusion = {
    none: { none: 0, concern: 0, urgent: 0 },
    concern: { none: 0, concern: 0, urgent: 0 },
    urgent: { none: 0, concern: 0, urgent: 0 },
  } satisfies Record<RiskLevel, Record<RiskLevel, number>>;
  for (const [label, got] of pairs) confusion[label][got]++;
  const counts = {
    none: pairs.filter(([label]) => label === 'none').length,
    concern: pairs.filter(([label]) => label === 'concern').length,
    urgent: pairs.filter(([label]) => label === 'urgent').length,
  };
  const noneRaised = confusion.none.concern + confusion.none.urgent;
  return {
    total: pairs.length,
    counts,
    urgent: score(pairs, (l) => l === 'urgent'),
    concern: score(pairs, (l) => l === 'concern'),
    anyRisk: score(pairs, (l) => l !== 'none'),
    noneRaisedShare: counts.none === 0 ? null : noneRaised / counts.none,
    confusion,
  };
}

const pct = (n: number | null): string => (n === null ? '-' : n.toFixed(3));

/** A small plain-text table of an evaluation report. */
export function formatEvaluation(report: EvaluationReport): string {
  const rows: [string, Score][] = [
    ['urgent', report.urgent],
    ['concern', report.concern],
    ['any risk', report.anyRisk],
  ];
  const lines = [
    `passages: ${report.total} (urgent ${report.counts.urgent}, concern ${report.counts.concern}, none ${report.counts.none})`,
    '',
    'level      precision  recall  labelled  predicted',
    ...rows.map(
      ([name, s]) =>
        `${name.padEnd(10)} ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${String(s.actual).padStart(8)}  ${String(s.predicted).padStart(9)}`,
    ),
    '',
    `none passages that raised anything: ${pct(report.noneRaisedShare)}`,
    '',
    'label \\ said   none  concern  urgent',
    ...LEVELS.map(
      (label) =>
        `${label.padEnd(13)} ${LEVELS.map((got) => String(report.confusion[label][got]).padStart(got === 'none' ? 5 : got === 'concern' ? 8 : 7)).join(' ')}`,
    ),
  ];
  return lines.join('\n');
}
