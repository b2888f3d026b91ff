import { expect } from 'vitest';
import { readCalendar, type Calendar } from '../../test/ics.js';
import type { Person } from './person.js';

/**
 * The R pillar's small rituals as a person uses them, and what the test reads
 * from outside the browser: the calendar feed, fetched as a calendar app would
 * (no cookies, only its address).
 */
export interface NewRitual {
  idea?: string;
  title?: string;
  minutes?: number;
  days?: 'Every day' | 'Weekdays' | 'Weekends';
  time?: string;
  anyTime?: boolean;
  why?: string;
  calendar?: RegExp;
}

/** Fills and saves the new-ritual form, from the ritual list. */
export async function createRitual(person: Person, ritual: NewRitual): Promise<void> {
  await person.seesPageTitle('Create a ritual');
  if (ritual.idea) await person.click(new RegExp(`^${ritual.idea}`));
  if (ritual.title) await person.fill('What is it?', ritual.title);
  if (ritual.minutes) await person.click(`${ritual.minutes} min`, { exact: true });
  if (ritual.days) await person.click(ritual.days, { exact: true });
  if (ritual.anyTime) await person.choose('Any time that day');
  if (ritual.time) await person.fill('At what time', ritual.time);
  if (ritual.why) await person.fill('Why it matters to you', ritual.why);
  if (ritual.calendar) await person.choose(ritual.calendar);
  await person.click('Save this ritual');
  await person.seesPageTitle('Small rituals');
}

/** The private feed address as the calendar page shows it. */
export async function feedAddress(person: Person): Promise<string> {
  const value = await person.field('Your private calendar address').inputValue();
  expect(value).toMatch(/^http:\/\/[^/]+\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  return value;
}

/** Reads a feed address as a calendar app would, without the person's cookies. */
export async function fetchFeed(address: string): Promise<{ status: number; calendar?: Calendar }> {
  const response = await fetch(address);
  if (!response.ok) return { status: response.status };
  expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  return { status: response.status, calendar: readCalendar(await response.text()) };
}

/** Puts the person's browser in a time zone of their own (Chromium's emulation), so new rituals are set in it. */
export async function livesIn(person: Person, timeZone: string): Promise<void> {
  const cdp = await person.page.context().newCDPSession(person.page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
}

/** The browser's own time zone, the one a new ritual is set in. */
export function browserZone(person: Person): Promise<string> {
  return person.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
}
