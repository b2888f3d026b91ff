import autocannon from 'autocannon';
import { round, summarise, type Summary } from './stats.js';

/**
 * One autocannon run against the real server. Latencies are taken from each
 * response as it arrives (autocannon's own histogram rounds to whole
 * milliseconds), so p50 and p99 keep their fractions.
 */
export interface LoadSpec {
  url: string;
  method?: 'GET' | 'POST';
  cookie: string;
  body?: string;
  connections: number;
  seconds: number;
  /** Requests per second across all connections; unset means as fast as the server goes. */
  rate?: number;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  targetRate: number | null;
  requests: number;
  /** Completed requests per second over the run. */
  throughput: number;
  latencyMs: Summary;
  errors: number;
  timeouts: number;
  non2xx: number;
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const headers: Record<string, string> = { cookie: spec.cookie };
  if (spec.method === 'POST') {
    headers['content-type'] = 'application/json';
    headers['x-haven-csrf'] = '1';
  }
  const options: autocannon.Options = {
    url: spec.url,
    method: spec.method ?? 'GET',
    headers,
    ...(spec.body === undefined ? {} : { body: spec.body }),
    connections: spec.connections,
    duration: spec.seconds,
    ...(spec.rate === undefined ? {} : { overallRate: spec.rate }),
    timeout: 30,
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, done: autocannon.Result) => {
      if (error) reject(error instanceof Error ? error : new Error('autocannon failed'));
      else resolve(done);
    });
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  return {
    connections: spec.connections,
    seconds: spec.seconds,
    targetRate: spec.rate ?? null,
    requests: result.requests.total,
    throughput: round(result.requests.total / Math.max(0.001, result.duration)),
    latencyMs: summarise(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
