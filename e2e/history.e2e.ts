import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import {
  daysWithCheckins,
  feelingWords,
  keepPastCheckins,
  moodCalendar,
  type PastCheckin,
} from './support/history.js';
import { Person } from './support/person.js';

/**
 * A history worth looking at: a check-in opened whole, a month of moods at a
 * glance, and the feeling words crossed with a few key presses.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

async function newcomer(name: string): Promise<Person> {
  const person = await Person.arrive(browser, haven, { name });
  await person.signUp();
  expect(person.setAsideProblems(/status of 401/)).toBeLessThanOrEqual(1);
  return person;
}

/** A month of check-ins last month: most days, a few left as gaps, every part of the pad. */
function lastMonth(): PastCheckin[] {
  const now = new Date();
  const year = now.getFullYear();
  const month = now.getMonth() - 1;
  const points = [
    { pleasantness: 0.7, energy: 0.6, feelings: ['joyful'] },
    { pleasantness: 0.6, energy: -0.5, feelings: ['calm', 'content'] },
    { pleasantness: -0.6, energy: 0.7, feelings: ['anxious'] },
    { pleasantness: -0.5, energy: -0.6, feelings: ['tired'] },
    { pleasantness: 0.05, energy: -0.05, feelings: ['okay'] },
  ];
  const out: PastCheckin[] = [];
  for (let day = 1; day <= 28; day++) {
    if (day % 5 === 0) continue; // a gap now and then, as real months have
    const point = points[day % points.length] ?? points[0];
    if (!point) continue;
    out.push({
      at: new Date(year, month, day, 9),
      ...point,
      ...(day === 12 ? { note: 'A walk by the canal.' } : {}),
    });
  }
  // Twice on the 12th: the day opens its newest, and shows the other beside it.
  out.push({ at: new Date(year, month, 12, 21), pleasantness: 1, energy: -1, feelings: ['sleepy'] });
  return out;
}

/** The accessible label of the focused control. */
function focusedLabel(person: Person): Promise<string> {
  return person.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

describe('Check-in history', () => {
  it('opens a check-in whole: feelings, mood, body, needs, care and note', async () => {
    const ash = await newcomer('ash');
    await ash.visit('/checkin');
    await ash.fillCheckIn({
      pleasantness: -0.7,
      energy: -0.7,
      words: ['tired'],
      body: ['Shoulders', 'Heavy'],
      needs: { unmet: ['Rest'] },
      care: /Stretch, or take a short walk/,
      note: 'Long week, early night.',
    });
    // The outline is tapped as well as the list; both hold the same choice.
    const chest = ash.page.getByRole('checkbox', { name: 'Chest' });
    await chest.click();
    expect(await chest.getAttribute('aria-checked')).toBe('true');
    expect(await ash.button('Chest', { exact: true }).getAttribute('aria-pressed')).toBe('true');
    await ash.press('ArrowDown');
    await ash.press('Space');
    expect(await ash.page.getByRole('checkbox', { name: 'Heart' }).getAttribute('aria-checked')).toBe('true');
    expect(await ash.lookAtEveryWay('history-body-map')).toEqual([]);
    await ash.saveCheckIn();
    await ash.region('Your recent check-ins').link('tired').click();

    await ash.seesPageTitle('Your check-in');
    const card = ash.article('What you noted');
    await card.sees(/You felt .*unpleasant.*low energy/);
    await card.sees('Shoulders, Chest, Heart · Heavy');
    await card.sees('Rest', { exact: true });
    await card.sees('Long week, early night.');
    await card.sees('Stretch, or take a short walk', { exact: true });
    expect(await ash.lookAtEveryWay('history-detail')).toEqual([]);
    await ash.follow('Back to check-in');
    await ash.seesPageTitle('Check in');
    expect(ash.problems()).toEqual([]);
    await ash.leave();
  });

  it('shows a month of check-ins on a calm calendar, each day opening its check-ins', async () => {
    const wren = await newcomer('wren');
    const kept = lastMonth();
    await keepPastCheckins(wren, kept);
    await wren.visit('/checkin');
    await moodCalendar(wren).waitFor();
    await wren.click('Previous month');
    const days = daysWithCheckins(wren);
    await days.first().waitFor();
    // Every day with a check-in is coloured and labelled; the 12th holds two.
    expect(await days.count()).toBe(new Set(kept.map((c) => c.at.getDate())).size);
    const twelfth = kept.find((c) => c.at.getDate() === 12)?.at ?? new Date();
    const weekday = twelfth.toLocaleDateString('en-GB', { weekday: 'long' });
    const monthName = twelfth.toLocaleDateString('en-GB', { month: 'long' });
    await moodCalendar(wren)
      .getByRole('link', { name: `${weekday} 12 ${monthName}: 2 check-ins, pleasant and calm` })
      .waitFor();
    // Gaps are plain days, said plainly.
    await moodCalendar(wren).getByText(`: no check-in`).first().waitFor({ state: 'attached' });
    expect(await wren.lookAtEveryWay('history-calendar-month')).toEqual([]);

    // One Tab stop for the month; the arrows walk its days.
    await days.first().focus();
    await wren.press('ArrowRight');
    expect(await focusedLabel(wren)).toMatch(/ 2 /);
    await wren.press('End');
    expect(await focusedLabel(wren)).toMatch(/ 28 /);
    await wren.page.keyboard.press('Shift+Tab');
    await wren.page.keyboard.press('Tab');
    expect(await focusedLabel(wren)).toMatch(/ 28 /);

    // The 12th opens its newest check-in, with the other one of that day beside it.
    await moodCalendar(wren).getByRole('link', { name: / 12 / }).click();
    await wren.seesPageTitle('Your check-in');
    await wren.article('What you noted').sees('sleepy', { exact: true });
    const thatDay = wren.page.getByRole('navigation', { name: 'That day' });
    await thatDay.getByRole('link', { name: /anxious/ }).click();
    await wren.article('What you noted').sees('A walk by the canal.');
    expect(await wren.lookAtEveryWay('history-detail-that-day')).toEqual([]);
    await wren.visit('/checkin');
    await moodCalendar(wren).waitFor();
    await wren.click('Previous month');

    await wren.click('Year');
    await moodCalendar(wren)
      .getByRole('button', { name: new RegExp(`^${monthName}`) })
      .waitFor();
    expect(await daysWithCheckins(wren).count()).toBeGreaterThanOrEqual(
      new Set(kept.map((c) => c.at.getDate())).size,
    );
    expect(await wren.lookAtEveryWay('history-calendar-year')).toEqual([]);
    expect(wren.problems()).toEqual([]);
    await wren.leave();
  });

  it('offers words that fit the middle, and crosses the words with a few key presses', async () => {
    const rowan = await newcomer('rowan');
    await rowan.visit('/checkin');
    await rowan.placeFeeling({ pleasantness: 0, energy: 0 });
    await rowan.sees('Somewhere in the middle', { several: true });
    const words = await feelingWords(rowan).allTextContents();
    expect(words).toContain('okay');
    expect(words).not.toContain('joyful');
    expect(words).not.toContain('excited');
    expect(await rowan.lookAtEveryWay('history-pad-middle')).toEqual([]);

    // From the pad: one Tab into the words, arrows along them, Space to choose, one Tab out.
    await rowan.page.getByRole('slider', { name: /How you feel/ }).focus();
    const before = rowan.gestures;
    await rowan.tabTo(/^okay$/, 4);
    await rowan.press('ArrowRight', 2);
    const third = await rowan.focusedText();
    await rowan.press('Space');
    await rowan.tabTo(/Look for another word/, 2);
    expect(rowan.gestures - before).toBeLessThanOrEqual(8);
    expect(await feelingWords(rowan).filter({ hasText: third }).getAttribute('aria-pressed')).toBe('true');
    // Tab back lands on the word last visited.
    await rowan.press('Shift+Tab');
    expect(await rowan.focusedText()).toContain(third);
    expect(rowan.problems()).toEqual([]);
    await rowan.leave();
  });

  it('finds journal entries by title, with a clean excerpt and the words marked', async () => {
    const sage = await newcomer('sage');
    const response = await sage.page.request.post('/api/v1/records', {
      headers: { 'x-haven-csrf': '1' },
      data: {
        kind: 'journal',
        payload: {
          title: 'Sunday by the water',
          body: 'We walked slowly.\n\n- **Herons** on the far bank\n- a golden light on the canal',
          promptId: 'turning-03',
          prompt: 'What helped you turn towards yourself today?',
          tags: ['walks'],
        },
      },
    });
    expect(response.status()).toBe(201);
    await sage.visit('/journal');
    await sage.search('golden canal');
    await sage.sees('1 entry found', { several: true });
    await sage.seesLink('Sunday by the water');
    expect(await sage.page.locator('mark').allTextContents()).toEqual(['golden', 'canal']);
    await sage.sees(/Herons on the far bank a golden light on the canal/);
    expect(await sage.page.getByText('turning-03').count()).toBe(0);
    expect(await sage.lookAtEveryWay('history-journal-search')).toEqual([]);
    await sage.follow('Sunday by the water');
    await sage.arrivesAt(/\/journal\/[0-9a-f-]+$/);
    expect(sage.problems()).toEqual([]);
    await sage.leave();
  });

  it('keeps each thing in the profile once, and says so kindly', async () => {
    const ivy = await newcomer('ivy');
    await ivy.visit('/profile');
    await ivy.addToProfile('My values', 'Patience');
    await ivy.region('My values').sees('Patience', { exact: true });
    await ivy.addToProfile('My values', '  patience. ');
    await ivy.region('My values').sees('“Patience” is already here, so there is no need to add it again.');
    expect((await ivy.records('profile_item')).length).toBe(1);
    expect(await ivy.lookAtTheScreen('history-profile-duplicate')).toEqual([]);
    expect(ivy.problems()).toEqual([]);
    await ivy.leave();
  });

  it('tells two sessions on the same kind of browser apart by when each started and its own name', async () => {
    const fern = await newcomer('fern');
    const again = await Person.arrive(browser, haven, { name: 'fern' });
    await again.signIn();
    await fern.visit('/settings');
    const sessions = fern.region('Sessions');
    await sessions.sees('This device');
    const items = sessions.element.getByRole('listitem');
    await expect.poll(() => items.count()).toBe(2);
    const texts = await items.allTextContents();
    expect(texts.every((text) => /Started .+ · last seen/.test(text))).toBe(true);
    const names = texts.map((text) => /Session ([0-9A-F]{4})/.exec(text)?.[1]);
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(2);
    await sessions.element.scrollIntoViewIfNeeded();
    expect(await fern.lookAtTheScreen('history-sessions')).toEqual([]);
    expect(fern.problems()).toEqual([]);
    await again.leave();
    await fern.leave();
  });
});
