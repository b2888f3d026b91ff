import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSPHRASE } from '../helpers.js';

/**
 * Crash safety: a server in a child process takes a stream of saves and is
 * killed with SIGKILL at a random moment, again and again. After every
 * restart, each save it acknowledged (a 201 reached the client) must be there
 * and readable, and SQLite's integrity check must pass.
 */
const ROUNDS = 12;
const WRITERS = 4;
const SERVER_SCRIPT = join(import.meta.dirname, 'crash-server.ts');

interface Child {
  process: ChildProcess;
  url: string;
}

const children = new Set<ChildProcess>();
const dataDir = mkdtempSync(join(tmpdir(), 'haven-crash-'));

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('crash safety on SQLite', () => {
  it(`keeps every acknowledged save through ${ROUNDS} kills at random moments`, async () => {
    const acknowledged = new Map<string, string>();
    let cookie = '';
    let killedMidStream = 0;

    for (let round = 0; round <= ROUNDS; round++) {
      const child = await startChild();
      if (round === 0) {
        cookie = await signUp(child.url);
      } else {
        await expectAllPresent(child.url, cookie, acknowledged);
      }
      if (round === ROUNDS) {
        await killChild(child.process);
        break;
      }

      // Several writers at once, so the kill lands mid-request, mid-transaction or between.
      let writing = true;
      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; writing; i++) {
          const marker = `round ${round}, writer ${w}, save ${i}`;
          const saved = await saveCheckin(child.url, cookie, marker);
          if (saved === 'gone') return;
          acknowledged.set(saved.id, marker);
        }
      });
      await sleep(30 + Math.random() * 300);
      if (child.process.exitCode === null) killedMidStream += 1;
      await killChild(child.process);
      writing = false;
      await Promise.all(writers);

      // The file a crash left behind, opened as the next start will open it.
      const db = new SQLite(join(dataDir, 'haven.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true }), `integrity after round ${round}`).toBe('ok');
      } finally {
        db.close();
      }
    }

    expect(killedMidStream).toBe(ROUNDS);
    expect(acknowledged.size).toBeGreaterThan(ROUNDS);
  }, 120_000);
});

async function startChild(): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPT], {
    env: { ...process.env, HAVEN_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${String(code)}:\n${output}`));
    });
  });
  return { process: child, url };
}

function killChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function signUp(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-haven-csrf': '1' },
    body: JSON.stringify({ name: 'steady', passphrase: PASSPHRASE }),
  });
  expect(res.status).toBe(201);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('haven_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
}

/** The saved check-in's id once the server acknowledged it; 'gone' when the server died first. */
async function saveCheckin(url: string, cookie: string, marker: string): Promise<{ id: string } | 'gone'> {
  try {
    const res = await fetch(`${url}/api/v1/records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-haven-csrf': '1', cookie },
      body: JSON.stringify({
        kind: 'checkin',
        payload: { pleasantness: 0.2, energy: 0.1, feelings: ['calm'], note: marker },
      }),
    });
    if (res.status !== 201) throw new Error(`a save was answered with ${res.status}`);
    return (await res.json()) as { id: string };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('a save was answered')) throw error;
    // The connection died with the server: this save was never acknowledged.
    return 'gone';
  }
}

async function expectAllPresent(
  url: string,
  cookie: string,
  acknowledged: Map<string, string>,
): Promise<void> {
  const found = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await fetch(`${url}/api/v1/records?kind=checkin&limit=200${query}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const page = (await res.json()) as {
      items: { id: string; payload: { note?: string } }[];
      nextCursor: string | null;
    };
    for (const item of page.items) found.set(item.id, item.payload.note ?? '');
    cursor = page.nextCursor;
  } while (cursor);
  const missing = [...acknowledged].filter(([id, marker]) => found.get(id) !== marker);
  expect(missing, 'acknowledged saves missing or changed after a crash').toEqual([]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
