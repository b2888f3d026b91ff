// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import {
  THEME_STORAGE_KEY,
  applyTheme,
  parseThemePreference,
  readThemePreference,
  resolveTheme,
  writeThemePreference,
} from './theme.js';

afterEach(() => window.localStorage.clear());

describe('theme preference', () => {
  it('follows the system when the choice is "system"', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
  });

  it('keeps an explicit choice whatever the system says', () => {
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('reads anything unknown or missing as "system"', () => {
    expect(parseThemePreference(null)).toBe('system');
    expect(parseThemePreference('purple')).toBe('system');
    expect(parseThemePreference('dark')).toBe('dark');
  });

  it('remembers a choice in localStorage and forgets it on "system"', () => {
    writeThemePreference(window.localStorage, 'dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemePreference(window.localStorage)).toBe('dark');
    writeThemePreference(window.localStorage, 'system');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(readThemePreference(window.localStorage)).toBe('system');
  });

  it('falls back to "system" when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readThemePreference(broken)).toBe('system');
    expect(() => writeThemePreference(broken, 'dark')).not.toThrow();
  });

  it('sets data-theme on the root element', () => {
    applyTheme(document.documentElement, 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    applyTheme(document.documentElement, 'light');
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
  });
});
