import type { Page } from 'playwright-core';

/** What a person does the first time: creates an account, saves the recovery code, arrives home. */
export async function signUp(
  page: Page,
  name: string,
  passphrase = 'a long walk by the river',
): Promise<string> {
  await page.goto('/sign-up');
  await page.getByLabel('Account name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Create account' }).click();
  const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
  await page.getByLabel('I have saved my recovery code somewhere safe').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByTestId('recovery-code').waitFor({ state: 'detached' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  return code.trim();
}

export async function signIn(
  page: Page,
  name: string,
  passphrase = 'a long walk by the river',
): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Account name').fill(name);
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  await page.getByRole('heading', { level: 1 }).waitFor();
}
