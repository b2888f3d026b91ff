import type { Page } from 'playwright-core';

/** A notification as the page asked the browser to show it. */
export interface ShownNotification {
  title: string;
  body: string | undefined;
}

declare global {
  interface Window {
    __notificationsShown?: ShownNotification[];
  }
}

/**
 * From the next page loaded on: every notification the page creates is noted
 * (and still handed to the browser's own), so the test can see what was shown.
 */
export async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!('Notification' in window)) return;
    const shown: ShownNotification[] = [];
    window.__notificationsShown = shown;
    const Real = window.Notification;
    class Noted extends Real {
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
        super(title, options);
      }
    }
    window.Notification = Noted;
  });
}

/** The notifications the page has shown so far. */
export function notificationsShown(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(() => window.__notificationsShown ?? []);
}
