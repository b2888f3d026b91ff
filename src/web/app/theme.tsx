import { createContext, useContext, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import {
  DARK_QUERY,
  THEME_PREFERENCES,
  applyTheme,
  readThemePreference,
  resolveTheme,
  writeThemePreference,
  type ResolvedTheme,
  type ThemePreference,
} from '../lib/theme.js';

interface ThemeContextValue {
  preference: ThemePreference;
  resolved: ResolvedTheme;
  setPreference: (preference: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeContextValue | null>(null);

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(() => readThemePreference(localStore()));
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(DARK_QUERY).matches);

  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const follow = () => setSystemDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);

  const resolved = resolveTheme(preference, systemDark);
  useEffect(() => applyTheme(document.documentElement, resolved), [resolved]);

  const value = useMemo<ThemeContextValue>(
    () => ({
      preference,
      resolved,
      setPreference: (next) => {
        writeThemePreference(localStore(), next);
        setPreferenceState(next);
      },
    }),
    [preference, resolved],
  );
  return <ThemeContext value={value}>{children}</ThemeContext>;
}

export function useTheme(): ThemeContextValue {
  const value = useContext(ThemeContext);
  if (!value) throw new Error('useTheme needs a ThemeProvider');
  return value;
}

/** Applies the stored choice before React renders, so the first paint is already in the right theme. */
export function applyStoredTheme(): void {
  const preference = readThemePreference(localStore());
  applyTheme(document.documentElement, resolveTheme(preference, window.matchMedia(DARK_QUERY).matches));
}

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** System / Light / Dark as a radio group: native, keyboard-friendly, and announced as one choice. */
export function ThemeSwitch({ legend = 'Theme', compact = false }: { legend?: string; compact?: boolean }) {
  const { preference, setPreference } = useTheme();
  const name = `theme-${useId()}`;
  return (
    <fieldset className={compact ? 'segmented segmented--compact' : 'segmented'}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {THEME_PREFERENCES.map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={preference === option}
              onChange={() => setPreference(option)}
            />
            <span>{LABELS[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
