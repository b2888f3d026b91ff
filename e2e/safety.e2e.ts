import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';

const URGENT = 'i dont want to be here anymore, everyone would be better off without me';
const IDIOM = 'this commute is killing me';
/** The names of the notice and the gentle offer that can appear beside writing. */
const NOTICE = /carry this alone|Support is here while you write|Would some support help/;
/** The expected 401 of asking "who is signed in?" while signed out. */
const SIGNED_OUT_PROBE = /401/;
/** Typing at a person's pace, so the notice is found while the words are still coming. */
const TYPING = { delay: 15 };
/** How many Tabs from the top of a page "Get help now" must be within. */
const TABS_TO_HELP = 8;

describe('help when things are hard', () => {
  let haven: Haven;
  let browser: Browser;
  useHavenAndBrowser((started) => ({ haven, browser } = started));

  it('opens "Get help now" with the keyboard alone, signed out and from home, settings and about', async () => {
    const wren = await Person.arrive(browser, haven, { name: 'wren', size: DESKTOP });

    // Signed out, on the first screen of a fresh Haven.
    await wren.visit('/sign-in');
    let panel = await wren.openHelpByKeyboard(TABS_TO_HELP);
    await panel.seesLink(/Call 988/);
    await panel.seesLink(/Text HOME to 741741/);
    expect(await panel.text(/not a crisis service/).count()).toBe(1);
    expect(await panel.link('Sign in to see or make your plan').count()).toBe(1);
    expect(await wren.lookAtEveryWay('safety-help-signed-out')).toEqual([]);
    await wren.closeHelpWithEscape();
    await expect.poll(() => wren.focusedText()).toContain('Get help now');

    await wren.signUp();
    for (const [path, name] of [
      ['/', 'home'],
      ['/settings', 'settings'],
      ['/about', 'about'],
    ] as const) {
      await wren.visit(path);
      panel = await wren.openHelpByKeyboard(TABS_TO_HELP);
      await panel.seesLink(/Call 988/);
      await panel.seesLink('Make your safety plan');
      await panel.sees('Step 1 of 8');
      if (name === 'home') {
        // The grounding exercise moves on with the keyboard, and says it can stop any time.
        await panel.button('Next step').focus();
        await wren.press('Enter');
        await panel.sees('Step 2 of 8');
        expect(await panel.text(/stop at any time/).count()).toBe(1);
        expect(await wren.lookAtEveryWay('safety-help-open')).toEqual([]);
      }
      if (name === 'about') {
        // Moving country: the panel's own region choice changes what it shows, and settings remember it.
        await panel.select('Showing help for', 'GB');
        await panel.seesLink(/Call 116 123/);
        await panel.seesLink('999');
      }
      await wren.closeHelpWithEscape();
      await expect.poll(() => wren.focusedText()).toContain('Get help now');
      expect(await wren.lookAtEveryWay(`safety-${name}`)).toEqual([]);
    }

    await wren.visit('/settings');
    await expect.poll(() => wren.field('Region for help').inputValue()).toBe('GB');
    await wren.select('Region for help', 'US');
    expect(await wren.stored('haven.region')).toBe('US');
    expect(wren.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await wren.leave();
  });

  it('writes an urgent passage and finds help beside the writing, every word kept and the cursor still there', async () => {
    const alder = await Person.arrive(browser, haven, { name: 'alder', size: DESKTOP });
    await alder.signUp();
    await alder.visit('/journal/new');
    await alder.write(URGENT, TYPING);

    const notice = alder.region(NOTICE);
    await notice.appears();
    await notice.seesLink(/Call 988/);
    expect(await alder.writtenText()).toBe(URGENT);
    const writingId = await alder.writing.getAttribute('id');
    expect(await alder.focusedId()).toBe(writingId);

    // Writing carries on, unhindered.
    await alder.type(' and i am tired', TYPING);
    expect(await alder.writtenText()).toBe(`${URGENT} and i am tired`);
    expect(await alder.focusedId()).toBe(writingId);
    expect(await alder.lookAtEveryWay('safety-notice')).toEqual([]);

    // From the writing, one Tab reaches "Skip to help", which lands inside the notice.
    await alder.press('Tab');
    expect(await alder.focusedText()).toBe('Skip to help');
    await alder.press('Enter');
    expect(await alder.focusedRole()).toBe('region');

    // The full panel opens from the notice, and closing it comes back to the notice, not the header.
    await notice.click('Open “Get help now”');
    await alder.helpPanel.appears();
    await alder.closeHelpWithEscape();
    await expect.poll(() => alder.focusedText()).toBe('Open “Get help now”');

    // Hiding it returns to the writing, and the same passage does not bring it back.
    await notice.click('Hide this');
    await notice.goesAway();
    expect(await alder.focusedId()).toBe(writingId);
    await alder.type(' today', TYPING);
    await alder.wait(1500);
    expect(await alder.region(NOTICE).count()).toBe(0);
    expect(await alder.writtenText()).toBe(`${URGENT} and i am tired today`);
    expect(alder.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await alder.leave();
  });

  it('writes an everyday idiom and is left in peace', async () => {
    const hazel = await Person.arrive(browser, haven, { name: 'hazel', size: PHONE });
    await hazel.signUp();
    await hazel.visit('/journal/new');
    await hazel.write(IDIOM, TYPING);
    await hazel.wait(1500);
    expect(await hazel.region(NOTICE).count()).toBe(0);
    expect(await hazel.writtenText()).toBe(IDIOM);
    expect(hazel.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await hazel.leave();
  });

  it('makes a safety plan, saves it, opens it again from "Get help now" and prints it on one page', async () => {
    const linden = await Person.arrive(browser, haven, { name: 'linden', size: DESKTOP });
    await linden.signUp();
    await linden.visit('/safety-plan');
    await linden.seesPageTitle('My safety plan');

    await linden.addToSafetyPlan('My warning signs', 'I go quiet and skip meals');
    await linden.addToSafetyPlan('My warning signs', 'Everything starts to feel pointless');
    // A warning sign can itself be a thought of not being here: the plan stays safety-aware, but quietly.
    await linden.addToSafetyPlan('My warning signs', 'Thinking everyone would be better off without me');
    const quiet = linden.region('Support is here while you write');
    await quiet.seesLink(/Call 988/);
    expect(await linden.lookAtEveryWay('safety-plan-notice')).toEqual([]);
    await quiet.click('Hide this');
    await quiet.goesAway();
    await linden.addToSafetyPlan(
      'Things I can do on my own',
      'A hot shower, then a slow walk round the block',
    );
    await linden.addToSafetyPlan(
      'People and places that take my mind off things',
      'The library on a weekday afternoon',
    );
    await linden.addPersonToAsk('Sam, my neighbour', '07700 900123');
    await linden.addToSafetyPlan('My reasons for living', 'My niece’s drawings on the fridge');

    await linden.saveSafetyPlan();
    expect(await linden.lookAtEveryWay('safety-plan')).toEqual([]);

    // Opened again later from the help panel, in one step.
    await linden.visit('/');
    const panel = await linden.openHelpByKeyboard(TABS_TO_HELP);
    await panel.sees('I go quiet and skip meals');
    await panel.sees('Sam, my neighbour: 07700 900123');
    expect(await linden.lookAtEveryWay('safety-help-with-plan')).toEqual([]);
    await panel.follow('Open your safety plan');
    await linden.seesPageTitle('My safety plan');
    await expect
      .poll(() => linden.region('My warning signs').textboxes().first().inputValue())
      .toBe('I go quiet and skip meals');

    // Print: the button asks the browser to print; the printed page is the plan alone.
    expect(await linden.print()).toBe(true);
    await linden.viewAsPrinted('safety-plan-print');
    expect(await linden.banner().isVisible()).toBe(false);
    expect(await linden.button('Save my plan').isVisible()).toBe(false);
    expect(await linden.listItem('My niece’s drawings on the fridge').isVisible()).toBe(true);
    expect(await linden.printedPages('safety-plan-print')).toBe(1);
    await linden.viewOnScreen();

    expect(linden.problems(SIGNED_OUT_PROBE)).toEqual([]);
    await linden.leave();
  });
});
