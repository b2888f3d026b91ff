import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * The real server, as people run it: `node bin/haven.js serve` in a child
 * process on 127.0.0.1 and a free port. Every server started here is stopped
 * by `stop()`, and `stopAll()` catches any left over if a run fails.
 */
export interface RunningServer {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first healthy answer. */
  startMs: number;
  /** Resident memory now and at its peak, in MiB, from /proc. */
  memory(): { rssMiB: number; peakMiB: number };
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** `haven` is the path of bin/haven.js (the benchmark runs a snapshot of the build). */
export async function startServer(haven: string, env: Record<string, string>): Promise<RunningServer> {
  const started = performance.now();
  const child = spawn(process.execPath, [haven, 'serve'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      HAVEN_BACKUPS: 'false',
      HAVEN_LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start within 30 s:\n${output}`)),
      30_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${String(code)}:\n${output}`));
    });
  });
  // Keep the pipes drained so a chatty server never blocks on them.
  child.stdout?.resume();
  child.stderr?.resume();
  for (;;) {
    const res = await fetch(`${url}/api/v1/health`).catch(() => undefined);
    if (res?.ok) {
      await res.arrayBuffer();
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const startMs = performance.now() - started;
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    startMs,
    memory: () => processMemory(pid),
    stop: () => stopChild(child),
  };
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map(stopChild));
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function processMemory(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 102.4) / 10, peakMiB: Math.round(kib('VmHWM') / 102.4) / 10 };
}
