/** Theme preference: the person's choice, kept in localStorage; "system" follows prefers-color-scheme. */
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];
export type ResolvedTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'haven.theme';
export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Anything unknown or missing in storage means "system". */
export function parseThemePreference(raw: string | null | undefined): ThemePreference {
  return THEME_PREFERENCES.find((p) => p === raw) ?? 'system';
}

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** Storage can throw (private modes, disabled storage); the theme then simply is not remembered. */
export function readThemePreference(storage: Pick<Storage, 'getItem'> | undefined): ThemePreference {
  try {
    return parseThemePreference(storage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

export function writeThemePreference(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  preference: ThemePreference,
): void {
  try {
    if (preference === 'system') storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Not remembered; the choice still applies for this visit.
  }
}

/** The stylesheet keys every colour off `data-theme` on <html>. */
export function applyTheme(root: HTMLElement, theme: ResolvedTheme): void {
  root.dataset.theme = theme;
}
