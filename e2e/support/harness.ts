import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * The browser suite's world: the real `haven serve` on a temporary data
 * folder, and Debian's Chromium driven by playwright-core. Nothing is
 * downloaded; nothing reaches the network.
 */
export interface Haven {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startHaven(env: Record<string, string> = {}): Promise<Haven> {
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-e2e-'));
  const child = spawn(process.execPath, ['bin/haven.js', 'serve'], {
    env: {
      ...process.env,
      HAVEN_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      HAVEN_LOG_LEVEL: 'warn',
      HAVEN_BACKUPS: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Haven did not start:\n${out}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/[^\s]+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Haven exited with ${String(code)}:\n${out}`)));
  });
  return {
    url,
    dataDir,
    stop: () => stopChild(child).then(() => rmSync(dataDir, { recursive: true, force: true })),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.HAVEN_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 360, height: 780 };
export const DESKTOP = { width: 1280, height: 860 };

export async function newPerson(
  browser: Browser,
  haven: Haven,
  size = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: haven.url, viewport: size, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(target.hostname) &&
      !['data:', 'blob:'].includes(target.protocol)
    ) {
      problems.push(`network request to ${target.origin}`);
    }
  });
  pageProblems.set(page, problems);
  return { context, page };
}

const pageProblems = new WeakMap<Page, string[]>();

/** Console errors, uncaught errors and off-machine requests the page has made so far. */
export function problemsOf(page: Page): string[] {
  return pageProblems.get(page) ?? [];
}

/** axe-core violations on the page as it is now (WCAG 2.x A and AA). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Where screenshots (and the printed safety plan) are kept for people to look at. */
export const SHOTS = join(process.cwd(), 'e2e', 'screenshots');

/**
 * Looks at the current screen the four ways people will see it (phone and
 * desktop, light and dark): saves a screenshot of each and returns every axe
 * violation found.
 */
export async function lookAtEveryWay(page: Page, name: string): Promise<string[]> {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  const violations: string[] = [];
  for (const [label, size] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(50);
      await page.screenshot({ path: join(SHOTS, `${name}-${label}-${scheme}.png`), fullPage: true });
      for (const v of await axeViolations(page)) violations.push(`[${label} ${scheme}] ${v}`);
    }
  }
  await page.setViewportSize(original);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  return violations;
}

/**
 * The real server and Chromium for the tests of one file or describe block:
 * started before them, stopped after, and handed to `take` once running.
 */
export function useHavenAndBrowser(
  take: (started: { haven: Haven; browser: Browser }) => void,
  env: Record<string, string> = {},
): void {
  let started: { haven: Haven; browser: Browser } | undefined;
  beforeAll(async () => {
    started = { haven: await startHaven(env), browser: await launchBrowser() };
    take(started);
  });
  afterAll(async () => {
    await started?.browser.close();
    await started?.haven.stop();
  });
}
