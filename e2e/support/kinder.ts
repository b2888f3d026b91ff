import type { Locator } from 'playwright-core';
import type { Person } from './person.js';

/**
 * Kinder self-talk and humour as a person uses them: a harsh sentence, its
 * harsh parts pointed at, a kinder rewrite of their own kept to reread; and a
 * collection of what made them laugh, with one shown at random.
 */

/** Writes what they said to themselves and asks Haven to point at the harsh parts; returns what was pointed at. */
export async function pointAtHarshParts(
  person: Person,
  sentence: string,
): Promise<{ marked: string[]; listed: string[] }> {
  await person.fill('What you said to yourself', sentence);
  await person.click('Point at the harsh parts');
  const found = person.page.getByRole('region', { name: /may sting|does not point/ });
  await found.waitFor();
  // Each mark reads its words, then its number and kind for a screen reader: the words are what a person sees marked.
  const marked = (await found.locator('mark').allInnerTexts()).map((t) =>
    (t.split('\n')[0] ?? '').replace(/\d+$/, '').trim(),
  );
  const listed = (await found.getByRole('listitem').allInnerTexts()).map((t) =>
    t.replace(/\s+/g, ' ').trim(),
  );
  return { marked, listed };
}

/** Writes their own kinder words and keeps them; they appear in the list to reread. */
export async function keepRewrite(person: Person, rewrite: string): Promise<void> {
  await person.fill('How you would say it to a friend', rewrite);
  await person.click('Keep it');
  await person.region('Your kinder words').sees(rewrite, { exact: true });
}

/** Keeps something that made them laugh, as a line, a memory or a link (with a few words about it, if given). */
export async function keepLaugh(
  person: Person,
  laugh: { form: 'Line' | 'Memory'; text: string } | { form: 'Link'; link: string; text?: string },
): Promise<void> {
  await person.text(laugh.form, { exact: true }).click();
  if (laugh.form === 'Link') {
    await person.fill('The link', laugh.link);
    if (laugh.text) await person.fill('What it is (optional)', laugh.text);
  } else {
    await person.fill(laugh.form === 'Line' ? 'The line that made you laugh' : 'What happened', laugh.text);
  }
  await person.click('Keep it');
  const collection = person.region('Your collection');
  if (laugh.form !== 'Link') await collection.sees(laugh.text, { exact: true });
  else await collection.sees(laugh.text ?? laugh.link, laugh.text ? { exact: true } : {});
}

/** What "Something to smile at" shows now. */
export async function shownToSmileAt(person: Person): Promise<string> {
  const figure = person.region('Something to smile at').element.locator('figure');
  await figure.waitFor();
  return (await figure.innerText()).trim();
}

/**
 * Looks at the screen as it is, without scrolling, at a phone (375 by 812)
 * and a desktop (1280 by 800), light and dark; returns axe's violations.
 */
export async function lookAtTheViewports(person: Person, shot: string, showing?: Locator): Promise<string[]> {
  const original = person.page.viewportSize();
  const violations: string[] = [];
  for (const size of [
    { width: 375, height: 812 },
    { width: 1280, height: 800 },
  ]) {
    await person.page.setViewportSize(size);
    await showing?.scrollIntoViewIfNeeded();
    violations.push(...(await person.lookAtTheScreen(`${shot}-${size.width}x${size.height}`)));
  }
  if (original) await person.page.setViewportSize(original);
  return violations;
}
