import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';

/**
 * Help is seen while writing: a person types something urgent on a phone or a
 * laptop, and without scrolling finds the crisis contacts on screen, their
 * cursor still in the writing, the line they are writing still uncovered.
 */
const URGENT = 'i dont want to be here anymore, everyone would be better off without me';
const NOTICE = /carry this alone/;
const SIZES = {
  phone: { width: 375, height: 812 },
  laptop: { width: 1280, height: 800 },
} as const;
type Size = keyof typeof SIZES;

const SHOTS = join(process.cwd(), 'e2e', 'screenshots');

let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));
beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('the crisis notice is seen while writing', () => {
  for (const size of Object.keys(SIZES) as Size[]) {
    it(`writes something urgent in a new journal entry on a ${size} and sees help without scrolling`, async () => {
      const person = await Person.arrive(browser, haven, { name: `journal-${size}`, size: SIZES[size] });
      await person.signUp();
      const page = person.page;
      await page.goto('/journal/new');
      await page.getByRole('heading', { level: 1 }).waitFor();
      const field = page.getByLabel('Your writing');
      await field.click();
      // A few ordinary lines first, so the writing has grown down the page by the time it turns hard.
      await page.keyboard.type('Work ran late again.\nThe bus was slow and cold.\nI sat by the window.\n', {
        delay: 5,
      });
      await page.keyboard.type(URGENT, { delay: 10 });

      const notice = await seesHelpBesideTheWriting(page, field);
      await keepsWriting(page, field, notice, URGENT);
      expect(await person.lookAtTheScreen(`notice-in-view-journal-${size}`)).toEqual([]);

      // Scrolling back up to reread a line, help stays on screen while the writing does.
      // Half of how far the page has scrolled, once the notice has finished uncovering the last line.
      const scrolled = await settledScroll(page);
      await page.mouse.move(4, SIZES[size].height / 2);
      await page.mouse.wheel(0, -Math.min(180, Math.floor(scrolled / 2)));
      await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(scrolled);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
      await expect.poll(() => outOfView(page, contactsIn(notice))).toEqual([]);

      if (size === 'phone') {
        // The on-screen keyboard takes the bottom half of the screen (Haven asks the browser to resize the page).
        await page.setViewportSize({ width: 375, height: 440 });
        await expect.poll(() => outOfView(page, contactsIn(notice))).toEqual([]);
        await expect.poll(() => coversTheWriting(field, notice)).toBe('');
        await page.keyboard.type(' still here', { delay: 10 });
        expect(await field.inputValue()).toMatch(/ still here$/);
        await expect.poll(() => coversTheWriting(field, notice)).toBe('');
        await page.screenshot({ path: join(SHOTS, 'notice-in-view-journal-phone-keyboard-light.png') });
        await page.setViewportSize(SIZES.phone);
      }

      // One tap opens the rest of the help, every word of it.
      await notice.getByRole('button', { name: 'More help' }).click();
      await notice.getByText('What you are writing sounds really hard.').waitFor();
      await notice.getByText(/If you are in danger right now, call your local emergency number/).waitFor();
      await notice.getByText('Your writing stays just as it is.', { exact: false }).waitFor();
      await notice.getByRole('link', { name: 'My safety plan' }).waitFor();
      await expect.poll(() => outOfView(page, contactsIn(notice))).toEqual([]);
      expect(await outOfView(page, notice.getByRole('button', { name: /Show less|Hide this/ }))).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      await page.screenshot({ path: join(SHOTS, `notice-in-view-journal-${size}-expanded-dark.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await notice.getByRole('button', { name: 'Show less' }).click();

      expect(person.problems(SIGNED_OUT_PROBE)).toEqual([]);
      await person.leave();
    });

    it(`writes something urgent in a check-in note on a ${size} and sees help above the save bar`, async () => {
      const person = await Person.arrive(browser, haven, { name: `checkin-${size}`, size: SIZES[size] });
      await person.signUp();
      const page = person.page;
      await page.goto('/checkin');
      await page.getByRole('heading', { level: 1, name: 'Check in' }).waitFor();
      // Low and tired, in the pad's lower left; one word brings the save bar.
      const pad = page.getByRole('slider', { name: /How you feel/ });
      const box = await pad.boundingBox();
      if (!box) throw new Error('The pad is not on screen');
      await page.mouse.click(box.x + box.width * 0.15, box.y + box.height * 0.85);
      await page.getByRole('button', { name: 'tired', exact: true }).click();
      await page.getByText('What can you do for yourself right now?').click();
      const field = page.getByLabel('A note, if you like');
      await field.click();
      await page.keyboard.type(URGENT, { delay: 10 });

      const notice = await seesHelpBesideTheWriting(page, field);
      await keepsWriting(page, field, notice, URGENT);
      // The save bar stays usable: the notice sits above it, not over it.
      const save = page.getByRole('button', { name: 'Save check-in' });
      await expect.poll(() => overlaps(save, notice)).toBe(false);
      expect(await person.lookAtTheScreen(`notice-in-view-checkin-${size}`)).toEqual([]);

      expect(person.problems(SIGNED_OUT_PROBE)).toEqual([]);
      await person.leave();
    });
  }
});

/** The expected 401 of asking "who is signed in?" while signed out. */
const SIGNED_OUT_PROBE = /401/;

/** The notice's ways to reach someone: the list of calls and texts. */
const contactsIn = (notice: Locator) => notice.getByRole('list').getByRole('link');

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** The notice appears and its contacts are on screen, with the cursor still in the field and the words kept. */
async function seesHelpBesideTheWriting(page: Page, field: Locator): Promise<Locator> {
  const notice = page.getByRole('region', { name: NOTICE });
  await notice.waitFor();
  await contactsIn(notice).getByText('Call 988').waitFor();
  expect(await contactsIn(notice).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
    'tel:988',
    'sms:988',
    'sms:741741?&body=HOME',
  ]);
  await expect.poll(() => outOfView(page, contactsIn(notice))).toEqual([]);
  expect(await focusedId(page)).toBe(await field.getAttribute('id'));
  expect(await field.inputValue()).toMatch(new RegExp(`${URGENT}$`));
  await expect.poll(() => coversTheWriting(field, notice)).toBe('');
  // "Get help now" is still in the header, in view.
  expect(
    await outOfView(page, page.getByRole('banner').getByRole('button', { name: 'Get help now' })),
  ).toEqual([]);
  return notice;
}

/** Writing carries on with the notice showing: same field, every word, and the new line still uncovered. */
async function keepsWriting(page: Page, field: Locator, notice: Locator, before: string) {
  await page.keyboard.type(' and i am so tired of all of it', { delay: 10 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('i keep thinking about it', { delay: 10 });
  expect(await field.inputValue()).toMatch(
    new RegExp(`${before} and i am so tired of all of it\ni keep thinking about it$`),
  );
  expect(await focusedId(page)).toBe(await field.getAttribute('id'));
  await expect.poll(() => outOfView(page, contactsIn(notice))).toEqual([]);
  await expect.poll(() => coversTheWriting(field, notice)).toBe('');
}

/** Each of these (the notice's links, say) that lies outside the window as it is now: nothing here scrolls. */
async function outOfView(page: Page, targets: Locator): Promise<string[]> {
  const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  const outside: string[] = [];
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    const name = (await target.textContent()) ?? '';
    if (!box) outside.push(`${name}: not shown`);
    else if (box.y < 0 || box.x < 0 || box.y + box.height > height || box.x + box.width > width)
      outside.push(`${name}: ${JSON.stringify(box)} in ${width}x${height}`);
  }
  if ((await targets.count()) === 0) outside.push('nothing to see');
  return outside;
}

/**
 * How the notice lies over the line being written, or '' when it does not.
 * The field's text ends at most at the bottom of its content box (the cursor
 * is at the end); that last line must be above the notice and below the header.
 */
async function coversTheWriting(field: Locator, notice: Locator): Promise<string> {
  const noticeTop = (await notice.boundingBox())?.y;
  const line = await field.evaluate((element) => {
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const textBottom = rect.bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
    const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    return { top: textBottom - lineHeight, bottom: textBottom, header: Math.max(0, header) };
  });
  if (noticeTop === undefined) return 'no notice';
  if (line.bottom > noticeTop + 0.5) return `last line ends at ${line.bottom}, notice starts at ${noticeTop}`;
  if (line.top < line.header - 0.5)
    return `last line starts at ${line.top}, under the header ending at ${line.header}`;
  return '';
}

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [one, two] = [await a.boundingBox(), await b.boundingBox()];
  if (!one || !two) return true;
  return (
    one.x < two.x + two.width &&
    two.x < one.x + one.width &&
    one.y < two.y + two.height &&
    two.y < one.y + one.height
  );
}

/** How far the page is scrolled once it has stopped moving (the notice may still be bringing the last line into view). */
async function settledScroll(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => scrollY);
    if (now === last) return now;
    last = now;
    await page.waitForTimeout(150);
  }
  return last;
}
