import { describe, expect, it } from 'vitest';
import { PILLARS, PILLAR_IDS, pillarById } from './pillars.js';

describe('HEARTS pillars', () => {
  it('lists the six areas in HEARTS order', () => {
    expect(PILLARS.map((p) => p.letter).join('')).toBe('HEARTS');
    expect(PILLARS.map((p) => p.id)).toEqual([...PILLAR_IDS]);
  });

  it('finds a pillar by id and refuses an unknown one', () => {
    expect(pillarById('turning').letter).toBe('T');
    expect(() => pillarById('nope' as never)).toThrow();
  });
});
