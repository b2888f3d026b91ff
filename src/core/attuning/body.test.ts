import { describe, expect, it } from 'vitest';
import { BODY_REGIONS, SENSATIONS, bodyLabel, bodyRegionById } from './body.js';

describe('body regions and sensations', () => {
  it('lists the regions a simple body map needs, with unique ids', () => {
    const ids = BODY_REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'head',
      'jaw',
      'throat',
      'shoulders',
      'chest',
      'heart',
      'stomach',
      'belly',
      'arms',
      'hands',
      'legs',
      'feet',
      'whole-body',
    ]) {
      expect(ids).toContain(id);
    }
    expect(ids.some((id) => id.includes('back'))).toBe(true);
  });

  it('lists sensations, unique, including the gentle ones', () => {
    const ids = SENSATIONS.map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['tight', 'warm', 'heavy', 'fluttery', 'numb', 'buzzing', 'open'])
      expect(ids).toContain(id);
  });

  it('labels known ids and keeps free text', () => {
    expect(bodyRegionById('whole-body')?.label).toBe('Whole body');
    expect(bodyLabel('fluttery')).toBe('Fluttery');
    expect(bodyLabel('left knee')).toBe('left knee');
  });
});
