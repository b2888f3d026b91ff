import { readFileSync } from 'node:fs';

/**
 * A clock the browser tests can move, and nothing else: when (and only when)
 * HAVEN_TEST_CLOCK_FILE is set, the server's time is the real time plus the
 * number of milliseconds written in that file (read afresh on every tick, so a
 * test moves time by rewriting it; no file, or no number, means no shift).
 * It lets a test show a sealed letter opening on its day without waiting for
 * it. A hosted server refuses to start with it set.
 */
export function testClock(
  env: Readonly<Record<string, string | undefined>>,
  mode: 'local' | 'hosted',
): (() => number) | undefined {
  const file = env.HAVEN_TEST_CLOCK_FILE;
  if (!file) return undefined;
  if (mode === 'hosted')
    throw new Error('HAVEN_TEST_CLOCK_FILE is for browser tests of a personal install only');
  return () => Date.now() + shiftIn(file);
}

function shiftIn(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0;
  }
  const shift = Number(text.trim());
  return Number.isFinite(shift) ? shift : 0;
}
