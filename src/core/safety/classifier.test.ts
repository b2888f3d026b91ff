import { describe, expect, it } from 'vitest';
import { CLASSIFIER_WEIGHTS } from './classifier-weights.js';
import { BUCKETS, classifyRisk, decodeWeights, encodeWeights, shippedModels } from './classifier.js';
import { detectRisk, tokensForDetection } from './detector.js';

const learned = (text: string): ReturnType<typeof classifyRisk> => classifyRisk(tokensForDetection(text));

describe('learned layer', () => {
  it('loads its shipped weights', () => {
    const { risk, urgent } = shippedModels();
    expect(risk.weights).toHaveLength(BUCKETS);
    expect(urgent.weights).toHaveLength(BUCKETS);
    expect(risk.weights.some((w) => w !== 0)).toBe(true);
    expect(urgent.weights.some((w) => w !== 0)).toBe(true);
    expect(CLASSIFIER_WEIGHTS.thresholds.urgent).toBeGreaterThan(0.5);
    expect(CLASSIFIER_WEIGHTS.thresholds.urgent).toBeLessThan(1);
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
