/**
 * The account name, kept in localStorage so signing in again after locking is
 * quick. Besides it, localStorage holds the theme, the help region, and, until
 * they reach the server, drafts of writing in progress (docs/SECURITY.md).
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
