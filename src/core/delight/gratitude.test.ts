import { describe, expect, it } from 'vitest';
import { ABOUT_ME_PROMPTS, byMonth, promptsForDay, WIDER_PROMPTS } from './gratitude.js';

describe('gratitude prompts', () => {
  it('always start with one about me, then two different others, varying across days', () => {
    const firsts = new Set<string>();
    for (let d = 1; d <= 28; d++) {
      const [me, a, b] = promptsForDay(`2027-02-${String(d).padStart(2, '0')}`);
      expect(ABOUT_ME_PROMPTS).toContain(me);
      expect(WIDER_PROMPTS).toContain(a);
      expect(WIDER_PROMPTS).toContain(b);
      expect(a).not.toBe(b);
      firsts.add(me.id);
    }
    expect(firsts.size).toBeGreaterThan(1);
  });
});

describe('gratitude by month', () => {
  it('groups entries by month, newest month first, keeping their order within', () => {
    const entries = [
      { id: 'c', month: '2027-03' },
      { id: 'b', month: '2027-01' },
      { id: 'd', month: '2027-03' },
      { id: 'a', month: '2026-12' },
    ];
    expect(byMonth(entries, (e) => e.month)).toEqual([
      { month: '2027-03', entries: [entries[0], entries[2]] },
      { month: '2027-01', entries: [entries[1]] },
      { month: '2026-12', entries: [entries[3]] },
    ]);
    expect(byMonth([], () => '')).toEqual([]);
  });
});
