import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP, SHOTS, useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';

/** The expected 401 of asking "who is signed in?" while signed out. */
const SIGNED_OUT_PROBE = /401/;
/** What a browser says when a request is cut off on purpose. */
const OFFLINE = /ERR_INTERNET_DISCONNECTED|Failed to load resource|401/;

describe('a safety plan never loses a line', () => {
  let haven: Haven;
  let browser: Browser;
  useHavenAndBrowser((started) => ({ haven, browser } = started));

  /** Someone new signs up and opens their safety plan, empty. */
  async function someoneOpensTheirPlan(name: string): Promise<Person> {
    const person = await Person.arrive(browser, haven, { name, size: DESKTOP });
    await person.signUp();
    await person.visit('/safety-plan');
    return person;
  }

  it('keeps a line written without pressing Save, through going to another screen and back, and a reload', async () => {
    const alder = await someoneOpensTheirPlan('alder');
    await alder.addToSafetyPlan('My warning signs', 'I stop replying to messages');
    // Straight off to another screen, Save never pressed.
    await alder.navigateTo('Home');
    await alder.openSafetyPlanFromHelp();
    expect(await alder.safetyPlanLines('My warning signs')).toEqual(['I stop replying to messages']);
    await alder.seesSafetyPlanSaved();

    // Another line, and the page reloaded at once.
    await alder.addToSafetyPlan('My reasons for living', 'Morning light in the kitchen');
    await alder.reload();
    await alder.seesPageTitle('My safety plan');
    await expect
      .poll(() => alder.safetyPlanLines('My reasons for living'))
      .toEqual(['Morning light in the kitchen']);
    expect(await alder.safetyPlanLines('My warning signs')).toEqual(['I stop replying to messages']);
    await alder.seesSafetyPlanSaved();

    const plans = await alder.records('safety_plan');
    expect(plans).toHaveLength(1);
    expect(plans[0]?.payload).toMatchObject({
      warningSigns: ['I stop replying to messages'],
      reasonsForLiving: ['Morning light in the kitchen'],
    });
    expect(await lookAtThePlan(alder, 'safety-plan-saved')).toEqual([]);
    expect(alder.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await alder.leave();
  });

  it('says so when a line cannot be saved, keeps it through leaving and coming back, and saves it once connected', async () => {
    const aspen = await someoneOpensTheirPlan('aspen');
    await aspen.addToSafetyPlan('Things I can do on my own', 'A hot shower');
    await aspen.seesSafetyPlanSaved();

    await aspen.loseConnectionWhileSaving();
    await aspen.addToSafetyPlan('Things I can do on my own', 'A slow walk round the block');
    await aspen.sees('Not saved yet, Haven will try again. Your words are kept on this device.', {
      timeout: 15_000,
    });
    expect(await lookAtThePlan(aspen, 'safety-plan-not-saved')).toEqual([]);

    await aspen.navigateTo('Home');
    await aspen.openSafetyPlanFromHelp();
    await aspen.sees('Haven brought back what you were writing on this device.');
    expect(await aspen.safetyPlanLines('Things I can do on my own')).toEqual([
      'A hot shower',
      'A slow walk round the block',
    ]);

    await aspen.reconnect();
    await aspen.seesSafetyPlanSaved();
    const [plan] = await aspen.records('safety_plan');
    expect(plan?.payload).toMatchObject({ copingAlone: ['A hot shower', 'A slow walk round the block'] });
    expect(aspen.problems(OFFLINE)).toEqual([]);
    await aspen.leave();
  });
});

/**
 * The plan as it looks in the window, with its save bar, on a phone and a
 * desktop, light and dark: keeps each picture and returns axe's violations.
 */
async function lookAtThePlan(person: Person, shot: string): Promise<string[]> {
  const { page } = person;
  const violations: string[] = [];
  for (const [label, size] of [
    ['phone', { width: 375, height: 812 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const) {
    await page.setViewportSize(size);
    // Scrolled to the plan itself, where its save bar shows.
    await person.heading('My warning signs').scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.waitForTimeout(50);
      await page.screenshot({ path: join(SHOTS, `${shot}-${label}-${scheme}.png`) });
      for (const v of await axeViolations(page)) violations.push(`[${label} ${scheme}] ${v}`);
    }
  }
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  return violations;
}
