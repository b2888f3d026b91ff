/**
 * The only thing Haven keeps in localStorage besides the theme: the account
 * name, so signing in again after locking is quick. Nothing a person wrote.
 */
const ACCOUNT_NAME_KEY = 'haven.account-name';

export function rememberedAccountName(): string {
  try {
    return window.localStorage.getItem(ACCOUNT_NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberAccountName(name: string): void {
  try {
    window.localStorage.setItem(ACCOUNT_NAME_KEY, name);
  } catch {
    // Storage unavailable: the name is simply not prefilled next time.
  }
}

export function forgetAccountName(): void {
  try {
    window.localStorage.removeItem(ACCOUNT_NAME_KEY);
  } catch {
    // Nothing to forget.
  }
}
