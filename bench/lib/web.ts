import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { median, round } from './stats.js';

/**
 * What the web client ships to the first screen, and how long a signed-in
 * person waits for their home screen in headless Chromium.
 */
export interface FirstScreenBytes {
  files: { path: string; raw: number; gzip: number }[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

/** The entry script and stylesheet in index.html, and every module they import statically, transitively. */
export function firstScreenBytes(webDir: string): FirstScreenBytes {
  const html = readFileSync(join(webDir, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const tag of tags) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) add(scripts, attr(tag, 'src'));
    if (/rel="modulepreload"/.test(tag)) add(scripts, attr(tag, 'href'));
    if (/rel="stylesheet"/.test(tag)) add(styles, attr(tag, 'href'));
  }
  // Follow static imports (not import(): those load later, when a screen is first visited).
  const queue = [...scripts];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    const code = readFileSync(join(webDir, path), 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\s}])(?:import|export)\s*(?:[\w$\s{},*]+?\s*from\s*)?["']([^"']+\.js)["']/g,
    )) {
      const target = normalize(join(dirname(path), match[1] ?? ''));
      if (!scripts.has(target) && existsSync(join(webDir, target))) {
        scripts.add(target);
        queue.push(target);
      }
    }
  }
  const measure = (path: string) => {
    const bytes = readFileSync(join(webDir, path));
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const jsFiles = [...scripts].map(measure);
  const cssFiles = [...styles].map(measure);
  const total = (files: { raw: number; gzip: number }[]) => ({
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
  });
  return { files: [...jsFiles, ...cssFiles], js: total(jsFiles), css: total(cssFiles) };
}

function add(set: Set<string>, href: string | undefined): void {
  if (href) set.add(href.replace(/^\//, ''));
}

export interface HomeTiming {
  runs: number;
  /** Navigation start to the home heading being visible, each run with an empty cache. */
  homeVisibleMs: number[];
  medianMs: number;
  /** JavaScript the browser actually fetched before the home heading appeared (median run). */
  jsTransferred: { raw: number; gzip: number };
  problems: string[];
}

/** Signs in through the API, then opens the app and waits for the home screen's heading. */
export async function timeHomeScreen(
  url: string,
  account: { name: string; passphrase: string },
  runs: number,
): Promise<HomeTiming> {
  const browser = await chromium.launch({
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
  const times: number[] = [];
  const transferred: { raw: number; gzip: number }[] = [];
  const problems: string[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 860 } });
      const signIn = await context.request.post('/api/v1/auth/signin', {
        headers: { 'x-haven-csrf': '1' },
        data: { name: account.name, passphrase: account.passphrase },
      });
      if (!signIn.ok()) throw new Error(`Signing in from the browser failed: ${signIn.status()}`);
      const page = await context.newPage();
      const scripts: Promise<Buffer>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      await page.goto('/', { waitUntil: 'commit' });
      const visibleAt = await page.waitForFunction(
        (name: string) => {
          const heading = document.querySelector('h1');
          if (!heading?.textContent?.includes(name)) return false;
          const box = heading.getBoundingClientRect();
          return box.width > 0 && box.height > 0 ? performance.now() : false;
        },
        account.name,
        { polling: 'raf', timeout: 30_000 },
      );
      times.push(round(Number(await visibleAt.jsonValue())));
      const bodies = await Promise.all(scripts);
      transferred.push({
        raw: bodies.reduce((s, b) => s + b.length, 0),
        gzip: bodies.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const mid = median(times);
  return {
    runs,
    homeVisibleMs: times,
    medianMs: mid,
    jsTransferred: transferred[times.indexOf(mid)] ?? { raw: 0, gzip: 0 },
    problems,
  };
}
