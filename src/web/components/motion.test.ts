import { describe, expect, it } from 'vitest';
import { arrival, JUST_SAVED_MS } from './motion.js';

describe('motion', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');
  const savedAgo = (ms: number) => ({ createdAt: new Date(now - ms).toISOString() });

  it('lets a record saved moments ago settle in, and nothing older', () => {
    expect(arrival(savedAgo(0), now)).toBe('motion-settle-item');
    expect(arrival(savedAgo(JUST_SAVED_MS - 1), now)).toBe('motion-settle-item');
    expect(arrival(savedAgo(JUST_SAVED_MS), now)).toBe('');
    expect(arrival(savedAgo(86_400_000), now)).toBe('');
  });

  it('does not move a record from a clock ahead of this one', () => {
    expect(arrival(savedAgo(-5_000), now)).toBe('');
  });
});
