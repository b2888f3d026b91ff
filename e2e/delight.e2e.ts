import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { promptsForDay } from '../src/core/delight/gratitude.js';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import { appreciate, sealLetter, ServerClock, waitingLetters, whatTheApiSays } from './support/delight.js';
import { Person } from './support/person.js';

/**
 * Expressed delight, as a person uses it: a letter to themselves sealed until
 * a day (the server's clock moved past it, not waited for), opened early on
 * purpose, and the list of what they appreciate about themselves coming back
 * after a low check-in, in the help panel and on the home screen.
 */
let haven: Haven;
let browser: Browser;
const clock = new ServerClock(join(mkdtempSync(join(tmpdir(), 'haven-clock-')), 'shift'));

useHavenAndBrowser((started) => ({ haven, browser } = started), { HAVEN_TEST_CLOCK_FILE: clock.file });

const LETTER = 'Dear me, remember the heron on the canal the morning you decided to stay';
const SECRET = 'heron';

async function newcomer(name: string): Promise<Person> {
  const person = await Person.arrive(browser, haven, { name });
  await person.signUp();
  expect(person.setAsideProblems(/status of 401/)).toBeLessThanOrEqual(1);
  return person;
}

describe('Expressed delight', () => {
  it('seals a letter that cannot be read before its day, and opens it from the home screen after', async () => {
    clock.daysPass(0);
    const iris = await newcomer('iris');
    await iris.follow('A letter to yourself');
    await iris.seesPageTitle('Letters to yourself');
    await iris.sees('No letters yet');
    expect(await iris.lookAtEveryWay('delight-letters')).toEqual([]);

    await sealLetter(iris, LETTER, { span: 'In three months' });
    await waitingLetters(iris).sees('A letter is waiting');
    await waitingLetters(iris).sees(/^Opens on \d{1,2} \w+ 20\d\d\./);
    expect(await iris.lookAtEveryWay('delight-letter-sealed')).toEqual([]);

    // Neither the screen, nor search, nor the records API gives its words before its day.
    expect(await iris.page.content()).not.toContain(SECRET);
    expect(await whatTheApiSays(iris, SECRET)).not.toContain(SECRET);
    const [sealed] = await iris.records('letter');
    expect(sealed?.payload).toEqual({ sealed: true, opensAt: expect.any(String) as string });
    await iris.reload();
    await waitingLetters(iris).sees('A letter is waiting');
    expect(await iris.page.content()).not.toContain(SECRET);
    // Its own page, visited straight, says only when it opens.
    await iris.visit(`/letters/${sealed?.id ?? ''}`);
    await iris.seesPageTitle('A sealed letter');
    expect(await iris.page.content()).not.toContain(SECRET);
    expect(await iris.lookAtEveryWay('delight-letter-sealed-page')).toEqual([]);

    // Eighty-nine days on, still sealed; ninety-three days on, it has arrived.
    clock.daysPass(89);
    await iris.signIn();
    expect(await whatTheApiSays(iris, SECRET)).not.toContain(SECRET);
    await iris.seesHeading('The six HEARTS areas');
    expect(await iris.text('A letter has arrived').count()).toBe(0);

    clock.daysPass(93);
    await iris.signIn();
    await iris.seesHeading('A letter has arrived');
    expect(await iris.lookAtEveryWay('delight-home-letter-arrived')).toEqual([]);
    await iris.follow('Open your letter');
    await iris.seesPageTitle('A letter from you');
    await iris.article(/Your letter, written /).sees(LETTER);
    expect(await iris.lookAtEveryWay('delight-letter-open')).toEqual([]);
    expect(await whatTheApiSays(iris, SECRET)).toContain(SECRET);

    // Read once, it stays readable, and the home stops announcing it.
    await expect.poll(async () => (await iris.records('letter'))[0]?.payload.readAt).toBeDefined();
    await iris.visit('/');
    await iris.seesHeading('The six HEARTS areas');
    expect(await iris.text('A letter has arrived').count()).toBe(0);
    await iris.visit('/letters');
    await iris.region('Letters you can read').seesLink(/^Written /);
    expect(iris.problems(/status of 401/)).toEqual([]);
    await iris.leave();
    clock.daysPass(0);
    // Five screens looked at four ways each, with axe: longer than one action-sized test.
  }, 300_000);

  it('opens a letter early, on purpose, after a gentle question', async () => {
    clock.daysPass(0);
    const jun = await newcomer('jun');
    await jun.visit('/letters');
    const later = new Date(Date.now() + 400 * 24 * 60 * 60_000).toISOString().slice(0, 10);
    await sealLetter(jun, 'Dear me, this one is for next winter.', { day: later });
    await waitingLetters(jun).click('Open it now');
    const asking = jun.dialog('Open it before its day?');
    await asking.appears();
    expect(await jun.lookAtTheScreen('delight-open-early-desktop')).toEqual([]);
    await asking.click('Open it now');
    await jun.seesPageTitle('A letter from you');
    await jun.sees('Dear me, this one is for next winter.');
    await jun.sees(/opened early on /);
    const [opened] = await jun.records('letter');
    expect(opened?.payload.openedEarlyAt).toEqual(expect.any(String));
    expect(jun.problems()).toEqual([]);
    await jun.leave();
  });

  it('keeps a gratitude entry with myself in it, and finds it under its month', async () => {
    const lea = await newcomer('lea');
    await lea.follow('Gratitude, with you in it');
    await lea.seesPageTitle('Gratitude, with you in it');
    await lea.sees('Nothing kept yet');
    // Today's prompts: the first is always about her.
    const [aboutMe, wider] = promptsForDay(format(new Date(), 'yyyy-MM-dd'));
    await lea.fill(aboutMe.text, 'I made soup and ate it slowly');
    await lea.fill(wider.text, 'The neighbour’s cat on the wall');
    await lea.click('Keep these');
    const months = lea.region('By month');
    await months.sees('I made soup and ate it slowly');
    await months.sees('The neighbour’s cat on the wall');
    expect(await lea.lookAtEveryWay('delight-gratitude')).toEqual([]);
    const [entry] = await lea.records('gratitude');
    expect(entry?.payload.items).toEqual([
      expect.objectContaining({ text: 'I made soup and ate it slowly', aboutMe: true }),
      expect.objectContaining({ text: 'The neighbour’s cat on the wall', aboutMe: false }),
    ]);
    expect(lea.problems()).toEqual([]);
    await lea.leave();
  });

  it('keeps what I appreciate about myself, and brings one back after a low check-in and in the help panel', async () => {
    const kai = await newcomer('kai');
    await kai.follow('What I appreciate about me');
    await kai.seesPageTitle('What I appreciate about me');
    await kai.sees('Nothing here yet');
    await appreciate(kai, 'I keep going when it is hard', {
      prompt: 'A time you kept going when stopping would have been easier',
      evidence: 'When I finished the course in the winter I was unwell',
    });
    await appreciate(kai, 'I make people feel welcome');
    expect(await kai.lookAtEveryWay('delight-appreciations')).toEqual([]);
    const kept = await kai.records('appreciation');
    expect(kept.map((r) => r.payload.text).sort()).toEqual([
      'I keep going when it is hard',
      'I make people feel welcome',
    ]);
    expect(kept.find((r) => r.payload.promptId)?.payload.evidence).toBe(
      'When I finished the course in the winter I was unwell',
    );

    await kai.visit('/checkin');
    await kai.checkIn({ pleasantness: -0.7, energy: -0.6, words: ['tired'] });
    const offer = kai.region('Something you once saw in yourself');
    await offer.appears();
    await offer.sees(/^I (keep going when it is hard|make people feel welcome)$/);
    expect(await kai.lookAtEveryWay('delight-after-low-checkin')).toEqual([]);

    await kai.click(/Get help now/);
    await kai.helpPanel.appears();
    await kai.helpPanel.sees('What you appreciate about yourself');
    await kai.helpPanel.sees('I make people feel welcome');
    expect(kai.problems()).toEqual([]);
    await kai.leave();
  });
});
