import type { Random } from './random.js';

/**
 * A sentence generator for synthetic journal text: enough vocabulary and
 * sentence shapes that search over ten years of entries means something.
 * Everything here is made up for the benchmark; none of it is shown in Haven.
 */

/** A word that appears in about one journal entry in sixty: what the search benchmark looks for. */
export const RARE_SEARCH_TERM = 'heron';

const OPENINGS = [
  'This morning',
  'Earlier today',
  'Around lunchtime',
  'After work',
  'Late tonight',
  'On the walk home',
  'Before bed',
  'Over breakfast',
  'Halfway through the afternoon',
  'While the kettle boiled',
  'On the early bus',
  'Just after the rain stopped',
  'Sometime in the evening',
  'At the end of a long week',
  'First thing',
  'During the meeting',
  'On Sunday',
  'Yesterday',
];

const PEOPLE = [
  'my sister',
  'my brother',
  'an old friend',
  'a friend from choir',
  'the neighbour downstairs',
  'someone at work',
  'my manager',
  'my partner',
  'my flatmate',
  'my cousin',
  'a stranger at the bakery',
  'the woman at the library desk',
  'my grandmother',
  'my therapist',
  'the climbing group',
  'the kids next door',
  'my dad',
  'my mum',
];

const PAST_VERBS = [
  'noticed',
  'remembered',
  'cooked',
  'finished',
  'tidied',
  'repaired',
  'planted',
  'painted',
  'watched',
  'found',
  'carried',
  'cleaned',
  'sorted',
  'wrote about',
  'talked about',
  'read about',
  'listened to',
  'searched for',
  'laughed about',
  'worried about',
  'thought about',
  'gave away',
  'borrowed',
  'photographed',
];

const ADJECTIVES = [
  'small',
  'quiet',
  'heavy',
  'bright',
  'crooked',
  'warm',
  'cold',
  'tangled',
  'soft',
  'noisy',
  'forgotten',
  'familiar',
  'strange',
  'patient',
  'dusty',
  'golden',
  'grey',
  'careful',
  'clumsy',
  'generous',
  'stubborn',
  'tender',
  'restless',
  'faded',
];

const THINGS = [
  'bicycle',
  'notebook',
  'teapot',
  'jacket',
  'letter',
  'photograph',
  'window box',
  'bookshelf',
  'blanket',
  'garden bench',
  'loaf of bread',
  'pot of soup',
  'old guitar',
  'jigsaw puzzle',
  'pair of boots',
  'drawer of cables',
  'map of the coast',
  'box of seeds',
  'umbrella',
  'sketchbook',
  'radio',
  'houseplant',
  'kite',
  'recipe card',
];

const RARE_THINGS = [
  'accordion',
  'marmalade',
  'lighthouse',
  'origami crane',
  'allotment',
  'ferry timetable',
  'lantern',
  'pottery wheel',
  'violin',
  'telescope',
  'quince',
  'sourdough starter',
  'kingfisher',
  'sea glass',
  'typewriter',
];

const PLACES = [
  'by the river',
  'in the garden',
  'at the market',
  'on the bus',
  'in the kitchen',
  'at the park',
  'on the balcony',
  'at the swimming pool',
  'in the corridor at work',
  'at the station',
  'on the hill behind the house',
  'in the car park',
  'at the corner shop',
  'by the canal',
  'in the waiting room',
  'on the beach',
  'at the library',
  'in bed',
];

const BODY = [
  'chest',
  'shoulders',
  'jaw',
  'stomach',
  'throat',
  'hands',
  'lower back',
  'forehead',
  'belly',
  'legs',
];

const FEELING_WORDS = [
  'calm',
  'restless',
  'tender',
  'irritated',
  'hopeful',
  'lonely',
  'grateful',
  'tired',
  'proud',
  'anxious',
  'relieved',
  'flat',
  'curious',
  'overwhelmed',
  'content',
  'ashamed',
  'playful',
  'sad',
  'steady',
  'embarrassed',
  'excited',
  'numb',
  'safe',
  'jealous',
];

const WANTS = [
  'hide under the covers',
  'call someone',
  'keep busy',
  'say no',
  'say yes to everything',
  'go for a run',
  'cancel my plans',
  'cry for a while',
  'make a list',
  'eat something warm',
  'sit in the sun',
  'send a long message',
  'stay quiet',
  'apologise again',
  'tidy the whole flat',
];

const CARE = [
  'drink a glass of water',
  'take the long way home',
  'put my phone in another room',
  'stretch for five minutes',
  'breathe out slowly a few times',
  'open the window',
  'put on the record I like',
  'text a friend',
  'go to bed early',
  'write three lines here',
  'make tea and sit down properly',
  'walk around the block',
  'wrap up in the blue blanket',
  'step outside and look at the sky',
];

const INSIGHTS = [
  'rest is not something I have to earn',
  'I can be kind to myself and still change things',
  'the feeling passes faster when I let it be there',
  'I do not need everyone to understand me',
  'small routines hold me up more than I thought',
  'I tend to go quiet when I am hurt',
  'asking for help gets a little easier each time',
  'I can say no without a long explanation',
  'my body notices things before my mind does',
  'being tired makes everything look bigger',
  'I was doing the best I could back then',
  'it is fine to want closeness and space on the same day',
];

const WEATHER = [
  'grey and drizzly',
  'bright and cold',
  'muggy',
  'windy all day',
  'soft and misty',
  'clear and still',
  'stormy by the evening',
  'warm for once',
];

const TAGS = [
  'evening',
  'morning',
  'work',
  'family',
  'friends',
  'body',
  'rest',
  'walks',
  'sleep',
  'gratitude',
  'boundaries',
  'creativity',
  'home',
  'food',
  'weekend',
  'noticing',
  'small wins',
  'hard day',
];

export const TITLE_STARTS = [
  'A slow start',
  'Notes from a busy day',
  'Something I keep thinking about',
  'After the phone call',
  'Quiet Sunday',
  'The walk',
  'Before sleep',
  'A small win',
  'Rain again',
  'What helped today',
  'Tangled thoughts',
  'Letter to myself',
  'Back from the trip',
  'The long week',
];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function thing(r: Random): string {
  if (r.chance(0.06)) return r.pick(RARE_THINGS);
  return r.pick(THINGS);
}

function place(r: Random): string {
  // The search term lives here, rarely, so a search for it finds a handful of entries a year.
  if (r.chance(0.004)) return `near the ${RARE_SEARCH_TERM} that stands by the weir`;
  return r.pick(PLACES);
}

const SHAPES: readonly ((r: Random) => string)[] = [
  (r) => `${r.pick(OPENINGS)}, I ${r.pick(PAST_VERBS)} the ${r.pick(ADJECTIVES)} ${thing(r)} ${place(r)}.`,
  (r) =>
    `${r.pick(OPENINGS)}, ${r.pick(PEOPLE)} and I ${r.pick(PAST_VERBS)} a ${r.pick(ADJECTIVES)} ${thing(r)}.`,
  (r) =>
    `I felt ${r.pick(FEELING_WORDS)} in my ${r.pick(BODY)} when ${r.pick(PEOPLE)} mentioned the ${thing(r)}.`,
  (r) => `Part of me wanted to ${r.pick(WANTS)}, and another part wanted to ${r.pick(WANTS)}.`,
  (r) => `It helped to ${r.pick(CARE)}.`,
  (r) => `I am slowly learning that ${r.pick(INSIGHTS)}.`,
  (r) => `The weather was ${r.pick(WEATHER)}, and I felt mostly ${r.pick(FEELING_WORDS)}.`,
  (r) =>
    `${capital(r.pick(PEOPLE))} ${r.pick(PAST_VERBS)} the ${thing(r)}, which left me ${r.pick(FEELING_WORDS)}.`,
  (r) => `Tomorrow I might ${r.pick(CARE)}, or not, and that is fine too.`,
  (r) => `I keep coming back to the ${r.pick(ADJECTIVES)} ${thing(r)} ${place(r)}.`,
  (r) => `When I slowed down, I noticed I was ${r.pick(FEELING_WORDS)} rather than ${r.pick(FEELING_WORDS)}.`,
  (r) =>
    `There was a moment ${place(r)} when everything felt ${r.pick(ADJECTIVES)} and ${r.pick(ADJECTIVES)}.`,
  (r) => `I would like to ${r.pick(CARE)} more often.`,
  (r) => `Note to self: ${r.pick(INSIGHTS)}.`,
];

export function sentence(r: Random): string {
  return r.pick(SHAPES)(r);
}

export function sentences(r: Random, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(sentence(r));
  return out.join(' ');
}

/** A journal body: mostly a paragraph or two, now and then a long evening's writing. */
export function journalBody(r: Random): string {
  const paragraphs = Math.max(1, Math.min(20, Math.round(Math.exp(r.normal(1.1, 0.8)))));
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) out.push(sentences(r, r.int(2, 7)));
  return out.join('\n\n');
}

export function journalTags(r: Random): string[] {
  return r.sample(TAGS, r.chance(0.5) ? 0 : r.int(1, 3));
}

export function journalTitle(r: Random): string {
  return r.chance(0.3) ? `${r.pick(TITLE_STARTS)} ${place(r)}` : r.pick(TITLE_STARTS);
}

export function careLine(r: Random): string {
  return capital(`${r.pick(CARE)}.`);
}

export function wantLine(r: Random): string {
  return r.pick(WANTS);
}

export function insightLine(r: Random): string {
  return capital(`${r.pick(INSIGHTS)}.`);
}

export function thingLine(r: Random): string {
  return `the ${r.pick(ADJECTIVES)} ${thing(r)}`;
}

export function personLine(r: Random): string {
  return r.pick(PEOPLE);
}

export function placeLine(r: Random): string {
  return place(r);
}

export function tagLine(r: Random): string {
  return r.pick(TAGS);
}
