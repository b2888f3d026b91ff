/**
 * The rule layer of crisis-language detection (detector.ts joins it with the
 * learned layer). Pure TypeScript, no network, no download; it returns only a
 * level and reason categories, never any of the text.
 *
 * How it works, in order:
 * 1. Normalise: lower case, straight quotes, no apostrophes ("don't" -> "dont"),
 *    common misspellings and text-speak mended, whitespace collapsed.
 * 2. Neutralise idioms and accidents ("this commute is killing me", "I'd die
 *    for a coffee", "cut myself chopping onions") so they cannot match.
 * 3. Match word-bounded patterns, grouped by category below.
 * 4. Adjust each match by its own clause: a negation just before it, a
 *    distant-past marker near it, a third person or a quotation as its
 *    subject, or an "if I ever..." each lower it by one step.
 * 5. Take the highest level; a few combinations (hopelessness with thoughts of
 *    death) raise it, but only between signs in nearby sentences: two ordinary
 *    paragraphs side by side must not add up to danger.
 *
 * It errs towards offering help: a missed person costs more than an unneeded
 * offer. It is a heuristic, not a clinical instrument.
 */

import { PARAGRAPH, learnedLevelOf, type Thresholds } from './classifier.js';
import { IDIOM_ROWS } from './table/idioms.js';
import { RISK_ROWS } from './table/risks.js';
import { compileIdiom, compileRisk, type Neutraliser, type Pattern } from './table/row.js';

export type RiskLevel = 'none' | 'concern' | 'urgent';

export const RISK_LEVELS = ['none', 'concern', 'urgent'] as const satisfies readonly RiskLevel[];

export const RISK_CATEGORIES = [
  'suicidal_thoughts',
  'self_harm',
  'harm_from_others',
  'hopelessness',
  'distress',
] as const;

export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export interface RiskResult {
  level: RiskLevel;
  categories: RiskCategory[];
}

/* ------------------------------------------------------------------------ */
/* 1. Normalisation                                                          */
/* ------------------------------------------------------------------------ */

/** Single words people commonly misspell or shorten, mapped to one spelling the patterns know. */
const WORD_FIXES: Readonly<Record<string, string>> = {
  kil: 'kill',
  kll: 'kill',
  kiling: 'killing',
  killin: 'killing',
  kilin: 'killing',
  kms: 'kill myself',
  ctb: 'kill myself',
  myslef: 'myself',
  mysef: 'myself',
  meself: 'myself',
  myselfe: 'myself',
  suicidle: 'suicidal',
  suicidel: 'suicidal',
  suicidial: 'suicidal',
  sucidal: 'suicidal',
  suicdal: 'suicidal',
  suisidal: 'suicidal',
  suacidal: 'suicidal',
  sucidial: 'suicidal',
  suicidale: 'suicidal',
  sucide: 'suicide',
  suicde: 'suicide',
  suiside: 'suicide',
  suicid: 'suicide',
  sucicide: 'suicide',
  suicie: 'suicide',
  wanna: 'want to',
  wana: 'want to',
  wnat: 'want',
  wnt: 'want',
  gonna: 'going to',
  gona: 'going to',
  tryna: 'trying to',
  dnt: 'dont',
  cnt: 'cant',
  ded: 'dead',
  dieing: 'dying',
  diying: 'dying',
  selfharm: 'self harm',
  selfharming: 'self harming',
  selfharmed: 'self harmed',
  hopless: 'hopeless',
  hopeles: 'hopeless',
  worthles: 'worthless',
  burdon: 'burden',
  alot: 'a lot',
  tonite: 'tonight',
  nite: 'night',
  u: 'you',
  ur: 'your',
  abt: 'about',
  thot: 'thought',
  thots: 'thoughts',
  wud: 'would',
  wld: 'would',
  cud: 'could',
  shud: 'should',
  ppl: 'people',
  noone: 'no one',
  no1: 'no one',
  every1: 'everyone',
  some1: 'someone',
  overdoze: 'overdose',
  harmin: 'harming',
  cuttin: 'cutting',
  hurtin: 'hurting',
  tierd: 'tired',
  panick: 'panic',
  anymor: 'anymore',
  anymre: 'anymore',
  bout: 'about',
  idk: 'i dont know',
  idc: 'i dont care',
  imma: 'i am going to',
  ima: 'i am going to',
  finna: 'going to',
  gunna: 'going to',
  wnna: 'want to',
  rn: 'right now',
  myslf: 'myself',
  mysel: 'myself',
  killmyself: 'kill myself',
  unalivin: 'unaliving',
  sewerslide: 'suicide',
  su1cide: 'suicide',
  suicidl: 'suicidal',
  suicudal: 'suicidal',
  sucidle: 'suicidal',
  sucidel: 'suicidal',
  overdosin: 'overdosing',
  dyin: 'dying',
  livin: 'living',
  existin: 'existing',
  wakeup: 'wake up',
  anymoree: 'anymore',
  evry1: 'everyone',
  evryone: 'everyone',
  nobdy: 'nobody',
  burdan: 'burden',
  cuting: 'cutting',
  cutin: 'cutting',
  hurtng: 'hurting',
};

const WORD_FIX = new Map(Object.entries(WORD_FIXES).map(([from, to]) => [from, to.split(' ')] as const));
/** Two-word mends, keyed by the first word then the second. */
const PAIR_FIX = new Map<string, ReadonlyMap<string, string>>([
  ['any', new Map([['more', 'anymore']])],
  ['my', new Map([['self', 'myself']])],
  ['no', new Map([['body', 'nobody']])],
  ['can', new Map([['not', 'cannot']])],
  ['want', new Map([['2', 'want to']])],
]);
/** "dye" followed by one of these is about colour; alone ("want to dye") it is almost always "die". */
const DYE_OBJECTS = new Set(
  'my her his their the it them a an some your our this that these those hair clothes shirt shirts fabric egg eggs wool yarn job pink blue red green black purple'.split(
    ' ',
  ),
);
const CONTRACTIONS = new Map([
  ['ll', ' will'],
  ['d', ' would'],
  ['re', ' are'],
  ['ve', ' have'],
]);
const TOKEN = /[a-z0-9]+|[.,!?;:"]+|¶/g;

/**
 * Splits text into normalised words and punctuation marks: lower case,
 * straight quotes, contractions expanded or closed up ("he'll" -> "he will",
 * "don't" -> "dont"), line breaks as full stops, other symbols dropped, common
 * misspellings mended.
 */
function tokenise(text: string): string[] {
  let s = text.toLowerCase();
  // Only the rare non-ASCII stretches need work: accents off, curly quotes straight, dashes as breaks.
  s = s.replace(/[^\p{ASCII}]+/gu, (run) =>
    run
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\u2018\u2019\u201B\u2032\u00B4\u02BC]/g, "'")
      .replace(/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/g, '"')
      .replace(/\u2026/g, '.')
      .replace(/[\u2013\u2014\u2015]/g, ' . '),
  );
  // The closed-up form of some contractions is another word (he'll -> hell), so expand those.
  if (s.includes("'") || s.includes('`')) {
    s = s.replace(/['`](ll|d|re|ve)\b|['`]/g, (_m, c: string | undefined) =>
      c ? (CONTRACTIONS.get(c) ?? '') : '',
    );
  }
  if (s.includes('\n')) s = s.replace(/\n\s*\n\s*/g, ' ¶ ').replace(/\n+/g, ' . ');
  const raw = withoutRepeats(s.match(TOKEN) ?? []);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = squeeze(raw[i] ?? '');
    const fixed = WORD_FIX.get(w);
    if (fixed) {
      out.push(...fixed);
      continue;
    }
    const pairs = PAIR_FIX.get(w);
    const pair = pairs?.get(raw[i + 1] ?? '');
    if (pair !== undefined) {
      out.push(...pair.split(' '));
      i++;
    } else if (w === 'dye') {
      out.push(DYE_OBJECTS.has(raw[i + 1] ?? '') ? w : 'die');
    } else {
      out.push(w);
    }
  }
  return out;
}

/** A word typed more times than this in a row is noise (a stuck key, a paste), not writing. */
const MAX_RUN = 50;

/** Drops every run of one word repeated more than MAX_RUN times in a row: it says nothing. */
function withoutRepeats(raw: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  let runStart = 0;
  for (let i = 1; i <= raw.length; i++) {
    if (i < raw.length && raw[i] === raw[runStart]) continue;
    if (i - runStart > MAX_RUN) out ??= raw.slice(0, runStart);
    else if (out) for (let j = runStart; j < i; j++) out.push(raw[j] ?? '');
    runStart = i;
  }
  return out ?? raw;
}

/**
 * Letters typed three or more times ("dieee", "sooo") back to a word the
 * detector knows: two of them if that is one ("killl" -> "kill"), else one.
 */
function squeeze(word: string): string {
  if (!/([a-z])\1\1/.test(word)) return word;
  const two = word.replace(/([a-z])\1{2,}/g, '$1$1');
  if (VOCABULARY.has(two) || WORD_FIX.has(two)) return two;
  const one = word.replace(/([a-z])\1+/g, '$1');
  return VOCABULARY.has(one) || WORD_FIX.has(one) ? one : two;
}

/** The normalised words and punctuation the patterns read. Exported for the learned layer. */
export function tokensForDetection(text: string): string[] {
  return tokenise(text);
}

/** The normalised text the patterns read: words and punctuation, single spaces. Exported for tests. */
export function normaliseForDetection(text: string): string {
  return tokenise(text).join(' ');
}

/* ------------------------------------------------------------------------ */
/* 2 and 3. The tables: idioms blanked out, then signs of risk               */
/* ------------------------------------------------------------------------ */

/*
 * The rows live in table/: idioms.ts (turns of phrase that look like risk and
 * are not, blanked before anything else is read) and risks.ts (the signs, each
 * with its level, reasons and examples). Each row's key words are derived
 * from its pattern (keys.ts).
 */
const PATTERNS: readonly Pattern[] = RISK_ROWS.map(compileRisk);
const NEUTRALISERS: readonly Neutraliser[] = IDIOM_ROWS.map(compileIdiom);

/* ------------------------------------------------------------------------ */
/* 4. Context: negation, distant past, third person, quotation, "if I ever"  */
/* ------------------------------------------------------------------------ */

/** Words that negate what follows closely ("I'm not going to hurt myself"). */
const NEGATORS = new Set([
  'not',
  'never',
  'dont',
  'doesnt',
  'wont',
  'wouldnt',
  'didnt',
  'havent',
  'hasnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'no',
  'nor',
  'shouldnt',
]);
/** A word between the negator and the match that means the negation is about something else. */
const NEGATION_BREAKERS = new Set([
  'anymore',
  'i',
  'im',
  'ive',
  'id',
  'know',
  'stop',
  'care',
  'understand',
  'why',
  'how',
  'what',
  'if',
  'whether',
  'sure',
  'but',
  'lie',
  'lying',
  'kidding',
  'joking',
  'mind',
  'matter',
  'and',
  'or',
  'so',
  'because',
  'when',
  'see',
  'help',
  'tell',
  'remember',
]);
/** After a denial, what it was really about ("I'm not suicidal, I just hate spreadsheets"). */
const CLARIFIED =
  /^\s*,?\s*(?:i|im|i am|i was|i would|it was|its) (?:just|only|simply)\b(?! (?:want|wanted|wish|cant|cannot|dont) )/;
/** "I can't do this anymore, this diet I mean": the writer names what they meant, and it is a thing. */
const SPECIFIED = /^\s*,?\s*(?:this|that|the|my) \w+(?: \w+)? i mean\b/;
/** A clarification that still carries distress ("I'm just very low") keeps the gentle offer. */
const FELT_BAD =
  /\b(?:low|sad|awful|down|exhausted|miserable|struggling|overwhelmed|hopeless|empty|numb|depressed|anxious|scared|lonely|hurting|pain|broken|terrible|horrible|lost|alone|tired|crying)\b/;
/** Right after the match, these undo a negation ("not going to hurt myself yet"). */
const NEGATION_UNDONE = /^\s*(?:yet|tonight|today|right now)\b/;
/** A negated death wish followed by these is a life goal ("don't want to die without seeing Japan"). */
const LIFE_GOAL = /^\s*(?:without|before|until|alone|young|in (?:a|an|my) \w+|of (?:old age|boredom))\b/;

/** Markers of a distant past, searched near the match ("I used to want to die, years ago"). */
const PAST =
  /\b(?:(?:\w+ )?(?:years|decades) ago (?:this (?:week|month)|today|to the day)|its been (?:\w+ ){1,2}(?:years|decades) since|used to|years ago|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|many|several|couple of|\d+) (?:years|decades) ago|a long time ago|long ago|(?:when|while) i was (?:a |an |in |at )?(?:younger|young|little|small|kid|child|teen|teenager|student|school|uni|university|college|high school|my teens|my twenties|year \d+|\d+|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?: \w+)?)|as a (?:kid|child|teen|teenager|student|young \w+)|back then|there was a time|in (?:19|20)\d\d|(?:a|one|two|over a) decades? ago|from my (?:teens|twenties|student days|uni days|school days)|back when|back in (?:school|the day|\d+|uni|college|high school)|in the past|in my (?:(?:early|mid|late) )?(?:teens|twenties|thirties|20s|30s|past)|growing up|last year|no longer|recovered|(?:in a )?better place(?: now)?|(?:better|okay|ok|fine|safe|well) now|got (?:help|through (?:it|that))|(?:for|in) (?:a|one|two|three|\d+|many) (?:years?|months?) (?:now|today)|clean (?:for|from|of)|\d+ (?:days?|weeks?|months?|years?) clean|old (?:scars|self harm)|scars)\b/g;
/** Markers that the thing is happening now, which outweigh a past marker. */
const PRESENT =
  /\b(?:again|still|now|right now|tonight|today|these days|lately|recently|this (?:week|month|morning|evening|year)|back|anymore|currently|every day|every night)\b/;

/** Pronouns that decide whose wish it is; the nearest one before the match wins. */
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'me', 'myself', 'id']);
const THIRD_PERSON = new Set([
  'we',
  'us',
  'he',
  'she',
  'they',
  'hes',
  'shes',
  'theyre',
  'theyve',
  'hed',
  'shed',
  'theyd',
  'you',
  'youre',
  'him',
  'her',
  'them',
]);
/** Nouns that make someone else the subject when no pronoun is nearer. */
const THIRD_NOUNS = new Set([
  'character',
  'narrator',
  'protagonist',
  'hero',
  'heroine',
  'villain',
  'singer',
  'author',
  'friend',
  'sister',
  'brother',
  'mum',
  'mom',
  'mam',
  'dad',
  'father',
  'mother',
  'parent',
  'cousin',
  'aunt',
  'uncle',
  'son',
  'daughter',
  'grandma',
  'grandad',
  'grandpa',
  'granny',
  'colleague',
  'coworker',
  'classmate',
  'roommate',
  'flatmate',
  'housemate',
  'partner',
  'husband',
  'wife',
  'boyfriend',
  'girlfriend',
  'someone',
  'somebody',
  'people',
  'person',
  'man',
  'woman',
  'guy',
  'girl',
  'boy',
  'kid',
  'patient',
  'patients',
  'client',
  'clients',
  'caller',
  'callers',
  'student',
  'students',
  'colleagues',
  'friends',
  'song',
  'lyrics',
  'lyric',
  'book',
  'novel',
  'film',
  'movie',
  'show',
  'poem',
  'story',
  'article',
  'podcast',
  'documentary',
  'episode',
  'series',
]);
/** Someone else reported as saying it ("she told me she wants to..."). */
const REPORTED =
  /\b(?:he|she|they|someone|somebody|character|narrator|singer|song|lyrics?|friend|sister|brother|mum|mom|dad|colleague|coworker|classmate|roommate|flatmate|client|patient|book|film|movie|poem)\b(?:\s+\w+){0,3}?\s+(?:said|says|saying|told|tells|telling|wrote|writes|texted|texts|messaged|posted|admitted|mentioned|confessed|sang|sings|goes)\b/;
/** A quotation closed and credited to its speaker: '..." she said'. Captures the speaker. */
const SAID_AFTER =
  /^[^"]*"\s*(?:,\s*)?(\w+)(?:\s+\w+)?\s+(?:said|says|sang|sings|wrote|writes|whispered|yelled|shouted|screamed|asked|goes|went|texted|posted|told)\b/;
/** "If I ever feel like hurting myself, I'll call..." is a plan, not a present wish. */
const CONDITIONAL =
  /\b(?:if|in case|should|whenever) (?:i|im) (?:ever |start to |start |begin to |get |notice |have |am |feel )+(?:\w+\s+){0,3}$/;

const TOKEN_RE = /[a-z0-9]+/g;

function tokens(s: string): string[] {
  return s.match(TOKEN_RE) ?? [];
}

function isNegated(before: string, after: string): boolean {
  const words = tokens(before).slice(-6);
  let negatorAt = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w !== undefined && NEGATORS.has(w)) {
      negatorAt = i;
      break;
    }
  }
  if (negatorAt < 0) return false;
  const between = words.slice(negatorAt + 1);
  // "no longer" is a negator too; "not going to", "never ever" are allowed up to four words.
  if (between.length > 4) return false;
  if (between.some((w) => NEGATION_BREAKERS.has(w))) return false;
  return !NEGATION_UNDONE.test(after);
}

/** How often a past habit happened: not a sign that it is happening now. */
const HABIT = /\b(?:every|most) (?:day|night|days|nights|morning|week)\b/g;

function isDistantPast(window: string): boolean {
  PAST.lastIndex = 0;
  if (!PAST.test(window)) return false;
  PAST.lastIndex = 0;
  // A present marker outweighs it, unless it was part of the past phrase itself ("better now"),
  // or how often a past habit happened ("I used to want to die every day").
  const rest = window.replace(PAST, ' ');
  return !PRESENT.test(rest.replace(HABIT, ' '));
}

/** Words that make a thing, not a person, the subject ("my plants are going to die"). */
const THING_WORDS = new Set([
  'my',
  'the',
  'a',
  'an',
  'our',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'everything',
  'something',
  'your',
  'his',
  'their',
]);

const THING_VERBS = new Set([
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  's',
  'going',
  'has',
  'have',
  'had',
  'keeps',
  'seems',
  'might',
  'could',
  'can',
  'should',
]);

/**
 * Who is the subject just before a match: the writer, another person, or a
 * thing. With no subject in sight ("want to die."), the writer, as journals
 * drop the "I".
 */
function subjectOf(before: string): 'self' | 'person' | 'thing' {
  const words = tokens(before).slice(-8);
  // Past an "and", the subject is a pronoun further back ("I miss my dad and want to die").
  let pronounsOnly = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w === undefined) continue;
    if (FIRST_PERSON.has(w)) return 'self';
    if (THIRD_PERSON.has(w)) return 'person';
    if (w === 'and' || w === 'then') pronounsOnly = true;
    if (pronounsOnly) continue;
    if (THIRD_NOUNS.has(w)) return 'person';
    // "my plants are going to die": a determiner, perhaps a noun, then a verb.
    // One right against the match belongs to it ("the urge to cut").
    if (
      THING_WORDS.has(w) &&
      i < words.length - 1 &&
      (THING_VERBS.has(words[i + 1] ?? '') || THING_VERBS.has(words[i + 2] ?? ''))
    )
      return 'thing';
  }
  return 'self';
}

function isThirdPerson(before: string, pattern: Pattern): boolean {
  if (REPORTED.test(before)) return true;
  if (pattern.selfEvident) return false;
  const words = tokens(before).slice(-10);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w === undefined) continue;
    if (FIRST_PERSON.has(w)) return false;
    if (THIRD_PERSON.has(w)) return true;
  }
  return words.some((w) => THIRD_NOUNS.has(w));
}

/* ------------------------------------------------------------------------ */
/* 5. Putting it together                                                    */
/* ------------------------------------------------------------------------ */

/** Words that start a new clause; punctuation (. ! ? ; :) does too. */
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas']);
const isClauseBreak = (token: string): boolean =>
  CLAUSE_WORDS.has(token) || '.!?;:¶'.includes(token[0] ?? ' ');

/** For each key word, the patterns and neutralisers that need it. */
interface KeyEntry {
  patterns: number[];
  neutralisers: number[];
}
const KEYS = new Map<string, KeyEntry>();
function addKeys(entries: readonly { keys: readonly string[] }[], field: keyof KeyEntry): void {
  entries.forEach((entry, i) => {
    for (const key of entry.keys) {
      let e = KEYS.get(key);
      if (!e) KEYS.set(key, (e = { patterns: [], neutralisers: [] }));
      if (!e[field].includes(i)) e[field].push(i);
    }
  });
}
addKeys(PATTERNS, 'patterns');
addKeys(NEUTRALISERS, 'neutralisers');

/** Every word the tables spell out: a word typed with a letter held down ("killl") is mended to one of these. */
const VOCABULARY: ReadonlySet<string> = new Set(
  [...PATTERNS, ...NEUTRALISERS].flatMap(
    (row) => row.re.source.replace(/\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}/g, ' ').match(/[a-z0-9]+/g) ?? [],
  ),
);

/** Long runs without punctuation are read in overlapping stretches, so a match is never cut in two. */
const CHUNK = 48;
const OVERLAP = 20;

interface Hit {
  level: Exclude<RiskLevel, 'none'>;
  categories: readonly RiskCategory[];
  lowered: boolean;
  pattern: number;
  /** Roughly where in the text, in words, so one match read twice counts once. */
  at: number;
  finality: boolean;
  quiet: boolean;
  /** Lowered because it was told as the distant past. */
  past: boolean;
  /** A farewell word an everyday departure nearby can explain. */
  departure: boolean;
}

/** A sentence that reviews a film, book or song: someone else's words there are no sign at all. */
const MEDIA =
  /\b(?:film|movie|book|novel|show|series|episode|song|album|play|documentary|podcast|game|character|lyrics?|chapter|season)\b/;
const REVIEW =
  /\b(?:hopeful|uplifting|beautifully|bleak|gripping|haunting|heartbreaking|moving|beautiful|brilliant|incredible|amazing|great|recommend\w*|acting|performance|plot|soundtrack|stuck in my head|powerful|stunning|masterpiece|review|well written|cried|gets me|catchy)\b/;

const RANK: Record<RiskLevel, number> = { none: 0, concern: 1, urgent: 2 };
const lower = (level: Hit['level']): RiskLevel => (level === 'urgent' ? 'concern' : 'none');
const ascending = (a: number, b: number): number => a - b;

function countQuotes(s: string, end: number): { count: number; last: number } {
  let count = 0;
  let last = -1;
  for (let i = s.indexOf('"'); i >= 0 && i < end; i = s.indexOf('"', i + 1)) {
    count++;
    last = i;
  }
  return { count, last };
}

/** The state of the text just before a stretch of words: inside a quotation or not, and who is quoted. */
interface QuoteState {
  quoted: boolean;
  context: string;
}

/** Runs the patterns keyed by words in `words[from, to)` over that stretch and records what they find. */
function readStretch(
  words: readonly string[],
  from: number,
  to: number,
  quote: QuoteState,
  hits: Hit[],
  review: boolean,
  guards: Guards,
): void {
  const patternIds = new Set<number>();
  const neutraliserIds = new Set<number>();
  for (let i = from; i < to; i++) {
    const entry = KEYS.get(words[i] ?? '');
    if (!entry) continue;
    for (const id of entry.patterns) patternIds.add(id);
    for (const id of entry.neutralisers) neutraliserIds.add(id);
  }
  if (patternIds.size === 0) return;

  let clause = words.slice(from, to).join(' ');
  for (const id of [...neutraliserIds].sort(ascending)) {
    const neutraliser = NEUTRALISERS[id];
    if (!neutraliser) continue;
    const blanked = clause.replace(neutraliser.re, ' _ ');
    if (blanked !== clause) {
      guards.idiom = true;
      tracing?.idioms.add(neutraliser.id);
    }
    clause = blanked;
  }
  for (const id of [...patternIds].sort(ascending)) {
    const pattern = PATTERNS[id];
    if (!pattern) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(clause); m; m = pattern.re.exec(clause)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const before = clause.slice(0, start);
      const after = clause.slice(end);

      const negated = isNegated(before, after);
      if (negated) guards.negated = true;
      if (negated && pattern.deathWish && LIFE_GOAL.test(after)) continue;
      const past =
        !pattern.anySubject &&
        isDistantPast(clause.slice(Math.max(0, start - 60), Math.min(clause.length, end + 60)));

      let third = false;
      if (pattern.needsSelf) {
        const subject = subjectOf(before);
        if (subject === 'thing') {
          guards.idiom = true;
          continue;
        }
        third = subject === 'person';
      }
      if (!third && !pattern.fromOthers && !pattern.anySubject) {
        const quotes = countQuotes(clause, start);
        const opensHere = quotes.count % 2 === 1;
        if (quote.quoted !== opensHere) {
          // Whose words are these? Look before the opening quote, whatever the wording.
          const context = opensHere
            ? clause.slice(Math.max(0, quotes.last - 80), quotes.last)
            : quote.context;
          third = isThirdPerson(context, { ...pattern, selfEvident: false });
          // Or after the closing quote: '"...," she sang'.
          const said = SAID_AFTER.exec(after);
          if (!third && said) third = !FIRST_PERSON.has(said[1] ?? '');
        } else {
          third = isThirdPerson(before, pattern);
        }
      }
      const conditional = !pattern.fromOthers && CONDITIONAL.test(before);

      if (third) guards.thirdPerson = true;
      if (past) guards.past = true;
      if (third && review) continue;
      if (conditional) guards.negated = true;
      const lowered = negated || past || third || conditional;
      if (lowered && pattern.quiet) continue;
      // "I'm not suicidal, I just hate spreadsheets": a denial and then what it was really about.
      if (negated && CLARIFIED.test(after) && !FELT_BAD.test(after)) continue;
      if (pattern.level === 'concern' && SPECIFIED.test(after)) {
        guards.idiom = true;
        continue;
      }
      if (!lowered && !pattern.quiet) guards.direct = true;
      const level = lowered ? lower(pattern.level) : pattern.level;
      const at = from + tokens(before).length;
      if (tracing) (lowered ? tracing.lowered : tracing.caught).add(pattern.id);
      if (level !== 'none')
        hits.push({
          level,
          categories: pattern.categories,
          lowered,
          pattern: id,
          at,
          finality: pattern.finality === true,
          quiet: pattern.quiet === true,
          past: past && !negated && !third && !conditional,
          departure: pattern.departure === true,
        });
    }
  }
}

/**
 * How the two layers' readings make one level. Mirrored by the training
 * script, which chooses the thresholds for exactly this reading.
 *
 * - Where the text gave the model nothing to read, the rules decide alone.
 * - The model has read thousands of everyday passages the rules were never
 *   tuned on: where it is sure a passage is ordinary, a raise by the rules
 *   alone (an idiom they did not know) is set aside.
 * - Otherwise the rules' urgent stands.
 * - Where the rules saw a guard (an idiom, a denial, someone else's words, the past),
 *   the model is heard only when it is all but certain of urgent risk.
 * - Otherwise the higher of the two levels wins.
 */
export function combineLevels(
  rules: RiskLevel,
  guarded: boolean,
  learned: { risk: number; urgent: number; read: boolean },
  t: Thresholds,
): RiskLevel {
  if (!learned.read) return rules;
  if (rules !== 'none' && learned.risk < t.veto && learned.urgent < t.veto) return 'none';
  if (rules === 'urgent') return rules;
  if (guarded) return learned.urgent >= t.guardOverride ? 'urgent' : rules;
  const model = learnedLevelOf(learned, t);
  return RANK[model] > RANK[rules] ? model : rules;
}

/**
 * The learned layer may raise the level, unless the rules saw an idiom, a
 * denial, someone else's words, a thing as the subject or a sign told as the
 * distant past, and found no sign of their own that held.
 */
export function isGuarded(guards: Guards): boolean {
  return !guards.direct && (guards.idiom || guards.negated || guards.thirdPerson || guards.past);
}

/** What the rules noticed that should hold back a raise from the learned layer alone. */
export interface Guards {
  /** A sign the rules found and did not lower. */
  direct: boolean;
  /** An idiom was blanked out ("this commute is killing me"), a thing was the subject, or hair dye stayed dye. */
  idiom: boolean;
  /** A sign was denied ("I'm not going to hurt myself"). */
  negated: boolean;
  /** A sign belonged to someone else: reported, quoted, or a character. */
  thirdPerson: boolean;
  /** A sign was told as the distant past with nothing marking it as now ("years ago I used to cut"). */
  past: boolean;
}

/** The rule layer alone, with its guards. Exported for the training script and tests. */
export function detectRiskByRules(text: string): RiskResult & { guards: Guards } {
  return readRules(tokenise(text));
}

/** The rule layer over words already normalised by `tokensForDetection`. */
export function readRules(words: readonly string[]): RiskResult & { guards: Guards } {
  const guards: Guards = {
    direct: false,
    idiom: words.includes('dye'),
    negated: false,
    thirdPerson: false,
    past: false,
  };
  const hits: Hit[] = [];
  const reviewAt = reviewSentences(words);

  // Quotation state at each clause start: quotes can span clauses.
  let quoted = false;
  let context = '';
  let clauseStart = 0;
  let keyed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (!keyed && KEYS.has(word)) keyed = true;
    const last = i === words.length - 1;
    const breaks = last || isClauseBreak(word);
    if (breaks && keyed) {
      const state = { quoted, context };
      const end = i + 1;
      if (end - clauseStart <= CHUNK) {
        readStretch(words, clauseStart, end, state, hits, reviewAt[clauseStart] === true, guards);
      } else {
        for (let from = clauseStart; from < end; from += CHUNK - OVERLAP) {
          readStretch(
            words,
            from,
            Math.min(end, from + CHUNK),
            quoteStateAt(words, clauseStart, from, state),
            hits,
            reviewAt[from] === true,
            guards,
          );
          if (from + CHUNK >= end) break;
        }
      }
    }
    if (word.includes('"')) {
      for (const ch of word) {
        if (ch !== '"') continue;
        quoted = !quoted;
        if (quoted) context = words.slice(Math.max(0, i - 12), i).join(' ');
      }
    }
    if (breaks) {
      clauseStart = i + 1;
      keyed = false;
    }
  }

  const held = explainAway(hits, words, guards);

  let level: RiskLevel = 'none';
  for (const hit of held) if (!hit.quiet && RANK[hit.level] > RANK[level]) level = hit.level;

  // Combinations a clinician would read as more than the sum of their parts:
  // hopelessness beside thoughts of death, or two different signs of a farewell.
  // Supporting signs (quiet hits) count here, never on their own. Only signs in
  // nearby sentences combine: a memory-clinic visit in one paragraph and a trip
  // away in the next are two ordinary things, not a farewell.
  if (level !== 'urgent' && held.length > 1) {
    const sentence = sentenceOf(words);
    if (level === 'none' ? quietPair(held, sentence) : combined(held, sentence)) level = 'urgent';
  }
  if (level === 'none') return { level, categories: [], guards };

  const found = new Set<RiskCategory>();
  for (const hit of held) for (const c of hit.categories) found.add(c);
  return { level, categories: RISK_CATEGORIES.filter((c) => found.has(c)), guards };
}

/*
 * Everyday explanations read around a sign, in its own sentence and the ones
 * either side (never past a paragraph's end):
 * - recovery told in the past tense: a sign told as the distant past, beside
 *   a word of recovery ("proud", "well now", "ten years clean"), is a story
 *   of getting through, unless anything in the text says it is back now;
 * - an everyday departure: a farewell word (a goodbye, not being around)
 *   beside a move, a new job, a trip or a leaving do is that departure,
 *   unless something beside it speaks of an ending for good.
 * Either holds back the learned layer as an idiom or the past does.
 */
const RECOVERY =
  /\b(?:proud|glad|grateful|thankful|(?:well|better|okay|ok|fine|safe|happy|good|healthy) now|recovered|recovery|survivor|still here|(?:got|get|came|come|made it) (?:me |us )?through|(?:im|i am) (?:doing )?(?:well|better|great)(?! than)|life is (?:good|full|great|kind)|glad i (?:stayed|held on|didnt)|(?:days?|weeks?|months?|years?) (?:clean|free|since)|clean (?:for|since)|far (?:ive|i have|weve|we have) come|changed everything|turned (?:it|things|my life) around|(?:in|to) a (?:good|better) place|life is good|(?:glad|happy) to be (?:here|alive))\b/;
/** Anywhere in the text, these say the old trouble is here now. */
const BACK_NOW =
  /\b(?:again|relaps\w*|lately|recently|tonight|these days|right now|at the moment|started (?:again|back)|back to (?:cutting|hurting|thinking)|still (?:want|wanting|think|thinking|feel|feeling|cut|cutting|hurt|hurting|wish|wishing)|(?:want|wanting|need|needing|urge|urges) to (?:die|cut|hurt|disappear|end)|cant stop|cannot stop|struggling|(?:but|though) (?:today|tonight|this week|lately)|(?:today|tonight|this week|this morning|lately) (?:was|is|has been|feels|felt) (?:\w+ )?(?:rough|hard|awful|bad|dark|heavy|tough|terrible|horrible|low))\b/;
const DEPARTURE =
  /\b(?:mov(?:e|ed|ing) (?:to|back|house|out|in|abroad|away|across|flat|home)|moving|emigrat\w*|relocat\w*|new (?:job|flat|house|home|city|country|school|role|team|post)|leaving (?:do|drinks|party|card|present|the (?:job|company|agency|firm|office|bank|school|team))|farewell (?:drinks|party|do|lunch|dinner)|retir\w*|(?:last|final) (?:day|shift|week|lesson) (?:at|of|in|with)|handed (?:back|in) (?:my|the) (?:keys|badge|notice|laptop)|notice|(?:flight|flights|holiday|trip|travels?|travelling|traveling|lease|tenancy|visa|abroad|gap year|university|uni|college|semester|deployment|posting|placement|secondment|contract)\b|packing|packed|boxes|removal (?:van|men|company)|the move)\b/;
/** Beside a departure, these keep a farewell word a farewell. */
const FOR_GOOD =
  /\b(?:for good|forever|for ever|never (?:see|come back|coming back|return)|not coming back|wont (?:be back|see (?:you|them|anyone))|the end(?! of (?:an era|something|a chapter|the (?:month|week|year|term|lease|season|tenancy)))|last time|no one (?:knows|will know)|nobody (?:knows|will know)|they dont know|better off|without me|world|life|alive|die|dying|dead|death|suicid\w*|kill|end it|pills|tablets|rope|bridge|note|letter|letters|burden|tired of|cant (?:do|go on|keep)|no point|pointless|hopeless|worthless)\b/;

/** The text of the sentences around each sentence number, within one paragraph. */
function sentencesAround(words: readonly string[], sentence: Uint32Array, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const s = sentence[i] ?? 0;
    if (s + 1 >= n && s <= n + 1) out.push(words[i] ?? '');
  }
  return out.join(' ');
}

/** Drops the hits an everyday explanation nearby accounts for (see RECOVERY and DEPARTURE). */
function explainAway(hits: readonly Hit[], words: readonly string[], guards: Guards): readonly Hit[] {
  if (!hits.some((h) => h.past || h.departure)) return hits;
  const sentence = sentenceOf(words);
  const whole = words.join(' ');
  const backNow = BACK_NOW.test(whole);
  const around = new Map<number, string>();
  const near = (h: Hit): string => {
    const n = sentence[h.at] ?? 0;
    let text = around.get(n);
    if (text === undefined) around.set(n, (text = sentencesAround(words, sentence, n)));
    return text;
  };
  const held = hits.filter((h) => {
    if (h.past && !backNow && RECOVERY.test(near(h))) return false;
    if (h.departure && !h.lowered) {
      const text = near(h);
      if (DEPARTURE.test(text) && !FOR_GOOD.test(text)) {
        guards.idiom = true;
        return false;
      }
    }
    return true;
  });
  if (held.length === hits.length) return hits;
  if (tracing) {
    tracing.caught.clear();
    tracing.lowered.clear();
    for (const h of held) {
      const id = PATTERNS[h.pattern]?.id;
      if (id) (h.lowered ? tracing.lowered : tracing.caught).add(id);
    }
  }
  return held;
}

/** Signs combine only within this many sentences of each other, and this many words, in one paragraph. */
const NEAR_SENTENCES = 1;
const NEAR_WORDS = 60;

/** For each word, the number of its sentence; a paragraph's end puts the next one out of reach. */
function sentenceOf(words: readonly string[]): Uint32Array {
  const out = new Uint32Array(words.length);
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    out[i] = n;
    const w = words[i] ?? ' ';
    if (w === PARAGRAPH) n += NEAR_SENTENCES + 1;
    else if ('.!?'.includes(w[0] ?? ' ')) n++;
  }
  return out;
}

/** Whether some sign in `a` and a different sign in `b` sit close enough to be read together. */
function nearPair(
  a: readonly Hit[],
  b: readonly Hit[],
  sentence: Uint32Array,
  different: (x: Hit, y: Hit) => boolean,
): boolean {
  for (const x of a) {
    for (const y of b) {
      if (Math.abs(x.at - y.at) > NEAR_WORDS) continue;
      if (Math.abs((sentence[x.at] ?? 0) - (sentence[y.at] ?? 0)) > NEAR_SENTENCES) continue;
      if (different(x, y)) return true;
    }
  }
  return false;
}

const otherPattern = (x: Hit, y: Hit): boolean => x.pattern !== y.pattern;
const otherPlace = (x: Hit, y: Hit): boolean => x.at !== y.at;

/** Two different supporting signs close together: urgent, though neither is anything alone. */
function quietPair(hits: readonly Hit[], sentence: Uint32Array): boolean {
  const quiet = hits.filter((h) => !h.lowered && h.quiet);
  return nearPair(quiet, quiet, sentence, otherPattern);
}

/** Whether a concern turns urgent: signs that, close together, mean more than each alone. */
function combined(hits: readonly Hit[], sentence: Uint32Array): boolean {
  const direct = hits.filter((h) => !h.lowered);
  const has = (c: RiskCategory) => (h: Hit) => h.categories.includes(c);
  const hopeless = direct.filter(has('hopelessness'));
  const deathThoughts = direct.filter(has('suicidal_thoughts'));
  if (nearPair(hopeless, deathThoughts, sentence, () => true)) return true;
  if (nearPair(deathThoughts, deathThoughts, sentence, otherPattern)) return true;
  // Farewells and preparations: two of them, or one beside hopelessness, self-harm or thoughts of death.
  const final = direct.filter((h) => h.finality);
  if (nearPair(final, final, sentence, otherPlace)) return true;
  const otherSigns = direct.filter(
    (h) =>
      !h.finality &&
      (h.categories.includes('hopelessness') ||
        h.categories.includes('self_harm') ||
        h.categories.includes('suicidal_thoughts')),
  );
  if (nearPair(final, otherSigns, sentence, () => true)) return true;
  // Two separate signs of self-harm ("I deserve to suffer ... I hid the blades").
  const selfHarm = direct.filter(has('self_harm'));
  if (nearPair(selfHarm, selfHarm, sentence, otherPlace)) return true;
  // Someone close turning up or watching, and the writer afraid: two signs of danger from others.
  const others = direct.filter(has('harm_from_others'));
  return nearPair(others, others, sentence, otherPlace);
}

/** For each word, whether its sentence reads as a review of a film, book or song. */
function reviewSentences(words: readonly string[]): boolean[] {
  const out: boolean[] = new Array<boolean>(words.length).fill(false);
  let start = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    if (w !== undefined && !'.!?¶'.includes(w[0] ?? ' ')) continue;
    const sentence = words.slice(start, i + 1).join(' ');
    if (MEDIA.test(sentence) && REVIEW.test(sentence)) out.fill(true, start, i + 1);
    start = i + 1;
  }
  return out;
}

/** The quotation state part-way through a long clause. */
function quoteStateAt(words: readonly string[], from: number, to: number, start: QuoteState): QuoteState {
  let { quoted, context } = start;
  for (let i = from; i < to; i++) {
    const word = words[i] ?? '';
    if (!word.includes('"')) continue;
    for (const ch of word) {
      if (ch !== '"') continue;
      quoted = !quoted;
      if (quoted) context = words.slice(Math.max(0, i - 12), i).join(' ');
    }
  }
  return { quoted, context };
}

/** Which rows of the tables a text set off, for the tables' own tests. */
export interface Trace {
  /** Risk rows that matched and held (not lowered by a denial, the past or someone else's words). */
  caught: Set<string>;
  /** Risk rows that matched but were lowered. */
  lowered: Set<string>;
  /** Idiom rows that blanked something out. */
  idioms: Set<string>;
}

let tracing: Trace | undefined;

/** Reads a text with the rule layer and reports which rows it set off. For tests and tools only. */
export function traceRules(text: string): Trace & { level: RiskLevel } {
  const trace: Trace = { caught: new Set(), lowered: new Set(), idioms: new Set() };
  tracing = trace;
  try {
    return { ...trace, level: readRules(tokenise(text)).level };
  } finally {
    tracing = undefined;
  }
}

/** Internals, exported only so tests can check every pattern's key words. */
export const detectorInternals = { PATTERNS, NEUTRALISERS, KEYS } as const;
