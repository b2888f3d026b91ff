/** Small statistics for timings, all in milliseconds. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

export interface Summary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export function summarise(values: readonly number[]): Summary {
  const mean = values.reduce((sum, v) => sum + v, 0) / Math.max(1, values.length);
  return {
    count: values.length,
    p50: round(percentile(values, 50)),
    p90: round(percentile(values, 90)),
    p99: round(percentile(values, 99)),
    max: round(values.reduce((m, v) => Math.max(m, v), 0)),
    mean: round(mean),
  };
}

export function round(value: number, places = 2): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** Times an async step, in milliseconds. */
export async function timed<T>(step: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await step();
  return { ms: performance.now() - start, value };
}
