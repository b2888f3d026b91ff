import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { readCalendar, type CalendarEvent } from '../../test/ics.js';
import type { Person } from './person.js';

/**
 * Self-dates as a person plans them, and the calendar file Haven hands them,
 * read outside the browser with the tests' ical.js reader (test/ics.ts).
 */

export interface NewSelfDate {
  /** Filters to set before choosing, by their radio labels within each group. */
  filters?: { kind?: string; where?: string; cost?: string };
  /** The start of one of the ideas shown; choosing it fills in what the date is. */
  idea: string;
  day: string;
  time: string;
}

/** Chooses an idea (after filtering), then a day and a time, and plans it. */
export async function planSelfDate(person: Person, date: NewSelfDate): Promise<void> {
  const ideas = person.region('Ideas, if you would like one');
  if (date.filters?.kind)
    await ideas.element
      .getByRole('group', { name: 'Kind' })
      .getByText(date.filters.kind, { exact: true })
      .click();
  if (date.filters?.where)
    await ideas.element
      .getByRole('group', { name: 'Where' })
      .getByText(date.filters.where, { exact: true })
      .click();
  if (date.filters?.cost)
    await ideas.element
      .getByRole('group', { name: 'Cost' })
      .getByText(date.filters.cost, { exact: true })
      .click();
  await ideas.click(new RegExp(`^${date.idea}`));
  expect(await person.field('What will you do?').inputValue()).toMatch(new RegExp(`^${date.idea}`));
  await person.fill('Which day', date.day);
  await person.fill('At what time', date.time);
  await person.click('Plan it');
  await person.sees(/^Planned for /);
}

/** The self-dates still to come. */
export function comingUp(person: Person) {
  return person.region('Coming up');
}

/** Asks for the calendar file of the one self-date coming up, downloads it, and reads its one event. */
export async function addToCalendar(person: Person): Promise<CalendarEvent> {
  await comingUp(person).click('Add to my calendar');
  const downloading = person.page.waitForEvent('download');
  await person.click('Download the event');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('haven-self-date.ics');
  const path = await download.path();
  const { events } = readCalendar(readFileSync(path, 'utf8'));
  expect(events).toHaveLength(1);
  return events[0] as CalendarEvent;
}

/** Moves the self-date coming up to another time that same day. */
export async function moveTo(person: Person, time: string): Promise<void> {
  await comingUp(person).click('Move it');
  const form = person.page.getByRole('form', { name: 'Move it' });
  await form.getByLabel('At what time').fill(time);
  await form.getByRole('button', { name: 'Move it', exact: true }).click();
  await person.sees(/^Moved to /);
}

/** Marks the self-date coming up as done, with a rough sense of it, one feeling word, and a few words. */
export async function markDone(
  person: Person,
  felt: { roughly: string; word: string; words: string },
): Promise<void> {
  await comingUp(person).click('Mark it done');
  const form = person.page.getByRole('form', { name: 'How it felt' });
  await form
    .getByRole('group', { name: 'Roughly, how did it feel?' })
    .getByText(felt.roughly, { exact: true })
    .click();
  await form.getByRole('button', { name: felt.word, exact: true }).click();
  await person.fill('A few words about it', felt.words);
  await person.click('Keep this');
  await person.sees(/^Kept\. Thank you/);
}
