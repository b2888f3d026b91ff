import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idealCaregiver } from '../src/core/here/scripts.js';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';
import { createRitual } from './support/rituals.js';
import {
  answerReflection,
  describeSecureSelf,
  followGuidedPractice,
  lookAtViewports,
} from './support/secure-self.js';

/**
 * My Secure Self, as a person uses it: described in their own words, a first
 * reflection on living from it kept beside the description, and the
 * ideal-caregiver visualisation it leads to, followed step by step with
 * speech off and a note kept afterwards.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

const LOOKS = 'Steady, like a lighthouse keeper. Unhurried, and curious about people.';
const SPEAKS = 'Slowly. “You are allowed to take your time.”';
const LIVES_BY = 'Rest is not a reward.\nAsk plainly.';

describe('My Secure Self', () => {
  it('describes a Secure Self, keeps a reflection beside it, and follows the ideal-caregiver practice', async () => {
    const iris = await Person.arrive(browser, haven, { name: 'iris' });
    // The page's clock runs freely until the guided practice, which moves it by hand.
    await iris.page.clock.install({ time: Date.now() });
    await iris.signUp();
    expect(iris.setAsideProblems(/status of 401/)).toBeLessThanOrEqual(1);

    await iris.visit('/secure-self');
    await iris.seesPageTitle('My Secure Self');
    await iris.sees('Not described yet');
    expect(await iris.lookAtEveryWay('secure-self-empty')).toEqual([]);

    await iris.follow('Describe your Secure Self');
    await iris.seesPageTitle('Your Secure Self, in your words');
    await iris.sees(/The questions are only there to start you off/);
    // Nothing written yet: a word on what is needed, and nothing kept.
    await iris.click('Keep these words');
    await iris.sees('Write a few words in any part first.');
    expect(await iris.records('secure_self')).toEqual([]);
    await iris.fill('What it is like', LOOKS, { exact: true });
    expect(await iris.lookAtEveryWay('secure-self-define')).toEqual([]);
    await describeSecureSelf(iris, { 'How it speaks to me': SPEAKS, 'What it lives by': LIVES_BY });

    const words = iris.region('In your words');
    await words.sees(LOOKS);
    await words.sees(/You are allowed to take your time/);
    await words.sees(/Rest is not a reward/);
    await iris.region('Your reflections').sees('Your reflections will gather here, newest first.');
    const [kept] = await iris.records('secure_self');
    expect(kept?.payload).toEqual({ looks: LOOKS, principles: LIVES_BY, speaks: SPEAKS });

    // A first reflection, with the description beside it.
    await iris.follow('Reflect now');
    await iris.seesPageTitle('A moment with your Secure Self');
    await iris.region('Your Secure Self').sees(/You are allowed to take your time/);
    await answerReflection(iris, {
      actedFrom: 'I said no to the extra shift and did not apologise three times.',
      nowWhat: 'Ask for help with the move, plainly.',
    });
    expect(await iris.lookAtEveryWay('secure-self-reflect')).toEqual([]);
    expect(await lookAtViewports(iris, 'secure-self-reflect-screen')).toEqual([]);
    await iris.click('Keep this reflection');
    await iris.sees('Kept your reflection.');
    await iris.seesPageTitle('My Secure Self');
    const reflections = iris.region('Your reflections');
    await reflections.sees(/did not apologise three times/);
    await reflections.sees('Your last reflection was today.');
    const [reflection] = await iris.records('secure_self_alignment');
    expect(reflection?.payload).toEqual({
      actedFrom: 'I said no to the extra shift and did not apologise three times.',
      nowWhat: 'Ask for help with the move, plainly.',
    });
    expect(await iris.lookAtEveryWay('secure-self-kept')).toEqual([]);
    expect(await lookAtViewports(iris, 'secure-self-kept-screen')).toEqual([]);

    // Changing the words keeps the one description, changed.
    await iris.follow('Change your words');
    await describeSecureSelf(iris, { 'What it values': 'Honesty, and rest.' });
    await iris.region('In your words').sees('Honesty, and rest.');
    const described = await iris.records('secure_self');
    expect(described.map((r) => r.id)).toEqual([kept?.id]);

    // The reflection as a ritual: the form starts from its idea.
    await iris.region('Keeping it close').follow('Make it a ritual');
    await iris.seesPageTitle('Create a ritual');
    expect(await iris.button(/^A moment with my secure self/).getAttribute('aria-pressed')).toBe('true');
    expect(await iris.field('What is it?').inputValue()).toBe('A moment with my secure self');
    await createRitual(iris, { days: 'Weekends', time: '09:30' });
    await iris.visit('/secure-self');
    await iris.region('Keeping it close').sees(/Your ritual A moment with my secure self comes round/);
    const [ritual] = await iris.records('ritual');
    expect(ritual?.payload).toMatchObject({ ideaId: 'secure-self', title: 'A moment with my secure self' });

    // The ideal-caregiver visualisation, from here, with speech off.
    await iris.region('Keeping it close').follow('Open the practice');
    await iris.seesPageTitle(idealCaregiver.title);
    await iris.sees(/You can keep your eyes open/);
    await iris.sees(/stop or ground yourself whenever you want/);
    expect(await iris.lookAtEveryWay('secure-self-caregiver-start')).toEqual([]);
    await followGuidedPractice(iris, idealCaregiver);
    await iris.sees('Kept in your history.');
    await iris.fill('What you noticed', 'A warmth in my chest when they smiled. My shoulders dropped.');
    await iris.click('Save these words');
    await iris.sees('Kept, with your words.');
    expect(await iris.lookAtEveryWay('secure-self-caregiver-after')).toEqual([]);
    const [session] = await iris.records('guided_session');
    expect(session?.payload).toMatchObject({
      scriptId: 'ideal-caregiver',
      stepsReached: idealCaregiver.steps.length,
      stepsTotal: idealCaregiver.steps.length,
      spoken: false,
      endedEarly: false,
      note: 'A warmth in my chest when they smiled. My shoulders dropped.',
    });
    expect(iris.problems()).toEqual([]);
    await iris.leave();
  }, 300_000);
});
