/**
 * Crisis-language detection, on the device, with no model download and no network.
 *
 * It reads free text and says whether it suggests the writer may be in danger:
 * `urgent` (possible risk to life, self-harm, or harm from someone else),
 * `concern` (heavy distress worth a gentle offer of support) or `none`. It
 * returns only a level and reason categories, never any of the text.
 *
 * Two layers read the same normalised words: the rules (rules.ts: phrases,
 * idioms, denials, combinations of nearby signs) and a small learned layer
 * (classifier.ts, weights in classifier-weights.json, written by
 * scripts/train-safety-classifier.ts). The learned layer may raise the level
 * for paraphrases the patterns miss, unless the rules blanked an idiom, met a
 * denial or someone else's words, and found no sign of their own; and where it
 * is sure a passage is ordinary, it sets aside a raise by the rules alone.
 */

import { decodeWeights, learnedLevelOf, scoreTokens, type LearnedResult, type Model } from './classifier.js';
import shipped from './classifier-weights.json' with { type: 'json' };
import {
  combineLevels,
  isGuarded,
  readRules,
  tokensForDetection,
  type RiskCategory,
  type RiskLevel,
  type RiskResult,
} from './rules.js';

export {
  RISK_CATEGORIES,
  RISK_LEVELS,
  combineLevels,
  detectRiskByRules,
  detectorInternals,
  isGuarded,
  normaliseForDetection,
  tokensForDetection,
  type Guards,
  type RiskCategory,
  type RiskLevel,
  type RiskResult,
} from './rules.js';

/** Where the shipped learned layer's scores become levels. */
export const SHIPPED_THRESHOLDS = shipped.thresholds;

/**
 * Reads free text and returns a risk level with its reason categories. Never
 * returns or logs any of the text.
 *
 * The text is read clause by clause, and each clause only against the
 * patterns whose key words it holds, so a long ordinary entry costs little
 * more than splitting it into words.
 */
export function detectRisk(text: string): RiskResult {
  if (typeof text !== 'string') return { level: 'none', categories: [] };
  const words = tokensForDetection(text);
  const rules = readRules(words);
  const ruled: RiskResult = { level: rules.level, categories: rules.categories };
  const learned = classifyRisk(words);
  const level = combineLevels(rules.level, isGuarded(rules.guards), learned, SHIPPED_THRESHOLDS);
  if (level === rules.level) return ruled;
  // combineLevels only lowers to none (the model's veto); any other change is a raise.
  if (level === 'none') return { level, categories: [] };
  // The model gives no reason of its own: keep the rules' reasons, or name the broadest one.
  const categories: RiskCategory[] =
    rules.categories.length > 0 ? rules.categories : [level === 'urgent' ? 'suicidal_thoughts' : 'distress'];
  return { level, categories };
}

/** Reads normalised tokens (from `tokensForDetection`) and returns the shipped learned layer's level. */
export function classifyRisk(tokens: readonly string[]): LearnedResult {
  const { risk, urgent } = shippedModels();
  const scores = scoreTokens(tokens, risk, urgent, SHIPPED_THRESHOLDS.agree);
  return { level: learnedLevelOf(scores, SHIPPED_THRESHOLDS) satisfies RiskLevel, ...scores };
}

let loaded: { risk: Model; urgent: Model } | undefined;

/** The shipped models, decoded once on first use. */
export function shippedModels(): { risk: Model; urgent: Model } {
  loaded ??= {
    risk: { bias: shipped.risk.bias, weights: decodeWeights(shipped.risk.weights, shipped.risk.scale) },
    urgent: {
      bias: shipped.urgent.bias,
      weights: decodeWeights(shipped.urgent.weights, shipped.urgent.scale),
    },
  };
  return loaded;
}
