import { describe, expect, it } from 'vitest';
import { clampAxis, describeMood, movePad, pointAt, positionOf } from './pad.js';

describe('the check-in pad', () => {
  it('moves with the arrow keys, starting from the middle', () => {
    expect(movePad(null, 'ArrowRight')).toEqual({ pleasantness: 0.1, energy: 0 });
    expect(movePad({ pleasantness: 0.5, energy: 0.5 }, 'ArrowDown')).toEqual({
      pleasantness: 0.5,
      energy: 0.4,
    });
    expect(movePad({ pleasantness: 0.5, energy: 0.5 }, 'ArrowLeft', true)).toEqual({
      pleasantness: 0.25,
      energy: 0.5,
    });
    expect(movePad({ pleasantness: 0.3, energy: 0.5 }, 'Home')).toEqual({ pleasantness: 0, energy: 0 });
    expect(movePad({ pleasantness: 0, energy: 0 }, 'Enter')).toBeNull();
  });

  it('stops at the edges without drifting', () => {
    let point = { pleasantness: 0.95, energy: -0.95 };
    for (let i = 0; i < 5; i++) point = movePad(point, 'ArrowRight') ?? point;
    point = movePad(point, 'PageDown') ?? point;
    expect(point).toEqual({ pleasantness: 1, energy: -1 });
    let up = { pleasantness: 0, energy: 0 };
    for (let i = 0; i < 3; i++) up = movePad(up, 'ArrowUp') ?? up;
    expect(up.energy).toBe(0.3);
  });

  it('turns a pointer position into a point and back', () => {
    expect(pointAt(0, 0, 200, 100)).toEqual({ pleasantness: -1, energy: 1 });
    expect(pointAt(200, 100, 200, 100)).toEqual({ pleasantness: 1, energy: -1 });
    expect(pointAt(150, 75, 200, 100)).toEqual({ pleasantness: 0.5, energy: -0.5 });
    expect(pointAt(-20, 500, 200, 100)).toEqual({ pleasantness: -1, energy: -1 });
    expect(pointAt(5, 5, 0, 0)).toEqual({ pleasantness: 0, energy: 0 });
    expect(positionOf({ pleasantness: 0.5, energy: -0.5 })).toEqual({ left: 75, top: 75 });
  });

  it('clamps and tidies values', () => {
    expect(clampAxis(0.123456)).toBe(0.12);
    expect(clampAxis(3)).toBe(1);
    expect(clampAxis(Number.NaN)).toBe(0);
    expect(Object.is(clampAxis(-0.001), 0)).toBe(true);
  });

  it('says the point in words', () => {
    expect(describeMood({ pleasantness: 0.6, energy: -0.6 })).toBe('quite pleasant, low energy');
    expect(describeMood({ pleasantness: -0.9, energy: 0.9 })).toBe('very unpleasant, very high energy');
    expect(describeMood({ pleasantness: 0, energy: 0.05 })).toBe(
      'neither pleasant nor unpleasant, middling energy',
    );
    expect(describeMood({ pleasantness: 0.2, energy: -0.3 })).toBe(
      'a little pleasant, a little low on energy',
    );
  });
});
