import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { Person, type Part } from './person.js';

/**
 * What a person does in the T pillar (Turning towards), in their words: log
 * a trigger, breathe, talk with the inner critic, make a repair. Each helper
 * drives the screen by role and label, like the Person's own methods.
 */

/** Picks a number on a 0 to 10 "how stirred up" scale, found by its question. */
export async function rateArousal(
  view: Person | Part,
  question: string | RegExp,
  value: number,
): Promise<void> {
  const scale = arousalScale(view, question);
  await scale.getByText(String(value), { exact: true }).click();
  expect(await scale.getByRole('radio', { name: String(value), exact: true }).isChecked()).toBe(true);
}

export function arousalScale(view: Person | Part, question: string | RegExp): Locator {
  const root: Page | Locator = view instanceof Person ? view.page : view.element;
  return root.getByRole('group', { name: question });
}

/** Logs a trigger in the moment: a line and a number, then the log opens to complete later. */
export async function logTriggerQuickly(person: Person, what: string, arousal: number): Promise<void> {
  await person.fill('What happened?', what);
  await rateArousal(person, 'How stirred up are you right now?', arousal);
  await person.click('Log it');
  await person.arrivesAt(/\/triggers\/[0-9a-f-]{36}$/);
  await person.seesPageTitle('A trigger log');
}

/** Waits for an editor that saves as it is written to say it has. */
export async function seesSaved(person: Person): Promise<void> {
  await person.sees('Saved', { exact: true, timeout: 15_000 });
}

/** Answers the critic dialogue's questions in order, pressing "Next question" after each. */
export async function answerCritic(
  person: Person,
  answers: {
    says: string;
    name: string;
    when: string;
    wants: string;
    fears: string[];
    protects: string;
    needs: string;
  },
): Promise<void> {
  await person.fill('Its words', answers.says);
  await person.click(answers.name, { exact: true });
  await person.click('Next question');
  await person.fill('When it shows up', answers.when);
  await person.click('Next question');
  await person.fill('What it wants for you', answers.wants);
  await person.click('Next question');
  for (const fear of answers.fears) await person.click(fear, { exact: true });
  await person.click('Next question');
  await person.fill('How it has tried to protect you', answers.protects);
  await person.click('Next question');
  await person.fill('What it needs from you', answers.needs);
  await person.click('Next question');
}

/** Whether an element is inside the visible part of the screen. */
export async function inView(element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const size = element.page().viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.y + Math.min(box.height, 40) <= size.height;
}
