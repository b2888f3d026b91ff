import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';
import { browserZone, createRitual, feedAddress, fetchFeed, livesIn } from './support/rituals.js';

/**
 * Small rituals, as a person uses them: made from one of Haven's ideas and
 * from their own words, put in their calendar by a private feed that a
 * calendar app reads without signing in, given a new address, and marked
 * done from the home screen with a word on how it felt.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

describe('Small rituals', () => {
  it('schedules rituals, serves them to a calendar, rotates the address and marks one done from home', async () => {
    const rowan = await Person.arrive(browser, haven, { name: 'rowan' });
    await rowan.signUp();
    rowan.setAsideProblems(/status of 401/);
    await livesIn(rowan, 'America/New_York');

    await rowan.visit('/rituals');
    await rowan.seesPageTitle('Small rituals');
    await rowan.sees('No rituals yet');
    await rowan.sees(/Five minutes a day is enough/);
    expect(await rowan.lookAtEveryWay('rituals-empty')).toEqual([]);

    await rowan.follow('Create your first ritual');
    await rowan.sees(/Five minutes a day is enough\. Less is fine too\./);
    expect(await rowan.lookAtEveryWay('rituals-new')).toEqual([]);
    await createRitual(rowan, { idea: 'A short sit', days: 'Every day', time: '07:30' });
    await rowan.follow('Create a ritual');
    await createRitual(rowan, {
      title: 'Evening page',
      minutes: 10,
      days: 'Weekdays',
      anyTime: true,
      why: 'Putting the day down before sleep.',
      calendar: /Keep it out of my calendar/,
    });
    await rowan.region('Today’s rituals').sees('A short sit', { exact: true });
    await rowan.region('All your rituals').sees('Every day at 07:30, about 5 min');
    await rowan.region('All your rituals').sees('In your calendar as “A few minutes for me”');
    expect(await rowan.lookAtEveryWay('rituals-list')).toEqual([]);

    const [sit] = (await rowan.records('ritual')).filter((r) => r.payload.title === 'A short sit');
    expect(sit?.payload).toMatchObject({
      ideaId: 'short-sit',
      minutes: 5,
      time: '07:30',
      days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'],
      calendarTitle: 'A few minutes for me',
    });

    // Into the calendar the person already uses.
    await rowan.follow('Reminders and what you did');
    await rowan.seesPageTitle('Reminders and what you did');
    await rowan.click('Turn on the calendar feed');
    const first = await feedAddress(rowan);
    expect(await rowan.lookAtEveryWay('rituals-calendar')).toEqual([]);

    const feed = await fetchFeed(first);
    expect(feed.status).toBe(200);
    const zone = await browserZone(rowan);
    expect(zone).toBe('America/New_York');
    expect(feed.calendar?.timezones).toEqual([zone]);
    expect(feed.calendar?.events).toHaveLength(1);
    const [event] = feed.calendar?.events ?? [];
    expect(event?.summary).toBe('A few minutes for me');
    expect(event?.rrule).toEqual({ FREQ: 'WEEKLY', BYDAY: 'MO,TU,WE,TH,FR,SA,SU' });
    expect(event?.start).toMatchObject({ tzid: zone, date: false });
    expect(event?.start.local).toMatch(/T07:30:00$/);
    // Read through the feed's own VTIMEZONE, every day at half past seven in New York, clock changes and all.
    const newYork = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const days = event?.occurrences(400) ?? [];
    expect(days).toHaveLength(400);
    expect(new Set(days.map((at) => newYork.format(at)))).toEqual(new Set(['07:30']));
    expect(new Set(days.map((at) => at.getUTCHours()))).toEqual(new Set([11, 12]));

    await rowan.click('Give it a new address');
    await rowan.dialog('Give your feed a new address?').click('New address');
    await rowan.sees('Your feed has a new address. The old one no longer works.');
    const second = await feedAddress(rowan);
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    // Marked done from home, with a word on how it felt.
    await rowan.visit('/');
    const todayOnHome = rowan.region('Today’s rituals');
    await todayOnHome.sees('A short sit', { exact: true });
    await todayOnHome.click('Done: A short sit');
    await todayOnHome.sees('Done today');
    await rowan.fill('How did it feel? (optional)', 'Calmer than I expected.');
    expect(await rowan.lookAtEveryWay('rituals-home-done')).toEqual([]);
    await rowan.click('Keep this note');
    await rowan.sees('Kept your note.');
    const [done] = await rowan.records('ritual_done');
    expect(done?.payload).toMatchObject({ ritualId: sit?.id, note: 'Calmer than I expected.' });

    await rowan.follow('All your rituals');
    await rowan.follow('Reminders and what you did');
    await rowan.sees('What you noted');
    await rowan.sees(/Calmer than I expected\./);
    expect(await rowan.lookAtEveryWay('rituals-calendar-done')).toEqual([]);

    await rowan.follow('Back to your rituals');
    await rowan.region('All your rituals').follow('Evening page');
    await rowan.seesPageTitle('Evening page');
    expect(await rowan.lookAtEveryWay('rituals-edit')).toEqual([]);
    expect(rowan.problems()).toEqual([]);
    await rowan.leave();
    // Seven looks, each four ways with axe, on a shared machine.
  }, 300_000);
});
