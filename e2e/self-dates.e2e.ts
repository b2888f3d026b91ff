import { TZDate } from '@date-fns/tz';
import { addDays, format } from 'date-fns';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { Person } from './support/person.js';
import { livesIn } from './support/rituals.js';
import { addToCalendar, comingUp, markDone, moveTo, planSelfDate } from './support/self-dates.js';

/**
 * Self-dates, as a person uses them: from the home's E card to the planner,
 * an idea chosen through the filters, planned for a day and a time where they
 * live, put in their calendar (the file read with a second library, at the
 * right time in their zone), moved to another time, then marked done with
 * a feeling word.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

const ZONE = 'America/New_York';

describe('Self-dates', () => {
  it('plans a self-date from an idea, adds it to a calendar in the right zone, moves it, and marks it done with a feeling', async () => {
    const wren = await Person.arrive(browser, haven, { name: 'wren' });
    await wren.signUp();
    expect(wren.setAsideProblems(/status of 401/)).toBeLessThanOrEqual(1);
    await livesIn(wren, ZONE);

    // The home's E card leads here.
    await wren.follow('Self-dates');
    await wren.seesPageTitle('Self-dates');
    await wren.sees('Nothing planned just now');
    expect(await wren.lookAtEveryWay('self-dates-empty')).toEqual([]);

    // Ten days from now, where Wren lives, at half past seven in the evening.
    const day = format(addDays(new TZDate(Date.now(), ZONE), 10), 'yyyy-MM-dd');
    await planSelfDate(wren, {
      filters: { kind: 'Resting', where: 'At home', cost: 'Free' },
      idea: 'Run a long bath',
      day,
      time: '19:30',
    });
    await comingUp(wren).sees('Run a long bath or shower, with your phone in another room');
    await comingUp(wren).sees(/ at 19:30$/);
    const [planned] = await wren.records('self_date');
    expect(planned?.payload).toMatchObject({ day, time: '19:30', timeZone: ZONE, ideaId: 'long-bath' });
    expect(await wren.lookAtEveryWay('self-dates-planned')).toEqual([]);

    // The calendar file: one event at 19:30 in New York, whatever the machine's own zone.
    const event = await addToCalendar(wren);
    expect(event.summary).toBe('Time for me');
    expect(event.start).toMatchObject({ local: `${day}T19:30:00`, tzid: ZONE, date: false });
    const [y, m, d] = day.split('-').map(Number);
    const expected = new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, 19, 30, ZONE);
    expect(event.start.utc.getTime()).toBe(expected.getTime());
    expect(event.end?.utc.getTime()).toBe(expected.getTime() + 60 * 60_000);
    for (const [width, height] of [
      [375, 812],
      [1280, 800],
    ] as const) {
      await wren.page.setViewportSize({ width, height });
      await comingUp(wren).element.scrollIntoViewIfNeeded();
      expect(await wren.lookAtTheScreen(`self-dates-calendar-${width}x${height}`)).toEqual([]);
    }

    // Moved an hour earlier: still the same self-date, now at half past six.
    await moveTo(wren, '18:30');
    await comingUp(wren).sees(/ at 18:30$/);
    const [moved] = await wren.records('self_date');
    expect(moved?.payload).toMatchObject({ day, time: '18:30', timeZone: ZONE, ideaId: 'long-bath' });

    // Done, and how it felt: roughly calm, the word "peaceful", a few words.
    await markDone(wren, {
      roughly: 'Calm',
      word: 'peaceful',
      words: 'The water was warm and no one needed me.',
    });
    await wren.seesHeading('Past self-dates');
    await wren.sees('Done');
    await wren.sees(/it felt peaceful/);
    await wren.sees('The water was warm and no one needed me.');
    await wren.sees('Nothing planned just now');
    const [done] = await wren.records('self_date');
    expect(done?.payload).toMatchObject({
      feeling: 'peaceful',
      howItFelt: 'The water was warm and no one needed me.',
      doneAt: expect.any(String) as string,
    });
    for (const [width, height] of [
      [375, 812],
      [1280, 800],
    ] as const) {
      await wren.page.setViewportSize({ width, height });
      await wren.heading('Past self-dates').scrollIntoViewIfNeeded();
      expect(await wren.lookAtTheScreen(`self-dates-done-${width}x${height}`)).toEqual([]);
    }
    expect(await wren.lookAtEveryWay('self-dates-history')).toEqual([]);
    expect(wren.problems()).toEqual([]);
  });
});
