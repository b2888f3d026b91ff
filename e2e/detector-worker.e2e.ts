import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DESKTOP, useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';

/**
 * The detector reads writing in a Web Worker: a new journal entry opens
 * without it, the first keystroke starts the worker, and the detector (its
 * rules and learned weights) only ever arrives as the worker's script, never
 * as one the page runs itself.
 */
const URGENT = 'i dont want to be here anymore, everyone would be better off without me';
const NOTICE = /carry this alone/;
const TYPING = { delay: 15 };
/** The expected 401 of asking "who is signed in?" while signed out. */
const SIGNED_OUT_PROBE = /401/;
/** Past the writing field's pause and the mind-reading pause both. */
const QUIET_MS = 2000;
/** An ordinary week of writing, long enough that reading it is real work. */
const LONG_ENTRY = [
  'Work ran late again and the bus was slow and cold.',
  'I sat by the window and watched the rain on the glass for a while.',
  'Made soup with the last of the carrots, which was nicer than I expected.',
  'Walked to the river after dinner and the light was golden on the water.',
]
  .join(' ')
  .repeat(40)
  .slice(0, 10_000);

/**
 * The tag the detector's learned weights carry (their encoding): a script that
 * holds it holds the detector. Read from the weights file, so retraining keeps
 * this test true.
 */
const DETECTOR_MARK = z
  .object({ format: z.string().min(6) })
  .parse(
    JSON.parse(readFileSync(new URL('../src/core/safety/classifier-weights.json', import.meta.url), 'utf8')),
  ).format;

describe('the detector works off the main thread', () => {
  let haven: Haven;
  let browser: Browser;
  useHavenAndBrowser((started) => ({ haven, browser } = started));

  it('opens a new entry without the detector, starts its worker on the first keystroke, and finds help beside the writing', async () => {
    const ash = await Person.arrive(browser, haven, { name: 'ash', size: DESKTOP });
    await ash.signUp();
    const scripts = scriptsFetchedBy(ash.page);
    const workers: string[] = [];
    ash.page.on('worker', (worker) => workers.push(worker.url()));

    await ash.visit('/journal/new');
    await ash.wait(QUIET_MS);
    expect(workers).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(await carryingTheDetector(ash.page, scripts)).toEqual([]);

    await ash.write(URGENT, TYPING);
    const notice = ash.region(NOTICE);
    await notice.appears();
    expect(await ash.writtenText()).toBe(URGENT);
    expect(await ash.focusedTag()).toBe('TEXTAREA');
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/detector\.worker/);
    // The only script that holds the detector is the worker's own.
    expect(await carryingTheDetector(ash.page, scripts)).toEqual(workers);

    // Hidden, it stays hidden for that passage, however long the entry grows.
    await notice.click('Hide this');
    await notice.goesAway();
    await ash.writing.fill(`${LONG_ENTRY}\n${URGENT}`);
    await ash.type(' today', TYPING);
    await ash.wait(QUIET_MS);
    expect(await notice.count()).toBe(0);
    expect(await ash.writtenText()).toBe(`${LONG_ENTRY}\n${URGENT} today`);

    // A new urgent passage at the end of 10,000 characters brings help back, still from the one worker.
    await ash.type('. I have a plan to end my life', TYPING);
    await notice.appears();
    expect(await ash.focusedTag()).toBe('TEXTAREA');
    expect(workers).toHaveLength(1);
    expect(await carryingTheDetector(ash.page, scripts)).toEqual(workers);
    expect(ash.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await ash.leave();
  });
});

/** Every script the page fetches from now on, its own and its workers'. */
function scriptsFetchedBy(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

async function carryingTheDetector(page: Page, urls: readonly string[]): Promise<string[]> {
  const carrying: string[] = [];
  for (const url of new Set(urls)) {
    const response = await page.request.get(url);
    if ((await response.text()).includes(DETECTOR_MARK)) carrying.push(url);
  }
  return carrying;
}
