import { stepMs, type GuidedScript } from '../../src/core/here/guided.js';
import { pageNow, speechOff } from './here.js';
import type { Person } from './person.js';

/**
 * My Secure Self as a person uses it: describing it part by part, reflecting
 * on living from it, and the guided practice it leads to, followed step by
 * step on a clock the test moves.
 */

/** The parts of the description, by the labels the form shows. */
export type Description = Partial<
  Record<
    | 'What it is like'
    | 'How it is with me'
    | 'How it is with others'
    | 'What it values'
    | 'What it lives by'
    | 'How it speaks to me',
    string
  >
>;

/** Writes the description on its form and keeps it; ends back on the practice's page. */
export async function describeSecureSelf(person: Person, description: Description): Promise<void> {
  await person.seesPageTitle('Your Secure Self, in your words');
  for (const [label, words] of Object.entries(description)) await person.fill(label, words, { exact: true });
  await person.click('Keep these words');
  await person.sees('Kept your words.');
  await person.seesPageTitle('My Secure Self');
}

export interface Answers {
  actedFrom?: string;
  notYet?: string;
  nowWhat?: string;
}

const QUESTIONS: Record<keyof Answers, string> = {
  actedFrom: 'Where did you act from your Secure Self this week?',
  notYet: 'Where did you not, or not quite?',
  nowWhat: 'What would it do about what is in front of you now?',
};

/** Answers the reflection's questions (any of them). */
export async function answerReflection(person: Person, answers: Answers): Promise<void> {
  for (const [key, words] of Object.entries(answers) as [keyof Answers, string][])
    await person.fill(QUESTIONS[key], words);
}

/**
 * Follows a guided practice from its first step to its end with speech off,
 * letting each step's words and quiet pass on the page's clock (installed by
 * the caller before the page loaded); the clock runs freely again at the end.
 */
export async function followGuidedPractice(person: Person, script: GuidedScript): Promise<void> {
  await speechOff(person);
  await person.page.clock.pauseAt((await pageNow(person.page)) + 60_000);
  await person.click('Begin');
  for (const [i, step] of script.steps.entries()) {
    await person.sees(`Step ${i + 1} of ${script.steps.length}`);
    await person.sees(step.text);
    await person.page.clock.runFor(stepMs(step) + 50);
  }
  await person.seesHeading('The end of the practice');
  await person.page.clock.resume();
}

/** Looks at the screen as it is, at a phone's and a laptop's size, without scrolling; returns axe violations. */
export async function lookAtViewports(person: Person, shot: string): Promise<string[]> {
  const original = person.page.viewportSize();
  const violations: string[] = [];
  for (const [label, size] of [
    ['375x812', { width: 375, height: 812 }],
    ['1280x800', { width: 1280, height: 800 }],
  ] as const) {
    await person.page.setViewportSize(size);
    await person.page.evaluate(() => window.scrollTo(0, 0));
    violations.push(...(await person.lookAtTheScreen(`${shot}-${label}`)));
  }
  if (original) await person.page.setViewportSize(original);
  return violations;
}
