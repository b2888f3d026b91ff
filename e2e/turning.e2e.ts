import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phaseChanges, rhythmById, sessionMs } from '../src/core/turning/breathing.js';
import { PHONE, useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';
import {
  answerCritic,
  arousalScale,
  inView,
  logTriggerQuickly,
  rateArousal,
  seesSaved,
} from './support/turning.js';

/**
 * Turning towards, as a person uses it: a trigger logged in the moment, a
 * minute of paced breathing from it and back, another reading of what
 * happened; a full inner critic dialogue, and its translation offered later
 * beside a journal line; a repair with myself. And the pacer, measured.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

async function newcomer(name: string, size?: { width: number; height: number }): Promise<Person> {
  const person = await Person.arrive(browser, haven, { name, ...(size ? { size } : {}) });
  await person.signUp();
  expect(person.setAsideProblems(/status of 401/)).toBeLessThanOrEqual(1);
  return person;
}

const CRITIC = 'You should have checked the report three times. Sloppy work means nobody will trust you.';
const KINDLY = 'I care about doing careful work, and next time I could leave myself an hour to check it.';

describe('Turning towards', () => {
  it('logs a trigger quickly, breathes for a minute from it, comes back, and adds another reading', async () => {
    const fern = await newcomer('fern');
    await fern.visit('/triggers');
    await fern.sees('Nothing logged yet');
    expect(await fern.lookAtEveryWay('turning-trigger-log-empty')).toEqual([]);

    const before = fern.gestures;
    await logTriggerQuickly(fern, 'A message left on read all evening', 8);
    expect(fern.gestures - before).toBeLessThanOrEqual(3);
    await fern.sees(/Logged\. That is enough for now\./);

    // One press to breathe; time runs fast for the minute.
    await fern.page.clock.install();
    await fern.click('Breathe for a minute');
    await fern.seesPageTitle('Paced breathing');
    await fern.sees(/You came here from/);
    expect(await fern.radio('1 minute', { exact: true }).isChecked()).toBe(true);
    expect(
      await arousalScale(fern, /How stirred up are you now/)
        .getByRole('radio', { name: '8' })
        .isChecked(),
    ).toBe(true);
    expect(await fern.lookAtEveryWay('turning-breathing-setup')).toEqual([]);
    await fern.click('Start breathing');
    await fern.sees('Breathe in', { several: true });
    await fern.page.clock.runFor(4_000);
    await fern.sees('Breathe out', { several: true });
    expect(await fern.lookAtTheScreen('turning-breathing-session')).toEqual([]);
    await fern.page.clock.runFor(57_000);
    await fern.seesHeading('That is the end of the session');
    await rateArousal(fern, 'How stirred up are you now?', 4);
    expect(await fern.lookAtEveryWay('turning-breathing-after')).toEqual([]);
    await fern.click('Save and go back to my log');

    // Back in the same log, with the breathing and the "after" kept there.
    await fern.arrivesAt(/\/triggers\/[0-9a-f-]{36}$/);
    await fern.seesPageTitle('A trigger log');
    expect(
      await arousalScale(fern, 'How stirred up are you now?').getByRole('radio', { name: '4' }).isChecked(),
    ).toBe(true);
    expect(await fern.button('Paced breathing').getAttribute('aria-pressed')).toBe('true');

    await fern.click('No one cares about me');
    await fern.click('anxious', { exact: true });
    await fern.click('Try it');
    await fern.fill('Another reading 1', 'They might have fallen asleep early.');
    await fern.click('Add another reading');
    await fern.fill('Another reading 2', 'It may not be about me at all.');
    await fern.open('Some gentle examples');
    await fern.field('My mind went back to the old story').check();
    await seesSaved(fern);
    expect(await fern.lookAtEveryWay('turning-trigger-entry')).toEqual([]);

    const [log] = await fern.records('trigger');
    expect(log?.payload).toMatchObject({
      what: 'A message left on read all evening',
      arousalBefore: 8,
      arousalAfter: 4,
      stories: ['no-one-cares'],
      feelings: ['anxious'],
      regulated: [{ way: 'breathing', text: 'Paced breathing' }],
      reappraisal: {
        readings: ['They might have fallen asleep early.', 'It may not be about me at all.'],
        returnedToOldStory: true,
      },
    });
    const [session] = await fern.records('breathing_session');
    expect(session?.payload).toMatchObject({
      rhythm: 'slow',
      plannedSeconds: 60,
      breathedSeconds: 60,
      arousalBefore: 8,
      arousalAfter: 4,
      triggerId: log?.id,
    });

    await fern.follow('Done for now');
    await fern.seesLink('A message left on read all evening');
    await fern.sees('How stirred up: 8 → 4');
    expect(await fern.lookAtEveryWay('turning-trigger-log')).toEqual([]);

    // From "Get help now", the guide is one press away.
    await fern.click('Get help now', { exact: true });
    await fern.helpPanel.appears();
    await fern.helpPanel.follow('Breathe with a guide');
    await fern.seesPageTitle('Paced breathing');
    await fern.sees('Lately');
    expect(fern.problems()).toEqual([]);
    await fern.leave();
  }, 300_000);

  it('talks with the critic until its intention has a name, writes the translation, and is offered it later in the journal', async () => {
    const iris = await newcomer('iris', PHONE);
    await iris.visit('/inner-critic');
    await iris.sees('No dialogues yet');
    expect(await iris.lookAtEveryWay('turning-critic-library-empty')).toEqual([]);
    await iris.follow('Start a dialogue');
    await iris.seesPageTitle('A dialogue with your critic');
    const words = iris.aside('What your critic says');
    await words.sees('Its words will stay here while you talk with it.');

    await answerCritic(iris, {
      says: CRITIC,
      name: 'the perfectionist',
      when: 'Just before I send anything at work',
      wants: 'For me to do well',
      fears: ['Looking bad', 'Failing'],
      protects: 'By making me check everything twice, and then again',
      needs: 'To trust that I can cope with a mistake',
    });
    await iris.seesPageTitle('A dialogue with the perfectionist');
    // The critic's words are still in view, this far down.
    await words.sees(CRITIC);
    expect(await inView(words.element)).toBe(true);

    await iris.fill('Underneath the harsh words, what is it hoping for you?', 'That I get everything right');
    await iris.click('Ask again');
    await iris.fill(
      'If it got what it wants, what would that give you?',
      'Being trusted, and respected at work',
    );
    await iris.click('Yes, that is its intention');
    await iris.click('Start from that shape');
    await expect(iris.field('Said kindly').inputValue()).resolves.toBe(
      'I care about being trusted, and respected at work, and next time I could …',
    );
    await iris.fill('Said kindly', KINDLY);
    await seesSaved(iris);
    expect(await inView(words.element)).toBe(true);
    expect(await iris.lookAtTheScreen('turning-critic-translation-phone')).toEqual([]);
    expect(await iris.lookAtEveryWay('turning-critic-dialogue')).toEqual([]);
    await iris.click('Keep it in my library');

    await iris.seesPageTitle('Your inner critic');
    await iris.region('the perfectionist').sees(KINDLY);
    expect(await iris.lookAtEveryWay('turning-critic-library')).toEqual([]);
    const [dialogue] = await iris.records('critic_dialogue');
    expect(dialogue?.payload).toMatchObject({
      critic: 'the perfectionist',
      says: CRITIC,
      fears: ['looking-bad', 'failing'],
      asks: [
        {
          question: 'Underneath the harsh words, what is it hoping for you?',
          answer: 'That I get everything right',
        },
        {
          question: 'If it got what it wants, what would that give you?',
          answer: 'Being trusted, and respected at work',
        },
      ],
      intention: 'Being trusted, and respected at work',
      translation: KINDLY,
    });

    // Later, in the journal, the same voice: its translation comes quietly beside the writing.
    await iris.visit('/journal/new');
    await iris.write('Long day at work. Sloppy work again, nobody will trust me with the next one.');
    const echo = iris.aside('Said more kindly');
    await echo.appears();
    await echo.sees(KINDLY);
    await echo.sees(/This sounds a little like the perfectionist/);
    expect(await iris.lookAtEveryWay('turning-journal-echo')).toEqual([]);
    await echo.click('Not now');
    await echo.goesAway();
    expect(iris.problems()).toEqual([]);
    await iris.leave();
  }, 300_000);

  it('keeps a repair with myself, with a way to the critic when it is loud', async () => {
    const oak = await newcomer('oak');
    await oak.visit('/repair');
    await oak.sees('Nothing here yet');
    await oak.seesLink('talk with it first');
    await oak.fill('What happened?', 'I snapped at my brother on the phone');
    await oak.fill('What standard or value did it touch?', 'Kindness, even when I am tired');
    await oak.fill('What do you feel about it now?', 'Sheepish, and a bit sad');
    await oak.fill(
      'What would a kind and honest friend say?',
      'You were worn out. You can say sorry and mean it.',
    );
    await oak.open('With someone else');
    await oak.fill('What repair do you choose?', 'Call him and apologise');
    await oak.fill('One small next step', 'Text him at lunch to find a time');
    expect(await oak.lookAtEveryWay('turning-repair-form')).toEqual([]);
    await oak.click('Keep this');
    const earlier = oak.region('Earlier repairs');
    await earlier.seesHeading('I snapped at my brother on the phone');
    await earlier.sees('Text him at lunch to find a time');
    expect(await oak.lookAtEveryWay('turning-repair')).toEqual([]);
    const [repair] = await oak.records('repair');
    expect(repair?.payload).toMatchObject({
      what: 'I snapped at my brother on the phone',
      repairWith: 'someone',
      nextStep: 'Text him at lunch to find a time',
    });
    expect(oak.problems()).toEqual([]);
    await oak.leave();
  }, 200_000);

  it('keeps the pacer still under reduced motion, counting instead', async () => {
    const wren = await newcomer('wren');
    await wren.page.emulateMedia({ reducedMotion: 'reduce' });
    await wren.visit('/breathing');
    await wren.choose(/Box/);
    await wren.click('Start breathing');
    await wren.sees('Breathe in', { several: true });
    const shape = wren.page.locator('.pacer__shape');
    const look = () =>
      shape.evaluate((el) => {
        const style = getComputedStyle(el);
        return {
          transform: style.transform,
          transition: style.transitionDuration,
          animations: document.getAnimations().length,
        };
      });
    const first = await look();
    await wren.sees('Hold', { several: true, timeout: 6000 });
    const later = await look();
    expect(first.transition).toBe('0s');
    expect(later.transform).toBe(first.transform);
    expect(later.animations).toBe(0);
    expect(await wren.page.locator('.pacer__count').isVisible()).toBe(true);
    expect(await wren.lookAtTheScreen('turning-breathing-reduced')).toEqual([]);
    await wren.click('Stop');
    await wren.seesHeading('You stopped, and that is fine');
    await wren.leave();
  });

  it('changes phase within 50 ms of the schedule over two minutes', async () => {
    const ash = await newcomer('ash');
    await ash.visit('/breathing');
    await ash.choose(/Box/);
    await ash.open('2 min');
    expect(await ash.radio('2 minutes', { exact: true }).isChecked()).toBe(true);
    await ash.page.evaluate(() => {
      const seen: { step: number; at: number }[] = [];
      (window as unknown as { phaseLog: typeof seen }).phaseLog = seen;
      new MutationObserver((changes) => {
        for (const change of changes) {
          const el = change.target as HTMLElement;
          if (change.attributeName === 'data-step')
            seen.push({ step: Number(el.dataset.step), at: Date.now() });
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-step'] });
    });
    await ash.click('Start breathing');
    const pacer = ash.page.locator('.pacer');
    const startedAt = Number(await pacer.getAttribute('data-started-at'));
    await ash.heading('That is the end of the session').waitFor({ timeout: 140_000 });
    const log = await ash.page.evaluate(
      () => (window as unknown as { phaseLog: { step: number; at: number }[] }).phaseLog,
    );
    const box = rhythmById('box').pattern;
    // Every phase change, and the end of the session, which the pacer marks too.
    const schedule = [...phaseChanges(box, sessionMs(box, 2)), sessionMs(box, 2)];
    const late = log.map(({ step, at }) => at - startedAt - (schedule[step] ?? Number.NaN));
    const worst = Math.max(...late.map(Math.abs));
    const mean = late.reduce((a, b) => a + b, 0) / late.length;
    console.info(
      `pacer over ${sessionMs(box, 2) / 1000} s: ${late.length} phase changes, worst ${worst} ms from schedule, mean ${mean.toFixed(1)} ms late`,
    );
    expect(late.length).toBe(schedule.length - 1);
    expect(worst).toBeLessThanOrEqual(50);
    await ash.leave();
  }, 200_000);
});
