/**
 * Trains the learned layer of the crisis-language detector and writes
 * src/core/safety/classifier-weights.json.
 *
 *   npx tsx scripts/train-safety-classifier.ts
 *
 * Reads only the files data/safety/manifest.json marks train, in its order,
 * through `readTrainingPassages`, which refuses any holdout (by role and by
 * path). Measure a holdout afterwards with `haven safety eval FILE`.
 * It imports none of the file it writes. Deterministic: the folds come from a
 * seeded shuffle and training is full-batch.
 *
 * Two binary logistic regressions over hashed words, stems, word pairs,
 * letter 4-grams, word families and words inside the reach of a "not" (see
 * classifier.ts): "any risk" and "urgent", with L2 regularisation. Ordinary
 * passages also train as each of their sentences and pairs of sentences,
 * since in use the highest-scoring window counts. The rule layer's outputs
 * are deliberately not features: the rules were tuned on the older sets, so a
 * model given them would learn to copy them. The layers are combined by
 * `combineLevels` in detector.ts, used here too.
 *
 * Thresholds are chosen from 5-fold cross-validation scores of the combined
 * detector, read as in use: the lowest that keep the share of ordinary
 * passages raised within a budget. Most ordinary passages in the development
 * data are written to look risky (idioms, goodbyes, decluttering), so the
 * budget here is looser than the share an everyday journal sees.
 *
 * Knobs for experiments, by environment: NO_WRITE=1, MISSES=file (out-of-fold
 * mistakes), FOLD_MODELS=file (each fold's models and the fold of each passage,
 * for choosing how the layers combine without training again), and L2, ITERATIONS, URGENT_BUDGET, ANY_BUDGET,
 * WINDOW_WEIGHT, VETO, GUARD_OVERRIDE.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import {
  BUCKETS,
  encodeWeights,
  featuresOf,
  sentencesOf,
  windowFeatures,
  learnedLevelOf,
  type Model,
  scoreWindows,
  type Scores,
  type Thresholds,
} from '../src/core/safety/classifier.js';
import {
  combineLevels,
  detectRiskByRules,
  isGuarded,
  tokensForDetection,
  type RiskLevel,
} from '../src/core/safety/rules.js';
import { DATA_DIR, filesOfRole, readTrainingPassages } from './safety-data.js';

const SEED = 20261126;
const FOLDS = 5;
const L2 = Number(process.env.L2 ?? 3e-6);
const ITERATIONS = Number(process.env.ITERATIONS ?? 600);
const LEARNING_RATE = 0.05;
/** Share of ordinary passages the model alone may raise to urgent, and to anything. */
const URGENT_BUDGET = Number(process.env.URGENT_BUDGET ?? 0.07);
const ANY_BUDGET = Number(process.env.ANY_BUDGET ?? 0.11);
/** Total weight of an ordinary passage's windows, beside the passage itself (weight 1). */
const WINDOW_WEIGHT = Number(process.env.WINDOW_WEIGHT ?? 4);
/** The urgent score at which the model is heard even where the rules saw a guard. */
const GUARD_OVERRIDE = Number(process.env.GUARD_OVERRIDE ?? 0.97);
/** Below this on both models, a raise from the rules is taken for an everyday turn of phrase. */
const VETO = Number(process.env.VETO ?? 0.05);
/** Passages a feature must appear in to be learned. */
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
/** Any-risk score the model must also reach to say urgent. */
const AGREE = Number(process.env.AGREE ?? 0.4);
/** The training files, in the manifest's order (the folds depend on it). */
const TRAIN_FILES = filesOfRole('train');

interface Example {
  text: string;
  /** The file it came from. */
  source: string;
  level: RiskLevel;
  /** Features of the whole passage (what the models train on). */
  whole: number[];
  /** Features of every window read in use. */
  windows: number[][];
  rules: RiskLevel;
  guarded: boolean;
}

function load(file: string): Example[] {
  const source = relative(DATA_DIR, file);
  return readTrainingPassages(file).map(({ text, level }) => {
    const tokens = tokensForDetection(text);
    const rules = detectRiskByRules(text);
    return {
      text,
      source,
      level,
      whole: featuresOf(sentencesOf(tokens)),
      windows: windowFeatures(tokens),
      rules: rules.level,
      guarded: isGuarded(rules.guards),
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

interface Sample {
  features: number[];
  y: 0 | 1;
  weight: number;
}

/**
 * What one model trains on: every passage whole, and for ordinary passages
 * also each window read in use (a sentence, a pair), since in use the highest
 * window counts and an ordinary sentence must stay low on its own too.
 */
function samplesOf(examples: readonly Example[], positive: (e: Example) => boolean): Sample[] {
  const out: Sample[] = [];
  for (const e of examples) {
    const y = positive(e) ? 1 : 0;
    out.push({ features: e.whole, y, weight: 1 });
    if (y === 0 && e.level === 'none' && e.windows.length > 1) {
      const share = WINDOW_WEIGHT / e.windows.length;
      for (const w of e.windows) out.push({ features: w, y, weight: share });
    }
  }
  return out;
}

/** Trains one model on the passages and their windows. */
function train(examples: readonly Example[], positive: (e: Example) => boolean): Model {
  return fit(samplesOf(examples, positive), examples, positive);
}

/** Full-batch Adam on the weighted logistic loss with L2; classes balanced. */
function fit(
  samples: readonly Sample[],
  examples: readonly Example[],
  positive: (e: Example) => boolean,
): Model {
  // A feature seen in fewer than MIN_COUNT passages is not learned: one passage ending in
  // "swimming" must not teach that swimming is a risk.
  const count = new Uint32Array(BUCKETS);
  for (const e of examples) for (const f of e.whole) count[f] = (count[f] ?? 0) + 1;
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
    for (const { features, y, weight } of samples) {
      const value = features.length === 0 ? 0 : 1 / Math.sqrt(features.length);
      let z = w[BUCKETS] ?? 0;
      for (const f of features) z += (w[f] ?? 0) * value;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - y) * (y === 1 ? weightPos : weightNeg) * weight;
      for (const f of features) grad[f] = (grad[f] ?? 0) + g * value;
      grad[BUCKETS] = (grad[BUCKETS] ?? 0) + g;
    }
    for (let j = 0; j <= BUCKETS; j++) {
      if (j < BUCKETS && (count[j] ?? 0) < MIN_COUNT) continue;
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

interface Scored extends Scores {
  e: Example;
}

function combined(s: Scored, t: Thresholds): RiskLevel {
  return combineLevels(s.e.rules, s.e.guarded, s, t);
}

/**
 * Thresholds for the detector as a whole (rules and model combined, as in
 * use), from out-of-fold scores: the lowest urgent threshold that keeps the
 * share of ordinary passages raised to urgent within its budget, then the
 * lowest any-risk threshold that keeps the share raised at all within its.
 */
function chooseThresholds(scored: readonly Scored[]): Thresholds {
  const none = scored.filter((s) => s.e.level === 'none');
  const grid = Array.from({ length: 640 }, (_, i) => 0.2 + i * 0.00125);
  const share = (t: Thresholds, raised: (l: RiskLevel) => boolean): number =>
    none.filter((s) => raised(combined(s, t))).length / none.length;
  const base = { veto: VETO, guardOverride: GUARD_OVERRIDE, agree: AGREE };
  const urgent =
    grid.find((u) => share({ ...base, urgent: u, risk: 1 }, (l) => l === 'urgent') <= URGENT_BUDGET) ?? 1;
  const risk = grid.find((r) => share({ ...base, urgent, risk: r }, (l) => l !== 'none') <= ANY_BUDGET) ?? 1;
  return { ...base, urgent, risk };
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

const started = performance.now();
const examples = TRAIN_FILES.flatMap(load);
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
const foldModels: { risk: Model; urgent: Model }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const trainSet = examples.filter((_, i) => fold[i] !== k);
  const risk = train(trainSet, isRisk);
  const urgent = train(trainSet, isUrgent);
  foldModels.push({ risk, urgent });
  examples.forEach((e, i) => {
    if (fold[i] === k) outOfFold.push({ e, ...scoreWindows(e.windows, risk, urgent, AGREE) });
  });
}
if (process.env.FOLD_MODELS) {
  // Each fold's models, as shipped (8-bit), and which fold left each passage out, in the
  // manifest's order: enough to read training passages out of fold without training again.
  const packed = (m: Model): { bias: number; scale: number; weights: string } => {
    const { encoded, scale } = encodeWeights(m.weights);
    return { bias: m.bias, scale, weights: encoded };
  };
  writeFileSync(
    process.env.FOLD_MODELS,
    JSON.stringify({
      fold,
      models: foldModels.map((m) => ({ risk: packed(m.risk), urgent: packed(m.urgent) })),
    }),
  );
}
const thresholds = chooseThresholds(outOfFold);
{
  // Urgent recall the detector reaches while raising at most 5%, 8% or 10% of ordinary passages (out of fold).
  const urg = outOfFold.filter((s) => s.e.level === 'urgent');
  const none = outOfFold.filter((s) => s.e.level === 'none');
  const grid = Array.from({ length: 200 }, (_, i) => 0.3 + i * 0.0035);
  const at = (budget: number): string => {
    for (const u of grid) {
      const t = { ...thresholds, urgent: u, risk: 1 };
      if (none.filter((s) => combined(s, t) !== 'none').length / none.length <= budget)
        return (urg.filter((s) => combined(s, t) === 'urgent').length / urg.length).toFixed(3);
    }
    return '-';
  };
  console.log(`CV urgent recall at none raised <=5%: ${at(0.05)}, <=8%: ${at(0.08)}, <=10%: ${at(0.1)}`);
}
if (process.env.MISSES) {
  const lines: string[] = [];
  for (const s of outOfFold) {
    const got = combined(s, thresholds);
    if (got !== s.e.level)
      lines.push(
        `${s.e.source} ${s.e.level}->${got} rules=${s.e.rules} guarded=${s.e.guarded} u=${s.urgent.toFixed(2)} r=${s.risk.toFixed(2)} | ${s.e.text}`,
      );
  }
  writeFileSync(process.env.MISSES, lines.join('\n'));
}
console.log(
  `passages: ${examples.length}; thresholds: risk ${thresholds.risk.toFixed(4)}, urgent ${thresholds.urgent.toFixed(4)}`,
);
report(`${FOLDS}-fold CV, learned layer alone`, outOfFold, (s) => learnedLevelOf(s, thresholds));
report(`${FOLDS}-fold CV, rules alone (tuned on these sets: flattering)`, outOfFold, (s) => s.e.rules);
report(`${FOLDS}-fold CV, combined (rules flattering)`, outOfFold, (s) => combined(s, thresholds));

const risk = train(examples, isRisk);
const urgent = train(examples, isUrgent);
const trained = examples.map((e) => ({ e, ...scoreWindows(e.windows, risk, urgent, AGREE) }));
report('training data, combined (flattering)', trained, (s) => combined(s, thresholds));

if (process.env.NO_WRITE === '1') process.exit(0);

const r = encodeWeights(risk.weights);
const u = encodeWeights(urgent.weights);
const num = (x: number): number => Number(x.toPrecision(8));
// Signed 8-bit weights in base64, times `scale`: decoded by decodeWeights in classifier.ts.
const weights = {
  format: 'int8-base64',
  buckets: BUCKETS,
  risk: { bias: num(risk.bias), scale: num(r.scale), weights: r.encoded },
  urgent: { bias: num(urgent.bias), scale: num(u.scale), weights: u.encoded },
  thresholds: {
    risk: num(thresholds.risk),
    urgent: num(thresholds.urgent),
    agree: num(thresholds.agree),
    veto: num(thresholds.veto),
    guardOverride: num(thresholds.guardOverride),
  },
};
const out = `${JSON.stringify(weights, null, 2)}\n`;
writeFileSync(new URL('../src/core/safety/classifier-weights.json', import.meta.url), out);
console.log(
  `wrote classifier-weights.json (${out.length} characters) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
