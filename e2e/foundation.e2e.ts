import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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
import { signIn, signUp } from './support/person.js';

const PASSPHRASE = 'a long walk by the river';

describe('a newcomer finding their way around Haven', () => {
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

  it('is asked to make an account on a fresh install, sees what Haven is and is not, and saves the recovery code', async () => {
    const { context, page } = await newPerson(browser, haven, PHONE);
    await page.goto('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-up');
    await expect.poll(() => page.getByText(/not therapy/i).count()).toBeGreaterThan(0);
    expect(await lookAtEveryWay(page, 'sign-up')).toEqual([]);

    await page.getByLabel('Account name').fill('robin');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create account' }).click();
    const code = page.getByTestId('recovery-code');
    await code.waitFor();
    expect((await code.textContent())?.replace(/\s/g, '')).toMatch(/^[0-9A-Z]{32}$/);
    await expect.poll(() => page.getByText(/nobody.*Haven included.*can read/i).count()).toBeGreaterThan(0);
    expect(await lookAtEveryWay(page, 'recovery-code')).toEqual([]);
    await page.getByLabel('I have saved my recovery code somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('heading', { level: 1 }).waitFor();
    for (const area of [
      'Here',
      'Expressed delight',
      'Attuning',
      'Rituals and routines',
      'Turning towards',
      'Secure attachment with self',
    ]) {
      await expect.poll(() => page.getByRole('heading', { name: area }).count(), { message: area }).toBe(1);
    }
    await expect.poll(() => page.getByRole('button', { name: 'Get help now' }).isVisible()).toBe(true);
    expect(await lookAtEveryWay(page, 'home')).toEqual([]);
    expect(problemsOf(page).filter((p) => !p.includes('401'))).toEqual([]);
    await context.close();
  });

  it('reads the about page, credited to Jessica Fern, and changes the theme', async () => {
    const { context, page } = await newPerson(browser, haven);
    await page.goto('/about');
    await expect.poll(() => page.getByText(/Jessica Fern/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/Polysecure/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/not therapy/i).count()).toBeGreaterThan(0);
    expect(await lookAtEveryWay(page, 'about')).toEqual([]);
    await page
      .locator('label', { hasText: /^Dark$/ })
      .first()
      .click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  it('signs in, downloads an export, locks Haven, and signs in again', async () => {
    const { context, page } = await newPerson(browser, haven, DESKTOP);
    await signIn(page, 'robin', PASSPHRASE);
    await page.goto('/settings');
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await lookAtEveryWay(page, 'settings')).toEqual([]);

    const exportForm = page.locator('form[aria-labelledby="export-title"]');
    await exportForm.getByLabel('Your passphrase').fill(PASSPHRASE);
    const download = page.waitForEvent('download');
    await exportForm.getByRole('button', { name: 'Download JSON' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; account: { name: string } };
    expect(exported).toMatchObject({ format: 'haven-export', account: { name: 'robin' } });

    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { name: 'Haven is locked' }).waitFor();
    expect(await lookAtEveryWay(page, 'locked')).toEqual([]);
    const session = await page.request.get('/api/v1/session');
    expect(session.status()).toBe(401);

    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Here' }).waitFor();
    expect(problemsOf(page).filter((p) => !p.includes('401'))).toEqual([]);
    await context.close();
  });

  it('can be used with the keyboard alone: skip link, navigation and the help panel', async () => {
    const { context, page } = await newPerson(browser, haven, DESKTOP);
    await signIn(page, 'robin', PASSPHRASE);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Here' }).waitFor();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Skip to main content');
    let reachedHelp = false;
    for (let i = 0; i < 6 && !reachedHelp; i++) {
      await page.keyboard.press('Tab');
      reachedHelp = (await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(
        'Get help now',
      );
    }
    expect(reachedHelp).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Get help now' });
    await panel.waitFor();
    expect(await lookAtEveryWay(page, 'help-panel')).toEqual([]);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain('Get help now');
    await context.close();
  });

  it('forgets the passphrase, recovers with the recovery code, then deletes the account for good', async () => {
    const { context, page } = await newPerson(browser, haven, PHONE);
    const code = await signUp(page, 'sky');
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('link', { name: 'Forgot your passphrase?' }).click();
    await page.getByRole('heading', { name: 'Set a new passphrase' }).waitFor();
    expect(await lookAtEveryWay(page, 'recover')).toEqual([]);
    await page.getByLabel('Account name').fill('sky');
    await page.getByLabel('Recovery code').fill(code.toLowerCase());
    await page.getByLabel('New passphrase', { exact: true }).fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Set new passphrase' }).click();
    const newCode = page.getByTestId('recovery-code');
    await newCode.waitFor();
    expect((await newCode.textContent())?.replace(/\s/g, '')).not.toBe(code.replace(/\s/g, ''));
    await page.getByLabel('I have saved my recovery code somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await newCode.waitFor({ state: 'detached' });

    await page.goto('/settings#delete-account');
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.waitFor();
    expect(await lookAtEveryWay(page, 'delete-account')).toEqual([]);
    await dialog.getByLabel('Account name').fill('sky');
    await dialog.getByLabel('Passphrase', { exact: true }).fill('a brand new passphrase');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await page.waitForURL((url) => url.pathname === '/goodbye');
    const again = await page.request.post('/api/v1/auth/signin', {
      data: { name: 'sky', passphrase: 'a brand new passphrase' },
      headers: { 'x-haven-csrf': '1' },
    });
    expect(again.status()).toBe(401);
    await context.close();
  });
});
