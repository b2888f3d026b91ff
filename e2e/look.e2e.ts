import type { Browser, Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pathTo } from '../src/core/practices/catalogue.js';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { PASSPHRASE, Person } from './support/person.js';

/**
 * How Haven looks and arrives: its own typefaces (never a font service), a
 * page header that leads with what can be done, gentle motion that stops for
 * people who ask for less, everything sent compressed, and a signed-out page
 * that logs no failed request.
 */
const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1280, height: 800 };
/**
 * The most a first signed-out visit may bring over the wire, everything it
 * loads included (the two typefaces are 85 KB of it). Measured at 284 KB when
 * this was written (618 KB before compression); the room above that is for
 * the pillars still to come, not for a lost compression.
 */
const FIRST_LOAD_BUDGET = 340 * 1024;

let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

interface Arrived {
  url: string;
  type: string;
  encoding: string | undefined;
  /** The body as sent, and with its headers. */
  body: number;
  bytes: number;
}

/** The build leaves files under 1 KB as they are (scripts/build.mjs): compressing them would save nothing. */
const SMALLEST_COMPRESSED = 1024;

/** Everything a page load brings, as it came over the wire. */
function recordArrivals(page: Page): Arrived[] {
  const arrived: Arrived[] = [];
  page.on('requestfinished', (request) => {
    (async () => {
      const response: Response | null = await request.response();
      if (!response) return;
      const sizes = await request.sizes();
      arrived.push({
        url: request.url(),
        type: request.resourceType(),
        encoding: await response.headerValue('content-encoding').then((v) => v ?? undefined),
        body: sizes.responseBodySize,
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    })().catch((error: unknown) => {
      // A request still finishing when the test closes its page is no longer counted.
      if (!page.isClosed()) throw error;
    });
  });
  return arrived;
}

describe('how Haven looks and arrives', () => {
  it('arrives signed out compressed, in its own typefaces, with nothing failing in the console', async () => {
    const ash = await Person.arrive(browser, haven, { name: 'ash', size: LAPTOP });
    const arrived = recordArrivals(ash.page);
    await ash.page.goto('/');
    await ash.seesPageTitle();
    await ash.page.evaluate(() => document.fonts.ready);
    await expect.poll(() => arrived.filter((a) => a.type === 'font').length).toBe(2);

    // Nothing failed: asking "who is signed in?" while signed out is an answer, not an error.
    expect(ash.problems()).toEqual([]);

    // Headings in Fraunces, words in Inter, both from Haven itself, latin only.
    const faces = await ash.page.evaluate(() => ({
      heading: getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily,
      body: getComputedStyle(document.body).fontFamily,
      loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
    }));
    expect(faces.heading).toMatch(/^"Fraunces Variable"/);
    expect(faces.body).toMatch(/^"Inter Variable"/);
    expect(new Set(faces.loaded)).toEqual(new Set(['Fraunces Variable', 'Inter Variable']));
    const fonts = arrived.filter((a) => a.type === 'font');
    for (const font of fonts) {
      expect(new URL(font.url).origin).toBe(new URL(haven.url).origin);
      expect(font.url).toMatch(/-latin-wght-normal-[\w-]+\.woff2$/);
    }

    // Every script, style sheet and the page itself came compressed (but the tiniest), and the whole lot is small.
    const text = arrived.filter((a) => ['document', 'script', 'stylesheet'].includes(a.type));
    expect(text.length).toBeGreaterThan(2);
    for (const item of text) {
      if (item.encoding === undefined) expect(item.body, item.url).toBeLessThan(SMALLEST_COMPRESSED);
      else expect(item.encoding, item.url).toBe('br');
    }
    expect(text.filter((a) => a.encoding === 'br').length).toBeGreaterThan(text.length / 2);
    const total = arrived.reduce((sum, a) => sum + a.bytes, 0);
    console.info(
      `first signed-out load: ${(total / 1024).toFixed(1)} KB over the wire in ${arrived.length} responses ` +
        `(fonts ${(fonts.reduce((s, f) => s + f.bytes, 0) / 1024).toFixed(1)} KB)`,
    );
    expect(total).toBeLessThan(FIRST_LOAD_BUDGET);

    // A client that takes only gzip gets gzip; one that takes neither gets the file as it is.
    const script = text.find((a) => a.type === 'script' && a.encoding === 'br')?.url ?? '';
    const gzip = await fetch(script, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(script, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await gzip.text()).toBe(await plain.text());
    await ash.leave();
  });

  it('on a phone, leads each screen with its title and action, the explanation tucked away', async () => {
    const bay = await Person.arrive(browser, haven, { name: 'bay', size: PHONE });
    await bay.signUp();

    // Home: the check-in is the first thing under the greeting, well inside the first screen.
    const title = await bay.pageTitle().boundingBox();
    const action = await bay.link('Check in now').boundingBox();
    const firstSection = await bay.page.getByRole('heading', { level: 2 }).first().boundingBox();
    expect(title && action && firstSection).toBeTruthy();
    if (!title || !action || !firstSection) return;
    expect(title.height).toBeLessThan(90);
    expect(action.y).toBeGreaterThan(title.y);
    expect(action.y + action.height).toBeLessThan(Math.min(firstSection.y, PHONE.height / 2));
    expect(action.width).toBeGreaterThan(PHONE.width / 2);
    expect(await bay.lookAtTheScreen('look-home-phone')).toEqual([]);

    // The soothing kit: one quiet line, and "What is this?" opens the rest from the keyboard.
    await bay.visit(pathTo('soothing'));
    await bay.seesPageTitle('My soothing kit');
    const more = bay.text('Haven shows them back to you after a hard check-in.');
    expect(await more.isVisible()).toBe(false);
    await bay.page.getByText('What is this?').focus();
    await bay.page.keyboard.press('Enter');
    await more.waitFor();
    expect(await bay.lookAtTheScreen('look-soothing-phone-open')).toEqual([]);
    expect(await bay.lookAtEveryWay('look-soothing')).toEqual([]);
    expect(bay.problems()).toEqual([]);
    await bay.leave();
  });

  it('on a laptop, puts the action beside the title', async () => {
    const cove = await Person.arrive(browser, haven, { name: 'cove', size: LAPTOP });
    await cove.signUp();
    const title = await cove.pageTitle().boundingBox();
    const action = await cove.link('Check in now').boundingBox();
    if (!title || !action) throw new Error('no title or action');
    // On the same row: the action starts above the title's foot.
    expect(action.y).toBeLessThan(title.y + title.height);
    expect(action.x).toBeGreaterThan(title.x + title.width);
    expect(await cove.lookAtEveryWay('look-home')).toEqual([]);
    await cove.leave();
  });

  it('moves gently, and not at all for someone who asks for less motion', async () => {
    const dune = await Person.arrive(browser, haven, { name: 'dune', size: LAPTOP });
    await dune.page.goto('/');
    await dune.seesPageTitle();
    const motion = () =>
      dune.page.evaluate(() => {
        const list = document.createElement('ul');
        list.className = 'motion-settle';
        const item = document.createElement('li');
        list.append(item);
        const card = document.createElement('div');
        card.className = 'motion-open';
        document.body.append(list, card);
        const found = {
          settle: getComputedStyle(item).transitionDuration,
          open: getComputedStyle(card).transitionDuration,
          token: getComputedStyle(document.documentElement).getPropertyValue('--duration-gentle').trim(),
        };
        list.remove();
        card.remove();
        return found;
      });
    const gentle = await motion();
    expect(gentle.settle).toMatch(/^0\.52s/);
    expect(gentle.open).toMatch(/^0\.28s/);
    expect(milliseconds(gentle.token)).toBe(280);

    await dune.page.emulateMedia({ reducedMotion: 'reduce' });
    const still = await motion();
    expect(still.settle).toMatch(/^0s/);
    expect(still.open).toMatch(/^0s/);
    expect(milliseconds(still.token)).toBe(0);
    await dune.leave();
  });

  it('lets a check-in saved moments ago settle into the history, and leaves older ones still', async () => {
    const fen = await Person.arrive(browser, haven, { name: 'fen', size: LAPTOP });
    await fen.signUp();
    const headers = { 'x-haven-csrf': '1' };
    const saved = await fen.page.request.post('/api/v1/records', {
      headers,
      data: { kind: 'checkin', payload: { pleasantness: 0.3, energy: 0.1, feelings: ['calm'] } },
    });
    expect(saved.status()).toBe(201);
    // One saved a month ago, brought back from an export (the only way a record keeps an old saving time).
    const exported = await fen.page.request.post('/api/v1/account/export', {
      headers,
      data: { passphrase: PASSPHRASE, format: 'json' },
    });
    const document = (await exported.json()) as { records: Record<string, unknown>[] };
    const [recent] = document.records;
    const monthAgo = '2026-11-01T09:00:00.000Z';
    document.records.push({
      ...recent,
      id: '01890a5d-ac96-774b-bcce-b302099a8057',
      occurredAt: monthAgo,
      createdAt: monthAgo,
      updatedAt: monthAgo,
    });
    const imported = await fen.page.request.post('/api/v1/account/import', { headers, data: document });
    expect(((await imported.json()) as { imported: number }).imported).toBe(1);
    await fen.visit('/checkin');
    const items = fen.page.locator('.entry-list__item');
    await expect.poll(() => items.count()).toBe(2);
    const moving = await items.evaluateAll((lis) =>
      lis.map((li) => li.classList.contains('motion-settle-item') && getComputedStyle(li).transitionDuration),
    );
    expect(moving[0]).toMatch(/^0\.52s/);
    expect(moving[1]).toBe(false);
    await fen.leave();
  });
});

/** A CSS time ('280ms', '.28s', '0s') in milliseconds. */
function milliseconds(time: string): number {
  const value = Number.parseFloat(time);
  return time.endsWith('ms') ? value : value * 1000;
}
