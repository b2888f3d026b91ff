/**
 * Haven's feeling vocabulary, for step 2 of the check-in. Every meaning is
 * written for Haven in plain words; they describe how a feeling tends to sit,
 * not what it "should" mean, and none of them is a diagnosis.
 *
 * Feelings are placed on two axes: pleasantness (across) and energy (up).
 */

export const QUADRANTS = ['pleasant-high', 'pleasant-low', 'unpleasant-high', 'unpleasant-low'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface Feeling {
  word: string;
  /** One line, in Haven's words. */
  meaning: string;
  quadrant: Quadrant;
}

export const QUADRANT_LABELS: Readonly<Record<Quadrant, { label: string; hint: string }>> = {
  'pleasant-high': { label: 'Pleasant and lively', hint: 'Bright, warm feelings with energy in them.' },
  'pleasant-low': { label: 'Pleasant and calm', hint: 'Soft, easy feelings that let you settle.' },
  'unpleasant-high': {
    label: 'Unpleasant and stirred up',
    hint: 'Hard feelings with a lot of charge in them.',
  },
  'unpleasant-low': { label: 'Unpleasant and low', hint: 'Heavy or flat feelings that drain your energy.' },
};

const ph = (word: string, meaning: string): Feeling => ({ word, meaning, quadrant: 'pleasant-high' });
const pl = (word: string, meaning: string): Feeling => ({ word, meaning, quadrant: 'pleasant-low' });
const uh = (word: string, meaning: string): Feeling => ({ word, meaning, quadrant: 'unpleasant-high' });
const ul = (word: string, meaning: string): Feeling => ({ word, meaning, quadrant: 'unpleasant-low' });

export const FEELINGS: readonly Feeling[] = [
  // Pleasant, higher energy
  ph('joyful', 'Lit up from the inside, as if something is going right.'),
  ph('excited', 'Buzzing about something that is coming or just arrived.'),
  ph('delighted', 'A quick burst of pleasure at something lovely.'),
  ph('playful', 'In the mood to be silly, light and a bit mischievous.'),
  ph('energised', 'Plenty of fuel in the tank and ready to move.'),
  ph('enthusiastic', 'Keen to throw yourself into something.'),
  ph('inspired', 'An idea or a person has sparked something in you.'),
  ph('proud', 'Glad about something you did or who you are becoming.'),
  ph('confident', 'Trusting that you can handle what is in front of you.'),
  ph('hopeful', 'Sensing that things could turn out well.'),
  ph('amused', 'Something tickled you and a smile will not stay down.'),
  ph('curious', 'Wanting to know more, drawn towards something.'),
  ph('eager', 'Ready and wanting to begin.'),
  ph('elated', 'Lifted very high, almost floating with happiness.'),
  ph('thrilled', 'A rush of happy excitement all through you.'),
  ph('optimistic', 'Leaning towards the good outcome.'),
  ph('motivated', 'You have a reason to act and the push to do it.'),
  ph('alive', 'Awake to everything, senses switched on.'),
  ph('cheerful', 'In good spirits, with an easy brightness.'),
  ph('passionate', 'Caring about something with your whole heart.'),
  ph('adventurous', 'Up for something new, even a little risky.'),
  ph('affectionate', 'Warm towards someone and wanting to show it.'),
  ph('brave', 'Choosing to go ahead even with some fear present.'),
  ph('empowered', 'Feeling your own strength and say in things.'),
  ph('giddy', 'Light-headed with happiness, a little fizzy.'),
  ph('focused', 'Your attention is gathered and pointed in one direction.'),
  ph('determined', 'Set on something and not about to let it go.'),
  ph('awestruck', 'Stopped in your tracks by something vast or beautiful.'),
  ph('connected', 'Close to others or to the world, part of something.'),
  ph('loved', "Held in someone's care and feeling it land."),
  ph('alert', 'Awake and paying attention, without much charge either way.'),

  // Pleasant, lower energy
  pl('calm', 'Still and unhurried, nothing pulling at you.'),
  pl('content', 'What you have right now feels like enough.'),
  pl('peaceful', 'Quiet inside, with no battle going on.'),
  pl('relaxed', 'Muscles and mind have let go of their grip.'),
  pl('grateful', 'Noticing a good thing and feeling thankful for it.'),
  pl('safe', 'Free from threat, able to lower your guard.'),
  pl('secure', 'Steady underfoot, trusting that you will be okay.'),
  pl('tender', 'Soft and open, easily moved, in a gentle way.'),
  pl('relieved', 'A weight has lifted and you can breathe out.'),
  pl('cosy', 'Snug and sheltered, like being wrapped up warm.'),
  pl('serene', 'Deeply settled, like a lake with no wind.'),
  pl('comfortable', 'At ease in your body and your surroundings.'),
  pl('mellow', 'Easy-going and slow, with rough edges softened.'),
  pl('restful', 'Recovering, letting your reserves fill back up.'),
  pl('satisfied', 'Something you wanted has been met.'),
  pl('thoughtful', 'Turning something over gently in your mind.'),
  pl('reflective', 'Looking back or inward with a quiet mind.'),
  pl('accepting', 'Letting things be as they are, for now.'),
  pl('balanced', 'Not tipped too far in any one direction.'),
  pl('grounded', 'Feet on the floor, present and steady.'),
  pl('fulfilled', 'A sense that something meaningful is in place.'),
  pl('warm', 'A soft glow of kindness towards yourself or others.'),
  pl('trusting', 'Able to lean on someone or something without bracing.'),
  pl('nourished', 'Fed in body or spirit, with what you needed.'),
  pl('sleepy', 'Pleasantly drowsy, ready to drift off.'),
  pl('at ease', 'Nothing to prove, nothing to fix right now.'),
  pl('compassionate', "Moved by someone's pain, yours included, and wanting to help."),
  pl('whole', 'All the parts of you feel welcome and together.'),
  pl('soothed', 'Comforted, with the sharp edges smoothed over.'),
  pl('understood', 'Someone, maybe you, has really got what you meant.'),
  pl('okay', 'Neither up nor down; things are all right for now.'),
  pl('steady', 'Even and level, not pulled much either way.'),
  pl('neutral', 'No strong feeling either way, just here.'),

  // Unpleasant, higher energy
  uh('anxious', 'Worry running ahead of you, bracing for what might happen.'),
  uh('angry', 'Heat rising because something crossed a line.'),
  uh('frustrated', 'Blocked from something you want, and it grates.'),
  uh('irritated', 'Small things are rubbing you the wrong way.'),
  uh('overwhelmed', 'More is coming at you than you can take in.'),
  uh('stressed', 'Stretched by demands that feel bigger than your reserves.'),
  uh('scared', 'Sensing danger and wanting to get safe.'),
  uh('panicky', 'Fear rising fast, hard to think straight.'),
  uh('nervous', 'Jittery about something ahead of you.'),
  uh('restless', 'Unable to settle, wanting to move or change something.'),
  uh('jealous', 'Afraid of losing something or someone important to you.'),
  uh('envious', 'Wishing you had what someone else has.'),
  uh('resentful', 'Still carrying hurt from something that felt unfair.'),
  uh('defensive', 'Braced to protect yourself from blame or attack.'),
  uh('tense', 'Wound tight, body and mind on alert.'),
  uh('on edge', 'Jumpy, as if something could go wrong any second.'),
  uh('furious', 'Anger at full volume.'),
  uh('betrayed', 'Trust was broken by someone you relied on.'),
  uh('embarrassed', 'Wishing the moment had gone unseen.'),
  uh('ashamed', 'A painful sense that something about you is wrong. It is a feeling, not a fact.'),
  uh('guilty', 'Sensing you did something against what you value.'),
  uh('insecure', 'Unsure of your footing or your worth right now.'),
  uh('shocked', 'Caught off guard by something you did not see coming.'),
  uh('confused', 'Pulled in different directions, unsure what is going on.'),
  uh('worried', 'Turning a possible problem over and over.'),
  uh('agitated', 'Stirred up and unable to find stillness.'),
  uh('dreading', 'Wanting something ahead not to arrive.'),
  uh('hurt', 'Something landed painfully on a tender place.'),
  uh('exposed', 'Seen more than you wanted to be, without cover.'),
  uh('rejected', 'Feeling pushed away or left out.'),
  uh('mixed', 'Several feelings at once, pulling different ways.'),
  uh('unsure', 'Not yet knowing quite what you feel or want.'),
  uh('distracted', 'Attention scattered, hard to stay with one thing.'),

  // Unpleasant, lower energy
  ul('sad', 'Something matters and there is a loss or ache around it.'),
  ul('tired', 'Running low on energy and wanting rest.'),
  ul('lonely', 'Wanting closeness and not finding it right now.'),
  ul('disappointed', 'Something did not turn out the way you had hoped.'),
  ul('discouraged', 'Your confidence or hope has taken a knock.'),
  ul('drained', 'Emptied out, with little left to give.'),
  ul('bored', 'Nothing is holding your interest.'),
  ul('numb', 'Feelings seem far away or switched off for a while.'),
  ul('hopeless', 'Hard to picture things getting better right now.'),
  ul('heavy', 'Everything takes more effort, as if weighed down.'),
  ul('gloomy', 'A grey cloud hanging over your mood.'),
  ul('down', 'Lower than usual, spirits sagging.'),
  ul('weary', 'Worn by something that has gone on a long time.'),
  ul('burnt out', 'Used up after giving more than you had, for too long.'),
  ul('helpless', 'Unable to change what is happening, or so it feels.'),
  ul('homesick', 'Missing a place or people that feel like home.'),
  ul('grieving', 'Carrying the ache of someone or something lost.'),
  ul('bruised', 'A soft, lingering sore spot from something that happened.'),
  ul('left out', 'Others are together and you are not in it.'),
  ul('withdrawn', 'Pulled back into yourself, wanting distance.'),
  ul('apathetic', 'Struggling to care about things right now.'),
  ul('vulnerable', 'Open and easily hurt, without your usual shell.'),
  ul('regretful', 'Wishing you had chosen differently.'),
  ul('melancholy', 'A wistful sadness, sometimes with a little sweetness in it.'),
  ul('empty', 'A hollow place where feeling or meaning usually is.'),
  ul('ignored', 'Feeling unseen or unheard.'),
  ul('fragile', 'Easily knocked, as if you might crack.'),
  ul('stuck', 'Unable to move forward, going round in circles.'),
  ul('disconnected', 'Cut off from others or from yourself.'),
  ul('depleted', 'Your reserves are low and need refilling.'),
  ul('unmotivated', 'The wish to get going is hard to find.'),
  ul('so-so', 'Not good, not bad, somewhere in between.'),
  ul('flat', 'Little colour in your mood, neither bright nor dark.'),
];

/**
 * The quadrant for a point on the check-in pad. Both values run from -1 to 1.
 * Zero counts as the positive side on both axes: a point exactly in the middle
 * is 'pleasant-high'. Values outside the range are clamped, and anything that
 * is not a number is treated as zero.
 */
export function quadrantOf(pleasantness: number, energy: number): Quadrant {
  const p = Number.isFinite(pleasantness) ? pleasantness : 0;
  const e = Number.isFinite(energy) ? energy : 0;
  if (p >= 0) return e >= 0 ? 'pleasant-high' : 'pleasant-low';
  return e >= 0 ? 'unpleasant-high' : 'unpleasant-low';
}

export function feelingsFor(quadrant: Quadrant): readonly Feeling[] {
  return FEELINGS.filter((f) => f.quadrant === quadrant);
}

/**
 * Where a point sits, for choosing words and colours: one of the four
 * quadrants, or the middle, where it is neither clearly pleasant nor
 * unpleasant and the energy is middling. Each axis counts as near its middle
 * within `MIDDLE_REACH`, the same band the pad describes as "neither pleasant
 * nor unpleasant" and "middling energy".
 */
export type Region = Quadrant | 'middle';
export const REGIONS = [
  'pleasant-high',
  'pleasant-low',
  'middle',
  'unpleasant-high',
  'unpleasant-low',
] as const;
export const MIDDLE_REACH = 0.15;

export const MIDDLE_LABEL = {
  label: 'Somewhere in the middle',
  hint: 'Not much pull either way, in mood or in energy.',
} as const;

/** Words that fit a point near the middle of the pad: even, mixed or quiet, never joyful or despairing. */
export const MIDDLE_WORDS: readonly string[] = [
  'okay',
  'steady',
  'neutral',
  'so-so',
  'mixed',
  'unsure',
  'flat',
  'alert',
  'calm',
  'content',
  'balanced',
  'thoughtful',
  'reflective',
  'curious',
  'focused',
  'accepting',
  'tired',
  'bored',
  'restless',
  'distracted',
];

export function regionOf(pleasantness: number, energy: number): Region {
  const p = Number.isFinite(pleasantness) ? pleasantness : 0;
  const e = Number.isFinite(energy) ? energy : 0;
  if (Math.abs(p) < MIDDLE_REACH && Math.abs(e) < MIDDLE_REACH) return 'middle';
  return quadrantOf(p, e);
}

/** The label and hint for a region of the pad. */
export function regionLabel(region: Region): { label: string; hint: string } {
  return region === 'middle' ? MIDDLE_LABEL : QUADRANT_LABELS[region];
}

/** The words offered for a point on the pad: the middle's own near the centre, else its quadrant's. */
export function feelingsNear(pleasantness: number, energy: number): readonly Feeling[] {
  const region = regionOf(pleasantness, energy);
  if (region !== 'middle') return feelingsFor(region);
  return MIDDLE_WORDS.flatMap((word) => FEELINGS.filter((f) => f.word === word));
}

/** Lower case, with accents and curly quotes set aside, for forgiving matches. */
export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .trim();
}

/**
 * Feelings whose word or meaning contains the query. Words that start with
 * the query come first, then words containing it, then matches in the
 * meaning; each group keeps the vocabulary's order. An empty query finds nothing.
 */
export function searchFeelings(query: string): Feeling[] {
  const q = foldText(query).replace(/\s+/g, ' ');
  if (!q) return [];
  const wordStart: Feeling[] = [];
  const inWord: Feeling[] = [];
  const inMeaning: Feeling[] = [];
  for (const feeling of FEELINGS) {
    const word = foldText(feeling.word);
    if (word.startsWith(q) || word.split(/[\s-]/).some((part) => part.startsWith(q))) wordStart.push(feeling);
    else if (word.includes(q)) inWord.push(feeling);
    else if (foldText(feeling.meaning).includes(q)) inMeaning.push(feeling);
  }
  return [...wordStart, ...inWord, ...inMeaning];
}

/** The feeling with this exact word (case and accents aside), if Haven knows it. */
export function findFeeling(word: string): Feeling | undefined {
  const q = foldText(word);
  return FEELINGS.find((f) => foldText(f.word) === q);
}
