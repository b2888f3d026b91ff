import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breathsPerMinute,
  cycleMs,
  isUsablePattern,
  nextTickAt,
  pacerAt,
  phaseChanges,
  rhythmById,
  RHYTHMS,
  sessionMs,
  type BreathPattern,
} from './breathing.js';

const slow = rhythmById('slow').pattern;
const box = rhythmById('box').pattern;

const patterns = fc.record({
  inhale: fc.integer({ min: 1, max: 15 }),
  holdIn: fc.integer({ min: 0, max: 15 }),
  exhale: fc.integer({ min: 1, max: 15 }),
  holdOut: fc.integer({ min: 0, max: 15 }),
});

describe('the paced breathing schedule', () => {
  it('breathes about six times a minute by default', () => {
    expect(breathsPerMinute(slow)).toBe(6);
    expect(breathsPerMinute(rhythmById('long-exhale').pattern)).toBe(6);
    expect(RHYTHMS.every((r) => isUsablePattern(r.pattern))).toBe(true);
  });

  it('rounds a session up to whole breaths', () => {
    expect(sessionMs(slow, 1)).toBe(60_000);
    expect(sessionMs(box, 1)).toBe(64_000);
    expect(sessionMs({ inhale: 4, holdIn: 0, exhale: 7, holdOut: 0 }, 1)).toBe(66_000);
  });

  it('says where the guide is at any moment, counting down whole seconds', () => {
    expect(pacerAt(box, 0, 64_000)).toMatchObject({ phase: 'in', step: 0, secondsLeft: 4, progress: 0 });
    expect(pacerAt(box, 4_000, 64_000)).toMatchObject({ phase: 'hold-in', step: 1, startedAt: 4000 });
    expect(pacerAt(box, 9_500, 64_000)).toMatchObject({ phase: 'out', step: 2, secondsLeft: 3 });
    expect(pacerAt(box, 15_999, 64_000)).toMatchObject({ phase: 'hold-out', breath: 0, secondsLeft: 1 });
    expect(pacerAt(box, 16_000, 64_000)).toMatchObject({ phase: 'in', breath: 1, step: 4 });
    expect(pacerAt(box, 64_000, 64_000).done).toBe(true);
    // A hold of 0 is skipped.
    expect(pacerAt(slow, 5_000, 60_000)).toMatchObject({ phase: 'out', step: 1 });
  });

  it('lists every phase change from the start, and agrees with the moment-by-moment state', () => {
    fc.assert(
      fc.property(patterns, fc.integer({ min: 1, max: 4 }), (pattern: BreathPattern, minutes) => {
        const total = sessionMs(pattern, minutes);
        const changes = phaseChanges(pattern, total);
        expect(changes[0]).toBe(0);
        expect(total % cycleMs(pattern)).toBe(0);
        for (const [step, at] of changes.entries()) {
          const state = pacerAt(pattern, at, total);
          expect(state.step).toBe(step);
          expect(state.startedAt).toBe(at);
          if (at > 0) expect(pacerAt(pattern, at - 1, total).step).toBe(step - 1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('asks to be woken at each phase change and each second of the count, never later', () => {
    fc.assert(
      fc.property(patterns, fc.integer({ min: 0, max: 200_000 }), (pattern, elapsed) => {
        const total = sessionMs(pattern, 3);
        const next = nextTickAt(pattern, elapsed, total);
        const now = pacerAt(pattern, elapsed, total);
        if (now.done) {
          expect(next).toBe(total);
          return;
        }
        expect(next).toBeGreaterThan(elapsed);
        expect(next - elapsed).toBeLessThanOrEqual(1000);
        expect(next).toBeLessThanOrEqual(now.endsAt);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps custom rhythms within bounds', () => {
    expect(isUsablePattern({ inhale: 0, holdIn: 0, exhale: 4, holdOut: 0 })).toBe(false);
    expect(isUsablePattern({ inhale: 4, holdIn: 1.5, exhale: 4, holdOut: 0 })).toBe(false);
    expect(isUsablePattern({ inhale: 15, holdIn: 15, exhale: 15, holdOut: 15 })).toBe(true);
  });
});
