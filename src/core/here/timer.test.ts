import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeMs,
  clockFace,
  intervalMinutes,
  MINUTE,
  parseMoments,
  planBells,
  scheduleBells,
  timerView,
  wallTimeOf,
  type TimerSettings,
} from './timer.js';

const T0 = Date.UTC(2026, 11, 3, 7, 0, 0);
const twenty: TimerSettings = {
  minutes: 20,
  warmupSeconds: 30,
  interval: { kind: 'every', minutes: 5 },
  startBell: true,
};

describe('the meditation timer’s bells', () => {
  it('rings a start bell after the warm-up, every five minutes, and an end bell', () => {
    expect(planBells(twenty)).toEqual([
      { role: 'start', offsetMs: 30_000 },
      { role: 'interval', offsetMs: 30_000 + 5 * MINUTE },
      { role: 'interval', offsetMs: 30_000 + 10 * MINUTE },
      { role: 'interval', offsetMs: 30_000 + 15 * MINUTE },
      { role: 'end', offsetMs: 30_000 + 20 * MINUTE },
    ]);
  });

  it('rings at chosen moments, in order, once each, and only inside the sitting', () => {
    expect(intervalMinutes({ kind: 'at', minutes: [12, 3, 3, 25, 0] }, 20)).toEqual([3, 12]);
    expect(intervalMinutes({ kind: 'every', minutes: 10 }, 10)).toEqual([]);
    expect(intervalMinutes({ kind: 'none' }, 10)).toEqual([]);
  });

  it('has no end bell for an open-ended sit, and no start bell when none is wanted', () => {
    const open = planBells({ minutes: null, warmupSeconds: 0, interval: { kind: 'none' }, startBell: false });
    expect(open).toEqual([]);
  });

  it('moves every bell after a pause later by the pause, and holds them while a pause is open', () => {
    const pauses = [{ from: T0 + 7 * MINUTE, to: T0 + 9 * MINUTE }];
    const at = scheduleBells(twenty, T0, pauses).map((b) => b.at);
    expect(at).toEqual([
      T0 + 30_000,
      T0 + 30_000 + 5 * MINUTE,
      T0 + 30_000 + 12 * MINUTE,
      T0 + 30_000 + 17 * MINUTE,
      T0 + 30_000 + 22 * MINUTE,
    ]);
    const open = scheduleBells(twenty, T0, [{ from: T0 + 7 * MINUTE }]).map((b) => b.at);
    expect(open).toEqual([T0 + 30_000, T0 + 30_000 + 5 * MINUTE, undefined, undefined, undefined]);
  });

  it('counts active time from the wall clock, however rarely it is asked', () => {
    const pauses = [{ from: T0 + MINUTE, to: T0 + 2 * MINUTE }, { from: T0 + 5 * MINUTE }];
    expect(activeMs(T0, pauses, T0 + 4 * MINUTE)).toBe(3 * MINUTE);
    expect(activeMs(T0, pauses, T0 + 60 * MINUTE)).toBe(4 * MINUTE);
  });

  it('shows settling, then sitting with time left, then done; paused while paused', () => {
    expect(timerView(twenty, T0, [], T0 + 10_000)).toMatchObject({ phase: 'settling', remainingMs: 20_000 });
    expect(timerView(twenty, T0, [], T0 + 30_000 + MINUTE)).toMatchObject({
      phase: 'sitting',
      remainingMs: 19 * MINUTE,
      sittingMs: MINUTE,
    });
    expect(timerView(twenty, T0, [{ from: T0 + MINUTE }], T0 + 99 * MINUTE)).toMatchObject({
      phase: 'sitting',
      paused: true,
    });
    expect(timerView(twenty, T0, [], T0 + 99 * MINUTE)).toMatchObject({
      phase: 'done',
      sittingMs: 20 * MINUTE,
    });
  });

  it('agrees with itself: at a bell’s wall time, exactly its offset of active time has passed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 * MINUTE }),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 60 * MINUTE }), fc.integer({ min: 1, max: 10 * MINUTE })),
          {
            maxLength: 5,
          },
        ),
        (offset, raw) => {
          // Pauses that do not overlap, in order.
          let cursor = T0;
          const pauses = raw.map(([gap, length]) => {
            const from = cursor + gap;
            cursor = from + length;
            return { from, to: cursor };
          });
          const at = wallTimeOf(offset, T0, pauses);
          expect(at).toBeDefined();
          expect(activeMs(T0, pauses, at ?? 0)).toBe(offset);
        },
      ),
    );
  });
});

describe('the clock face', () => {
  it('reads minutes and seconds, rounding up', () => {
    expect(clockFace(20 * MINUTE)).toBe('20:00');
    expect(clockFace(500)).toBe('0:01');
    expect(clockFace(0)).toBe('0:00');
    expect(clockFace(75 * MINUTE)).toBe('1:15:00');
  });

  it('reads chosen moments from what a person types', () => {
    expect(parseMoments('5, 12 18;x, 2.5')).toEqual([5, 12, 18]);
  });
});
