import { describe, expect, it } from 'vitest';
import { BUCKETS, decodeWeights, encodeWeights } from './classifier.js';
import shipped from './classifier-weights.json' with { type: 'json' };
import {
  SHIPPED_THRESHOLDS,
  classifyRisk,
  combineLevels,
  detectRisk,
  shippedModels,
  tokensForDetection,
} from './detector.js';

const learned = (text: string): ReturnType<typeof classifyRisk> => classifyRisk(tokensForDetection(text));

describe('learned layer', () => {
  it('loads its shipped weights', () => {
    const { risk, urgent } = shippedModels();
    expect(risk.weights).toHaveLength(BUCKETS);
    expect(urgent.weights).toHaveLength(BUCKETS);
    expect(risk.weights.some((w) => w !== 0)).toBe(true);
    expect(urgent.weights.some((w) => w !== 0)).toBe(true);
    expect(shipped.format).toBe('int8-base64');
    expect(shipped.buckets).toBe(BUCKETS);
    expect(SHIPPED_THRESHOLDS.urgent).toBeGreaterThan(0.2);
    expect(SHIPPED_THRESHOLDS.agree).toBeGreaterThan(0);
    expect(SHIPPED_THRESHOLDS.urgent).toBeLessThan(1);
    expect(SHIPPED_THRESHOLDS.veto).toBeLessThan(SHIPPED_THRESHOLDS.risk);
    expect(SHIPPED_THRESHOLDS.guardOverride).toBeGreaterThan(SHIPPED_THRESHOLDS.urgent);
  });

  it('round-trips weights through its encoding within one step of the scale', () => {
    const weights = Float32Array.from({ length: BUCKETS }, (_, i) => Math.sin(i) * 3);
    const { encoded, scale } = encodeWeights(weights);
    const back = decodeWeights(encoded, scale);
    for (let i = 0; i < BUCKETS; i += 97)
      expect(Math.abs((back[i] ?? 0) - (weights[i] ?? 0))).toBeLessThanOrEqual(scale);
  });

  it('gives the same answer every time', () => {
    const text = 'sorry for everything. goodbye.';
    const first = learned(text);
    for (let i = 0; i < 3; i++) expect(learned(text)).toEqual(first);
    expect(detectRisk(text)).toEqual(detectRisk(text));
  });

  it('says urgent only when both models agree', () => {
    const thresholds = SHIPPED_THRESHOLDS;
    for (const text of [
      'everyone would be better off without me',
      'made a plan for the week: yoga and swimming',
      'i have given the dog to my sister for good and written the letters',
      'I want to cut my hair short',
    ]) {
      const result = learned(text);
      if (result.level === 'urgent') expect(result.risk).toBeGreaterThanOrEqual(thresholds.agree);
      else expect(result.urgent < thresholds.urgent || result.risk < thresholds.agree).toBe(true);
    }
  });

  it('reads nothing from empty text', () => {
    expect(learned('').level).toBe('none');
    expect(learned('.,!?').level).toBe('none');
  });
});

describe('detectRisk with the learned layer', () => {
  it('keeps idioms at none', () => {
    for (const text of [
      'this commute is killing me',
      "I'd die for a coffee",
      'I could kill for a nap',
      'It suddenly hit me how far I have come',
      'I want to dye my hair pink',
    ])
      expect({ text, level: detectRisk(text).level }).toEqual({ text, level: 'none' });
  });

  it('raises urgent for paraphrases the rules alone let through', () => {
    // Written for this test, not taken from any evaluation set.
    for (const text of [
      'so tired of being alive, i just want it over',
      "i'm ready to say goodbye to all of this for good",
      'nobody would miss me if i was gone',
    ])
      expect({ text, level: detectRisk(text).level }).toEqual({ text, level: 'urgent' });
  });

  it('finds one risky sentence in a long ordinary entry', () => {
    const ordinary =
      'Walked to the shop, bought bread and milk, talked to the neighbour about the weather. Work was busy. ';
    const text = `${ordinary.repeat(12)}i just want to stop existing. ${ordinary.repeat(12)}`;
    expect(detectRisk(text).level).toBe('urgent');
  });
});

describe('combineLevels', () => {
  const t = { urgent: 0.7, risk: 0.8, agree: 0.4, veto: 0.05, guardOverride: 0.97 };
  const model = (level: 'none' | 'concern' | 'urgent', risk: number, urgent: number) => ({
    level,
    risk,
    urgent,
    read: true,
  });

  it('lets the higher of the two readings win', () => {
    expect(combineLevels('none', false, model('urgent', 0.9, 0.8), t)).toBe('urgent');
    expect(combineLevels('concern', false, model('none', 0.3, 0.2), t)).toBe('concern');
    expect(combineLevels('concern', false, model('urgent', 0.9, 0.9), t)).toBe('urgent');
    expect(combineLevels('urgent', false, model('none', 0.3, 0.2), t)).toBe('urgent');
  });

  it('sets aside a raise by the rules alone when the model is sure the passage is ordinary', () => {
    expect(combineLevels('urgent', false, model('none', 0.01, 0.02), t)).toBe('none');
    expect(combineLevels('concern', false, model('none', 0.04, 0.01), t)).toBe('none');
    // Sure on one score only is not sure.
    expect(combineLevels('urgent', false, model('none', 0.01, 0.2), t)).toBe('urgent');
  });

  it('hears the model past a guard only when it is all but certain', () => {
    expect(combineLevels('none', true, model('urgent', 0.99, 0.9), t)).toBe('none');
    expect(combineLevels('concern', true, model('urgent', 0.99, 0.9), t)).toBe('concern');
    expect(combineLevels('none', true, model('urgent', 0.99, 0.98), t)).toBe('urgent');
  });

  it('leaves the rules alone when the text gave the model nothing to read', () => {
    expect(combineLevels('urgent', false, { risk: 0, urgent: 0, read: false }, t)).toBe('urgent');
    expect(combineLevels('none', false, { risk: 0, urgent: 0, read: false }, t)).toBe('none');
  });
});
