import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHavenAndBrowser, type Haven } from './support/harness.js';
import {
  keepLaugh,
  keepRewrite,
  lookAtTheViewports,
  pointAtHarshParts,
  shownToSmileAt,
} from './support/kinder.js';
import { Person } from './support/person.js';

/**
 * Kinder self-talk and humour, as a person uses them: a harsh sentence with
 * its harsh parts pointed at, then rewritten in their own words and kept; and
 * what made them laugh, kept and shown back at random.
 */
let haven: Haven;
let browser: Browser;

useHavenAndBrowser((started) => ({ haven, browser } = started));

const HARSH = 'I always ruin everything. I’m so stupid, and they’ll leave once they see it.';
const LETTER_DRAFT = 'Dear me, the plum tree you planted is taller than the fence now';
const REWRITE = 'Saturday went sideways and I was tired. My friends have stayed through worse, and so can I.';

async function newcomer(name: string): Promise<Person> {
  const person = await Person.arrive(browser, haven, { name });
  await person.signUp();
  expect(person.setAsideProblems(/status of 401/)).toBeLessThanOrEqual(1);
  return person;
}

describe('Kinder self-talk and humour', () => {
  it('points at the harsh parts of a sentence, and keeps the kinder words the person writes', async () => {
    const kit = await newcomer('kit');
    await kit.follow('Kinder self-talk');
    await kit.seesPageTitle('Kinder self-talk');
    await kit.sees('Nothing kept yet');
    expect(await kit.lookAtEveryWay('kinder-self-talk-empty')).toEqual([]);

    const pointed = await pointAtHarshParts(kit, HARSH);
    expect(pointed.marked).toEqual(['always', 'everything', 'so stupid', 'they’ll leave']);
    expect(pointed.listed[0]).toMatch(/^1 .?always.? All or nothing \w+/);
    expect(pointed.listed[2]).toMatch(/so stupid.? A name you called yourself/);
    expect(pointed.listed[3]).toMatch(/they’ll leave.? Guessing what comes next/);
    // Haven points; it never writes the kinder version for them.
    expect(await kit.field('How you would say it to a friend').inputValue()).toBe('');
    expect(await kit.lookAtEveryWay('kinder-self-talk-pointed')).toEqual([]);
    const harshParts = kit.page.getByRole('region', { name: /may sting/ });
    expect(await lookAtTheViewports(kit, 'kinder-self-talk-pointed-view', harshParts)).toEqual([]);

    // Keeping the same sentence again is gently refused; their own new words are kept.
    await kit.fill('How you would say it to a friend', HARSH);
    // Words this heavy bring the safety layer's quiet offer; the person says not now.
    await kit.sees('Would some support help?');
    await kit.click('Not now');
    await kit.click('Keep it');
    await kit.sees('Say it a new way: this is the same sentence', { several: true });
    expect(await kit.records('self_talk')).toEqual([]);
    await keepRewrite(kit, REWRITE);
    const [kept] = await kit.records('self_talk');
    expect(kept?.payload).toEqual({ harsh: HARSH, rewrite: REWRITE });
    await kit.open('What you had said');
    await kit.region('Your kinder words').sees(HARSH, { exact: true });
    expect(await kit.lookAtEveryWay('kinder-self-talk-kept')).toEqual([]);

    // Removing it can be undone.
    await kit.click(`Remove “${REWRITE}”`);
    await kit.sees(`“${REWRITE}” removed.`);
    await kit.sees('Nothing kept yet');
    await kit.click('Undo');
    await kit.region('Your kinder words').sees(REWRITE, { exact: true });
    expect(await kit.records('self_talk')).toHaveLength(1);
    expect(kit.problems()).toEqual([]);
    await kit.leave();
  });

  it('keeps what made the person laugh, links as text, and shows one at random', async () => {
    const jo = await newcomer('jo');
    await jo.follow('What made you laugh');
    await jo.seesPageTitle('What made you laugh');
    await jo.sees('Nothing here yet');
    expect(await jo.lookAtEveryWay('kinder-humour-empty')).toEqual([]);

    await keepLaugh(jo, { form: 'Line', text: 'The heron stole a sandwich mid-sentence.' });
    await keepLaugh(jo, { form: 'Memory', text: 'Dad trying to parallel park the tandem.' });
    await keepLaugh(jo, {
      form: 'Link',
      link: 'https://example.org/otters-juggling',
      text: 'Juggling otters',
    });
    const link = jo.link(/example\.org\/otters-juggling/).first();
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    await jo.sees('Leaves Haven for example.org');

    const shown: string[] = [];
    await jo.click('Something to smile at');
    shown.push(await shownToSmileAt(jo));
    for (let i = 0; i < 6; i++) {
      await jo.click('Another one');
      const before = shown[shown.length - 1];
      await expect.poll(() => shownToSmileAt(jo)).not.toBe(before);
      shown.push(await shownToSmileAt(jo));
    }
    for (const s of shown) expect(s).toMatch(/heron|tandem|otters/);
    expect(await jo.lookAtEveryWay('kinder-humour-smile')).toEqual([]);
    expect(await lookAtTheViewports(jo, 'kinder-humour-smile-view')).toEqual([]);

    // Kept as text, never fetched: nothing left for example.org.
    expect(jo.problems()).toEqual([]);
    const laughs = await jo.records('humour');
    expect(laughs.map((r) => r.payload.form).sort()).toEqual(['line', 'link', 'memory']);
    await jo.leave();
  });

  it('keeps an unsealed letter and an unkept appreciation as drafts on this device, sending nothing until asked', async () => {
    const ines = await newcomer('ines');
    await ines.follow('A letter to yourself');
    await ines.fill('Your letter', LETTER_DRAFT);
    await ines.text('In a year', { exact: true }).click();

    // Away to the home screen and back: the letter is as it was left, and the server has none.
    await ines.navigateTo('Home');
    await ines.follow('A letter to yourself');
    expect(await ines.field('Your letter').inputValue()).toBe(LETTER_DRAFT);
    expect(await ines.radio('In a year').isChecked()).toBe(true);
    expect(await ines.records('letter')).toEqual([]);
    // A reload too: the draft is sealed on this device under the session's key.
    await ines.reload();
    expect(await ines.field('Your letter').inputValue()).toBe(LETTER_DRAFT);
    expect(await ines.records('letter')).toEqual([]);

    await ines.click('Seal it');
    await ines.sees(/^Sealed\. It opens on /);
    expect(await ines.field('Your letter').inputValue()).toBe('');
    expect(await ines.records('letter')).toHaveLength(1);
    await ines.reload();
    expect(await ines.field('Your letter').inputValue()).toBe('');

    await ines.navigateTo('Home');
    await ines.follow('What I appreciate about me');
    await ines.fill('Something you appreciate about yourself', 'I keep showing up for the garden');
    await ines.navigateTo('Home');
    await ines.follow('What I appreciate about me');
    expect(await ines.field('Something you appreciate about yourself').inputValue()).toBe(
      'I keep showing up for the garden',
    );
    expect(await ines.records('appreciation')).toEqual([]);
    expect(ines.problems()).toEqual([]);
    await ines.leave();
  });
});
