import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';

/** The expected 401 of asking "who is signed in?" while signed out. */
const SIGNED_OUT_PROBE = /401/;

describe('a newcomer finding their way around Haven', () => {
  let haven: Haven;
  let browser: Browser;
  useHavenAndBrowser((started) => ({ haven, browser } = started));

  it('is asked to make an account on a fresh install, sees what Haven is and is not, and saves the recovery code', async () => {
    const robin = await Person.arrive(browser, haven, { name: 'robin', size: PHONE });
    await robin.visit('/');
    await expect.poll(() => robin.path()).toBe('/sign-up');
    await robin.seesMentionOf(/not therapy/i);
    expect(await robin.lookAtEveryWay('sign-up')).toEqual([]);

    const code = await robin.createAccount();
    expect(code.replace(/\s/g, '')).toMatch(/^[0-9A-Z]{32}$/);
    await robin.seesMentionOf(/nobody.*Haven included.*can read/i);
    expect(await robin.lookAtEveryWay('recovery-code')).toEqual([]);
    await robin.saveRecoveryCode();

    await robin.seesPageTitle();
    for (const area of [
      'Here',
      'Expressed delight',
      'Attuning',
      'Rituals and routines',
      'Turning towards',
      'Secure attachment with self',
    ]) {
      await expect.poll(() => robin.heading(area).count(), { message: area }).toBe(1);
    }
    await expect.poll(() => robin.button('Get help now').isVisible()).toBe(true);
    expect(await robin.lookAtEveryWay('home')).toEqual([]);
    expect(robin.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await robin.leave();
  });

  it('reads the about page, credited to Jessica Fern, and changes the theme', async () => {
    const reader = await Person.arrive(browser, haven, { name: 'robin' });
    await reader.visit('/about');
    await reader.seesMentionOf(/Jessica Fern/);
    await reader.seesMentionOf(/Polysecure/);
    await reader.seesMentionOf(/not therapy/i);
    expect(await reader.lookAtEveryWay('about')).toEqual([]);
    await reader.chooseTheme('Dark');
    await expect.poll(() => reader.theme()).toBe('dark');
    await reader.leave();
  });

  it('signs in, downloads an export, locks Haven, and signs in again', async () => {
    const robin = await Person.arrive(browser, haven, { name: 'robin', size: DESKTOP });
    await robin.signIn();
    await robin.visit('/settings');
    await robin.seesPageTitle('Settings');
    expect(await robin.lookAtEveryWay('settings')).toEqual([]);

    const exported = await robin.exportData();
    expect(exported).toMatchObject({ format: 'haven-export', account: { name: 'robin' } });

    await robin.lock();
    expect(await robin.lookAtEveryWay('locked')).toEqual([]);
    expect(await robin.sessionStatus()).toBe(401);

    await robin.unlock();
    await robin.seesHeading('Here');
    expect(robin.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await robin.leave();
  });

  it('can be used with the keyboard alone: skip link, navigation and the help panel', async () => {
    const robin = await Person.arrive(browser, haven, { name: 'robin', size: DESKTOP });
    await robin.signIn();
    await robin.visit('/');
    await robin.seesHeading('Here');
    await robin.press('Tab');
    await expect.poll(() => robin.focusedText()).toBe('Skip to main content');
    await robin.openHelpByKeyboard(6);
    expect(await robin.lookAtEveryWay('help-panel')).toEqual([]);
    await robin.closeHelpWithEscape();
    await expect.poll(() => robin.focusedText()).toContain('Get help now');
    await robin.leave();
  });

  it('forgets the passphrase, recovers with the recovery code, then deletes the account for good', async () => {
    const sky = await Person.arrive(browser, haven, { name: 'sky', size: PHONE });
    const code = await sky.signUp();
    await sky.lock();
    await sky.forgetPassphrase();
    expect(await sky.lookAtEveryWay('recover')).toEqual([]);
    const newCode = await sky.recover(code.toLowerCase(), 'a brand new passphrase');
    expect(newCode.replace(/\s/g, '')).not.toBe(code.replace(/\s/g, ''));
    await sky.saveRecoveryCode();

    await sky.visit('/settings#delete-account');
    await sky.askToDeleteAccount();
    expect(await sky.lookAtEveryWay('delete-account')).toEqual([]);
    await sky.confirmDeletingAccount();
    expect(await sky.signInStatus()).toBe(401);
    await sky.leave();
  });
});
