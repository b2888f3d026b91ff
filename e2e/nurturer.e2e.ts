import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NURTURER_PROMPTS } from '../src/core/delight/nurturer.js';
import { PHONE, useHavenAndBrowser, type Haven } from './support/harness.js';
import {
  daysPassFor,
  lookAtBothScreens,
  loseConnectionForNewWriting,
  reconnect,
  sayTurn,
  seesSaved,
  takeStep,
} from './support/nurturer.js';
import { Person } from './support/person.js';

/**
 * Self-compassion and the inner nurturer, as a person uses them: three steps
 * for a hard moment, begun with no connection, left, and carried on from this
 * device's draft, then read again; a part of me named, listened to, and
 * returned to days later; a written dialogue with the caring part of me, kept
 * and reread. Grounding is one press away where the writing turns heavy.
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

const HURTS = 'Nobody asked me along this weekend, and it stings more than I expected.';
const SHARED = 'Anyone who has moved to a new town and is still finding their people.';
const KINDNESS =
  'Of course this hurts; you want to belong. Call your sister tonight and make something warm.';

describe('Self-compassion and the inner nurturer', () => {
  it('takes three steps for a hard moment, keeps the draft through a lost connection, and reads it again', async () => {
    const juno = await newcomer('juno');
    await juno.follow('Self-compassion for a hard moment');
    await juno.seesPageTitle('Self-compassion for a hard moment');
    await juno.sees('Nothing kept yet');
    expect(await juno.lookAtEveryWay('nurturer-self-compassion-empty')).toEqual([]);

    // Begun with no connection: the words stay on this device.
    await loseConnectionForNewWriting(juno);
    await juno.follow('Begin');
    await juno.seesPageTitle('A hard moment, met kindly');
    await juno.seesHeading('Notice that this hurts');
    await takeStep(juno, 'What hurts, in plain words', HURTS, 'Next step');
    await juno.seesHeading('Remember you are not the only one');
    await takeStep(juno, 'Who else might know this feeling?', SHARED);
    await juno.sees(/Not saved yet, will retry/);

    // Grounding, where it gets heavy, without losing a word.
    await juno.click('This is getting to be a lot');
    await juno.seesHeading('Come back to the room');
    await juno.seesLink('breathe slowly with a guide');
    await juno.seesLink('your soothing kit');
    expect(await juno.lookAtEveryWay('nurturer-self-compassion-grounding')).toEqual([]);
    await juno.click('Put grounding away');

    await juno.follow('Back to self-compassion');
    await juno.seesPageTitle('Self-compassion for a hard moment');
    expect(await juno.records('self_compassion')).toEqual([]);

    // Back, connected again: the draft carries on where it was.
    await reconnect(juno);
    await juno.follow('Carry on where you left off');
    await juno.sees('Haven brought back what you were writing on this device.');
    expect(await juno.field('What hurts, in plain words').inputValue()).toBe(HURTS);
    expect(await juno.field('Who else might know this feeling?').inputValue()).toBe(SHARED);
    await seesSaved(juno);
    await juno.click('Next step');
    await takeStep(juno, 'What you would offer a friend, said to you', KINDNESS);
    await seesSaved(juno);
    expect(await juno.lookAtEveryWay('nurturer-self-compassion-steps')).toEqual([]);
    expect(await lookAtBothScreens(juno, 'nurturer-self-compassion-steps-view')).toEqual([]);
    await juno.click('Keep this');

    await juno.seesPageTitle('Self-compassion for a hard moment');
    await juno.sees('Thank you for being gentle with yourself.', { several: true });
    await juno.seesLink(HURTS.slice(0, 40));
    expect(await juno.lookAtEveryWay('nurturer-self-compassion-kept')).toEqual([]);
    const kept = await juno.records('self_compassion');
    expect(kept.map((r) => r.payload)).toEqual([{ hurts: HURTS, shared: SHARED, kindness: KINDNESS }]);

    // Read again, every step as written.
    await juno.follow(HURTS.slice(0, 40));
    await juno.seesHeading('Offer yourself what you would offer a friend');
    expect(await juno.field('What you would offer a friend, said to you').inputValue()).toBe(KINDNESS);
    expect(await juno.field('What hurts, in plain words').inputValue()).toBe(HURTS);
    await juno.leave();
  });

  it('names a part, listens to it, and comes back to it days later', async () => {
    const wren = await newcomer('wren', PHONE);
    await wren.follow('Parts of me');
    await wren.seesPageTitle('Parts of me');
    await wren.sees('No parts named yet');
    expect(await wren.lookAtEveryWay('nurturer-parts-empty')).toEqual([]);

    await wren.follow('Name a part');
    await wren.fill('Your own name for this part', 'the little one');
    await wren.seesPageTitle('The little one');
    await wren.fill('What does it feel?', 'Scared that everyone will forget about me.');
    await wren.fill('What does it need?', 'To know someone is staying.');
    await wren.fill(
      'What does the nurturing part of you want to say to it?',
      'I see you. I am not going anywhere.',
    );
    await seesSaved(wren);
    expect(await wren.lookAtEveryWay('nurturer-part-first-visit')).toEqual([]);
    await wren.click('Keep this');
    await wren.seesPageTitle('Parts of me');
    await wren.seesLink('the little one');
    await wren.sees('1 visit', { exact: false });
    expect(await wren.lookAtEveryWay('nurturer-parts-list')).toEqual([]);

    // Days later, back to the same part: what was written is there, and a new visit begins.
    const [part] = await wren.records('inner_part');
    if (!part) throw new Error('The part was not kept');
    await daysPassFor(wren, part, 4);
    await wren.reload();
    await wren.follow('the little one');
    await wren.seesPageTitle('The little one');
    await wren.seesHeading('Earlier visits');
    await wren.sees('I see you. I am not going anywhere.');
    await wren.click('Visit the little one again');
    await wren.seesHeading('Today’s visit');
    await wren.fill(
      'What does the nurturing part of you want to say to it?',
      'Still here. You did well today.',
    );
    await seesSaved(wren);
    expect(await wren.lookAtEveryWay('nurturer-part-return')).toEqual([]);
    expect(await lookAtBothScreens(wren, 'nurturer-part-return-view')).toEqual([]);
    await wren.click('Keep this');
    await wren.sees('2 visits', { exact: false });

    const [returned] = await wren.records('inner_part');
    expect(returned?.payload).toMatchObject({
      name: 'the little one',
      visits: [
        {
          feels: 'Scared that everyone will forget about me.',
          needs: 'To know someone is staying.',
          says: 'I see you. I am not going anywhere.',
        },
        { says: 'Still here. You did well today.' },
      ],
    });
    await wren.leave();
  });

  it('writes a back-and-forth with the inner nurturer, keeps it, and reads it again', async () => {
    const sol = await newcomer('sol');
    await sol.follow('Talking with my inner nurturer');
    await sol.seesPageTitle('Talking with my inner nurturer');
    await sol.sees('No dialogues yet');
    expect(await sol.lookAtEveryWay('nurturer-dialogues-empty')).toEqual([]);

    await sol.follow('Begin a dialogue');
    await sayTurn(
      sol,
      'What is on your mind, or what hurts, right now?',
      'I keep replaying the meeting and feeling foolish.',
      'Hear from your nurturer',
    );
    await sol.seesHeading('Your nurturer’s turn');
    await sol.field(NURTURER_PROMPTS[0]).waitFor();
    await sol.click('Another prompt');
    await sayTurn(
      sol,
      NURTURER_PROMPTS[1],
      'You spoke up when it was hard. One clumsy sentence does not undo that.',
      'Answer back',
    );
    await sol.fill('What do you want to say back?', 'Maybe. Part of me believes that.');
    await seesSaved(sol);
    expect(await sol.lookAtEveryWay('nurturer-dialogue-writing')).toEqual([]);
    expect(await lookAtBothScreens(sol, 'nurturer-dialogue-writing-view')).toEqual([]);
    await sol.click('Keep this dialogue');

    await sol.seesPageTitle('Talking with my inner nurturer');
    await sol.sees('3 turns', { exact: false });
    expect(await sol.lookAtEveryWay('nurturer-dialogues')).toEqual([]);
    const [dialogue] = await sol.records('nurturer_dialogue');
    expect(dialogue?.payload).toEqual({
      turns: [
        { who: 'me', text: 'I keep replaying the meeting and feeling foolish.' },
        { who: 'nurturer', text: 'You spoke up when it was hard. One clumsy sentence does not undo that.' },
        { who: 'me', text: 'Maybe. Part of me believes that.' },
      ],
    });

    // Reread, whole, and carried on.
    await sol.follow('I keep replaying the meeting and feeling foolish.');
    await sol.sees('You spoke up when it was hard. One clumsy sentence does not undo that.');
    await sol.sees('Maybe. Part of me believes that.');
    expect(await sol.lookAtEveryWay('nurturer-dialogue-reread')).toEqual([]);
    await sol.click('Carry on this dialogue');
    await sol.seesHeading('Your nurturer’s turn');
    await sol.leave();
  });
});
