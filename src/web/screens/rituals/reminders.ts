import { set } from 'date-fns';
import { useEffect } from 'react';
import type { Kept } from '../../data/records.js';
import { ritualsForToday, today } from './data.js';

/** Whether this browser can show notifications at all. */
export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/**
 * While Haven is open, a notification at the time of each ritual the person
 * asked to be reminded of, if the browser allows it and it is not done yet.
 * Only the calendar title (or a neutral line) is shown, since screens are seen.
 */
export function useRitualReminders(
  rituals: readonly Kept<'ritual'>[],
  done: readonly Kept<'ritual_done'>[],
): void {
  useEffect(() => {
    if (!notificationsSupported() || Notification.permission !== 'granted') return undefined;
    const now = new Date();
    const timers = ritualsForToday(rituals, done, today(now))
      .filter(({ ritual, done: isDone }) => ritual.payload.notify && ritual.payload.time && !isDone)
      .flatMap(({ ritual }) => {
        const [hours, minutes] = (ritual.payload.time ?? '00:00').split(':').map(Number);
        const at = set(now, { hours: hours ?? 0, minutes: minutes ?? 0, seconds: 0, milliseconds: 0 });
        const wait = at.getTime() - now.getTime();
        if (wait < 0) return [];
        return [
          window.setTimeout(() => {
            new Notification('Haven', { body: ritual.payload.calendarTitle ?? 'A few minutes for you' });
          }, wait),
        ];
      });
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [rituals, done]);
}
