import { describe, expect, it } from 'vitest';
import { NEEDS, NEED_GROUPS, NEED_GROUP_LIST, needById, needLabel, needsIn } from './needs.js';

describe('needs', () => {
  it('has at least 45 needs with unique ids and labels', () => {
    expect(NEEDS.length).toBeGreaterThanOrEqual(45);
    expect(new Set(NEEDS.map((n) => n.id)).size).toBe(NEEDS.length);
    expect(new Set(NEEDS.map((n) => n.label.toLowerCase())).size).toBe(NEEDS.length);
    for (const need of NEEDS) expect(need.id).toMatch(/^[a-z][a-z-]*$/);
  });

  it('puts every need in a known group and leaves no group empty', () => {
    expect(NEED_GROUP_LIST.map((g) => g.id)).toEqual([...NEED_GROUPS]);
    for (const group of NEED_GROUP_LIST) {
      expect(group.label).toBeTruthy();
      expect(needsIn(group.id).length).toBeGreaterThanOrEqual(4);
    }
    expect(NEED_GROUPS.reduce((sum, g) => sum + needsIn(g).length, 0)).toBe(NEEDS.length);
  });

  it('looks up labels, keeping a person’s own words as they are', () => {
    expect(needById('rest')?.label).toBe('Rest');
    expect(needLabel('solitude')).toBe('Time alone');
    expect(needLabel('a long hug')).toBe('a long hug');
  });
});
