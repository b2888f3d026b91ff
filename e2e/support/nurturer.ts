import { expect } from 'vitest';
import type { Person, StoredRecord } from './person.js';

/**
 * What a person does in self-compassion, parts of me and the inner-nurturer
 * dialogue, in their words; and what the test needs around it (the network
 * going away for new writing, time passing for a part, the viewport captures).
 */

/** Waits for an editor that saves as it is written to say it has. */
export async function seesSaved(person: Person): Promise<void> {
  await person.sees('Saved', { exact: true, timeout: 15_000 });
}

/** New writing cannot reach the server: every record created fails as if offline. */
export async function loseConnectionForNewWriting(person: Person): Promise<void> {
  await person.page
    .context()
    .route('**/api/v1/records', (route) =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
    );
}

export async function reconnect(person: Person): Promise<void> {
  await person.page.context().unroute('**/api/v1/records');
}

/** Takes one step of the self-compassion practice: writes in it, then moves on if asked. */
export async function takeStep(
  person: Person,
  label: string,
  words: string,
  then?: 'Next step',
): Promise<void> {
  await person.fill(label, words);
  if (then) await person.click(then);
}

/** Writes one turn of the dialogue and passes it to the other side. */
export async function sayTurn(
  person: Person,
  prompt: string | RegExp,
  words: string,
  pass: string,
): Promise<void> {
  await person.fill(prompt, words);
  await person.click(pass);
}

/**
 * Days pass for a part: its visits are moved back by `days` through the API,
 * as if they had been written then (the browser's clock is left alone).
 */
export async function daysPassFor(person: Person, part: StoredRecord, days: number): Promise<void> {
  const payload = part.payload as { name: string; visits: { at: string }[] };
  const earlier = payload.visits.map((v) => ({
    ...v,
    at: new Date(Date.parse(v.at) - days * 24 * 60 * 60_000).toISOString(),
  }));
  const response = await person.page.request.put(`/api/v1/records/${part.id}`, {
    headers: { 'x-haven-csrf': '1' },
    data: { payload: { ...payload, visits: earlier } },
  });
  expect(response.ok()).toBe(true);
}

/** Viewport-only captures at a phone's 375 × 812 and a laptop's 1280 × 800, light and dark; axe on each. */
export async function lookAtBothScreens(person: Person, shot: string): Promise<string[]> {
  const original = person.page.viewportSize();
  const violations: string[] = [];
  for (const [name, size] of [
    ['375x812', { width: 375, height: 812 }],
    ['1280x800', { width: 1280, height: 800 }],
  ] as const) {
    await person.page.setViewportSize(size);
    for (const v of await person.lookAtTheScreen(`${shot}-${name}`)) violations.push(`[${name}] ${v}`);
  }
  if (original) await person.page.setViewportSize(original);
  return violations;
}
