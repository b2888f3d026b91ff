import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';
import { livesIn } from './support/rituals.js';
import { notificationsShown, recordNotifications } from './support/reminders.js';

/**
 * A ritual's reminder while Haven is open: the person allows notifications,
 * asks for one on a ritual, and it comes at the ritual's time (on a clock the
 * test moves), saying only the calendar title.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

const MINUTE = 60_000;
/** Thursday 3 December 2026, 07:00 in London. */
const MORNING = new Date('2026-12-03T07:00:00Z').getTime();

describe('Ritual reminders', () => {
  it('shows a notification when a ritual’s time comes, and not before', async () => {
    const noor = await Person.arrive(browser, haven, { name: 'noor' });
    await noor.page.context().grantPermissions(['notifications'], { origin: haven.url });
    await recordNotifications(noor.page);
    await noor.signUp();
    noor.setAsideProblems(/status of 401/);
    await livesIn(noor, 'Europe/London');
    await noor.page.clock.install({ time: MORNING });

    await noor.visit('/rituals/new');
    await noor.seesPageTitle('Create a ritual');
    await noor.click(/^A short sit/);
    await noor.fill('At what time', '07:30');
    await noor.field('Also remind me with a notification while Haven is open').check();
    await noor.click('Save this ritual');
    await noor.seesPageTitle('Small rituals');
    await noor.sees('Your ritual is ready.');
    const [ritual] = await noor.records('ritual');
    expect(ritual?.payload).toMatchObject({ notify: true, time: '07:30', timeZone: 'Europe/London' });

    // From here the test moves the page's clock: nothing at 07:29, the reminder at 07:30.
    await noor.page.clock.pauseAt(MORNING + 10 * MINUTE);
    await noor.page.clock.runFor(19 * MINUTE);
    expect(await notificationsShown(noor.page)).toEqual([]);
    await noor.page.clock.runFor(MINUTE + 1000);
    expect(await notificationsShown(noor.page)).toEqual([{ title: 'Haven', body: 'A few minutes for me' }]);
    await noor.page.clock.resume();
    expect(noor.problems()).toEqual([]);
    await noor.leave();
  }, 120_000);
});
