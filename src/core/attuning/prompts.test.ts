import { describe, expect, it } from 'vitest';
import { PILLAR_IDS } from '../pillars.js';
import { JOURNAL_PROMPTS, pickPrompt, promptById, promptsFor } from './prompts.js';

/** A tiny seeded generator, so tests are repeatable. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

describe('journal prompts', () => {
  it('has at least 12 prompts for every pillar, with unique ids and texts', () => {
    for (const pillar of PILLAR_IDS) expect(promptsFor(pillar).length).toBeGreaterThanOrEqual(12);
    expect(new Set(JOURNAL_PROMPTS.map((p) => p.id)).size).toBe(JOURNAL_PROMPTS.length);
    expect(new Set(JOURNAL_PROMPTS.map((p) => p.text)).size).toBe(JOURNAL_PROMPTS.length);
    for (const p of JOURNAL_PROMPTS) {
      expect(p.id.startsWith(`${p.pillar}-`)).toBe(true);
      expect(p.text.length).toBeLessThanOrEqual(200);
    }
    expect(promptById('attuning-01')?.pillar).toBe('attuning');
  });

  it('is deterministic given random', () => {
    expect(pickPrompt({ random: () => 0 })).toBe(JOURNAL_PROMPTS[0]);
    expect(pickPrompt({ random: () => 0.999 })).toBe(JOURNAL_PROMPTS[JOURNAL_PROMPTS.length - 1]);
    expect(pickPrompt({ random: seeded(7) })).toEqual(pickPrompt({ random: seeded(7) }));
  });

  it('keeps to the chosen pillar', () => {
    const random = seeded(3);
    for (let i = 0; i < 50; i++) expect(pickPrompt({ pillar: 'turning', random }).pillar).toBe('turning');
  });

  it('skips excluded prompts, and starts over once all have been shown', () => {
    const pool = promptsFor('here');
    const shown: string[] = [];
    const random = seeded(11);
    for (let i = 0; i < pool.length; i++) {
      const p = pickPrompt({ pillar: 'here', excludeIds: shown, random });
      expect(shown).not.toContain(p.id);
      shown.push(p.id);
    }
    expect(new Set(shown).size).toBe(pool.length);
    expect(pickPrompt({ pillar: 'here', excludeIds: shown, random }).pillar).toBe('here');
  });

  it('tolerates an out-of-range random value', () => {
    expect(pickPrompt({ pillar: 'delight', random: () => 1 }).pillar).toBe('delight');
    expect(pickPrompt({ pillar: 'delight', random: () => -3 }).pillar).toBe('delight');
    expect(pickPrompt({ pillar: 'delight', random: () => Number.NaN }).pillar).toBe('delight');
  });
});
