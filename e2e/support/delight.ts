import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Person } from './person.js';

/**
 * The E pillar as a person uses it: letters sealed until a day, and the list
 * of what they appreciate about themselves. The server's clock is moved
 * through its test-only clock file (HAVEN_TEST_CLOCK_FILE, see
 * src/server/test-clock.ts), never by waiting.
 */

const DAY = 24 * 60 * 60_000;

/** The server's clock for one browser-test file: it starts at the real time, and moves only when told. */
export class ServerClock {
  constructor(readonly file: string) {
    writeFileSync(file, '0');
  }

  /** The server now believes `days` days have passed since the test began. */
  daysPass(days: number): void {
    writeFileSync(this.file, String(Math.round(days * DAY)));
  }
}

/** Writes a letter on the letters page (already open) and seals it for a span ("In three months") or a day. */
export async function sealLetter(
  person: Person,
  text: string,
  opens: { span: string } | { day: string },
): Promise<void> {
  await person.fill('Your letter', text);
  // The choices are drawn as segments: a person taps the words.
  await person.text('span' in opens ? opens.span : 'On a day I choose', { exact: true }).click();
  if ('day' in opens) await person.fill('The day it opens', opens.day);
  await person.click('Seal it');
  await person.sees(/^Sealed\. It opens on /);
}

/** The waiting letters on the letters page. */
export function waitingLetters(person: Person) {
  return person.region('Waiting for you');
}

/** Everything the API answers about letters on its read paths, as one text: list (by kind and all), each one, search. */
export async function whatTheApiSays(person: Person, searchFor: string): Promise<string> {
  const request = person.page.request;
  const list = await request.get('/api/v1/records?kind=letter');
  expect(list.ok()).toBe(true);
  const items = ((await list.json()) as { items: { id: string }[] }).items;
  const answers = [await list.text(), await (await request.get('/api/v1/records')).text()];
  for (const { id } of items) answers.push(await (await request.get(`/api/v1/records/${id}`)).text());
  answers.push(
    await (await request.get(`/api/v1/search?kind=letter&q=${encodeURIComponent(searchFor)}`)).text(),
  );
  return answers.join('\n');
}

/** Adds one thing to the appreciation list (already open), with a prompt and a moment that shows it if given. */
export async function appreciate(
  person: Person,
  text: string,
  options: { prompt?: string; evidence?: string } = {},
): Promise<void> {
  if (options.prompt) {
    await person.open('If it is hard to start');
    await person.click(options.prompt);
  }
  await person.fill('Something you appreciate about yourself', text);
  if (options.evidence) await person.fill('When I… (optional)', options.evidence);
  await person.click('Keep it');
  await person.region('Your list').sees(text, { exact: true });
}
