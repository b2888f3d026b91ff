/**
 * What Haven keeps in localStorage besides sealed drafts (drafts.ts): the
 * account name, so signing in again after locking is quick, the theme, the
 * help region and the mind-reading pause preference. None of it is writing.
 */
const ACCOUNT_NAME_KEY = 'haven.account-name';

/** The storage to use, or undefined where the browser offers none (private modes, blocked storage). */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

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
