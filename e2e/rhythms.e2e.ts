import { format, isWeekend, parseISO, subDays } from 'date-fns';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';
import {
  addBlockByKeyboard,
  dragEdge,
  drawWithPointer,
  edge,
  lookAtBothSizes,
  nudge,
  timeOf,
} from './support/rhythms.js';

/**
 * My rhythms, as a person uses it: an ideal day laid out by keyboard and by
 * pointer (sleep past midnight, work, a meal), a rest day of its own, three
 * real days noted (two from the ideal's blocks, one with sliders), the ideal
 * set beside them with where they drift said plainly, and one small
 * adjustment chosen and, a week on, answered.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

/** Three recent weekdays (the ideal workday applies), oldest first, within the last week. */
function recentWorkdays(): string[] {
  const days = Array.from({ length: 7 }, (_, i) => subDays(new Date(), i)).filter((d) => !isWeekend(d));
  return days
    .slice(0, 3)
    .reverse()
    .map((d) => format(d, 'yyyy-MM-dd'));
}

describe('My rhythms', () => {
  it('lays out an ideal day, notes three real days, shows the drift and revisits an adjustment', async () => {
    const noor = await Person.arrive(browser, haven, { name: 'noor' });
    await noor.signUp();
    noor.setAsideProblems(/status of 401/);

    await noor.visit('/rhythms');
    await noor.seesPageTitle('My rhythms');
    await noor.sees('No ideal day yet');
    expect(await noor.lookAtEveryWay('rhythms-empty')).toEqual([]);

    // The ideal day, by keyboard: sleep added, then its start moved back past midnight a quarter hour at a time.
    await noor.follow('Lay out your ideal day');
    await noor.seesPageTitle('Your ideal day');
    await noor.sees(/Nothing laid out yet/);
    await addBlockByKeyboard(noor, 'Sleeping');
    expect(await timeOf(noor, 'Sleeping starts')).toBe('07:00');
    await nudge(noor, 'Sleeping starts', 'ArrowUp', 32);
    await nudge(noor, 'Sleeping ends', 'ArrowDown', 4);
    await nudge(noor, 'Sleeping ends', 'ArrowUp', 8);
    expect(await timeOf(noor, 'Sleeping starts')).toBe('23:00');
    expect(await timeOf(noor, 'Sleeping ends')).toBe('07:00');
    expect(await edge(noor, 'Sleeping starts').getAttribute('aria-valuetext')).toBe(
      '23:00; Sleeping, 23:00 to 07:00, 8 hours, past midnight',
    );
    // Work through the plain time fields.
    await addBlockByKeyboard(noor, 'Working or studying');
    await noor.fill('Working or studying from', '09:00');
    await noor.fill('Working or studying until', '17:00');
    expect(await timeOf(noor, 'Working or studying ends')).toBe('17:00');

    // By pointer: the end of work dragged half an hour later, and a meal drawn on the free track after it.
    await dragEdge(noor, 'Working or studying ends', '17:30');
    expect(await timeOf(noor, 'Working or studying ends')).toBe('17:30');
    await drawWithPointer(noor, 'Eating', '17:45', '18:45');
    expect(await timeOf(noor, 'Eating starts')).toBe('17:45');
    expect(await timeOf(noor, 'Eating ends')).toBe('18:45');
    // Removing a block can be undone.
    await noor.click(/^Remove Eating/);
    await noor.sees('Removed Eating.');
    await noor.click('Undo');
    expect(await timeOf(noor, 'Eating ends')).toBe('18:45');
    await noor.sees('8 hours 30 minutes', { several: true });
    expect(await noor.lookAtEveryWay('rhythms-ideal')).toEqual([]);
    expect(await lookAtBothSizes(noor, 'rhythms-ideal-view')).toEqual([]);

    // A rest day of its own, for the weekend.
    await noor.click('+ A different day');
    await noor.click('Sat', { exact: true });
    await noor.click('Sun', { exact: true });
    await addBlockByKeyboard(noor, 'Resting');
    await noor.button(/^Every day/).click();
    await noor.fill('Its name', 'A workday');
    await noor.click('Save your ideal day');
    await noor.sees('Your ideal day is kept.');
    await noor.seesPageTitle('My rhythms');
    const [ideal] = await noor.records('rhythm_ideal');
    expect(ideal?.payload).toMatchObject({
      templates: [
        {
          name: 'A workday',
          days: ['mo', 'tu', 'we', 'th', 'fr'],
          blocks: [
            { category: 'work', start: '09:00', end: '17:30' },
            { category: 'eating', start: '17:45', end: '18:45' },
            { category: 'sleep', start: '23:00', end: '07:00' },
          ],
        },
        {
          name: 'A rest day',
          days: ['sa', 'su'],
          blocks: [{ category: 'rest', start: '07:00', end: '08:00' }],
        },
      ],
    });
    await noor.region('Your ideal beside your days').sees(/No days noted in the last 7 days/);

    // Three real days: two from the ideal's blocks, adjusted; one with the sliders.
    const [first, second, third] = recentWorkdays();
    for (const day of [first, second]) {
      await noor.visit(`/rhythms/log?day=${day ?? ''}`);
      await noor.seesPageTitle(`How ${format(parseISO(day ?? ''), 'EEEE d MMMM')} went`);
      await noor.sees('Starting from your ideal “A workday”');
      await nudge(noor, 'Sleeping starts', 'ArrowDown', 6);
      await noor.fill('Eating from', '19:15');
      await noor.fill('Eating until', '20:00');
      await noor.fill('Working or studying until', '19:00');
      await noor.click('Keep this day');
      await noor.sees('Kept. Thank you for noticing how it went.');
    }
    await noor.visit(`/rhythms/log?day=${third ?? ''}`);
    // The choices are drawn as segments: a person taps the words.
    await noor.text('A few sliders', { exact: true }).click();
    await noor.field('Rest', { exact: true }).focus();
    for (let i = 0; i < 3; i++) await noor.page.keyboard.press('ArrowLeft');
    expect(await noor.lookAtEveryWay('rhythms-log-sliders')).toEqual([]);
    await noor.click('Keep this day');
    await noor.sees('Kept. Thank you for noticing how it went.');

    // Noting a day again changes it rather than adding a second.
    await noor.visit(`/rhythms/log?day=${first ?? ''}`);
    await noor.sees(/You noted this day already/);
    await noor.fill('Anything you want to remember about it (optional)', 'A long one, but kind people.');
    expect(await noor.lookAtEveryWay('rhythms-log-blocks')).toEqual([]);
    await noor.click('Keep this day');
    await noor.sees('Kept. Thank you for noticing how it went.');
    const days = await noor.records('rhythm_day');
    expect(days.map((d) => d.payload.day).sort()).toEqual([first, second, third]);
    expect(days.find((d) => d.payload.day === third)?.payload.sliders).toMatchObject({ rest: 2 });

    // Side by side: where the days drifted, said without judgement.
    const compare = noor.region('Your ideal beside your days');
    await compare.sees('Less sleep than you hoped, about 1 hour 30 minutes a day');
    await compare.sees('More work or study than you planned, about 1 hour 30 minutes a day');
    await compare.sees('Hoped 8 hours 30 minutes');
    await compare.sees('Went 10 hours');
    await compare.sees(/From 1 day you noted with the sliders/);
    expect(await noor.lookAtEveryWay('rhythms-compare')).toEqual([]);
    expect(await lookAtBothSizes(noor, 'rhythms-compare-view')).toEqual([]);
    await compare.text('30 days', { exact: true }).click();
    await compare.sees(/An average over 2 days/);

    // One small thing to try, and a week on, did it help?
    const adjust = noor.region('One small thing to try');
    await adjust.fill('Something small to try', 'Lights out at eleven');
    await adjust.click('Try this for a week');
    await adjust.sees('Lights out at eleven');
    const [chosen] = await noor.records('rhythm_adjustment');
    expect(chosen?.payload).toMatchObject({
      what: 'Lights out at eleven',
      chosenOn: format(new Date(), 'yyyy-MM-dd'),
    });
    expect(await noor.text('Did it help?').count()).toBe(0);

    // The browser's clock, the one "a week later" is read by, moved eight days on.
    await noor.page.clock.setFixedTime(Date.now() + 8 * 24 * 60 * 60_000);
    await noor.reload();
    const revisit = noor.region('Did it help?');
    await revisit.sees('Lights out at eleven');
    await revisit.choose('A little');
    await revisit.fill('Anything you noticed (optional)', 'Mornings are a bit softer.');
    expect(await lookAtBothSizes(noor, 'rhythms-revisit-view')).toEqual([]);
    await revisit.click('Keep this answer');
    await noor.sees('Kept. Whatever the answer, you tried something for yourself.');
    await noor.region('One small thing to try').sees(/a little/);
    const [answered] = await noor.records('rhythm_adjustment');
    expect(answered?.payload.revisit).toMatchObject({
      helped: 'a-little',
      note: 'Mornings are a bit softer.',
    });
    expect(noor.problems()).toEqual([]);
    await noor.leave();
  }, 300_000);
});
