import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pillarsWithPractices, PRACTICES, type Catalogue } from '../src/core/practices/catalogue.js';
import type { Practice } from '../src/core/practices/practice.js';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';

/**
 * Finding the way: every practice in the catalogue can be reached from the
 * navigation, on a phone and on a laptop; the navigation says where the
 * person is; "Get help now" is in sight on every screen; and on a phone the
 * header and tab bar leave most of the screen to the practice.
 */
const PHONE = { width: 375, height: 812 };
const LAPTOP = { width: 1280, height: 800 };
/** The most of a phone's screen the header and tab bar together may cover. */
const MOST_CHROME = 0.2;
const SIGNED_OUT_PROBE = /401/;

const catalogue: Catalogue = PRACTICES;

let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

describe('finding the way', () => {
  it('on a phone, opens every practice from the tab bar and its Practices sheet, help always in sight', async () => {
    const fern = await Person.arrive(browser, haven, { name: 'fern', size: PHONE });
    await fern.signUp();
    expect(await fern.currentInNav()).toEqual(['Home']);
    await seesHelpAndRoomToBreathe(fern);
    expect(await fern.lookAtTheScreen('navigation-home-phone')).toEqual([]);

    for (const practice of catalogue) {
      await fern.navigateTo(practice.label);
      await arrivesAt(fern, practice);
      await seesHelpAndRoomToBreathe(fern);
      if (practice.primary) {
        // A primary practice has a tab of its own, too.
        await fern.navigateTo('Home');
        await fern.navigateTo(practice.navLabel ?? practice.label);
        await arrivesAt(fern, practice);
      }
    }

    // The check-in pad is on the first screen, above the tab bar, without scrolling.
    await fern.navigateTo('Check-in');
    await fern.seesPageTitle('Check in');
    const pad = await fern.page.getByRole('slider', { name: /How you feel/ }).boundingBox();
    const { bottom, height } = await fern.chrome();
    expect(pad).not.toBeNull();
    expect((pad?.y ?? 0) + (pad?.height ?? 0)).toBeLessThanOrEqual(height - bottom);
    expect(await fern.lookAtTheScreen('navigation-checkin-phone')).toEqual([]);

    const sheet = await fern.openNavMenu('Practices');
    expect(await sheet.getByRole('link', { name: 'Daily check-in' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(await fern.lookAtTheScreen('navigation-practices-phone')).toEqual([]);
    await fern.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    await fern.navigateTo('Safety plan');
    await fern.seesPageTitle('My safety plan');
    await seesHelpAndRoomToBreathe(fern);
    expect(await fern.lookAtTheScreen('navigation-safety-plan-phone')).toEqual([]);

    // About, Settings and Lock wait under "More".
    await fern.navigateTo('Settings');
    await fern.seesPageTitle('Settings');
    expect(await fern.currentInNav()).toEqual(['More']);
    await fern.lock();
    expect(fern.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await fern.leave();
  });

  it('on a laptop, opens every practice from the header and its Practices menu, by pointer and by keyboard', async () => {
    const moss = await Person.arrive(browser, haven, { name: 'moss', size: LAPTOP });
    await moss.signUp();
    expect(await moss.currentInNav()).toEqual(['Home']);
    expect(await moss.lookAtTheScreen('navigation-home-desktop')).toEqual([]);

    for (const practice of catalogue) {
      await moss.navigateTo(practice.label);
      await arrivesAt(moss, practice);
      expect(await outOfSight(moss)).toEqual([]);
    }

    await moss.navigateTo('Check-in');
    await moss.seesPageTitle('Check in');
    expect(await moss.lookAtTheScreen('navigation-checkin-desktop')).toEqual([]);
    await moss.openNavMenu('Practices');
    expect(await moss.lookAtTheScreen('navigation-practices-desktop')).toEqual([]);
    await moss.press('Escape');

    // By keyboard: the menu opens with Enter, its links follow in the Tab order, and Escape goes back to it.
    await moss.visit('/');
    await moss.tabTo(/^Practices$/);
    await moss.press('Enter');
    expect(await moss.navMenuButton('Practices').getAttribute('aria-expanded')).toBe('true');
    await moss.press('Tab');
    const first = pillarsWithPractices(catalogue).find(({ practices }) => practices.length > 0);
    expect(await moss.focusedText()).toBe(first?.practices[0]?.label);
    await moss.press('Escape');
    expect(await moss.navMenuButton('Practices').getAttribute('aria-expanded')).toBe('false');
    expect(await moss.focusedText()).toBe('Practices');

    await moss.navigateTo('Safety plan');
    await moss.seesPageTitle('My safety plan');
    expect(await moss.lookAtTheScreen('navigation-safety-plan-desktop')).toEqual([]);
    expect(moss.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await moss.leave();
  });

  it('signed out on a phone, finds About and Sign in, with help in sight', async () => {
    const reed = await Person.arrive(browser, haven, { name: 'reed', size: PHONE });
    await reed.visit('/sign-in');
    await reed.navigateTo('About');
    await reed.seesMentionOf(/Jessica Fern/);
    expect(await reed.currentInNav()).toEqual(['About']);
    await seesHelpAndRoomToBreathe(reed);
    await reed.navigateTo('Sign in');
    await reed.seesPageTitle();
    expect(await reed.currentInNav()).toEqual(['Sign in']);
    expect(reed.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await reed.leave();
  });
});

/** The practice's screen is shown, and the navigation marks it (on a tab, or the Practices menu holding it). */
async function arrivesAt(person: Person, practice: Practice): Promise<void> {
  await person.arrivesAt((url) => url.pathname === practice.path);
  await person.seesPageTitle();
  // The address changes first; the screen (and the mark in the navigation) follows once its code has loaded.
  const marked = practice.primary ? [practice.navLabel ?? practice.label] : ['Practices'];
  await expect.poll(() => person.currentInNav(), { message: practice.id, timeout: 15_000 }).toEqual(marked);
  if (practice.primary) return;
  const menu = await person.openNavMenu('Practices');
  expect(
    await menu.getByRole('link', { name: practice.label, exact: true }).getAttribute('aria-current'),
  ).toBe('page');
  await person.press('Escape');
  await menu.waitFor({ state: 'hidden' });
}

/** "Get help now" is on screen, and the header and tab bar leave at least four fifths of it to the screen's own. */
async function seesHelpAndRoomToBreathe(person: Person): Promise<void> {
  expect(await outOfSight(person)).toEqual([]);
  const { top, bottom, height } = await person.chrome();
  expect(top + bottom, `${String(top)} + ${String(bottom)} of ${String(height)}`).toBeLessThanOrEqual(
    height * MOST_CHROME,
  );
}

/** "Get help now" in the header, unless it is fully on screen. */
async function outOfSight(person: Person): Promise<string[]> {
  const help = person.banner().getByRole('button', { name: 'Get help now' });
  const box = await help.boundingBox();
  const { height } = await person.chrome();
  if (!box) return ['Get help now: not shown'];
  return box.y >= 0 && box.y + box.height <= height ? [] : [`Get help now: ${JSON.stringify(box)}`];
}
