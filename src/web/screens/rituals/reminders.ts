import { useEffect, useState } from 'react';
import { remindersToCome } from '../../../core/rituals/reminders.js';
import type { Kept } from '../../data/records.js';

/** Whether this browser can show notifications at all. */
export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window;
}

/** How often the day's reminders are looked at again, so a Haven left open past midnight reminds tomorrow too. */
const LOOK_AGAIN_MS = 60 * 60 * 1000;

/**
 * While Haven is open, a notification at the time of each ritual the person
 * asked to be reminded of, if the browser allows it and it is not done yet
 * (the rule: remindersToCome in core). Only the calendar title (or a neutral
 * line) is shown, since screens are seen.
 */
export function useRitualReminders(
  rituals: readonly Kept<'ritual'>[],
  done: readonly Kept<'ritual_done'>[],
): void {
  const [hour, setHour] = useState(0);
  useEffect(() => {
    const again = window.setTimeout(() => setHour((h) => h + 1), LOOK_AGAIN_MS);
    return () => window.clearTimeout(again);
  }, [hour]);
  useEffect(() => {
    if (!notificationsSupported() || Notification.permission !== 'granted') return undefined;
    const now = new Date();
    const reminders = remindersToCome(
      rituals.map((r) => ({ id: r.record.id, payload: r.payload })),
      done.map((d) => d.payload),
      now,
    );
    const timers = reminders.map((reminder) =>
      window.setTimeout(
        () => new Notification('Haven', { body: reminder.body, tag: `ritual-${reminder.ritualId}` }),
        reminder.at.getTime() - now.getTime(),
      ),
    );
    return () => {
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [rituals, done, hour]);
}
