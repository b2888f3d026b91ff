import { useSyncExternalStore } from 'react';
import { REGIONS, regionFromLocale, type RegionCode } from '../../core/safety/resources.js';

/**
 * Which region's crisis contacts Haven shows. A preference, not something the
 * person wrote, so it lives in localStorage beside the theme. Until someone
 * chooses, it follows the browser's language setting.
 */
export const REGION_STORAGE_KEY = 'haven.region';

/** The stored choice when it is a known region; otherwise the browser locale's region. */
export function readRegion(
  storage: Pick<Storage, 'getItem'> | undefined,
  locale: string | undefined,
): RegionCode {
  try {
    const stored = storage?.getItem(REGION_STORAGE_KEY);
    const known = REGIONS.find((r) => r.code === stored);
    if (known) return known.code;
  } catch {
    // Storage unavailable: fall back to the locale.
  }
  return regionFromLocale(locale);
}

/** The region in use here and a way to change it; every panel and notice follows the change at once. */
export function useRegion(): [RegionCode, (region: RegionCode) => void] {
  const region = useSyncExternalStore(subscribe, currentRegion, currentRegion);
  return [region, setRegion];
}

export function setRegion(region: RegionCode): void {
  try {
    window.localStorage.setItem(REGION_STORAGE_KEY, region);
  } catch {
    // Not remembered; the choice still applies until the page is reloaded.
    fallback = region;
  }
  for (const listener of listeners) listener();
}

let fallback: RegionCode | undefined;
const listeners = new Set<() => void>();

function currentRegion(): RegionCode {
  return (
    fallback ?? readRegion(localStore(), typeof navigator === 'undefined' ? undefined : navigator.language)
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changing the region counts too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === REGION_STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
