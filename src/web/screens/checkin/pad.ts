/**
 * The arithmetic of the check-in pad: pleasantness runs across (-1 to 1, left
 * to right) and energy runs up (-1 to 1, bottom to top). Kept pure so the
 * pointer, keyboard and range inputs all move the same point the same way.
 */

export interface PadPoint {
  pleasantness: number;
  energy: number;
}

/** One arrow press; with Shift, a bigger stride. */
export const PAD_STEP = 0.1;
export const PAD_BIG_STEP = 0.25;

/** Keeps a value on the axis, rounded to two places so stored numbers stay tidy. */
export function clampAxis(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const clamped = Math.min(1, Math.max(-1, value));
  return Math.round(clamped * 100) / 100 || 0;
}

/**
 * Where an arrow key moves the point, or null when the key is not one the pad
 * uses. With no point yet, the first press starts from the middle.
 */
export function movePad(point: PadPoint | null, key: string, big = false): PadPoint | null {
  const from = point ?? { pleasantness: 0, energy: 0 };
  const step = big ? PAD_BIG_STEP : PAD_STEP;
  switch (key) {
    case 'ArrowLeft':
      return { ...from, pleasantness: clampAxis(from.pleasantness - step) };
    case 'ArrowRight':
      return { ...from, pleasantness: clampAxis(from.pleasantness + step) };
    case 'ArrowUp':
      return { ...from, energy: clampAxis(from.energy + step) };
    case 'ArrowDown':
      return { ...from, energy: clampAxis(from.energy - step) };
    case 'PageUp':
      return { ...from, energy: clampAxis(from.energy + PAD_BIG_STEP) };
    case 'PageDown':
      return { ...from, energy: clampAxis(from.energy - PAD_BIG_STEP) };
    case 'Home':
      return { pleasantness: 0, energy: 0 };
    default:
      return null;
  }
}

/** The point under a pointer at (x, y) inside a pad of the given size, measured from its top-left corner. */
export function pointAt(x: number, y: number, width: number, height: number): PadPoint {
  if (width <= 0 || height <= 0) return { pleasantness: 0, energy: 0 };
  return {
    pleasantness: clampAxis((x / width) * 2 - 1),
    energy: clampAxis(1 - (y / height) * 2),
  };
}

/** Where to draw the point, as percentages from the pad's left and top edges. */
export function positionOf(point: PadPoint): { left: number; top: number } {
  return {
    left: ((clampAxis(point.pleasantness) + 1) / 2) * 100,
    top: ((1 - clampAxis(point.energy)) / 2) * 100,
  };
}

/** The point in words, for screen readers and as a caption: "quite pleasant, low energy". */
export function describeMood(point: PadPoint): string {
  return `${describePleasantness(point.pleasantness)}, ${describeEnergy(point.energy)}`;
}

function describePleasantness(value: number): string {
  const size = Math.abs(value);
  if (size < 0.15) return 'neither pleasant nor unpleasant';
  const word = value > 0 ? 'pleasant' : 'unpleasant';
  if (size < 0.45) return `a little ${word}`;
  if (size < 0.75) return `quite ${word}`;
  return `very ${word}`;
}

function describeEnergy(value: number): string {
  const size = Math.abs(value);
  if (size < 0.15) return 'middling energy';
  if (value > 0) {
    if (size < 0.45) return 'some energy';
    if (size < 0.75) return 'high energy';
    return 'very high energy';
  }
  if (size < 0.45) return 'a little low on energy';
  if (size < 0.75) return 'low energy';
  return 'very low energy';
}
