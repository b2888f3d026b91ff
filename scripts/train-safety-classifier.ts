/**
 * Trains the learned layer of the crisis-language detector and writes
 * src/core/safety/classifier-weights.ts.
 *
 *   npx tsx scripts/train-safety-classifier.ts
 *
 * Reads only the development sets (eval-set, eval-holdout, -2, -3, -5, and
 * eval-dev-extra); never the unseen holdouts (-4, -6), which are kept for
 * measuring. Deterministic: the folds come from a seeded shuffle and training
 * is full-batch.
 *
 * Passages whose only sign, by the rules' reading, is harm from someone else
 * are left out of training: the rules name those precisely, and a model that
 * learned "hit me" raised "it suddenly hit me how far I have come".
 *
 * Two binary logistic regressions over hashed words, stems, word pairs and letter 4-grams (see
 * classifier.ts): "any risk" and "urgent", with L2 regularisation. The rule
 * layer's outputs are deliberately not features: the rules were tuned until
 * they were perfect on these very sets, so a model given them would learn to
 * copy them and nothing else. Instead the two layers are combined in
 * detectRisk (the higher level wins, and the rules' idiom, denial and
 * third-person guards can hold back a raise from the model alone).
 *
 * Thresholds are chosen from 5-fold cross-validation scores, read the same way
 * as in use (whole text, every sentence and pair of sentences): the lowest
 * that keep the share of ordinary passages the model alone would raise within
 * a small budget.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  BUCKETS,
  encodeWeights,
  featuresOf,
  sentencesOf,
  windowFeatures,
  type Model,
  probability,
} from '../src/core/safety/classifier.js';
import {
  detectRiskByRules,
  isGuarded,
  tokensForDetection,
  type RiskLevel,
} from '../src/core/safety/detector.js';

const SEED = 20261126;
const FOLDS = 5;
const L2 = 3e-5;
const ITERATIONS = 600;
const LEARNING_RATE = 0.05;
/** Share of ordinary passages the model alone may raise to urgent, and to anything. */
const URGENT_BUDGET = 0.02;
const ANY_BUDGET = 0.04;
const DEV_SETS = [
  'eval-set.jsonl',
  'eval-holdout.jsonl',
  'eval-holdout-2.jsonl',
  'eval-holdout-3.jsonl',
  'eval-holdout-5.jsonl',
  'eval-dev-extra.jsonl',
];

interface Example {
  level: RiskLevel;
  /** Features of the whole passage (what the models train on). */
  whole: number[];
  /** Features of every window read in use. */
  windows: number[][];
  rules: RiskLevel;
  guarded: boolean;
  /** Risk from someone else only, by the rules' reading: left to the rules, not learned. */
  othersOnly: boolean;
}

const dir = new URL('../src/core/safety/', import.meta.url);

function load(name: string): Example[] {
  return readFileSync(new URL(name, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const { text, level } = JSON.parse(l) as { text: string; level: RiskLevel };
      const sentences = sentencesOf(tokensForDetection(text));
      const rules = detectRiskByRules(text);
      return {
        level,
        whole: featuresOf(sentences),
        windows: windowFeatures(sentences),
        rules: rules.level,
        guarded: isGuarded(rules.guards),
        othersOnly: rules.categories.length > 0 && rules.categories.every((c) => c === 'harm_from_others'),
      };
    });
}

/** Mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Full-batch Adam on the weighted logistic loss with L2; classes balanced. */
function train(examples: readonly Example[], positive: (e: Example) => boolean): Model {
  const n = examples.length;
  const positives = examples.filter(positive).length;
  const weightPos = n / (2 * Math.max(1, positives));
  const weightNeg = n / (2 * Math.max(1, n - positives));
  const w = new Float64Array(BUCKETS + 1); // last is the bias
  const m = new Float64Array(BUCKETS + 1);
  const v = new Float64Array(BUCKETS + 1);
  const grad = new Float64Array(BUCKETS + 1);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let it = 1; it <= ITERATIONS; it++) {
    grad.fill(0);
    for (const e of examples) {
      const y = positive(e) ? 1 : 0;
      const value = e.whole.length === 0 ? 0 : 1 / Math.sqrt(e.whole.length);
      let z = w[BUCKETS] ?? 0;
      for (const f of e.whole) z += (w[f] ?? 0) * value;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y === 1 ? weightPos : weightNeg);
      for (const f of e.whole) grad[f] = (grad[f] ?? 0) + g * value;
      grad[BUCKETS] = (grad[BUCKETS] ?? 0) + g;
    }
    for (let j = 0; j <= BUCKETS; j++) {
      const wj = w[j] ?? 0;
      const gj = (grad[j] ?? 0) / n + (j < BUCKETS ? L2 * wj : 0);
      const mj = b1 * (m[j] ?? 0) + (1 - b1) * gj;
      const vj = b2 * (v[j] ?? 0) + (1 - b2) * gj * gj;
      m[j] = mj;
      v[j] = vj;
      const mh = mj / (1 - b1 ** it);
      const vh = vj / (1 - b2 ** it);
      w[j] = wj - (LEARNING_RATE * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  return { bias: w[BUCKETS] ?? 0, weights: Float32Array.from(w.subarray(0, BUCKETS)) };
}

const isRisk = (e: Example): boolean => e.level !== 'none';
const isUrgent = (e: Example): boolean => e.level === 'urgent';

function windowScore(model: Model, e: Example): number {
  let best = 0;
  for (const f of e.windows) best = Math.max(best, probability(model, f));
  return best;
}

interface Scored {
  e: Example;
  risk: number;
  urgent: number;
}

const RANK: Record<RiskLevel, number> = { none: 0, concern: 1, urgent: 2 };

function learnedLevel(s: Scored, t: { risk: number; urgent: number }): RiskLevel {
  return s.urgent >= t.urgent ? 'urgent' : s.risk >= t.risk ? 'concern' : 'none';
}

function combined(s: Scored, t: { risk: number; urgent: number }): RiskLevel {
  if (s.e.rules === 'urgent' || s.e.guarded) return s.e.rules;
  const l = learnedLevel(s, t);
  return RANK[l] > RANK[s.e.rules] ? l : s.e.rules;
}

/** The lowest threshold keeping the share of ordinary passages raised within the budget. */
function pickThreshold(
  none: readonly Scored[],
  raisedAt: (s: Scored, t: number) => boolean,
  budget: number,
): number {
  const candidates = [...new Set(none.map((s) => s.urgent).concat(none.map((s) => s.risk)))]
    .concat([0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99])
    .sort((a, b) => a - b);
  for (const t of candidates) {
    const raised = none.filter((s) => raisedAt(s, t)).length;
    if (raised / none.length <= budget) return t + 1e-6;
  }
  return 1;
}

function chooseThresholds(scored: readonly Scored[]): { risk: number; urgent: number } {
  const none = scored.filter((s) => s.e.level === 'none' && !s.e.guarded);
  const urgent = pickThreshold(none, (s, t) => s.urgent >= t, URGENT_BUDGET);
  const risk = pickThreshold(none, (s, t) => s.urgent >= urgent || s.risk >= t, ANY_BUDGET);
  return { risk: Math.max(risk, 0.5), urgent: Math.max(urgent, 0.5) };
}

function report(name: string, scored: readonly Scored[], level: (s: Scored) => RiskLevel): void {
  const by = (l: RiskLevel): Scored[] => scored.filter((s) => s.e.level === l);
  const urgent = by('urgent');
  const risk = scored.filter((s) => s.e.level !== 'none');
  const none = by('none');
  const said = scored.map(level);
  const saidUrgent = scored.filter((_, i) => said[i] === 'urgent');
  const saidConcern = scored.filter((_, i) => said[i] === 'concern');
  const f = (x: number): string => x.toFixed(3);
  console.log(
    `${name}: urgent recall ${f(urgent.filter((s) => level(s) === 'urgent').length / urgent.length)}` +
      ` precision ${f(saidUrgent.filter((s) => s.e.level === 'urgent').length / Math.max(1, saidUrgent.length))};` +
      ` concern recall ${f(by('concern').filter((s) => level(s) === 'concern').length / by('concern').length)}` +
      ` precision ${f(saidConcern.filter((s) => s.e.level === 'concern').length / Math.max(1, saidConcern.length))};` +
      ` any-risk recall ${f(risk.filter((s) => level(s) !== 'none').length / risk.length)};` +
      ` none raised ${f(none.filter((s) => level(s) !== 'none').length / none.length)}`,
  );
}

const examples = DEV_SETS.flatMap(load);
const rand = random(SEED);
// Stratified folds: shuffle each level, deal round-robin.
const fold = new Array<number>(examples.length).fill(0);
for (const level of ['none', 'concern', 'urgent'] as const) {
  const idx = examples.map((e, i) => (e.level === level ? i : -1)).filter((i) => i >= 0);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j] ?? 0, idx[i] ?? 0];
  }
  idx.forEach((ix, k) => (fold[ix] = k % FOLDS));
}

const outOfFold: Scored[] = [];
for (let k = 0; k < FOLDS; k++) {
  const trainSet = examples.filter((e, i) => fold[i] !== k && !e.othersOnly);
  const risk = train(trainSet, isRisk);
  const urgent = train(trainSet, isUrgent);
  examples.forEach((e, i) => {
    if (fold[i] === k) outOfFold.push({ e, risk: windowScore(risk, e), urgent: windowScore(urgent, e) });
  });
}
const thresholds = chooseThresholds(outOfFold);
console.log(
  `passages: ${examples.length}; thresholds: risk ${thresholds.risk.toFixed(4)}, urgent ${thresholds.urgent.toFixed(4)}`,
);
report(`${FOLDS}-fold CV, learned layer alone`, outOfFold, (s) => learnedLevel(s, thresholds));
report(`${FOLDS}-fold CV, rules alone (tuned on these sets: flattering)`, outOfFold, (s) => s.e.rules);
report(`${FOLDS}-fold CV, combined (rules flattering)`, outOfFold, (s) => combined(s, thresholds));

const learnable = examples.filter((e) => !e.othersOnly);
console.log(`trained on ${learnable.length}: harm from others is left to the rules`);
const risk = train(learnable, isRisk);
const urgent = train(learnable, isUrgent);
const trained = examples.map((e) => ({ e, risk: windowScore(risk, e), urgent: windowScore(urgent, e) }));
report('training data, combined (flattering)', trained, (s) => combined(s, thresholds));

const r = encodeWeights(risk.weights);
const u = encodeWeights(urgent.weights);
const num = (x: number): string => String(Number(x.toPrecision(8)));
const out = `// Generated by scripts/train-safety-classifier.ts from the development sets. Do not edit by hand.
// Weights are signed 8-bit values in base64, times \`scale\`.
export const CLASSIFIER_WEIGHTS = {
  risk: {
    bias: ${num(risk.bias)},
    scale: ${num(r.scale)},
    weights:
      '${r.encoded}',
  },
  urgent: {
    bias: ${num(urgent.bias)},
    scale: ${num(u.scale)},
    weights:
      '${u.encoded}',
  },
  thresholds: { risk: ${num(thresholds.risk)}, urgent: ${num(thresholds.urgent)} },
};
`;
writeFileSync(new URL('classifier-weights.ts', dir), out);
console.log(`wrote classifier-weights.ts (${out.length} characters)`);
