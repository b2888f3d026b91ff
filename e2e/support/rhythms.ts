import type { Locator } from 'playwright-core';
import { minutesOf } from '../../src/core/rituals/rhythms.js';
import type { Person } from './person.js';

/**
 * "My rhythms" as a person uses it: blocks laid on a 24-hour track by
 * keyboard (a block's start and end are sliders moved a quarter hour per
 * arrow key), by plain time fields, and by pointer (drawn on the free track,
 * or an end dragged).
 */

/** The editor's track on the page ("…, hour by hour"). */
export function track(person: Person): Locator {
  return person.page.getByRole('group', { name: /hour by hour/ });
}

/** A block's start or end, as the slider a keyboard user moves. */
export function edge(person: Person, name: string): Locator {
  return person.page.getByRole('slider', { name, exact: true });
}

/** Adds a block of a kind of time with the keyboard alone: the kind chosen, then "Add a block" pressed with Enter. */
export async function addBlockByKeyboard(person: Person, kind: string): Promise<void> {
  await person.field('Kind of time to add').focus();
  await person.field('Kind of time to add').selectOption({ label: kind });
  await person.button('Add a block').focus();
  await person.page.keyboard.press('Enter');
}

/** Focuses a block's start or end and presses an arrow key some times (down is later, up is earlier). */
export async function nudge(
  person: Person,
  name: string,
  key: 'ArrowUp' | 'ArrowDown',
  times: number,
): Promise<void> {
  await edge(person, name).focus();
  for (let i = 0; i < times; i++) await person.page.keyboard.press(key);
}

/** Scrolls so that a time on the track sits in the middle of the window; answers where that time is on screen. */
async function placeOnScreen(person: Person, time: string): Promise<(t: string) => { x: number; y: number }> {
  const fraction = minutesOf(time) / (24 * 60);
  await track(person).evaluate((el, f) => {
    const rect = el.getBoundingClientRect();
    window.scrollBy({ top: rect.top + rect.height * f - window.innerHeight / 2, behavior: 'instant' });
  }, fraction);
  const box = await track(person).boundingBox();
  if (!box) throw new Error('The day’s track is not on screen');
  return (t: string) => ({ x: box.x + box.width * 0.3, y: box.y + (minutesOf(t) / (24 * 60)) * box.height });
}

/** Draws a block on the free track with the mouse, from one time to another. */
export async function drawWithPointer(person: Person, kind: string, from: string, to: string): Promise<void> {
  await person.field('Kind of time to add').selectOption({ label: kind });
  const at = await placeOnScreen(person, from);
  const start = at(from);
  const end = at(to);
  await person.page.mouse.move(start.x, start.y + 2);
  await person.page.mouse.down();
  await person.page.mouse.move(end.x, end.y, { steps: 8 });
  await person.page.mouse.up();
}

/** Drags a block's start or end with the mouse to a time. */
export async function dragEdge(person: Person, name: string, to: string): Promise<void> {
  const handle = edge(person, name);
  const at = await placeOnScreen(person, to);
  const box = await handle.boundingBox();
  if (!box) throw new Error(`${name} is not on screen`);
  await person.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await person.page.mouse.down();
  await person.page.mouse.move(box.x + box.width / 2, at(to).y, { steps: 6 });
  await person.page.mouse.up();
}

/** The time a start or end slider reads out. */
export async function timeOf(person: Person, name: string): Promise<string> {
  return ((await edge(person, name).getAttribute('aria-valuetext')) ?? '').split(';')[0] ?? '';
}

/** Looks at the screen as it is (no full page) at phone size and at desktop size, light and dark, with axe. */
export async function lookAtBothSizes(person: Person, shot: string): Promise<string[]> {
  const original = person.page.viewportSize();
  await person.page.setViewportSize({ width: 375, height: 812 });
  const phone = await person.lookAtTheScreen(`${shot}-375x812`);
  await person.page.setViewportSize({ width: 1280, height: 800 });
  const desktop = await person.lookAtTheScreen(`${shot}-1280x800`);
  if (original) await person.page.setViewportSize(original);
  return [...phone, ...desktop];
}
