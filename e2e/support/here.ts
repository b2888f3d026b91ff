import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Person } from './person.js';

/**
 * The H pillar as a person uses it, and what the test listens for: every
 * bell the page strikes, read from the Web Audio calls it makes.
 */

/** One partial of a bell, as the page started it. */
export interface HeardOscillator {
  /** The page's wall clock (Date.now, faked or not) when it was started. */
  createdAt: number;
  /** The wall-clock time it is set to sound: createdAt plus how far ahead it was placed on the audio clock. */
  soundsAt: number;
  frequency: number;
}

/** A bell: the partials that sound together. */
export interface HeardBell {
  createdAt: number;
  soundsAt: number;
  partials: number;
}

declare global {
  interface Window {
    __havenOscillators?: HeardOscillator[];
  }
}

/** Listens to every oscillator the page starts, from the next page load on (an init script wraps `start`). */
export async function listenForBells(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: HeardOscillator[] = [];
    window.__havenOscillators = heard;
    // The page's own start, called on each node below through Reflect.apply.
    const start: (when?: number) => void = Reflect.get(OscillatorNode.prototype, 'start');
    OscillatorNode.prototype.start = function (this: OscillatorNode, when = 0) {
      const now = Date.now();
      const ahead = Math.max(0, when - this.context.currentTime);
      heard.push({ createdAt: now, soundsAt: now + ahead * 1000, frequency: this.frequency.value });
      Reflect.apply(start, this, [when]);
    };
  });
}

/** The bells struck so far: partials grouped by when they sound. */
export async function bellsHeard(page: Page): Promise<HeardBell[]> {
  const oscillators = await page.evaluate(() => window.__havenOscillators ?? []);
  const bells: HeardBell[] = [];
  for (const o of oscillators) {
    const same = bells.find((b) => Math.abs(b.soundsAt - o.soundsAt) < 20);
    if (same) same.partials++;
    else bells.push({ createdAt: o.createdAt, soundsAt: o.soundsAt, partials: 1 });
  }
  return bells;
}

/** The page's own clock (faked, under page.clock). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => Date.now());
}

/** Makes the tab hidden, as when another tab is in front or the phone is locked. */
export async function hideTab(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

export async function showTab(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Chooses an option of one of the screen's choices (a row of options under a legend), by its exact words. */
export async function pick(person: Person, legend: string, option: string): Promise<void> {
  await person.page.getByRole('group', { name: legend }).getByText(option, { exact: true }).click();
}

/**
 * Looks at the screen (light and dark, with axe) while the page's clock runs
 * for real (axe waits on timers), then holds the clock still again. Returns
 * axe's violations.
 */
export async function lookWhileTimeRuns(person: Person, shot: string): Promise<string[]> {
  await person.page.clock.resume();
  const violations = await person.lookAtTheScreen(shot);
  await person.page.clock.pauseAt((await pageNow(person.page)) + 1000);
  return violations;
}

/** The time on the quiet face. */
export async function timeShown(person: Person): Promise<string> {
  return ((await person.page.getByTestId('quiet-time').textContent()) ?? '').trim();
}

export interface TimerChoice {
  length: string;
  warmup: string;
  everyMinutes?: number;
  moments?: string;
  bell?: string;
}

const SETTLE = 'Time to settle before the first bell';
const ALONG = 'Bells along the way';

/** Sets the meditation timer up, as a person would, on its screen. */
export async function setUpTimer(person: Person, choice: TimerChoice): Promise<void> {
  await pick(person, 'How long', choice.length);
  await pick(person, SETTLE, choice.warmup);
  if (choice.everyMinutes !== undefined) {
    await pick(person, ALONG, 'Every few minutes');
    await person.fill('Every how many minutes', String(choice.everyMinutes));
  }
  if (choice.moments !== undefined) {
    await pick(person, ALONG, 'At moments I choose');
    await person.fill('Minutes into the sitting', choice.moments);
  }
  if (choice.bell) await pick(person, 'Bell', choice.bell);
}

/** The library's list of favourites. */
export function favourites(person: Person) {
  return person.region('Your favourites');
}

/** Makes sure the guided practice will not be read aloud (where the browser has a voice at all). */
export async function speechOff(person: Person): Promise<void> {
  const aloud = person.field('Read the steps aloud');
  if ((await aloud.count()) > 0) await aloud.uncheck();
  else await person.sees(/no voice for reading aloud/);
}

export interface MovementLog {
  kind: string;
  minutes: number;
  before: { words: string; ease: number };
  after: { words: string; ease: number };
}

/** Keeps a note of moving on the movement screen. */
export async function logMovement(person: Person, log: MovementLog): Promise<void> {
  await pick(person, 'What kind of movement', log.kind);
  await person.fill('Minutes', String(log.minutes), { exact: true });
  await person.fill('How your body felt before', log.before.words);
  await setEase(person, 'How at ease, before (0 to 10)', log.before.ease);
  await person.fill('How your body feels after', log.after.words);
  await setEase(person, 'How at ease, after (0 to 10)', log.after.ease);
  await person.click('Keep this');
}

/** Sets a 0 to 10 slider with the keyboard: to the start, then one step at a time. */
async function setEase(person: Person, label: string, ease: number): Promise<void> {
  const slider = person.field(label);
  await slider.press('Home');
  for (let i = 0; i < ease; i++) await slider.press('ArrowRight');
  expect(await slider.inputValue()).toBe(String(ease));
}

export interface PastSession {
  kind: string;
  daysAgo: number;
  payload: Record<string, unknown>;
}

/** Keeps sessions as though they had happened on earlier days, through the person's own session. */
export async function keepPastSessions(
  person: Person,
  sessions: readonly PastSession[],
  now: number,
): Promise<void> {
  for (const { kind, daysAgo, payload } of sessions) {
    const response = await person.page.request.post('/api/v1/records', {
      headers: { 'x-haven-csrf': '1' },
      data: { kind, occurredAt: new Date(now - daysAgo * 86_400_000 - 3_600_000).toISOString(), payload },
    });
    expect(response.status()).toBe(201);
  }
}
