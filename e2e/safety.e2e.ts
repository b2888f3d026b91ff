import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  launchBrowser,
  lookAtEveryWay,
  newPerson,
  PHONE,
  problemsOf,
  startHaven,
  type Haven,
} from './support/harness.js';
import { signUp } from './support/person.js';

const URGENT = 'i dont want to be here anymore, everyone would be better off without me';
const IDIOM = 'this commute is killing me';
/** The names of the notice and the gentle offer that can appear beside writing. */
const NOTICE = /carry this alone|Support is here while you write|Would some support help/;

/** Problems other than the expected 401 of asking "who is signed in?" while signed out. */
const realProblems = (page: Page) => problemsOf(page).filter((p) => !p.includes('401'));

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Tabs from the top of a freshly loaded page to "Get help now" and opens it with Enter. */
async function openHelpByKeyboard(page: Page) {
  let reached = false;
  for (let i = 0; i < 8 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await focusedText(page)).includes('Get help now');
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Get help now' });
  await panel.waitFor();
  return panel;
}

async function closeWithEscape(page: Page) {
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: 'Get help now' }).waitFor({ state: 'hidden' });
  await expect.poll(() => focusedText(page)).toContain('Get help now');
}

describe('help when things are hard', () => {
  let haven: Haven;
  let browser: Browser;
  beforeAll(async () => {
    haven = await startHaven();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    await haven.stop();
  });

  it('opens "Get help now" with the keyboard alone, signed out and from home, settings and about', async () => {
    const { context, page } = await newPerson(browser, haven, DESKTOP);

    // Signed out, on the first screen of a fresh Haven.
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    let panel = await openHelpByKeyboard(page);
    await panel.getByRole('link', { name: /Call 988/ }).waitFor();
    await panel.getByRole('link', { name: /Text HOME to 741741/ }).waitFor();
    expect(await panel.getByText(/not a crisis service/).count()).toBe(1);
    expect(await panel.getByRole('link', { name: 'Sign in to see or make your plan' }).count()).toBe(1);
    expect(await lookAtEveryWay(page, 'safety-help-signed-out')).toEqual([]);
    await closeWithEscape(page);

    await signUp(page, 'wren');
    for (const [path, name] of [
      ['/', 'home'],
      ['/settings', 'settings'],
      ['/about', 'about'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      panel = await openHelpByKeyboard(page);
      await panel.getByRole('link', { name: /Call 988/ }).waitFor();
      await panel.getByRole('link', { name: 'Make your safety plan' }).waitFor();
      await panel.getByText('Step 1 of 8').waitFor();
      if (name === 'home') {
        // The grounding exercise moves on with the keyboard, and says it can stop any time.
        await panel.getByRole('button', { name: 'Next step' }).focus();
        await page.keyboard.press('Enter');
        await panel.getByText('Step 2 of 8').waitFor();
        expect(await panel.getByText(/stop at any time/).count()).toBe(1);
        expect(await lookAtEveryWay(page, 'safety-help-open')).toEqual([]);
      }
      if (name === 'about') {
        // Moving country: the panel's own region choice changes what it shows, and settings remember it.
        await panel.getByLabel('Showing help for').selectOption('GB');
        await panel.getByRole('link', { name: /Call 116 123/ }).waitFor();
        await panel.getByRole('link', { name: '999' }).waitFor();
      }
      await closeWithEscape(page);
      expect(await lookAtEveryWay(page, `safety-${name}`)).toEqual([]);
    }

    await page.goto('/settings');
    const region = page.getByLabel('Region for help');
    await expect.poll(() => region.inputValue()).toBe('GB');
    await region.selectOption('US');
    expect(await page.evaluate(() => window.localStorage.getItem('haven.region'))).toBe('US');
    expect(realProblems(page)).toEqual([]);
    await context.close();
  });

  it('writes an urgent passage and finds help beside the writing, every word kept and the cursor still there', async () => {
    const { context, page } = await newPerson(browser, haven, DESKTOP);
    await signUp(page, 'alder');
    const field = await journalLikeField(page);
    await field.click();
    await page.keyboard.type(URGENT, { delay: 15 });

    const notice = page.getByRole('region', { name: NOTICE });
    await notice.waitFor();
    await notice.getByRole('link', { name: /Call 988/ }).waitFor();
    expect(await field.inputValue()).toBe(URGENT);
    const fieldId = await field.getAttribute('id');
    expect(await focusedId(page)).toBe(fieldId);

    // Writing carries on, unhindered.
    await page.keyboard.type(' and i am tired', { delay: 15 });
    expect(await field.inputValue()).toBe(`${URGENT} and i am tired`);
    expect(await focusedId(page)).toBe(fieldId);
    expect(await lookAtEveryWay(page, 'safety-notice')).toEqual([]);

    // From the writing, one Tab reaches "Skip to help", which lands inside the notice.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to help');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('region');

    // The full panel opens from the notice, and closing it comes back to the notice, not the header.
    await notice.getByRole('button', { name: 'Open “Get help now”' }).click();
    await page.getByRole('dialog', { name: 'Get help now' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Get help now' }).waitFor({ state: 'hidden' });
    await expect.poll(() => focusedText(page)).toBe('Open “Get help now”');

    // Hiding it returns to the writing, and the same passage does not bring it back.
    await notice.getByRole('button', { name: 'Hide this' }).click();
    await notice.waitFor({ state: 'hidden' });
    expect(await focusedId(page)).toBe(fieldId);
    await page.keyboard.type(' today', { delay: 15 });
    await page.waitForTimeout(1500);
    expect(await page.getByRole('region', { name: NOTICE }).count()).toBe(0);
    expect(await field.inputValue()).toBe(`${URGENT} and i am tired today`);
    expect(realProblems(page)).toEqual([]);
    await context.close();
  });

  it('writes an everyday idiom and is left in peace', async () => {
    const { context, page } = await newPerson(browser, haven, PHONE);
    await signUp(page, 'hazel');
    const field = await journalLikeField(page);
    await field.click();
    await page.keyboard.type(IDIOM, { delay: 15 });
    await page.waitForTimeout(1500);
    expect(await page.getByRole('region', { name: NOTICE }).count()).toBe(0);
    expect(await field.inputValue()).toBe(IDIOM);
    expect(realProblems(page)).toEqual([]);
    await context.close();
  });

  it('makes a safety plan, saves it, opens it again from "Get help now" and prints it on one page', async () => {
    const { context, page } = await newPerson(browser, haven, DESKTOP);
    await signUp(page, 'linden');
    await page.goto('/safety-plan');
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();

    await addLine(page, 'My warning signs', 'I go quiet and skip meals');
    await addLine(page, 'My warning signs', 'Everything starts to feel pointless');
    // A warning sign can itself be a thought of not being here: the plan stays safety-aware, but quietly.
    await addLine(page, 'My warning signs', 'Thinking everyone would be better off without me');
    const quiet = page.getByRole('region', { name: 'Support is here while you write' });
    await quiet.getByRole('link', { name: /Call 988/ }).waitFor();
    expect(await lookAtEveryWay(page, 'safety-plan-notice')).toEqual([]);
    await quiet.getByRole('button', { name: 'Hide this' }).click();
    await quiet.waitFor({ state: 'hidden' });
    await addLine(page, 'Things I can do on my own', 'A hot shower, then a slow walk round the block');
    await addLine(
      page,
      'People and places that take my mind off things',
      'The library on a weekday afternoon',
    );
    const people = page.getByRole('region', { name: 'People I can ask for help' });
    await people.getByRole('button', { name: /Add someone/ }).click();
    await page.keyboard.type('Sam, my neighbour');
    await people.getByLabel(/How to reach them/).fill('07700 900123');
    await addLine(page, 'My reasons for living', 'My niece’s drawings on the fridge');

    await page.getByRole('button', { name: 'Save my plan' }).click();
    await page.getByText('Saved. You can come back and change it any time.').waitFor();
    expect(await lookAtEveryWay(page, 'safety-plan')).toEqual([]);

    // Opened again later from the help panel, in one step.
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const panel = await openHelpByKeyboard(page);
    await panel.getByText('I go quiet and skip meals').waitFor();
    await panel.getByText('Sam, my neighbour: 07700 900123').waitFor();
    expect(await lookAtEveryWay(page, 'safety-help-with-plan')).toEqual([]);
    await panel.getByRole('link', { name: 'Open your safety plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
    await expect
      .poll(() =>
        page.getByRole('region', { name: 'My warning signs' }).getByRole('textbox').first().inputValue(),
      )
      .toBe('I go quiet and skip meals');

    // Print: the button asks the browser to print; the printed page is the plan alone.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate(() => document.body.getAttribute('data-printed'))).toBe('yes');

    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.screenshot({ path: 'e2e/screenshots/safety-plan-print.png', fullPage: true });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Save my plan' }).isVisible()).toBe(false);
    expect(
      await page.getByRole('listitem').filter({ hasText: 'My niece’s drawings on the fridge' }).isVisible(),
    ).toBe(true);
    const pdf = await page.pdf({ format: 'A4', path: 'e2e/screenshots/safety-plan-print.pdf' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    expect(realProblems(page)).toEqual([]);
    await context.close();
  });
});

/**
 * A place to write freely: the journal when it exists, otherwise a line of
 * the safety plan (another free-text field built on the same shared input).
 */
async function journalLikeField(page: Page) {
  await page.goto('/journal/new');
  await page.getByRole('heading', { level: 1 }).waitFor();
  const journal = page.locator('main textarea');
  if ((await journal.count()) > 0) return journal.first();
  await page.goto('/safety-plan');
  await page.getByRole('heading', { level: 1, name: 'My safety plan' }).waitFor();
  const section = page.getByRole('region', { name: 'Things I can do on my own' });
  await section.getByRole('button', { name: /Add/ }).click();
  return section.getByRole('textbox').last();
}

async function addLine(page: Page, section: string, text: string) {
  const region = page.getByRole('region', { name: section });
  await region.getByRole('button', { name: /Add/ }).click();
  // Adding moves focus to the new line, so typing goes straight in.
  await page.keyboard.type(text);
  expect(await region.getByRole('textbox').last().inputValue()).toBe(text);
}
