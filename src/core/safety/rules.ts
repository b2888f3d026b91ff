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
  if (KEYS.has(two) || WORD_FIX.has(two)) return two;
  const one = word.replace(/([a-z])\1+/g, '$1');
  return KEYS.has(one) || WORD_FIX.has(one) ? one : two;
}

/** The normalised words and punctuation the patterns read. Exported for the learned layer. */
export function tokensForDetection(text: string): string[] {
  return tokenise(text);
}

/** The normalised text the patterns read: words and punctuation, single spaces. Exported for tests. */
export function normaliseForDetection(text: string): string {
  return tokenise(text).join(' ');
}

/* Shared pattern pieces. */

/** End of a clause, or a word that commonly closes a thought ("...end it tonight"). */
const END = String.raw`(?=\s*(?:[.!?;:,"]|$|and\b|but\b|so\b|because\b|tonight\b|today\b|soon\b|now\b|for good\b|forever\b|this (?:week|weekend)\b|tomorrow\b|anyway\b|already\b))`;
/** Softeners and intensifiers that may sit inside a phrase ("I just really want to..."). */
const ADVERB = String.raw`(?:(?:just|really|so|honestly|actually|seriously|truly|still|literally|genuinely|sometimes|often|always|kinda|kind of|sort of|badly|all|simply|quietly|finally|fucking|even|only|never)\s)*`;
/** Someone who could be hurting the writer. */
const PERSON = String.raw`(?:he|she|they|hes|shes|theyre|theyve|my (?:mums|moms|mams|dads|sisters|brothers) (?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee)|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|dad|father|mum|mom|mam|mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|sister|uncle|aunt|grandad|grandpa|grandfather|cousin|son|daughter|flatmate|roommate|housemate|boss|manager|coach|teacher|landlord|carer|guardian|parents?|family)|(?:the|a|some|these|those) (?:man|men|guy|guys|woman|women|boys?|girls?|kids?|people)|people|someone|somebody)`;
/** People close to home, whose violence a person may not be able to walk away from. */
const CLOSE_PERSON = String.raw`(?:my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|dad|father|mum|mom|mam|mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|sister|uncle|flatmate|roommate|housemate|carer|guardian|parents))`;
const HARM_WORDS = [
  ...[
    'hits',
    'hit',
    'hitting',
    'beats',
    'beat',
    'beating',
    'kicks',
    'kicked',
    'kicking',
    'punches',
    'punched',
  ],
  ...['punching', 'slaps', 'slapped', 'slapping', 'chokes', 'choked', 'choking', 'strangles', 'strangled'],
  ...['strangling', 'pushed', 'pushes', 'shoved', 'shoves', 'shoving', 'grabbed', 'grabs', 'burned', 'burns'],
  ...['abuses', 'abused', 'abusing', 'raped', 'rapes', 'assaulted', 'assaults', 'molested', 'molests'],
  ...['molesting', 'touches', 'touched', 'touching', 'threatens', 'threatened', 'threatening', 'attacked'],
  ...[
    'attacks',
    'stalks',
    'stalked',
    'stalking',
    'locks',
    'locked',
    'corners',
    'cornered',
    'bullies',
    'bullied',
  ],
  ...['grabbing', 'pinned', 'pins', 'pinning', 'dragged', 'drags', 'shook', 'shakes', 'spat on', 'spits on'],
];
/** Things a person can do to someone: "he hits me", "my partner threatened me". */
const HARM_VERB = `(?:${HARM_WORDS.join('|')})`;
const HARM_KEYS = HARM_WORDS.map((w) => w.split(' ')[0] ?? w).join(' ');

/* ------------------------------------------------------------------------ */
/* 2. Idioms and accidents that look like risk but are not                   */
/* ------------------------------------------------------------------------ */

interface Neutraliser {
  readonly keys: readonly string[];
  readonly re: RegExp;
}
const n = (keys: string, re: RegExp): Neutraliser => ({ keys: keys.split(' '), re });

/** Anything matched here is blanked out before the risk patterns run. */
const NEUTRALISERS: readonly Neutraliser[] = [
  // "this commute is killing me", "my feet are killing me", "the suspense is killing me"
  n('killing', /\bkilling me\b/g),
  // exasperation: "kill me now", "shoot me now"
  n('kill shoot', /\b(?:just )?(?:kill|shoot) me now\b/g),
  // cravings: "I'd die for a coffee", "I could kill for a nap", "a dress to die for"
  n(
    'die dying kill killing murder',
    /\b(?:die|dying|kill|killing|murder) for (?:a|an|some|that|this|one|it|the)\b/g,
  ),
  n('die', /\bto die for\b/g),
  // laughter, embarrassment, boredom: "dying of laughter", "nearly died laughing"
  n(
    'dying died die',
    /\b(?:dying|died|die) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|boredom|curiosity|thirst|hunger|heat|cuteness|this|the|a)\b/g,
  ),
  n('dying died', /\b(?:dying|died) laughing\b/g),
  n('died dead die', /\b(?:nearly|almost|practically|literally|basically) (?:died|dead|die)\b/g),
  n('die died', /\b(?:thought|think) (?:i|id|i would) (?:die|died)\b/g),
  n('dying', /\bdying (?:to|for)\b/g),
  n(
    'die died',
    /\b(?:i )?could (?:just |have |literally )?(?:die|died)\b(?= ?(?:[.,!?]|$|of|from|laughing|when))/g,
  ),
  n(
    'die going',
    /\b(?:thought|think|felt like|swear) (?:i|im|i was|i am) (?:going to|gonna|about to) die\b/g,
  ),
  // "I feel like death", "dead on my feet", "I'm dead" as laughter
  n('death', /\b(?:feel|feels|feeling|felt|look|looks|looking|looked) like death(?: warmed up)?\b/g),
  n('dead', /\bdead on (?:my|our|his|her|their) feet\b/g),
  n(
    'dead',
    /\b(?:im|i am) (?:so |literally |actually |absolutely |deceased |)dead(?= ?(?:lol|lmao|lmfao|haha\w*|rofl|x+|[.,!]|$))/g,
  ),
  // scratching bites, biting nails: habits, not self-harm
  n(
    'scratch scratched scratching bit bite biting bitten pick picked picking',
    /\b(?:scratch\w*|bit|bite|biting|bitten|pick\w*) (?:at )?(?:my |the )?(?:\w+ )?(?:bites?|rash|eczema|itch\w*|spots?|scabs?|nails|lips?|cuticles?)\b/g,
  ),
  n('die', /\bdie a little(?: inside)?\b/g),
  n(
    'die',
    /\b(?:embarrass\w*|mortified|cringe\w*|humiliat\w*|awkward|dull|boring|bored|tedious)\b[^.!?;]{0,50}?\b(?:want|wanted|wanting) to die\b/g,
  ),
  // "I'd rather die than go to that party"
  n(
    'die dead',
    /\b(?:rather|sooner) (?:die|be dead) than\b(?! (?:feel|feeling|live|living|go on|going on|carry on|keep|be |spend|exist|wake|face|deal|keep going))/g,
  ),
  // "bored to death", "scared to death"
  n(
    'death',
    /\b(?:bored|scared|worried|tickled|freezing|frozen|sick|tired|frightened|loved|talked|stressed) to death\b/g,
  ),
  // "my mum is going to kill me when she sees this" (but not "if I ever leave")
  n(
    'kill',
    /\b(?:going to|will|would|is going to) (?:\w+ )?kill me (?:when|if|for|because)\b(?! i (?:ever )?(?:leave|left|tell|told|go|went|call|report|try|tried|speak|talk))/g,
  ),
  // self-criticism, not self-harm: "I beat myself up about it"
  n('myself', /\b(?:beat|beats|beating|kick|kicking|kicked) myself(?: up)?\b/g),
  n('myself', /\bcut myself (?:some slack|off|a (?:break|slice|piece))\b/g),
  // accidents: "cut myself chopping onions", "burned myself on the oven tray"
  n(
    'myself',
    /\b(?:cut|cuts|burn|burned|burnt|hurt|injured|injure|scalded|scratched) myself (?:(?:while|whilst|when) \w+|shaving|cooking|chopping|slicing|peeling|baking|gardening|playing|running|training|lifting|climbing|skating|skiing|cycling|falling|tripping|ironing|opening|on (?:a|an|the|some|my|this) (?:\w+ ){0,2}?(?:knife|paper|glass|tin|can|oven|stove|hob|iron|kettle|pan|tray|fence|nail|edge|corner|bike|saw|blade|grater|scissors|stairs|ice|steam|toaster|bbq|barbecue|grill|candle|radiator|pot|lid|door|table|pin)|at (?:the )?(?:gym|park|match|game|football|training|practice)|doing (?:\w+ ){0,3}?(?:squats|deadlifts|yoga|diy|exercise|sport)|with (?:a|an|the|my) (?:knife|scissors|kettle|iron|saw|hammer|stapler|drill|razor|grater))/g,
  ),
  n('myself', /\b(?:fell|slipped|tripped|crashed) (?:over )?and (?:hurt|cut|injured) myself\b/g),
  n(
    'cut cuts burn burned burnt scratched cutting burning scratching scalded scalding',
    /\b(?:cut|cuts|burn|burned|burnt|scratched|cutting|burning|scratching|scalded|scalding) my (?:\w+ )?(?:on (?:a|an|the|some|my|this) (?:\w+ ){0,2}?(?:knife|paper|glass|tin|can|oven|stove|hob|iron|kettle|pan|tray|fence|nail|edge|corner|bike|saw|blade|grater|scissors|steam|toaster|bbq|barbecue|grill|candle|radiator|pot|lid|door|table|pin)|(?:while|whilst|when) \w+|shaving|cooking|chopping|slicing|peeling|baking|gardening|ironing)\b/g,
  ),
  // named things that contain the word
  n(
    'suicide',
    /\bsuicide (?:squad|prevention|awareness|hotline|bomber|doors?|run|kings|rates?|statistics|research|scenes?|storyline|themes?)\b/g,
  ),
  // too much of a good thing: "overdosed on chocolate", "an overdose of sunshine"
  n(
    'overdose overdosed overdosing',
    /\b(?:overdosed|overdosing|overdose|an overdose) (?:on|of) (?:\w+ )?(?:chocolate|sugar|sweets|cake|biscuits|crisps|cheese|pizza|carbs|coffee|caffeine|tea|christmas|telly|tv|netflix|box sets?|sunshine|sun|nostalgia|cuteness|fresh air|vitamin \w+|festive \w+)\b/g,
  ),
  // "traffic was suicide this morning": a manner of speaking about a thing
  n(
    'suicide suicidal',
    /\b(?:traffic|roads?|commute|parking|motorway|ring road|rota|schedule|deadline|that hill|the hill) (?:was|is|were|are|looked|looks) (?:\w+ )?(?:suicide|suicidal)\b/g,
  ),
  // telling one's story in public: "spoke about my suicide attempt at the charity dinner"
  n(
    'attempt',
    /\b(?:spoke|speak|speaking|talked|talk|talking|gave a talk|give a talk|giving a talk) about my (?:suicide )?attempt (?:at|to|for|with) (?:a|the|our) (?:\w+ )?(?:dinner|event|conference|school|college|training|meeting|fundraiser|assembly|launch|group of \w+)\b/g,
  ),
  // grooming and gardening: "I want to cut my hair short", "need to cut the hedge"
  n(
    'cut cutting',
    /\b(?:cut|cutting) (?:my|her|his|their|the|the kids|our) (?:own )?(?:hair|fringe|nails|toenails|beard|grass|lawn|hedge|hedges|roses)\b/g,
  ),
  // a clinician's or teacher's working day: "ran the self-harm awareness training", "the self-harm team"
  n(
    'harm',
    /\bself harm (?:awareness|prevention|training|service|services|team|teams|nurse|nurses|clinic|policy|policies|workshop|workshops|module|lecture|research|charity|pathway)\b/g,
  ),
  // "two admissions for overdose", "two people in after suicide attempts": someone else, at work
  n(
    'overdose overdoses attempt attempts harm',
    /\b(?:admissions?|admitted|patients?|people in|brought in|came in|presented|presentations?|referrals?|referred|call ?outs?|callouts?|cases?) (?:\w+ ){0,2}?(?:for|with|after|following) (?:an |a |the |her |his |their |two |three |\d+ )?(?:overdoses?|suicide attempts?|self harm)\b/g,
  ),
  // a leaving do: "said goodbye to everyone at work", "said my goodbyes at the allotment"
  n(
    'goodbye goodbyes',
    /\b(?:goodbye to (?:everyone|everybody|you all|all of you)|(?:said|saying|say) (?:my |our )?goodbyes) (?:at|in|on|from|to) (?:the |my |our )?(?:work|office|team|ward|school|class|job|shop|cafe|gym|club|choir|allotment|nursery|leaving do|party|station|airport|neighbours|street|village|old house|flat)\b/g,
  ),
  // a place or a thing left behind: "this is goodbye to the old house", "last day at work, goodbye everyone!"
  n(
    'goodbye',
    /\bgoodbye to (?:the|my|our) (?:old |little |lovely |dear )?(?:house|flat|home|car|van|bike|office|job|city|town|street|school|garden|kitchen|sofa|desk|team|village|allotment|summer|holiday)\b/g,
  ),
  n(
    'goodbye',
    /\b(?:last|final) (?:day|shift|week|lesson|class) (?:at|of|in|with) (?:the |my |our )?\w+\b[^.!?;]{0,20}?\bgoodbye (?:everyone|everybody|all)\b/g,
  ),
  // giving things away to move house: "gave all my stuff to my brother since I'm moving to Australia"
  n(
    'giving gave give given',
    /\b(?:giving|gave|give|given) (?:away )?(?:all |most of |some of )?(?:my |away my )?(?:things|stuff|belongings|possessions|furniture|everything)\b[^.!?;]{0,40}?\b(?:since|because|as|before) (?:im|i am|were|we are|i was|we were|the|my|our) (?:moving|emigrating|relocating|downsizing|move|house move)\b/g,
  ),
  // embarrassment: "I could just curl up and die, I was so embarrassed"
  n(
    'die',
    /\bcurl up and die\b(?=[^.!?;]{0,40}?\b(?:embarrass\w*|mortified|cringe\w*|humiliat\w*|awkward|ashamed)\b)|\b(?:embarrass\w*|mortified|cringe\w*|humiliat\w*|awkward)\b[^.!?;]{0,50}?\bcurl up and die\b/g,
  ),
  // order for a move or the taxman: "everything sorted for the move", "affairs in order, the tax return"
  n(
    'affairs things everything',
    /\b(?:affairs|things|everything) (?:in order|sorted|ready) (?:for|before) (?:the |my |our |a )?(?:move|moving|holiday|trip|wedding|baby|exams?|party|flight|visit|inspection|audit|christmas|meeting|new job|builders)\b/g,
  ),
  n(
    'affairs',
    /\baffairs in order\b(?=[^.!?;]{0,50}?\b(?:tax|pension|paperwork|accounts?|accountant|bills|subscriptions|admin|boring sense|filing)\b)/g,
  ),
  // a letter that is not a farewell: "wrote my letter of resignation"
  n(
    'wrote written writing finished left leave leaving',
    /\b(?:wrote|written|writing|finished|left|leave|leaving) my (?:\w+ )?letters? (?:of (?:resignation|complaint|application|support|recommendation|objection|thanks)|to (?:the|my) (?:council|landlord|mp|bank|editor|insurer|solicitor|local paper))\b/g,
  ),
  // a diary paused for a holiday: "my last entry before the holiday"
  n(
    'last final',
    /\bmy (?:last|final) (?:entry|post|message|note) (?:before|until|till|of the (?:year|week|month|day|term)|for (?:a|the|this) (?:week|fortnight|month|while|holiday|trip))\b(?! i (?:go|die|leave|end))/g,
  ),
  // a week's tablets in a pill box: "counted Dad's tablets into the weekly box, Monday to Sunday"
  n('monday mon', /\b(?:monday|mon) to (?:sunday|sun)\b/g),
  n(
    'counted counting count sorted sorting put putting filled filling',
    /\b(?:counted|counting|count|sorted|sorting|put|putting|filled|filling) (?:out )?(?:\w+ ){0,2}?(?:tablets|pills|meds|medication) (?:out )?(?:into|in) (?:the|a|his|her|their|my|our) (?:\w+ )?(?:box|boxes|organiser|organizer|dosette|blister packs?|pill ?box|tray|compartments?)\b/g,
  ),
  // weather and things: "can't take any more of this heat", "end of my rope with this printer"
  n(
    'take',
    /\b(?:cant|cannot|couldnt) take (?:any more|much more|anymore|another (?:day|minute|hour|episode)) of (?:this|the|that|these) (?:heat|rain|cold|weather|noise|snow|wind|drilling|roadworks|traffic|music|show|series|film|song|printer|queue|heatwave|humidity)\b/g,
  ),
  n('rope end', /\bend of my (?:rope|tether) with (?:this|the|my|these|that) \w+\b/g),
  n('disappear', /\bdisappear under (?:a|the|my) (?:duvet|covers|blanket|quilt)\b/g),
  // teaching and training: "I teach nurses about self-harm and suicide risk"
  n(
    'harm suicide',
    /\b(?:teach|teaches|teaching|taught|train|trains|training|trained|lecture|lecturing|lectured) (?:\w+ ){0,3}?(?:about|on) (?:self harm|suicide)(?: (?:and|or) (?:self harm|suicide)(?: risk| prevention)?)?\b/g,
  ),
  // giving things where they will be used: "gave my books to the charity shop", "my plants to a neighbour while I'm on holiday"
  n(
    'giving gave give given',
    /\b(?:giving|gave|give|given) (?:away )?(?:all |most of |some of )?my \w+ (?:away )?to (?:the |a |our |my )?(?:charity|charity shop|oxfam|library|school|church|nursery|shelter|food bank|scouts|hospice shop|refugee centre)\b/g,
  ),
  n(
    'giving gave give given',
    /\b(?:giving|gave|give|given) (?:away )?my \w+ to (?:\w+ ){1,3}?(?:while|whilst) (?:im|i am|were|we are|i was|we were) (?:on holiday|abroad|travelling|on the trip|in hospital for|on my course)\b/g,
  ),
  // letters that are not farewells: "writing letters to the kids for the time capsule"
  n(
    'wrote written writing',
    /\b(?:wrote|written|writing) (?:letters|notes|a letter|a note) (?:to|for) (?:\w+ ){1,3}?for (?:the |a |their |our )?(?:time capsule|christmas|birthday|birthdays|school project|pen pals?|thank yous?)\b/g,
  ),
  // things running out: "battery at 2%, about to die", "the basil is going to die"
  n(
    'die dying',
    /\b(?:battery|batteries|phone|laptop|charge|charger|tablet|ipad|kindle|headphones|airpods|car|engine|plant|plants|basil|flowers?|torch|bulb|tv|screen|signal|wifi|fish|goldfish|tomatoes|seedlings)\b[^.!?;]{0,30}?\b(?:about to|going to|gonna|will|might|is going to|could) (?:\w+ )?(?:die|dying)\b/g,
  ),
  // ordinary medicine: "took my tablets with breakfast", "forgot my meds again"
  n(
    'meds medication medicine tablets pills antidepressants prescription',
    /\b(?:take|took|taking|taken|forgot|forget|forgetting|remembered|remember|collected|collect|collecting|picked up|pick up|ordered|order|renewed|started|start|starting|changed|switched|new) (?:my |the |your |her |his )?(?:meds|medication|medicine|tablets|pills|antidepressants|prescription)\b(?![^.!?;]{0,40}?\b(?:on purpose|deliberately|than i should|too many|all at once|extra|the lot|to (?:die|sleep forever|not wake up)|and go to sleep|and not wake up))/g,
  ),
  // play-fighting: "my brother and I were wrestling and he kicked me"
  n(
    'wrestling fighting sparring playing messing mucking tickle pillow',
    new RegExp(
      String.raw`\b(?:wrestling|play fighting|playfighting|sparring|playing|messing about|messing around|mucking about|tickle fight|pillow fight)\b[^.!?;]{0,60}?\b${HARM_VERB} me\b`,
      'g',
    ),
  ),
  // play and sport: "punched me in the arm as a joke", "kicked me by accident at football"
  n(
    HARM_KEYS,
    new RegExp(
      String.raw`\b${HARM_VERB} me\b[^.!?;]{0,30}?\b(?:as a joke|jokingly|playfully|for fun|by accident|accidentally|in the game|at (?:football|rugby|karate|judo|boxing|training|practice))\b`,
      'g',
    ),
  ),
  // playful: "hit me with a pillow", "hit me up"
  n(
    'hit',
    /\bhit me (?:with (?:a |the |his |her |their )?(?:pillow|snowball|water|ball|joke|question|news|bill|fact|truth|idea|compliment|request|message|text)|up)\b/g,
  ), // devices and things wearing out: "my phone's about to die", "the printer died again"
  n(
    'die died dying dead',
    /\b(?:phones?|laptops?|batter(?:y|ies)|chargers?|headphones|earbuds|airpods|printers?|kindles?|tablets?|ipads?|remotes?|torch|bulbs?|cars?|engines?|vans?|tvs?|screens?|consoles?|controllers?|mouse|keyboard|speakers?|plants?|basil)\b(?: \w+){0,3}? (?:is |has |was |just |finally |completely |totally |already |about to |going to |gonna )*(?:die|died|dying|dead)\b/g,
  ),
  // "Mondays make me want to die lol": an everyday annoyance, said with a laugh
  n(
    'die myself end dead',
    /\b(?:mondays?|work|job|exams?|revision|homework|school|uni|college|lectures?|meetings?|traffic|commute|weather|maths|spreadsheets?|emails?|tax|karaoke|assignments?|deadlines?|this week|the gym|my boss|customers|admin)\b[^.!?;]{0,40}?\b(?:want to|makes? me want to|made me want to|could|id rather) (?:just )?(?:die|kill myself|end it|be dead)\b(?=[^.!?;]{0,25}?\b(?:lol|lmao|lmfao|haha\w*|hehe|rofl|xd|jk|joking)\b)/g,
  ),
  // "my boss would kill me if she saw this", "he'd kill me if he knew" (but not a threat: "said he'd kill me if I left")
  n(
    'kill murder',
    /(?<!\b(?:said|says|told me|threatened|threatens|swore|swears|promised|warned me|warns me|keeps saying|texted|messaged) (?:that )?(?:\w+ )?)\b(?:would|will|hed|shed|theyd|youd|gonna|going to|is going to|ll) (?:literally |actually |absolutely |probably |definitely |totally )?(?:kill|murder) me if\b(?! (?:i|you) (?:left|leave|tell|told|go to|went to|call|called|report|reported|ever leave|tried to leave)\b)/g,
  ),
  // titles of songs and films: "a song called Goodbye Forever", "the film The Last Goodbye"
  n(
    'goodbye',
    /\b(?:song|track|tune|single|album|record|film|movie|show|book|play|poem|episode|musical) (?:called |titled |named )?(?:\w+ ){0,2}?goodbye(?: forever| everyone| world| my love)?\b/g,
  ),
  // "I'll lose my mind if the neighbours play drums again"
  n('lose losing', /\b(?:lose|losing) my mind (?:if|over|waiting|at|when|with)\b/g),
  // waking late: "didn't wake up until 11"
  n(
    'wake woke',
    /\b(?:didnt|did not|never|dont|do not|wont|couldnt) (?:wake|woke) (?:up )?(?:until|till|til|before|in time|on time)\b/g,
  ),
  // checking out of a hotel or library books, tapping out of a chat
  n(
    'checking checked check tapping tapped tap',
    /\b(?:checking|checked|check|tapping|tapped|tap) out (?:of (?:the|a|my|our|this|that) (?:hotel|room|library|shop|group|chat|conversation|airbnb|hostel|gym|b b|cottage|flat|apartment|tent|campsite|call|meeting)|(?:at|by|before|after) \d|(?:three|two|some|a few|the|a|these|those) (?:\w+ )?(?:books?|films?|dvds?|shops?|menu|place|new|show|podcast|video|site|band))/g,
  ),
];

/* ------------------------------------------------------------------------ */
/* 3. Patterns, grouped by category                                          */
/* ------------------------------------------------------------------------ */

interface Pattern {
  readonly re: RegExp;
  /** Words of which at least one is in every match: the pattern runs only on clauses holding one. */
  readonly keys: readonly string[];
  readonly level: Exclude<RiskLevel, 'none'>;
  readonly categories: readonly RiskCategory[];
  /** The wording already makes the writer the subject ("kill myself", "without me"). */
  readonly selfEvident?: boolean;
  /** About someone else harming the writer: never lowered for a third-person subject. */
  readonly fromOthers?: boolean;
  /** Raised about another person or a bereavement: shown as concern whoever the subject is. */
  readonly anySubject?: boolean;
  /** A wish for death; when negated and followed by "without/before", a life goal, not risk. */
  readonly deathWish?: boolean;
  /** Only the writer's own: no other subject may sit between the start of the clause and the match. */
  readonly needsSelf?: boolean;
  /** A farewell or a preparation: two of them, or one beside thoughts of death or hopelessness, raise urgent. */
  readonly finality?: boolean;
  /** A supporting sign (a means, a time, "I'm done"): raises nothing alone, urgent beside another sign. */
  readonly quiet?: boolean;
}

const p = (
  keys: string,
  source: string,
  level: Pattern['level'],
  categories: readonly RiskCategory[],
  flags: Omit<Pattern, 're' | 'keys' | 'level' | 'categories'> = {},
): Pattern => ({
  re: new RegExp(String.raw`\b(?:${source})(?![a-z0-9])`, 'g'),
  keys: keys.split(' '),
  level,
  categories,
  ...flags,
});

const SUICIDAL: RiskCategory[] = ['suicidal_thoughts'];
const SUICIDAL_HOPELESS: RiskCategory[] = ['suicidal_thoughts', 'hopelessness'];
const SELF_HARM: RiskCategory[] = ['self_harm'];
const FROM_OTHERS: RiskCategory[] = ['harm_from_others'];
const HOPELESS: RiskCategory[] = ['hopelessness'];
const DISTRESS: RiskCategory[] = ['distress'];

const PHRASES: readonly Pattern[] = [
  /* --- Suicidal thoughts: direct words. --- */
  p(
    'myself unalive unalived unaliving',
    String.raw`kill(?:ing|ed)? myself|unalive(?:d|ing)? myself|unalive\b`,
    'urgent',
    SUICIDAL,
    {
      selfEvident: true,
    },
  ),
  p(
    'life',
    String.raw`(?:end|ending|take|taking|took|end up taking) (?:my|my own) life`,
    'urgent',
    SUICIDAL,
    {
      selfEvident: true,
    },
  ),
  p('myself', String.raw`(?:hang|shoot|drown|poison|stab|suffocate) myself`, 'urgent', SUICIDAL, {
    selfEvident: true,
  }),
  p('suicidal', String.raw`suicidal`, 'urgent', SUICIDAL),
  p(
    'suicide ending existing being',
    String.raw`(?:commit|committing|commiting|attempt|attempted|attempting|considering|consider|contemplating|planning) suicide|(?:thinking|thought|thoughts|think|thinks|obsessing|fantasi[sz]ing) (?:a lot )?(?:about|of) (?:suicide|ending it(?: all)?|ending things|not being (?:here|alive|around)|not existing|being dead)|suicide (?:note|plan|attempt)`,
    'urgent',
    SUICIDAL,
  ),
  // Any other mention (a bereavement, a friend): a gentle offer.
  p('suicide', String.raw`suicide|died by suicide`, 'concern', SUICIDAL, { anySubject: true }),
  // Someone else at risk: the writer may need support too, and the resources help both.
  p(
    'himself herself themselves themself life',
    String.raw`kill(?:ing|ed)? (?:himself|herself|themselves|themself)|(?:end|ending|take|taking|took) (?:his|her|their) (?:own )?life`,
    'concern',
    SUICIDAL,
    { anySubject: true },
  ),

  /* --- Suicidal thoughts: wishing to die or not to exist. --- */
  p(
    'die dying',
    String.raw`(?:want|wanted|wanting|wants|wish|wishing|wished|ready|plan|planning|planned|deserve|deserved|deserves|need|should|longing|long|hope|hoping|pray|praying|trying|tried|going) to ${ADVERB}die\b(?! (?:of|from|down|out|off|laughing|happy|old|young|rich|trying|doing|a hero|with my boots|in (?:a|the) (?:game|film|show|book)|(?:my|her|his|their|your) hair)\b)|why cant i ${ADVERB}die|wish i could ${ADVERB}die|(?:let me|hope i|i hope i|pray i) die\b|i should ${ADVERB}die\b|(?:feel|feels|felt|feeling) like dying|dying inside`,
    'urgent',
    SUICIDAL,
    { deathWish: true, needsSelf: true },
  ),
  p(
    'dead wish wishing',
    String.raw`(?:wish|wished|wishing|hope|hoping) (?:that )?(?:i|im) (?:was|were|had been|could be|would be|am) dead|(?:want|wanted|wanting|ready|need) to be dead|better off dead|(?:rather|sooner) be dead|(?:wish|wishing) i (?:was|were)(?:nt| not) (?:alive|here|around)|(?:was|were) dead and (?:no one|nobody)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'born existed',
    String.raw`(?:wish|wished) (?:i|id|i would) (?:had )?never (?:been born|existed)`,
    'concern',
    SUICIDAL,
  ),
  p(
    'alive exist living live around here wake',
    String.raw`(?:dont|do not|didnt|never|no longer) ${ADVERB}(?:want|wish|plan|intend|expect) to (?:be alive|stay alive|exist|keep living|go on living|carry on living|be around(?: for)?|be here (?:anymore|any longer|on this earth|in this world|at all|for (?:it|them|that|much longer))|live(?: anymore| any longer| at all)?${END}|wake up(?: again| ever| tomorrow| in the morning)?${END}|be here anymore|(?:live|be alive|exist|be here|be around)(?: (?:\w+|,)){1,6} (?:anymore|any longer))`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'care',
    String.raw`(?:dont|do not|doesnt|couldnt|could not) ${ADVERB}care (?:if|whether) i (?:live|die|wake up|make it|survive)|(?:dont|do not) care (?:about )?(?:living|being alive|dying|staying alive)`,
    'urgent',
    SUICIDAL,
  ),
  p('here', String.raw`(?:dont|do not) ${ADVERB}want to be here${END}`, 'concern', SUICIDAL),
  p('live go', String.raw`(?:dont|do not) ${ADVERB}want to (?:live|go on) like this`, 'concern', DISTRESS),
  p(
    'live living alive',
    String.raw`(?:dont know|not sure|unsure|no idea)(?: (?:if|whether))? i (?:want to|can|should) (?:live|keep living|be alive|stay alive|carry on living|go on living)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'go keep carry',
    String.raw`(?:dont know|not sure) (?:if|whether|how long) i (?:want to|can) (?:go on|keep going|carry on)`,
    'concern',
    DISTRESS,
  ),
  p(
    'wake sleep wouldnt exist here alive around',
    String.raw`(?:want|wanted|wish|wishing|ready|long|longing|trying) to not (?:wake up|exist|be here|be alive|be around)|(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:dont|do not|never|wont|will not|wouldnt|would not|didnt) wake up|never wake(?: up)?(?: again)?${END}(?! (?:before|until|till|early)\b)|(?:go to sleep|fall asleep|sleep|drift off|die in my sleep) and (?:never|not) (?:wake(?: up)?|come back)|wouldnt mind (?:if i (?:didnt|did not|dont|never) wake up|dying|not waking up|being dead|if i died)|(?:want|wanted|wish|wishing|ready|long|longing)(?: to| i could)?(?: just)?(?: go to)? sleep forever\b(?! (?:after|when|once|this|till|until|lol|haha|lmao)\b)|die in my sleep`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'disappear disappeared vanish vanished existing exist living alive breathing',
    String.raw`(?:disappear|disappeared|vanish|vanished) (?:forever|for good|permanently)|(?:stop|stopped|cease|ceased|quit) (?:existing|to exist|living|being alive)|(?:want|wanted|wish|wishing)(?: i could)?(?: just)? (?:to )?(?:stop|quit) breathing|(?:not|never) (?:existing|to exist)(?: anymore)?|(?:want|wish|wishing)(?: i could)? (?:just )?(?:not exist|stop existing)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'disappear vanish',
    String.raw`(?:want|wanted|wish|wishing) (?:to |i could )?(?:just )?(?:disappear|vanish)(?! (?:into|to|on|for (?:the|a) (?:weekend|day|holiday|trip)|off to)\b)`,
    'concern',
    DISTRESS,
  ),
  p(
    'tired sick exhausted weary',
    String.raw`(?:tired|sick|exhausted|weary) of (?:being alive|living|existing|being here)(?! (?:in|with|at|on|paycheck|pay|out|off|under|next|near|so|from|by)\b)`,
    'urgent',
    SUICIDAL_HOPELESS,
  ),
  p(
    'tired sick exhausted',
    String.raw`(?:tired|sick|exhausted) of (?:life|everything|it all)${END}`,
    'concern',
    HOPELESS,
  ),
  p(
    'worth',
    String.raw`(?:isnt|is not|not|no longer|never|aint) (?:really |even |actually )?worth (?:living|being alive|staying alive|living for)`,
    'urgent',
    SUICIDAL_HOPELESS,
  ),
  p(
    'hate stand give',
    String.raw`i (?:just )?(?:hate|cant stand) (?:my life|being alive|being me)${END}|i give up${END}`,
    'concern',
    HOPELESS,
  ),
  p(
    'end ending life stop over',
    String.raw`(?:end|ending) it all|(?:end|ending) everything|want out of (?:this )?life|(?:want|wanted|need|ready for) (?:my life|life) to (?:be over|end|stop)|(?:want|wanted|need) (?:it all|everything|all of it|it) to (?:end|be over|stop)(?: ,)? (?:for good|forever|permanently)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'end over stop pain',
    String.raw`(?:want|wanted|need|needed) (?:it all|everything|all of it|it|this) to (?:end|be over|stop)${END}|(?:want|need) the pain to (?:stop|end|go away)`,
    'concern',
    ['distress', 'suicidal_thoughts'],
  ),
  // "end it" with nothing after it ("I'm going to end it"); "end it with him" is a break-up.
  p(
    'end ending',
    String.raw`(?:going to|want to|will|ready to|plan to|planning to|thinking about|thinking of|think about|about to|decided to|might|could|just|should|gonna) ${ADVERB}end(?:ing)? (?:it|things)${END}(?! with)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'through tonight soon weekend tomorrow',
    String.raw`go through with it|do it (?:tonight|soon|this weekend|tomorrow)`,
    'concern',
    SUICIDAL,
  ),
  p(
    'plan',
    String.raw`i have a plan\b[^.!?;]{0,40}?\b(?:do it|go through with it|end it)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'die end painless',
    String.raw`(?:looked|looking|look) up (?:ways|how) to die|(?:ways|how) to (?:die|end it)${END}|painless (?:way|death)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'funeral',
    String.raw`(?:imagining|imagine|picturing|picture|fantasi[sz]ing about|daydreaming about) my (?:own )?funeral`,
    'urgent',
    SUICIDAL,
  ),

  /* --- Suicidal thoughts: indirect, about being a burden or not being around. --- */
  p(
    'better happier easier relieved fine lighter',
    String.raw`(?:better|happier|easier|relieved|fine|lighter)(?: off)?(?: for (?:everyone|everybody|them|all of them))? (?:without me(?! (?:for|on|at|this|tonight|today|tomorrow|there|while|next|to)\b)|if i (?:just )?(?:was|were|wasnt|werent|was not|were not) (?:gone|dead|here|around|alive|in it|in the picture|not here|not around|not alive)|if i (?:just )?(?:disappeared|died|left for good)|(?:when|once|after) im gone)`,
    'urgent',
    SUICIDAL_HOPELESS,
    { selfEvident: true },
  ),
  p(
    'died dead gone myself here alive wake disappeared',
    String.raw`(?:no one|nobody|anyone|would anyone|will anyone|who) (?:would |will )?(?:even )?(?:care|notice|miss me|mind|cry)(?: \w+)? (?:if |that |when )?i (?:died|was dead|were dead|was gone|were gone|killed myself|wasnt here|werent here|wasnt alive|didnt wake up|disappeared for good|was not here)|if i (?:died|was dead|were dead|was gone|were gone|killed myself)(?: \w+){0,2}?(?: ,)? (?:no one|nobody|noone) (?:would|will) (?:even )?(?:care|notice|miss me|mind)`,
    'urgent',
    SUICIDAL_HOPELESS,
    { selfEvident: true },
  ),
  p(
    'longer long anymore anyway plan intend expect alive around here',
    String.raw`(?:wont|will not|not going to) be (?:a (?:problem|burden|bother|nuisance|worry)|around|here|alive)(?: to \w+)? (?:much longer|for much longer|for long|any longer|for very long|anymore)|(?:wont|will not) be (?:here|around|alive) (?:by|for|at|next) (?:then|christmas|the holidays|my birthday|next year|\w+) anyway|(?:dont|do not) (?:plan|intend|expect) to be (?:around|here|alive)|(?:dont|do not) think (?:i will|ill|i would) (?:still )?be (?:alive|around) (?:by|for|next|much)|(?:wont|will not|(?:dont|do not) think (?:i will|ill|i would)) (?:still )?be (?:here|around|alive) (?:by|for|at|until|to see) (?:christmas|then|the end of|my birthday|next year|new year|the holidays|summer|spring|autumn|winter|much longer|long)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p(
    'goodbyes goodbye final last',
    String.raw`(?:said|saying|say|written|wrote|writing) my goodbyes|(?:saying|said|say) goodbye to (?:everyone|everybody|the world|you all|all of you|life)|(?:letters?|notes?) (?:to|for) (?:everyone|everybody|my family|my kids) (?:saying goodbye|to say goodbye)|goodbye (?:letters?|notes?)|(?:writing|wrote|write|written) (?:a |my )?(?:final|last) (?:letter|note|words)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p(
    'things stuff belongings possessions gone last goodbye',
    String.raw`(?:giving|gave|give|given) (?:away )?(?:all )?(?:my|away my) (?:things|stuff|belongings|possessions)(?: away)?|(?:when|after|once) im gone|my last (?:entry|message|note|post|words)${END}|goodbye (?:forever|everyone|world|all)|(?:this is|so this is) goodbye`,
    'concern',
    SUICIDAL,
    { selfEvident: true },
  ),
  // A lone "Goodbye." as its own sentence; with a "last entry" nearby it reads as a farewell.
  p(
    'goodbye',
    String.raw`(?<=^\s*)goodbye(?: forever| everyone| all)?(?=\s*(?:[.!?;:]|$))`,
    'concern',
    SUICIDAL,
    {
      selfEvident: true,
    },
  ),
  p(
    'reason reasons live',
    String.raw`(?:no|any|see no|dont see (?:a|any)|cant see (?:a|any)|cannot see (?:a|any)|without (?:a|any)) reasons? (?:for me )?(?:to|for) (?:live|living|stay alive|staying alive|be alive|keep going|go on)|nothing (?:left )?to live for|(?:no|dont have (?:a|any)) reason to (?:stay|be here)`,
    'urgent',
    SUICIDAL_HOPELESS,
  ),
  p(
    'point',
    String.raw`(?:whats|what is|what was) the point (?:of|in) (?:living|life|being alive|existing|staying alive|being here|waking up|me)|no point (?:in )?(?:living|being alive|existing|staying alive)`,
    'urgent',
    SUICIDAL_HOPELESS,
  ),
  // Hoping for an accident is a wish to die by other means.
  p(
    'hope hopes hoping wish wishing pray praying',
    String.raw`(?:hope|hopes|hoping|wish|wishing|pray|praying) (?:that )?(?:i|im) (?:get|gets|got|will get|would get) (?:hit|run over)|(?:hope|hopes|hoping|wish|wishing|pray|praying) (?:that )?(?:the|my|a) (?:plane|car|bus|train|flight) (?:\w+ )?(?:crashes|crash|goes down|go down|hits me)|(?:hope|hopes|hoping|wish|wishing) (?:something|someone|a car|a bus) (?:hits|kills|runs over) me`,
    'urgent',
    SUICIDAL,
  ),
  p('come', String.raw`(?:just )?(?:go|leave|walk away) and (?:never|not) come back`, 'concern', SUICIDAL),
  p(
    'myself',
    String.raw`(?:cant|cannot|dont|do not|can not) (?:see|imagine|picture) myself (?:still )?(?:being )?(?:alive|here|around|living) (?:next|in|by|at|for|when|to)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p(
    'decided',
    String.raw`decided (?:how|when|where) (?:im|i am|i will|ill) (?:going to )?do it`,
    'concern',
    SUICIDAL,
  ),
  p(
    'overdose overdosed pills tablets',
    String.raw`(?:took|take|taking|taken|had) an overdose|overdosed|(?:took|take|taking|swallowed) (?:all|too many) (?:of )?(?:my )?(?:pills|tablets)`,
    'urgent',
    ['suicidal_thoughts', 'self_harm'],
  ),
  p('overdose', String.raw`overdose`, 'concern', SUICIDAL, { anySubject: true }),
  p(
    'death dying die stupid drastic regret dark',
    String.raw`(?:thoughts?|thinking|think|thought) (?:about|of) (?:death|dying|my death)|(?:feel|feels|feeling) like (?:im|i am) (?:going to|about to) die|do something (?:stupid|drastic|i (?:will|would) regret)|dark thoughts`,
    'concern',
    SUICIDAL,
  ),

  /* --- Suicidal thoughts: death as a way out, a relief, or a date. --- */
  p(
    'deserve',
    String.raw`(?:dont|do not|never) deserve to (?:be alive|live|exist|be here|breathe)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'live alive going',
    String.raw`(?:lost|losing|no|have no|dont have (?:the|any)) (?:the |my |all )?(?:will|desire|wish|reason) to (?:live|keep going|be alive|stay alive)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'life living alive existing',
    String.raw`(?:done|finished) with (?:life|living|being alive|existing)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'alive breathing living bother',
    String.raw`why (?:am i|im|do i keep) (?:still )?(?:alive|breathing|living)|why bother (?:living|staying alive|being alive)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'suffering pain',
    String.raw`end (?:my|the) (?:suffering|pain)(?: for good| forever| permanently| once and for all)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'kill end let tonight night weekend tomorrow morning',
    String.raw`(?:wish|hope|want) (?:someone|somebody|something) (?:would|could|will) (?:just )?(?:kill|end) me|let go (?:for good|forever|of life|of everything)|(?:in case|if) i (?:dont|do not|never) make it (?:through|past|to) (?:tonight|the night|the weekend|tomorrow|the morning)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'courage guts brave braver nerve strong',
    String.raw`(?:if i|when i|once i) (?:had|have|get|find|got) (?:the )?(?:courage|guts|nerve|strength)\b[^.!?;]{0,30}?\b(?:end it|do it|kill myself|go through with it|end my life)|(?:if i|when i) (?:was|were) (?:braver|brave enough|strong enough)\b[^.!?;]{0,30}?\b(?:end it|do it|kill myself|go through with it)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'gone dead around here longer',
    String.raw`(?:cope|manage|be fine|be okay|be ok|move on|get over it|be relieved|be better|be happier|be easier)\b[^.!?;]{0,20}?\b(?:once|when|after|if) (?:im|i am|i was|i were) (?:not around|gone|dead|not here|no longer here|no longer around)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p(
    'myself',
    String.raw`(?:dont|cant|cannot|do not|never) (?:see|imagine|picture) myself (?:getting|growing|being|living to be) (?:old|older)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p('out', String.raw`(?:i )?(?:just )?want out${END}`, 'concern', SUICIDAL),
  // Preparations read alone are ambiguous; two of them together raise urgent.
  p(
    'everything pick picked choose chose',
    String.raw`(?:got|have|gotten) everything (?:ready|sorted|in order|planned)${END}|(?:pick|picked|choose|chose|set) (?:a|the) (?:day|date)${END}`,
    'concern',
    SUICIDAL,
  ),
  p(
    'grieve sad cry miss',
    String.raw`(?:grieve|be sad|cry|miss me)\b[^.!?;]{0,30}?\b(?:then|but then|and then) (?:be )?(?:relieved|fine|okay|ok|better off|move on|get over it)`,
    'urgent',
    SUICIDAL,
  ),
  p('living', String.raw`(?:cant|cannot) (?:keep|go on|carry on) living like this`, 'concern', HOPELESS),
  p(
    'dying death suicide dead die ending killing being kill end',
    String.raw`(?:dying|death|suicide|being dead|killing myself|ending it|ending my life|not being here|to die) (?:\w+ ){0,3}?(?:the only|my only|the best|my best|the last|a real|an) (?:option|answer|way out|solution|escape|choice|way|thing left)|(?:only|best|last) (?:option|answer|way out|solution|escape|choice) (?:left )?(?:is|would be|seems) (?:to )?(?:die|death|dying|suicide|kill myself|end it|end my life)|(?:suicide|death|dying|being dead) (?:feels|seems|looks|sounds|is) like (?:the|an|my|a) (?:answer|option|way out|solution|escape|relief|rest)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'dying death being existing',
    String.raw`(?:calm|at peace|peaceful|okay|ok|fine|relief|relieved|comfort|comforted|comforts me) (?:about|with|at|by) (?:not being (?:here|alive|around)|dying|death|my death|the (?:idea|thought) of (?:dying|death|not being here|not existing))`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'gone',
    String.raw`(?:want|wanted|wish|need|ready) to (?:just )?be gone(?! (?:for|on|by|before|from|when|in)\b)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'promise guarantee sure alive survive',
    String.raw`(?:cant|cannot|dont|wont|not) (?:promise|guarantee|say|know if|be sure)\b[^.!?;]{0,20}?\b(?:i will|ill|i would|id) (?:still )?(?:be alive|be around|be here|be safe|make it|survive)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'birthday christmas year end weekend tomorrow summer spring autumn winter morning',
    String.raw`(?:not going to|wont|will not|dont think (?:i will|ill)|never going to) make it (?:to|through|past|until) (?:my (?:next )?birthday|christmas|next year|the end of|the weekend|tomorrow|new year|summer|spring|autumn|winter|the morning)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'stockpiling hoarding saving collecting',
    String.raw`(?:stockpiling|hoarding|saving up|collecting) (?:my |all my |up )?(?:meds|medication|medicine|pills|tablets)`,
    'urgent',
    SUICIDAL,
  ),

  /* --- Self-harm. --- */
  p(
    'myself',
    String.raw`(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|hurt|hurts|hurting|harm|harms|harming|harmed|hit|hits|hitting|punch|punches|punching|scratch|scratches|scratching|scratched|starve|starves|starving|starved|injure|injuring|injured|bruise|bruising|bruised|mutilate|mutilating|bite|biting) myself`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'self',
    String.raw`self (?:harm|harms|harming|harmed|injury|injure|injuring|injured|mutilation)`,
    'urgent',
    SELF_HARM,
  ),
  p(
    'purpose deliberately intentionally',
    String.raw`(?:cut|scratched|scratch|burned|burnt|burn|hit|bruised|hurt|punched|bit|harmed|cutting|burning|hitting|scratching|bruising) (?:my (?:\w+ ){0,2}|myself )?[^.!?;]{0,20}?(?:on purpose|deliberately|intentionally)`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'cutting harming hurting burning',
    String.raw`(?:started|start|starting|began|begun|back to|relapsed into|gone back to|went back to) (?:cutting|self harming|harming myself|hurting myself|burning myself)|cutting (?:again|myself)`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'cut cuts burned burnt burn burns scratched scratch bruised carved',
    String.raw`(?:i|and|i have|ive|just|to|urges? to|urge to) cut (?:again|so badly|tonight|myself)|(?:relapsed|relapse) (?:and|with) (?:cut|cutting|self harm)|(?:want|wanted|need|needed|urges?|tempted) to cut${END}|(?:cut|cuts|burned|burnt|burn|burns|scratched|scratch|bruised|carved) (?:my|on my|into my) (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)|cut (?:deeper|again)`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'body',
    String.raw`my body\b[^.!?;]{0,60}?\b(?:want|wanted|need|needed|urge|urges|going) to (?:hurt|harm|punish|damage|cut|burn) it|(?:want|wanted|need|needed|urge|urges|going) to (?:hurt|harm|punish|damage|cut|burn) my (?:own )?body`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'myself deserve deserves',
    String.raw`punish(?:ing)? myself|(?:deserve|deserves) (?:to be hurt|to suffer|pain)`,
    'concern',
    SELF_HARM,
    {
      selfEvident: true,
    },
  ),
  p(
    'myself alone own',
    String.raw`(?:dont|do not) feel safe (?:with myself|around myself|alone with myself|being alone|on my own|in my own head)`,
    'urgent',
    ['self_harm', 'suicidal_thoughts'],
    { selfEvident: true },
  ),

  /* --- Harm from others: someone hurting, threatening or controlling the writer. --- */
  p(
    HARM_KEYS,
    String.raw`${PERSON} (?:\w+ ){0,3}?${HARM_VERB} me\b(?! (?:(?:a|an|some|the|one|two|lunch|coffee|dinner|food|a drink|deeply|so much|out of)\b|to (?!the (?:ground|floor|wall))|with (?:eviction|legal|a lawsuit|court|the sack|a fine)))`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'hurts hurting grabbed grabs held holds squeezed',
    String.raw`${PERSON} (?:\w+ ){0,2}?(?:hurts|keeps hurting|is hurting|been hurting|has been hurting|hurting) me\b|${PERSON} (?:\w+ ){0,2}?(?:grabbed|grabs|held|holds|squeezed) (?:me by |my )(?:the )?(?:throat|neck|hair)`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'hurt kill hit beat harm rape attack strangle choke hands hand',
    String.raw`${PERSON} (?:\w+ ){0,3}?(?:will|would|is going to|was going to|might|could|wants to|want to|tried to|tries to|threatened to|threatens to|is trying to|swore to|promised to) (?:\w+ ){0,5}?(?:hurt|kill|hit|beat|harm|rape|attack|strangle|choke) (?:me|us|the kids|my (?:kids|children|son|daughter|baby)|the (?:kids|children|baby)(?: and me)?)\b|hands? (?:round|around|on) my (?:neck|throat)|(?:said|says|told me|threatened)(?: that)? (?:he|she|they) (?:would|will|is going to|might) (?:hurt|kill|hit|beat|harm|rape|attack) me`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'threaten threatens threatened threatening',
    String.raw`${PERSON} (?:\w+ ){0,2}?threaten(?:s|ed|ing)? (?:me\b(?! with (?:eviction|legal|a lawsuit|court|the sack|a fine))|to (?:hurt|kill|hit|beat|harm|take the kids|take my kids|leave me with nothing|post|share|expose))`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'choked strangled choking strangling scared afraid terrified frightened safe let',
    String.raw`(?:choked|strangled|choking|strangling) me|(?:scared|afraid|terrified|frightened) (?:of )?(?:what|how) ${PERSON} (?:will|would|might|could|is going to|ll) do|(?:scared|afraid|terrified|frightened) to go home|(?:dont|do not|no longer|never) feel safe (?:at home|in my (?:own )?(?:home|house|flat|room)|around (?:him|her|them|${PERSON})|with (?:him|her|them|${PERSON}))|(?:wont|will not|doesnt|does not|wouldnt) let me (?:leave|go out|see (?:my )?(?:friends|family)|have (?:any )?money|have my phone|out of (?:his|her|their) sight)`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'scared afraid terrified frightened',
    String.raw`(?:scared|afraid|terrified|frightened) of (?:him|her|them|${CLOSE_PERSON})(?= now| again| when| and| because| all the time|${END})`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'raped assaulted attacked molested abused beaten strangled choked groomed abusive violent',
    String.raw`(?:i was|i got|ive been|i have been|i am being|im being|been) (?:raped|sexually assaulted|assaulted|attacked|molested|abused|beaten(?: up)?|strangled|choked|groomed)|(?:abusive|violent) (?:partner|husband|wife|boyfriend|girlfriend|relationship|home|parent|dad|mum|mom|father|mother)`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'things stuff sexual sex touch undress send',
    String.raw`${PERSON} (?:\w+ ){0,2}?(?:forced|forces|made|makes|pressured|pressures) me (?:to )?(?:do (?:things|stuff|sexual \w+)|have sex|touch (?:him|her|them)|undress|send (?:photos|pictures|nudes))`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'pay regret else sorry',
    String.raw`${PERSON} (?:\w+ ){0,3}?(?:said|says|told me|tells me|threatened|threatens|swore|swears|keeps saying|texted|texts)\b[^.!?;]{0,40}?\b(?:make me pay|regret (?:it|leaving|this|that)|would regret|will regret|ill regret|or else|be sorry)`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'safe',
    String.raw`(?:im|i am|i feel|feel|feeling) (?:not|never|no longer) safe (?:at home|in my (?:own )?(?:home|house|flat|room)|around (?:him|her|them|${PERSON})|with (?:him|her|them|${PERSON}))`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'following turning showing waiting',
    String.raw`(?:keeps|kept|is|been|keep) (?:following me|turning up (?:at|outside)|showing up (?:at|outside)|waiting outside)`,
    'concern',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p('believe', String.raw`(?:no one|nobody) (?:would|will) (?:ever )?believe me`, 'concern', FROM_OTHERS, {
    fromOthers: true,
  }),
  p('safe', String.raw`(?:dont|do not) feel safe${END}`, 'concern', DISTRESS),

  /* --- Hopelessness. --- */
  p(
    'hopeless hopelessness hope',
    String.raw`hopeless(?:ness)?\b(?! (?:at|with|romantic|case))|no hope|lost (?:all )?hope|given up (?:all )?hope|without (?:any )?hope|(?:dont|do not) have any hope`,
    'concern',
    HOPELESS,
  ),
  p(
    'nothing never always forever',
    String.raw`nothing (?:will|is going to|is ever going to|ever) (?:ever )?(?:get|gets|be|change|improve|feel) ?(?:better|different|good|okay|ok)?(?! (?:until|unless|if|till|before)\b)|(?:never|not ever|never ever) (?:going to|ever going to) (?:get|feel|be) (?:better|any better|okay|ok|good|happy)|(?:it|things|life) (?:will|is going to|are going to) never (?:get|be) (?:any )?better|never (?:gets?|getting) (?:any )?better|(?:will|am going to|is going to) (?:always|forever) (?:be|feel) (?:like this|this way|alone|a failure|a disappointment|broken|unhappy)|always will be${END}|nothing (?:ever )?(?:changes|improves|gets better)`,
    'concern',
    HOPELESS,
  ),
  p(
    'burden drain weight',
    String.raw`(?:im|i am|feel like|feeling like|i feel like|being) (?:such |a |just |nothing but |only |so much of )*(?:a )?(?:burden|drain on|weight on)|(?:burden|drain|weight) (?:to|on|for) (?:everyone|everybody|my family|them|people|others|the people)`,
    'concern',
    HOPELESS,
  ),
  p(
    'point',
    String.raw`(?:whats|what is) the point(?: (?:of|in) (?:anything|it all|any of (?:it|this)|everything|trying|even trying|going on|carrying on))?(?: anymore)?${END}|no point (?:in )?(?:trying|anything|going on|carrying on|to anything|even trying)|(?:cant|cannot|dont|do not) see the point`,
    'concern',
    HOPELESS,
  ),
  p(
    'future way light end trapped',
    String.raw`(?:dont|do not|cant|cannot|can not) see (?:a|any|the|my) (?:future|way out|way forward|light|end to (?:this|it))|no future (?:for me|left)|no way out(?! of (?:this|the|my|that) (?!(?:life|situation|mess|pain|hell|darkness|place|feeling)\b)\w+)|trapped${END}|(?:feel|feeling|am|im) (?:so |completely |totally )?trapped`,
    'concern',
    HOPELESS,
  ),
  p(
    'giving give given gave',
    String.raw`(?:giving|give|given|gave) up on (?:everything|myself|it all)|feel like giving up${END}`,
    'concern',
    HOPELESS,
  ),
  p(
    'giving give given gave',
    String.raw`(?:giving|give|given|gave) up on (?:life|living|being alive)`,
    'urgent',
    SUICIDAL_HOPELESS,
  ),
  p(
    'worthless waste hate disappointment',
    String.raw`(?:im|i am|i feel|feel|feeling|i feel like) (?:so |completely |totally |utterly |just )*(?:worthless|a waste of (?:space|air|oxygen|life))|i hate myself(?! for)|hate myself so much|(?:a )?disappointment to (?:everyone|everybody|my family|them)`,
    'concern',
    HOPELESS,
  ),
  p(
    'nobody one',
    String.raw`(?:nobody|no one|not one person) (?:cares|loves me|likes me|wants me)(?: about me| if i| whether i| what happens to me|${END})|(?:nobody|no one) would (?:even )?(?:notice|care|miss me)`,
    'concern',
    HOPELESS,
    { selfEvident: true },
  ),
  p(
    'pointless meaningless hopeless matters',
    String.raw`(?:everything|life|it all|my life) (?:feels|is|seems) (?:so |completely )?(?:pointless|meaningless|hopeless)(?! without\b)|nothing (?:i do )?matters(?: anymore)?${END}`,
    'concern',
    HOPELESS,
  ),

  /* --- Distress: heavy, but not in itself a risk to life. --- */
  p(
    'cant cannot couldnt unable coping cope',
    String.raw`(?:cant|cannot|couldnt|unable to) ${ADVERB}(?:cope|take (?:it|this|any more|anymore|much more)|handle (?:it|this|anything|life)(?: anymore)|handle any of (?:this|it)|go on(?! like this (?:with|about) (?:the|this|these|those|our)\b)|keep going|carry on|do this anymore|keep doing this|function|breathe(?! through| out of)|stop crying|hold it together|stop shaking)|not coping|struggling to cope|i cant anymore${END}`,
    'concern',
    DISTRESS,
  ),
  p(
    'falling fall breaking crumbling breakdown',
    String.raw`(?:im|i am|i|me|everything|my life|my world|life|it all) (?:\w+ ){0,2}?(?:falling apart|fall apart|breaking down|crumbling)|(?:having|had|have|verge of|close to|near|on the edge of) (?:a )?(?:nervous |mental |complete |total )?breakdown`,
    'concern',
    DISTRESS,
  ),
  p(
    'panic anxiety hyperventilating',
    String.raw`panic attacks?|anxiety attacks?|hyperventilating`,
    'concern',
    DISTRESS,
  ),
  p(
    'breaking rope tether barely thread',
    String.raw`(?:at )?(?:my )?breaking point|end of my (?:rope|tether)|barely (?:holding (?:it|myself) together|hanging on|coping|surviving|getting through|functioning|keeping (?:it together|my head above water))|hanging by a thread`,
    'concern',
    DISTRESS,
  ),
  p(
    'empty numb hollow inside',
    String.raw`(?:i feel|i am|im|feeling|i felt|i have been feeling|ive been feeling|i feel like|i just feel|i (?:just )?felt) (?:so |completely |totally |utterly |just |really )*(?:empty|numb|hollow)|dead inside`,
    'concern',
    DISTRESS,
  ),
  p(
    'crying cry',
    String.raw`(?:cant|cannot) stop crying|crying\b[^.!?;]{0,30}?\b(?:cant|cannot) stop|crying (?:all day|all night|every day|every night|constantly|nonstop)|cry(?:ing)? myself to sleep`,
    'concern',
    DISTRESS,
  ),
  p(
    'mind spiraling spiralling drowning',
    String.raw`(?:losing|lost) my mind|(?:im|i am|keep) spiral(?:l)?ing|spiral(?:l)?ing (?:again|out|down)|(?:feel|feeling) like (?:im|i am) drowning|im drowning${END}`,
    'concern',
    DISTRESS,
  ),
  p(
    'alone isolated',
    String.raw`(?:i feel|feel|feeling|im|i am) (?:so |completely |totally |utterly )?(?:alone|isolated)${END}`,
    'concern',
    DISTRESS,
  ),
  p(
    'scared terrified afraid frightened heart chest',
    String.raw`scared of (?:my (?:own )?(?:thoughts|mind|head)|myself)|(?:terrified|scared|afraid|frightened) all the time|(?:heart|chest) (?:wont|will not) stop (?:racing|pounding)`,
    'concern',
    DISTRESS,
  ),
  p(
    'pretending overwhelmed who',
    String.raw`(?:exhausted|tired|sick) (?:from|of) pretending|pretending (?:to be|im|i am) (?:ok|okay|fine|alright)|(?:so )?overwhelmed (?:that )?i (?:cant|cannot)|dont know who i am anymore`,
    'concern',
    DISTRESS,
  ),
];

/* ------------------------------------------------------------------------ */
/* 3b. Compositional rules: concept lexicons joined by cues                  */
/* ------------------------------------------------------------------------ */
/*
 * The phrases above catch wordings seen before. These rules generalise: each
 * is built from a small lexicon of a concept (death, self-harm, being a
 * burden, finality, harm from others) and a lexicon of cues (desire, intent,
 * rumination) that turn a mention into a wish. They go through the same
 * clause checks (negation, distant past, someone else's words) as the phrases.
 */

const alt = (...parts: readonly string[]): string => `(?:${parts.join('|')})`;

/** Desire, intent or rumination: what turns a mention of death into the writer's wish. */
const DESIRE = alt(
  'want',
  'wanted',
  'wanting',
  'wants',
  'wish',
  'wished',
  'wishing',
  'hope',
  'hoping',
  'pray',
  'praying',
  'plan',
  'plans',
  'planning',
  'planned',
  'intend',
  'intending',
  'going to',
  'about to',
  'ready to',
  'decided to',
  'tempted to',
  'urges? to',
  'need to',
  'needed to',
  'should',
  'deserve to',
  'would rather',
  'id rather',
  '(?:dream|dreaming|daydream|daydreaming|fantasi[sz]e|fantasi[sz]ing|obsessing) (?:about|over|of)',
  'feel like',
  'felt like',
  'feeling like',
  'could just',
  'might just',
  'may just',
  'so (?:that )?i (?:can|could)',
  'close to',
  'tried to',
  'try to',
  'trying to',
  'attempt(?:ed|ing)? to',
  'considering',
  'contemplating',
  'long to',
  'longing to',
  'itching to',
  '(?:cant|cannot|can not) wait to',
  'looking forward to',
  '(?:would|id) (?:love|give anything) to',
  'part of me (?:wants|wanted)(?: to)?',
  'plan (?:for (?:\\w+ ){1,2})?is to',
);
/** Thinking about something: enough for killing oneself, not for plain "dying". */
const RUMINATE = String.raw`(?:thinking|think|thought|thoughts) (?:about|of)`;
/** Thinking that will not stop: enough for plain "dying" too. */
const RUMINATE_HARD = String.raw`(?:(?:keep|kept|cant stop|cannot stop|constantly|always|obsessively) (?:thinking|think)|all i (?:can |ever |do )?(?:think|thinking)) (?:about|of)`;

/** Up to four words between a cue and its concept, none of which turns it around. */
const FILL = String.raw`(?:(?!(?:stop|stopped|quit|not|never|but|without|unless)\b)[a-z0-9]+ ){0,4}?`;
/** Death, dying or not existing, worded as something a person could wish for themselves. */
const DEATH_PLAIN = alt(
  String.raw`die\b(?! (?:of|from|down|out|off|laughing|hard|for|young|old|happy|rich|in (?:a|the) (?:game|film|show|book)|my|her|his|their|your|the|it|them|some|eggs?|hair)\b)`,
  String.raw`dying\b(?! (?:to|for|of|from|laughing|inside|my|her|his|their|your|the|it|them|eggs?|hair|wool)\b)`,
  String.raw`(?:be|being|was|were|am|im|end up|ended up|wind up) dead\b(?! (?:tired|on|set|serious|weight|end|meat|inside|to the world|wrong|right|last|quiet|silent|easy|funny|good|cute|lucky|proud|bored)\b)`,
);
/** Going to a place or in front of traffic, as a way to die: named, never described. */
const PLACE_ACT = alt(
  String.raw`(?:jump|jumping|jumped|leap|leaping|throw myself|throwing myself|threw myself) (?:off|from|in front of|into|under) (?:a|the|that|this|my) (?:\w+ )?(?:bridge|building|roof|cliff|balcony|train|bus|car park|tower|river|sea|motorway|traffic|lorry|truck|window|ledge)`,
  String.raw`(?:step|stepping|stepped|walk|walking|walked|stand|standing|stood|lie|lying|lay|lie down|stop|stopping|stopped|stay|staying|stayed) (?:\w+ )?(?:(?:in front of|into|under) (?:a|the|an|some) (?:oncoming )?(?:tracks|railway line|railway|train|traffic|lorry|truck|bus|motorway|river|sea|lake|canal|ocean)|(?:on|onto) (?:the|a) (?:tracks|railway line|railway|motorway))`,
  String.raw`(?:crash|crashing|crashed|swerve|swerving|swerved|wrap|wrapping) (?:the|my) car\b`,
  String.raw`(?:swerve|swerving|swerved|drive|driving|drove|steer|steering|steered|turn|turning|turned) (?:the car |the wheel |my car )?(?:off the road|off a bridge|into (?:a|the|some|an) (?:oncoming )?(?:wall|tree|river|sea|lorry|truck|traffic|barrier|bridge))`,
  'turn(?:ing)? the wheel',
);
/** Worded so that only the writer's own death fits: killing oneself, ending it, not existing. */
const DEATH_STRONG = alt(
  'kill(?:ing)? myself',
  'unaliv(?:e|ed|ing)(?: myself)?',
  '(?:end|ending|ended|take|taking|took) (?:my|my own) life',
  String.raw`(?:end|ending) (?:it|it all|things|everything)\b(?! (?:with|off|early|there|here|on|at|up|between|for (?:the|this|today|now|us))\b)`,
  String.raw`(?:not|never|dont|didnt|wont) (?:to )?(?:wake up\b(?! (?:before|until|till|til|early|on time|in time|at|for|when|if|with|in time|till)\b)|exist|be here anymore|be alive|be around anymore|come back)`,
  String.raw`(?:not|never) (?:waking up|being (?:here|alive|around)|existing)\b(?! (?:before|until|till|early|on time|at)\b)`,
  '(?:off|offing) myself',
  PLACE_ACT,
  String.raw`jump${END}`,
  'not (?:to )?be (?:here|around|alive)(?: anymore)?',
  'stop(?:ped)? (?:existing|being alive|living|breathing|being here)',
  String.raw`(?:sleep|rest) (?:forever|for good|and (?:never|not) wake(?: up)?)\b(?! (?:after|when|once|this|till|until|lol|haha|lmao)\b)`,
  '(?:disappear\\w*|vanish\\w*|go away|be gone) (?:for good|forever|permanently)',
  String.raw`be gone\b(?! (?:for|on|by|before|from|when|in|to|at|till|until|all|a|the|soon|tomorrow|next|so|now)\b)`,
  'no longer (?:be )?(?:alive|here|around|exist)',
  'overdos(?:e|ed|ing)',
  '(?:jump|jumping) (?:off|from|in front of) (?:a|the|that) (?:bridge|building|roof|cliff|balcony|train|bus|car park|tower)',
  '(?:step|stepping|walk|walking) (?:in front of|into) (?:a|the) (?:train|bus|traffic|car|lorry|truck|sea|ocean|river|lake)',
  'walk(?:ing)? into traffic',
  '(?:not|never) (?:survive|make it through)',
);
const DEATH_CORE = alt(DEATH_PLAIN, DEATH_STRONG);
const DEATH_KEYS =
  'jump jumping jumped leap leaping throw throwing threw step stepping stepped walk walked stand standing stood lie lying lay stop stopping stay staying stayed crash crashing crashed swerve swerving swerved wrap wrapping drive driving drove steer steering steered turn turning turned off offing waking being existing ' +
  'die dying dead myself unalive unalived unaliving life end ending wake exist here alive around back stop stopped sleep rest good forever permanently gone longer overdose overdosed overdosing jump jumping step stepping walk walking survive make';

/** Being better off without the writer: who and how. */
const BETTER = alt(
  'better',
  'better off',
  'happier',
  'easier',
  'fine',
  'relieved',
  'lighter',
  'calmer',
  'freer',
  'okay',
  'ok',
  'manage',
  'cope',
  'move on',
  'care',
  'notice',
  'miss me',
  'mind',
  'cry',
  'favou?r',
);
/** The writer gone for good, as a condition ("if I was gone", "without me in it"). */
const ABSENCE = alt(
  String.raw`without me(?! (?:for|on|at|this|tonight|today|tomorrow|there|while|next|to)\b)`,
  'if i (?:just |simply |finally )?(?:was|were|wasnt|werent|was not|were not) (?:gone|dead|here|around|alive|in the picture|in it|to disappear)',
  'if i (?:just |simply |finally )?(?:died|disappeared|vanished|didnt exist|didnt wake up|killed myself|stopped existing|ceased to exist|never existed|was never born|wasnt born|ended it)',
  '(?:once|when|after) im (?:gone|dead|not here|not around|no longer here)',
  'me (?:gone|dead|out of the picture)',
  'by (?:disappearing|dying|going away|ending it)',
  `if i (?:just )?${PLACE_ACT}`,
);

/** Finality: farewells and preparations. Alone a gentle offer; two of them, or one beside thoughts of death, urgent. */
const FINAL = alt(
  '(?:wrote|written|writing|finished|left|leave|leaving) (?:my|goodbye|last|final) (?:notes?|letters?)',
  '(?:wrote|written|writing) (?:letters|notes|a letter|a note) (?:to|for) (?:everyone|everybody|my (?:family|kids|sister|brother|mum|mom|dad|parents|partner|husband|wife|best friend|best mate)|the kids|them all)',
  '(?:giving|gave|give|given) (?:away )?(?:all |most of )?my (?:plants|books|pets|cat|dog|records|guitar|clothes) (?:away )?(?:to|because|since|as)\\b',
  '(?:giving|gave|give|given) (?:away )?(?:all |most of )?my (?:things|stuff|belongings|possessions|prized \\w+)\\b(?! to (?:the |a )?(?:charity|oxfam|goodwill|charity shop))',
  `(?:wrote|written|writing|left) (?:a|the) note${END}`,
  '(?:wont|will not|not going to) need (?:it|this|them|you|any of (?:it|this|them)|my \\w+) (?:after (?:tonight|today|tomorrow|this)|where im going|much longer)',
  '(?:made|have|got|ive got|making) a plan(?! (?:for|to (?:go|see|meet|visit|get|start|eat|study|save|fix|talk|call))\\b)',
  '(?:picked|chose|chosen|set|have|got) (?:a|the) (?:date|day)(?= (?:now|and|to do|for it)|\\s*[.,;!?]|$)',
  '(?:got|have|put|getting|putting) (?:my )?(?:affairs|things|everything) (?:in order|sorted|ready)',
  '(?:saying|said|say) (?:my )?goodbyes',
  'goodbye (?:journal|diary|everyone|world|all|forever)',
  'sorry (?:to|for) everyone',
  '(?:decided|worked out|working out|figured out|figuring out) (?:how|when|where) (?:\\w+ ){0,3}?(?:do it|end it|go)',
  '(?:sort|sorted|sorting) (?:out )?before i go',
);

const SELF_HARM_URGE = String.raw`(?:urges?|itch|need|craving|cravings|tempted|want|wanted|wanting) (?:\w+ ){0,2}?to (?:cut|burn|bleed)(?:${END}| (?:again|so bad|so badly|myself|tonight|deeper|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body))\b|(?= (?:is|was|keeps|has|came|comes|got|gets|won|wins)\b))`;

/** Phrases that announce a concept but need a second sign to be urgent. */
const COMPOSED: readonly Pattern[] = [
  /* Death wished for, planned or dwelt on, by the writer. */
  p(DEATH_KEYS, `${DESIRE} ${FILL}${DEATH_CORE}`, 'urgent', SUICIDAL, { deathWish: true, needsSelf: true }),
  p(
    'wake back',
    String.raw`${DESIRE} (?:\w+ ){0,8}?and (?:just )?(?:not|never) (?:wake up|come back)\b(?! (?:before|until|till|til|early|on time|in time|at)\b)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(DEATH_KEYS, `${RUMINATE} ${FILL}${DEATH_STRONG}`, 'urgent', SUICIDAL, { needsSelf: true }),
  p(DEATH_KEYS, `${RUMINATE_HARD} ${FILL}${DEATH_CORE}`, 'urgent', SUICIDAL, { needsSelf: true }),
  p(
    'sleep asleep',
    String.raw`(?:go to |fall )?sleep for good|(?:go to sleep|fall asleep) and (?:never|not) wake(?: up)?`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'want wish long longing ready pray welcome',
    String.raw`(?:want|wish for|long for|longing for|ready for|pray for|praying for|welcome) death\b`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  // Death as the answer: "dying is the only way it will stop", "the only way out is to end it".
  p(
    DEATH_KEYS,
    String.raw`${DEATH_CORE} (?:\w+ ){0,4}?(?:is|would be|feels like|seems like|seems|sounds like|as) (?:\w+ ){0,2}?(?:the only|my only|only|a|the best|my best|the last) (?:way|option|answer|escape|relief|solution|choice|way out|peace|rest|exit|door)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'way out escape answer option door',
    String.raw`(?:only|last|best) (?:way out|escape|answer|option|door|way) (?:\w+ ){0,4}?(?:is|would be|seems|left is) (?:\w+ ){0,1}?(?:to )?${DEATH_CORE}`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'death dying door',
    String.raw`(?:death|dying) (?:\w+ ){0,2}?(?:feels|seems|looks|is) like (?:the|a|my) (?:only|way|door|exit|escape|answer|relief|rest|option)`,
    'urgent',
    SUICIDAL,
  ),
  // Stems of the self-evident forms: "disappearing for good", "stop existing".
  p(
    'disappearing vanishing existing disappeared vanished',
    String.raw`(?:disappearing|vanishing|disappeared|vanished) (?:for good|forever|permanently)|stop existing`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'survive live alive exist wake living',
    String.raw`(?:dont|do not) (?:think|know if|know whether) i (?:even |really )?(?:want|wanna) to (?:survive|live|be alive|be here|exist|wake up|keep living)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p('survive', String.raw`(?:dont|do not) (?:\w+ )?want to survive`, 'urgent', SUICIDAL, { needsSelf: true }),

  /* Others better off without me: a burden word and an absence. */
  p(
    'better happier easier fine relieved lighter calmer freer okay ok manage cope move care notice miss mind cry favour favor',
    `${BETTER}(?: off)? (?:\\w+ ){0,4}?${ABSENCE}`,
    'urgent',
    SUICIDAL_HOPELESS,
    { selfEvident: true },
  ),
  p(
    'need',
    String.raw`(?:world|earth|everyone|everybody|anyone|nobody|no one) (?:\w+ ){0,2}?(?:doesnt|dont|wouldnt|does not|do not|would not|wont) (?:even |really )?need me(?: in it| here| around| alive| anymore)?`,
    'urgent',
    SUICIDAL_HOPELESS,
    { selfEvident: true },
  ),
  p(
    'fine better happier',
    String.raw`(?:everyone|everybody|they|people|my family|the kids|my kids) (?:would|will) (?:all )?(?:be )?(?:fine|better|happier|better off) (?:\w+ ){0,2}?(?:if i (?:just )?(?:moved away|went away|ran away|disappeared|vanished|left)(?! (?:the|work|early|on time|a|my|for (?:work|a|the))\b)|without me(?! (?:for|on|at|this|tonight|today|tomorrow|there|while|next|to)\b))`,
    'concern',
    HOPELESS,
    { selfEvident: true },
  ),

  /* No point in being alive: hopelessness about life itself. */
  p(
    'point reason purpose sense',
    String.raw`(?:point|reason|purpose|sense) (?:\w+ ){0,3}?(?:of|in|for|to) (?:me )?(?:being alive|living|existing|staying alive|being here|waking up|keep living|stay alive|me being (?:here|alive|around))\b(?! (?:in|with|on|at)\b)`,
    'urgent',
    SUICIDAL_HOPELESS,
  ),
  p(
    'tired sick exhausted weary',
    String.raw`(?:tired|sick|exhausted|weary) of (?:\w+ ){1,3}?(?:being alive|staying alive|stay alive|to live|existing)`,
    'urgent',
    SUICIDAL_HOPELESS,
    { needsSelf: true },
  ),
  p(
    'fighting trying struggling',
    String.raw`(?:tired|sick|exhausted|weary) of (?:fighting|trying|struggling)${END}`,
    'concern',
    HOPELESS,
  ),
  p(
    'better okay ok good easier',
    String.raw`(?:dont|do not|cant|cannot|never) (?:really )?(?:think|see|believe|imagine) (?:that )?(?:things|it|life|anything|my life|this) (?:will|is going to|are going to|would|could|can|is ever going to) (?:ever )?(?:get|be|feel|become) (?:any )?(?:better|okay|ok|good|easier)`,
    'concern',
    HOPELESS,
  ),
  p(
    'left',
    String.raw`(?:ive got|i have|ive|i got|theres|there is|i have got) (?:\w+ )?nothing left(?! (?:to (?:do|eat|watch|read|pack|buy|sort|clean|say)|in|of|on|for (?:dinner|lunch|breakfast))\b)`,
    'concern',
    HOPELESS,
  ),
  p(
    'done',
    String.raw`done with (?:all of it|it all|everything|everyone|life|this life|all this|all of this)${END}`,
    'concern',
    HOPELESS,
  ),
  p(
    'stupid drastic',
    String.raw`(?:not|never|wont) (?:going to |gonna )?do (?:anything|something) (?:stupid|drastic)`,
    'concern',
    SUICIDAL,
  ),

  /* Finality: farewells and preparations. */
  p(
    'wrote written writing finished left leave leaving letters notes letter note giving gave give given need tonight made have got making picked chose chosen set affairs things everything saying said say goodbyes goodbye sorry decided worked working figured figuring sort sorted sorting',
    FINAL,
    'concern',
    SUICIDAL,
    { finality: true, selfEvident: true },
  ),
  p(
    'last final',
    String.raw`(?:this is|this will be|thats|heres|here is) my (?:last|final) (?:entry|message|post|words|note|goodbye)${END}`,
    'urgent',
    SUICIDAL,
    { finality: true, selfEvident: true },
  ),
  // A passive wish for an accident or illness.
  p(
    'hope hoping wish wishing pray praying',
    String.raw`(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:a|the|some|something|someone|somebody) (?:\w+ ){0,2}?(?:would |will |could |might )?(?:just )?(?:hit|kill|run over|crash into|take) me\b|(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:get|got|catch|develop|have) (?:cancer|a terminal \w+|something terminal|hit by|run over|in an accident|killed)`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'calling calls called pulling pulls',
    String.raw`(?:bridge|edge|ledge|tracks|void|drop|pills|rope|railway|river|sea|cliff) (?:\w+ ){0,5}?(?:keeps |kept |is |was )?(?:calling|calls|called|pulling|pulls) (?:to |at )?me`,
    'urgent',
    SUICIDAL,
  ),
  p(
    'pills tablets painkillers meds paracetamol',
    String.raw`(?:lined|lining|laid|laying|line|lay) (?:up |out )?(?:all )?(?:the |my |of my )?(?:pills|tablets|painkillers|meds)|(?:staring at|holding) (?:all )?(?:the |my )?(?:pills|tablets|painkillers)|how many (?:\w+ ){0,3}?(?:pills|tablets|painkillers|paracetamol) (?:\w+ ){0,4}?(?:it would take|would it take|it takes|to die|to kill|enough to)|enough (?:pills|tablets|painkillers|meds) to`,
    'urgent',
    SUICIDAL,
  ),

  /* Self-harm: urges, relapse, injury on purpose. */
  p('cut burn bleed', SELF_HARM_URGE, 'urgent', SELF_HARM, { needsSelf: true }),
  p(
    'relapse relapsed relapsing',
    String.raw`relaps(?:e|ed|ing) (?:\w+ ){0,6}?(?:cut\w*|blades?|razors?|self harm\w*|burn\w*|hurt myself)|(?:cutting|self harm\w*) (?:\w+ ){0,4}?relaps(?:e|ed|ing)`,
    'urgent',
    SELF_HARM,
  ),
  p(
    'relapse relapsed relapsing',
    String.raw`relaps(?:e|ed|ing)(?:${END}| (?:again|last night|yesterday))`,
    'concern',
    DISTRESS,
    { needsSelf: true },
  ),
  p(
    'cut cutting burn burning harm harming',
    String.raw`(?:used to|started to|started|stopped|quit|urge to|urges to) (?:cut|cutting|burn|burning|self harm|self harming)(?:${END}|(?= (?:years|when|as a|in|at|back|for|until|a lot|again|every)\b))`,
    'urgent',
    SELF_HARM,
    { needsSelf: true },
  ),
  p(
    'blade blades razor razors',
    String.raw`(?:hid|hidden|hide|hiding|holding|found|keep|kept) (?:\w+ ){0,2}?(?:the |my )?(?:blades?|razors?)`,
    'concern',
    SELF_HARM,
  ),
  p(
    'until till til',
    String.raw`(?:bang|bash|hit|punch|scratch|pick|bit|bite|slam|dig|claw|scrape|pull)\w* (?:at |into )?(?:my (?:\w+ )?|myself |the wall |walls |the door |the floor )(?:\w+ ){0,3}?(?:until|till|til) (?:it|they|i|my \w+) (?:\w+ )?(?:bleed\w*|bled|split|bruise\w*|hurt\w*|went numb|broke|was raw|were raw|raw)`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'figure metaphor metaphorically literally',
    String.raw`(?:bang|bash|slam|hit)\w* my head (?:against|into|on) (?:\w+ ){0,2}?(?:wall|floor|door|desk)\b(?: \w+){0,6}? (?:not (?:as )?a (?:figure of speech|metaphor)|not metaphorically|literally)`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'punish',
    String.raw`(?:need|needs|want|wanted|going|have|deserve|should|must) to (?:(?!stop\b)\w+ ){0,2}?punish myself`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'deserve deserved',
    String.raw`(?:deserve|deserved) to (?:hurt|suffer|bleed|feel pain|be in pain|be punished)`,
    'concern',
    SELF_HARM,
    { needsSelf: true },
  ),

  /* Harm from others, worded more loosely than the phrases above. */
  p(
    'threat threats threaten threatens threatened threatening',
    String.raw`threat(?:en|ens|ened|ening|s)? (?:\w+ ){0,2}?to (?:hurt|kill|harm|hit|beat|stab|shoot|strangle|choke|rape) (?:\w+ ){0,3}?me\b`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'hurt kill harm hit beat stab',
    String.raw`(?:he|she|they|${PERSON}) (?:\w+ ){0,4}?(?:hurt|kill|harm|hit|beat|stab) (?:\w+ ){0,2}?me if i (?:\w+ ){0,2}?(?:leave|left|go|tell|told|try|call|report|say|said)`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'make',
    String.raw`(?:he|she|they) (?:will|would|is going to|was going to|ll) make me (?:pay|regret|sorry)`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'safe',
    String.raw`(?:not|never|no longer) safe (?:\w+ ){0,2}?(?:at home|in (?:this|my|our|the) (?:own )?(?:house|home|flat|room|apartment))`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    HARM_KEYS,
    String.raw`${PERSON} (?:\w+ ){4,6}?${HARM_VERB} me\b(?! (?:(?:a|an|some|the|one|two|lunch|coffee|dinner|food|a drink|deeply|so much|out of)\b|to (?!the (?:ground|floor|wall))|with (?:eviction|legal|a lawsuit|court|the sack|a fine)))`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'comes came coming come gets got',
    String.raw`${PERSON} (?:\w+ ){0,2}?(?:comes|came|keeps coming|come|gets|got) (?:in|into) (?:my (?:room|bed)|bed with me)(?: \w+){0,2}? at night`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p('tell', String.raw`(?:dont|do not) know who (?:to|i can) tell`, 'concern', FROM_OTHERS, {
    fromOthers: true,
  }),
];

/* ------------------------------------------------------------------------ */
/* 3c. Broader coverage: means, farewells, paraphrased wishes, distress      */
/* ------------------------------------------------------------------------ */
/*
 * Concept lexicons again, for wordings the rules above missed on unseen
 * writing. A means or a preparation is named only in passing here and only
 * as a word to recognise; nothing in this file describes how.
 */

/** A means of self-harm or suicide, named as people name it in passing. */
const MEANS = String.raw`(?:(?:the|my|a|some|all the|all my|those|these|enough|of my|of the) )?(?:razors?|blades?|pills|tablets|meds|medication|painkillers|paracetamol|prescriptions?|rope|knife|knives|gun)\b(?! (?:and fork|block|drawer for|skills|sharpener|set|rack)\b)`;
const MEANS_KEYS =
  'razor razors blade blades pills tablets meds medication painkillers paracetamol prescription prescriptions rope knife knives gun';
/** Cues that turn a means into a preparation: secrecy, purpose, dwelling, readiness. */
const MEANS_CUE = String.raw`(?:on purpose|deliberately|not telling (?:anyone|anybody|a soul|my \w+)|(?:so|and) (?:nobody|no one) (?:knows|sees|would (?:know|ask|see|notice)|asks|finds out|will (?:know|notice))|nobody knows|no one knows|ready(?! (?:for|to (?:cook|use|take with|go back)))\b|for (?:an hour|hours|ages|a long time|way too long|too long)|all night|for after\b|i know (?:exactly |just )?what (?:for|(?:its|it is|theyre|they are) for)\b|just in case i (?:need|decide|want)|when (?:the house is empty|everyone (?:is|s) (?:asleep|out|gone)|im alone))`;
/** Handling, keeping or getting a means: alone a supporting sign, with a time close to a plan. */
const MEANS_ACT = String.raw`(?:counted|counting|count|staring at|stared at|holding|held|got out|took out|taken out|bought|buying|buy|hid|hidden|hiding|sat with|sitting with|looking at|looked at|lined up|laid out|saving|saved|keeping|kept|stockpiled|stockpiling|collecting|collected|hoarding|got|have|sharpened) (?:\w+ ){0,3}?${MEANS}`;
/** A day or hour close enough to be a plan. */
const SOON = String.raw`(?:tonight|tomorrow|this weekend|(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?|after (?:everyone|they|the kids) (?:go|goes|are|have gone) (?:to bed|out|asleep))`;
/** A lot of a medicine, or all of it. */
const TOO_MUCH = String.raw`(?:took|taken|take|taking|swallowed|swallow|swallowing|had|downed|down) (?:\w+ ){0,2}?(?:(?:more|extra|loads|a load|lots|a lot|a handful|handfuls|the lot|double|all|everything|too many|the whole (?:box|packet|bottle|pack|strip)) (?:of )?(?:\w+ ){0,2}?(?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping pills)|the (?:whole|entire) (?:box|packet|bottle|pack|strip)\b)`;
const TOO_MUCH_CUE = String.raw`(?:on purpose|deliberately|than i (?:should|was (?:meant|supposed) to)|to (?:die|end it|sleep forever|not wake up|never wake up)|and (?:just )?(?:go to sleep|lay down|lie down|waited)|hoping|still (?:here|alive)|so i (?:wouldnt|would not|dont|do not|never) wake up)`;

const BROAD: readonly Pattern[] = [
  /* Means with a cue of purpose, secrecy, dwelling or a time. */
  p(
    MEANS_KEYS,
    String.raw`${MEANS}[^.!?;]{0,60}?\b${MEANS_CUE}|${MEANS_CUE}\b[^.!?;]{0,40}?\b${MEANS}`,
    'urgent',
    SUICIDAL,
    {
      needsSelf: true,
    },
  ),
  p(
    MEANS_KEYS,
    String.raw`${MEANS_ACT}[^.!?;]{0,60}?\b${SOON}\b|${SOON}\b[^.!?;]{0,60}?\b${MEANS_ACT}`,
    'urgent',
    SUICIDAL,
    {
      needsSelf: true,
    },
  ),
  p(
    MEANS_KEYS,
    String.raw`(?:sat|sitting|sit|stood|standing|lay|lying|stayed|staying) (?:\w+ ){0,7}?with (?:the|my|a) (?:razors?|blades?|pills|tablets|rope|knife|gun)\b(?! and fork)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(MEANS_KEYS, MEANS_ACT, 'concern', SUICIDAL, { needsSelf: true, quiet: true, finality: true }),
  p(
    'pills tablets meds medication painkillers paracetamol whole entire',
    String.raw`${TOO_MUCH}[^.!?;]{0,40}?\b${TOO_MUCH_CUE}`,
    'urgent',
    ['suicidal_thoughts', 'self_harm'],
    { needsSelf: true },
  ),
  p('pills tablets meds medication painkillers paracetamol whole entire', TOO_MUCH, 'concern', SUICIDAL, {
    needsSelf: true,
    quiet: true,
  }),
  p(
    'everything all lot whatever',
    String.raw`(?:take|taking|took|swallow|swallowing|swallowed) (?:everything|all of it|the lot|all of them|whatever i (?:can find|have)) (?:\w+ ){0,4}?(?:and|then) (?:just )?(?:go to sleep|sleep|not wake up|never wake up|be done|lie down)|(?:take|taking|swallow|swallowing) everything in (?:the|my) (?:medicine \w+|bathroom \w+)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),

  /* Finality: quiet signs that mean little alone and much together. */
  p(
    'ready',
    String.raw`(?:im|i am|i feel|feel|i think im|finally|now) (?:so |finally |completely |just )?ready to (?:go|leave|let go)${END}`,
    'concern',
    SUICIDAL,
    { finality: true, quiet: true, needsSelf: true },
  ),
  p(
    'said say saying',
    String.raw`(?:said|say|saying) (?:everything|all|what) (?:i )?(?:needed|need|wanted|want|had|have) to say`,
    'concern',
    SUICIDAL,
    { finality: true, quiet: true, needsSelf: true },
  ),
  p('tonight night', String.raw`tonight is the night|tonights the night`, 'concern', SUICIDAL, {
    finality: true,
    quiet: true,
  }),
  p(
    'done',
    String.raw`(?:im|i am) (?:just |so |completely |totally |honestly |really )*done(?=\s*(?:[.!?]|$))`,
    'concern',
    HOPELESS,
    { quiet: true },
  ),
  p(
    'peace',
    String.raw`at peace with (?:it|my decision|the decision|what i (?:have|ve) decided|my choice)`,
    'concern',
    SUICIDAL,
    { finality: true, quiet: true, needsSelf: true },
  ),
  p(
    'worked working figured figuring decided deciding',
    String.raw`(?:worked out|working out|figured out|figuring out|decided|deciding) (?:on )?the (?:when|how|where|date|day|time|method)`,
    'concern',
    SUICIDAL,
    { finality: true, needsSelf: true },
  ),
  p(
    'how',
    String.raw`(?:thinking|thought|think|know|worked out|figured out|planned|planning|decided|imagine|imagining|picture|picturing) (?:about )?how (?:id|i would|i will|ill|im going to|i am going to|i could|i might|to) (?:do it|end it|go)(?=\s*(?:[.!?;,]|$|and|but|so|now|already|tonight))`,
    'concern',
    SUICIDAL,
    { finality: true, needsSelf: true },
  ),
  p(
    'goodbye',
    String.raw`(?:messages?|texts?|emails?|notes?|letters?|videos?|voice notes?) (?:\w+ ){0,2}?(?:saying|to say|that says) goodbye(?! to (?!everyone|everybody|the world|you all|all of you|life)\w)`,
    'concern',
    SUICIDAL,
    { finality: true, needsSelf: true },
  ),
  p(
    'scheduled schedule',
    String.raw`(?:scheduled|schedule) (?:it|them|a message|an email|a text|the message|the email|the text|a post) (?:to (?:send|go out) )?(?:for|at)\b`,
    'concern',
    SUICIDAL,
    { finality: true, quiet: true, needsSelf: true },
  ),
  p(
    'everyone everybody',
    String.raw`(?:wrote|written|writing|write) (?:\w+ ){0,1}?(?:to|for) (?:everyone|everybody|all the people|the people) i (?:love|care about)`,
    'concern',
    SUICIDAL,
    { finality: true, needsSelf: true },
  ),
  p(
    'find after',
    String.raw`for (?:them|someone|people|everyone|my \w+) to find|where (?:they|someone|people|he|she) (?:will|would) find (?:them|it)|for after${END}`,
    'concern',
    SUICIDAL,
    { finality: true, quiet: true, selfEvident: true },
  ),
  p(
    'need',
    String.raw`(?:wont|will not|dont|do not|wouldnt|would not) need me (?:around|here|anymore|much longer|soon|to \w+ (?:them|it) (?:soon|anymore))`,
    'concern',
    SUICIDAL,
    { finality: true, quiet: true, selfEvident: true },
  ),
  p(
    'here around alive',
    String.raw`(?:wont|will not) be (?:here|around|alive) (?:next|by|for|this|in|to see|after)\b`,
    'concern',
    SUICIDAL,
    { finality: true, quiet: true, needsSelf: true },
  ),
  p(
    'here around alive',
    String.raw`(?:dont|do not) think (?:ill|i will|id|i would) (?:still )?be (?:here|around|alive) (?:next|by|for|at|this|in|much|to see|come|after|tomorrow|anymore)\b`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'plan',
    String.raw`(?:have|got|made) a plan (?:now )?and a (?:date|day|time)(?! (?:for|to|with)\b)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'planning planned plan plotting arranging',
    String.raw`(?:planning|planned|plan|plotting|arranging) (?:out )?my (?:own )?(?:death|suicide|exit|way out)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p(
    'peace calm relief comfort freedom',
    String.raw`(?:peace|calm|relief|comfort|freedom) in (?:deciding|having decided|knowing|the (?:decision|idea|thought)) (?:\w+ ){0,6}?(?:die|dying|death|end it|be dead|not be here|be gone)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),

  /* A wish to die, worded another way. */
  p(
    'favour favor',
    String.raw`(?:favou?r)\b[^.!?;]{0,30}?\b(?:and|by) (?:just )?(?:${DEATH_STRONG}|end it|ending it|dying|die|disappear\w*)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p('life', String.raw`attempt(?:s|ed)? on my (?:own )?life`, 'urgent', SUICIDAL, { selfEvident: true }),
  p(
    'wonder wondering doubt',
    String.raw`(?:wonder|wondering|doubt) (?:if|whether) (?:anyone|anybody|people|they|my \w+) would (?:even )?(?:notice|care|miss me)`,
    'concern',
    HOPELESS,
  ),
  p('myself', String.raw`(?:off|offing|offed) myself`, 'urgent', SUICIDAL, { selfEvident: true }),
  p(
    'relief mercy blessing peaceful peace nice easier bliss better kinder',
    String.raw`(?:relief|a mercy|a blessing|peaceful|peace|nice|easier|bliss|better|kinder) (?:(?!for\b)\w+ ){0,2}?to (?:just )?${DEATH_CORE}`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p(
    'alive here breathing wake woke',
    String.raw`(?:disappointed|annoyed|angry|gutted|upset) (?:to|that i) (?:wake|woke) up (?:again|this morning|at all)|(?:disappointed|annoyed|angry|gutted|upset|furious|devastated) (?:that )?(?:i|im|to (?:be|find myself)) (?:was |am |)?still (?:alive|here|breathing)|(?:unfortunately|sadly) (?:i|im) (?:am |was )?still (?:alive|here|breathing)|still (?:alive|here|breathing)(?: ,)? unfortunately`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p('here', String.raw`why (?:am i|im|do i keep) (?:still )?here(?=\s*(?:[.!?,]|$))`, 'concern', SUICIDAL),
  p(
    'shouldnt should',
    String.raw`(?:shouldnt|should not) (?:still )?be (?:alive|breathing)\b`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'shouldnt should',
    String.raw`(?:shouldnt|should not) (?:still )?be(?: here| around)?(?=\s*(?:[.!?]|$)|(?: here| around) anymore)`,
    'concern',
    SUICIDAL,
    { needsSelf: true, quiet: true },
  ),
  p(
    'worth',
    String.raw`(?:life|living|being alive|staying alive|my life|existence|existing) (?:really |just |honestly |even |simply )?(?:isnt|is not|aint|is no longer|no longer|not|never) (?:really |even |actually )?worth (?:it|living|the (?:pain|effort|struggle|fight|bother))`,
    'urgent',
    SUICIDAL_HOPELESS,
  ),
  p(
    'whenever anytime any if',
    String.raw`(?:can|could) (?:always )?(?:just )?(?:end it|end things|end my life|kill myself|die|check out|opt out)(?: \w+){0,2}? (?:whenever|anytime|any time|if) (?:i (?:want|need|choose|like)|it gets too)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'comfort comforting comforts through',
    String.raw`(?:comfort|comforting|comforts me|gets me through)\b[^.!?;]{0,40}?\b(?:end it|end things|die|dying|death|not being here|kill myself|a way out|an exit)\b`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'scared afraid terrified frightened worried',
    String.raw`(?:scared|afraid|terrified|frightened|worried) (?:of )?what i (?:might|could|will|would|am going to|may) do(?: to myself)?(?! (?:next|with|for|about|if|at|after|tomorrow|in)\b)`,
    'concern',
    SUICIDAL,
    { needsSelf: true },
  ),
  p(
    'myself',
    String.raw`(?:scared|afraid|terrified|frightened|worried) (?:of )?what i (?:might|could|will|would|may) do to myself`,
    'urgent',
    ['suicidal_thoughts', 'self_harm'],
    { selfEvident: true },
  ),
  p(
    'life',
    String.raw`(?:out|escape) of (?:this|my) life(?: for good| forever| permanently)?${END}`,
    'concern',
    SUICIDAL,
    {
      quiet: true,
      needsSelf: true,
    },
  ),
  p(
    'sure',
    String.raw`(?:going to|gonna|will|im going to) make sure (?:i (?:dont|do not|never|wont) (?:have to|wake up|get to|live|see|survive|come back))`,
    'urgent',
    SUICIDAL,
    { needsSelf: true },
  ),
  p('sure', String.raw`make sure it (?:is|happens|does)${END}`, 'concern', SUICIDAL, {
    quiet: true,
    needsSelf: true,
  }),
  p(
    'wake died dead gone',
    String.raw`if i (?:didnt|did not|dont|do not|never|wouldnt) wake up(?: \w+){0,2}?(?: ,)? (?:id|i would|ill|i will|i think id|honestly id|i d)? ?(?:be )?(?:relieved|fine|ok|okay|happy|glad|grateful|at peace|not mind|wouldnt mind|more than ok)|if i (?:died|was dead|were dead|was gone|were gone) (?:tonight|tomorrow|today|in my sleep)(?: ,)? (?:id|i would) (?:be )?(?:relieved|fine|ok|okay|happy|glad|grateful|at peace)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true },
  ),
  p(
    'point',
    String.raw`(?:whats|what is|no) (?:the )?point (?:in |of )?(?:carrying on|going on|keeping going|continuing)${END}`,
    'concern',
    SUICIDAL,
  ),

  /* Self-harm in other words. */
  p(
    'cutting burning scratching carving hitting punching bruising marking slicing scraping',
    String.raw`(?:cutting|burning|scratching|carving|hitting|punching|bruising|marking|slicing|scraping) (?:my|on my|into my) (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|chest)`,
    'urgent',
    SELF_HARM,
    { selfEvident: true },
  ),
  p(
    'cutting harming harm burning hurting',
    String.raw`(?:cutting|self harm(?:ing)?|hurting myself|burning myself|harming myself) (?:really |honestly |actually |just |still |always )?(?:helps|helped|works|worked|is the only thing|was the only thing|calms me|makes (?:it|me|things)|is how i cope|feels good|feels like relief)`,
    'urgent',
    SELF_HARM,
    { needsSelf: true },
  ),
  p(
    'herself himself themselves themself',
    String.raw`(?:cuts|cutting|hurting|harms|harming|harmed|burns|burning) (?:herself|himself|themselves|themself)\b(?! (?:at|on|playing|while|when|in the|by accident|accidentally)\b)`,
    'concern',
    SELF_HARM,
    { anySubject: true },
  ),
  p(
    'scars',
    String.raw`scars (?:from when i was|from (?:back then|years ago|school))`,
    'concern',
    SELF_HARM,
    { anySubject: true },
  ),

  /* Harm from others, and fear. */
  p(
    'home',
    String.raw`(?:cant|cannot|dont want to|too scared to|scared to|afraid to|terrified to) go (?:back )?home(?:${END}|(?= (?:because|cause|hes|shes|he|she|they)\b))`,
    'concern',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'knows know found',
    String.raw`${PERSON} (?:\w+ ){0,2}?(?:knows|found out|know) where i (?:live|sleep|work|am|go)`,
    'concern',
    FROM_OTHERS,
    { fromOthers: true },
  ),
  p(
    'smashed broke kicked banged broken',
    String.raw`(?:he|she|they|hes|shes|my (?:ex|partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad)) (?:\w+ ){0,2}?(?:smashed|broke|kicked in|kicked down|banged on|tried to break) (?:\w+ ){0,1}?(?:the|my|our) (?:window|windows|door|front door|back door)`,
    'concern',
    FROM_OTHERS,
    { fromOthers: true, quiet: true },
  ),
  p(
    'terrified petrified frightened scared afraid',
    String.raw`(?:im|i am|i feel|feel|feeling|and|so) (?:so |really |absolutely |fucking |just )?(?:terrified|petrified|frightened|scared|afraid)(?= (?:he|she|they|of (?:him|her|them|what (?:he|she|they)))\b|${END})`,
    'concern',
    FROM_OTHERS,
    { fromOthers: true, quiet: true },
  ),

  /* Distress: heavy, but not in itself a risk to life. */
  p(
    'struggling',
    String.raw`(?:really|so|properly|seriously|been|im|i am|ive been|badly) struggling(?:${END}| (?:at the moment|lately|right now|mentally|with everything|with life|with my mental health|so much|a lot))`,
    'concern',
    DISTRESS,
    { needsSelf: true },
  ),
  p(
    'talk turn speak',
    String.raw`(?:dont|do not) know who (?:to|i can|else to|i could) (?:talk|turn|speak|go) to`,
    'concern',
    DISTRESS,
  ),
  p(
    'pointless meaningless hopeless unbearable much',
    String.raw`(?:everything|life|it all|my life|all of it|every day|each day|the world) (?:feels|seems|felt|has felt|is|has been|was) (?:\w+ ){0,3}?(?:pointless|meaningless|hopeless|unbearable|too much)\b(?! without)`,
    'concern',
    HOPELESS,
  ),
  p(
    'heavy grey gray dark empty numb',
    String.raw`(?:everything|life|it all|my life|all of it|every day|each day|the world) (?:feels|seems|felt|has felt) (?:so |really |very |completely |just |all )?(?:heavy|grey|gray|dark|empty|numb)`,
    'concern',
    DISTRESS,
  ),
  p(
    'hate',
    String.raw`i (?:really |just |honestly )?hate (?:who i am|being me|what ive become|the person i am|my (?:self|existence|whole self))`,
    'concern',
    HOPELESS,
  ),
  p(
    'lonely',
    String.raw`(?:unbearably|painfully|desperately|achingly|crushingly|terribly|incredibly) lonely|so lonely(?= (?:it|that i)\b|\s*(?:[.!?]|$))|lonely all the time|lonely (?:it|that it) hurts`,
    'concern',
    DISTRESS,
    { needsSelf: true },
  ),
  p(
    'drowning',
    String.raw`drowning (?:in|under) (?:everything|it all|all of (?:it|this)|grief|sadness|sorrow|despair|life|my (?:own )?(?:head|thoughts|grief|sadness))`,
    'concern',
    DISTRESS,
  ),
  p(
    'way',
    String.raw`(?:cant|cannot|dont|do not) see (?:a|any) way (?:through|forward|out)`,
    'concern',
    HOPELESS,
  ),
  p(
    'left eaten slept showered washed spoken been',
    String.raw`(?:havent|have not|hasnt|didnt|not) (?:left|got out of|gotten out of|been out of|eaten|slept|showered|washed|spoken to anyone|talked to anyone|been outside) (?:(?:my|the) (?:room|bed|house|flat|home|apartment) )?(?:properly )?(?:in|for) (?:days|weeks|\w+ days|\w+ weeks|ages|a week)`,
    'concern',
    DISTRESS,
  ),
  p(
    'face',
    String.raw`(?:cant|cannot|couldnt|could not) face (?:anyone|anybody|people|the world|anything|getting up|going out|another day|tomorrow|it all|life)`,
    'concern',
    DISTRESS,
  ),
  p(
    'swallowing eating consuming crushing drowning destroying suffocating overwhelming',
    String.raw`(?:grief|sadness|depression|darkness|loneliness|the pain|this pain|anxiety|guilt|shame|it) (?:is |keeps |has been |was )?(?:swallowing|eating|consuming|crushing|drowning|destroying|suffocating|overwhelming) me`,
    'concern',
    DISTRESS,
  ),
  p(
    'bed',
    String.raw`(?:can barely|could barely|cant|cannot|couldnt|struggling to|struggle to|barely) (?:get|drag myself|got) (?:up and )?out of bed\b(?! (?:till|until|til|before|on time|in time)\b)`,
    'concern',
    DISTRESS,
  ),
  p(
    'cried crying',
    String.raw`cried (?:all (?:day|night|morning|evening|weekend)|every (?:day|night)|for hours|myself to sleep|(?:\w+ ){0,4}?\w+ times today)`,
    'concern',
    DISTRESS,
  ),
  p(
    'wrong',
    String.raw`(?:dont|do not) know (?:whats|what is) wrong with me|(?:whats|what is) wrong with me(?=\s*[?.!]|$)`,
    'concern',
    DISTRESS,
  ),
  p(
    'failure',
    String.raw`(?:im|i am|feel like|feel like im|i feel like|im such|im just) (?:such |just |a |an |complete |total |utter |absolute |massive |huge )*failure\b(?! (?:at|of|in|to|rate)\b)`,
    'concern',
    HOPELESS,
  ),
  p(
    'intrusive thoughts',
    String.raw`intrusive thoughts|thoughts (?:that |which )?(?:scare|frighten|terrify|scared|frightened) me|(?:scary|frightening|horrible|awful) thoughts`,
    'concern',
    DISTRESS,
  ),
  p(
    'longer long',
    String.raw`(?:dont|do not) know how (?:much )?(?:longer|long) i can (?:keep going|go on|carry on|do this|take (?:it|this)|cope|hold on|keep doing this)`,
    'concern',
    DISTRESS,
  ),
  p(
    'felt feeling',
    String.raw`(?:ive|i have|i) (?:felt|been feeling) (?:so |completely |totally |really )?(?:empty|numb|hollow)`,
    'concern',
    DISTRESS,
  ),
  p(
    'mind head thoughts dark',
    String.raw`(?:my )?(?:mind|head|thoughts) (?:is|are|has been|have been|feels?) (?:so |really |very )?(?:dark|a mess|a dark place)|in a (?:really |very )?dark place`,
    'concern',
    DISTRESS,
  ),
  p(
    'depressed desperate miserable broken defeated wretched shattered crushed worthless useless low',
    String.raw`(?:im|i am|i feel|feel|feeling|ive been feeling|been feeling|felt) (?:so |really |very |completely |totally |utterly |deeply |just )?(?:depressed|desperate|miserable|broken|defeated|wretched|shattered|crushed|useless)\b(?! (?:about|that|at|by|when|for)\b)|(?:feeling|been feeling|felt|feel) (?:so|really|very) low`,
    'concern',
    DISTRESS,
    { needsSelf: true },
  ),
];

/*
 * Farewells and preparations said without a word for death: a eulogy or
 * funeral of one's own, a height checked, a rope or knot, a letter left "for
 * when you find this", a last entry, "tapping out" or "checking out" of life,
 * reasons to stay running out, and wanting to join someone who has died.
 */
const LOVED = String.raw`(?:him|her|them|my (?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|brother|sister|son|daughter|baby|husband|wife|partner|boyfriend|girlfriend|best friend|friend)|mum|mom|dad|nan|gran)`;
const GONE = String.raw`(?:died|passed|passed away|passing|funeral|grave|lost (?:him|her|them)|since (?:he|she|they) (?:went|left|died|passed)|(?:hes|shes|theyre|is|are) gone|buried|death)`;
const FAREWELL: readonly Pattern[] = [
  p(
    'eulogy funeral obituary headstone',
    String.raw`(?:wrote|written|writing|write|drafted|drafting|draft|planned|planning|plan|choosing|chose|chosen|picked|picking|organising|organizing|sorted|sorting) (?:\w+ ){0,2}?my own (?:eulogy|funeral|obituary|headstone|coffin)|my (?:own )?funeral (?:playlist|songs|music|readings)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'height high tall drop floor floors level bridge roof fence barrier railing edge',
    String.raw`(?:checked|checking|check|looked up|looking up|look up|measured|measuring|worked out|working out|googled|googling|researched|researching|scoped out|went to see|went and checked) (?:\w+ ){0,3}?(?:how (?:high|tall|far down|far it is down|long the drop)|the height of|how high (?:up )?the|the drop (?:from|off)|which (?:floor|level|bridge|building)|the (?:highest|tallest|top) (?:floor|level|bridge|building|point))|(?:which|what) (?:floor|level) (?:\w+ ){0,4}?(?:has no|hasnt got a|without a) (?:barrier|railing|fence)`,
    'urgent',
    SUICIDAL,
    { needsSelf: true, finality: true },
  ),
  p(
    'rope knot noose beam',
    String.raw`(?:got|get|getting|took|taken|take|brought|bring|fetched|fetch) (?:the|my|a) rope (?:out|down|up|in)\b(?! (?:for|to) (?:the |a )?(?:climbing|camping|tent|boat|washing|tow|swing|garden))|(?:tied|tie|tying) (?:the|a|my) rope (?:to|round|around) (?:the|a) (?:beam|banister|bannister|rail|hook|door|loft)|(?:practising|practicing|practise|practice|tying|tied|tie|learned to tie|learning to tie|looked up how to tie|looking up how to tie) (?:the|a|that) (?:knot|noose)\b`,
    'urgent',
    SUICIDAL,
    { needsSelf: true, finality: true },
  ),
  p(
    'find finds read reads',
    String.raw`(?:if|when|whoever|once) (?:you|anyone|someone|somebody|they|whoever) (?:finds?|reads?) this(?=\s*(?:[,.!?:;]|$)| (?:please|im sorry|i love|i want|i need|dont|know|its not|it wasnt|just know|i hope|i am sorry))`,
    'urgent',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'last final write writing entry page words',
    String.raw`(?:(?:this is|this will be|this might be|this may be|it will be|probably) (?:the|my) (?:last|final) (?:time (?:ill|i will|im going to) (?:ever )?(?:write|be writing|post)|(?:entry|page|post|thing i write|words)))|(?:the )?last time (?:ill|i will|im going to) (?:ever )?(?:write|be writing) (?:in |on )?(?:here|this|you)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'tapping tap tapped checking check checked',
    String.raw`(?:tapping|tap|tapped|checking|check) out (?:of (?:life|this life|this world|existence|everything|it all|all of it|being alive)|for good|permanently)|(?:(?:im|i am|i think im|think im|ready to|going to|about to|time (?:for me )?to|im just) (?:just |finally |officially )?(?:tapping|tap|checking|check) out)(?=\s*(?:[.!?;:,]|$| (?:now|tonight|soon|thanks|thank you|love you|sorry|goodbye|bye|i cant|i have given|ive given)\b))`,
    'urgent',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'reasons reason',
    String.raw`(?:running|run|ran|runs) out of reasons (?:to|for) (?:stay|staying|live|living|be alive|being alive|keep going|go on|going on|be here|being here|carry on|get up)|reasons? (?:i had )?(?:to|for) (?:stay|staying|live|living|keep going|be here)(?: alive| here)? (?:have|has|had|are|is) (?:all )?(?:run out|gone|going|disappeared|used up)|no reasons? left (?:to|for) (?:stay|live|be|keep|go on|carry)|(?:reasons|reason) (?:to|for) (?:staying|stay)(?: alive)? (?:\w+ ){0,5}?(?:run out|ran out|have all run out)`,
    'urgent',
    SUICIDAL_HOPELESS,
    { selfEvident: true },
  ),
  p(
    'join joining be with',
    String.raw`${GONE}\b[\s\S]{0,160}?\b(?:(?:go and|want to|wanted to|ready to|time to|time i|time for me to|just want to|long to|longing to|wish i could|need to|going to) (?:just )?(?:be with|join|follow|go to) ${LOVED}|(?:join|joining) ${LOVED})\b(?! (?:for|at|in|on|this|next|tomorrow|later|after|when|to)\b)|(?:(?:go and|want to|wanted to|ready to|time to|just want to|long to|longing to|wish i could|need to|going to) (?:just )?(?:be with|join|follow) ${LOVED}|(?:join|joining) ${LOVED})(?: again)?\b(?! (?:for|at|in|on|this|next|tomorrow|later|after|when|to)\b)[\s\S]{0,160}?\b${GONE}|(?:be with|join) ${LOVED} (?:wherever|where) (?:he|she|they) (?:is|are|went|has gone|have gone)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'be join',
    String.raw`(?:go and|go|just go and|ready to go and|time to go and|want to go and|wanna go and) be with ${LOVED}(?=\s*(?:[.!?;:,]|$| again\b| now\b| soon\b| where\b| up there\b| in heaven\b))|(?:be with|join|joining) ${LOVED} (?:again )?(?:in heaven|up there|on the other side|wherever (?:he|she|they) (?:is|are))`,
    'concern',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'sorry',
    String.raw`(?:im |i am |so |really )*sorry for (?:everything|all of it|it all|all the trouble)(?=\s*(?:[.!?;:]|$))`,
    'concern',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'sorry everything',
    String.raw`sorry for (?:everything|all of it|it all|being (?:such )?a (?:burden|weight|mess))[\s.,!]{1,4}(?:goodbye|bye|i love you|love you|love you all|take care|forgive me|please forgive me)\b|(?:sorry|apologies) (?:to (?:all of you|everyone|you all) )?for (?:everything|all of it)[\s.,!]{1,4}(?:this is|its) (?:the end|goodbye)`,
    'urgent',
    SUICIDAL,
    { selfEvident: true, finality: true },
  ),
  p(
    'knife gun weapon blade',
    String.raw`${PERSON} (?:\w+ ){0,2}?(?:had|has|carries|carried|brought|pulled|pulls|showed me|waved|held|holds|came at me with) (?:a|his|her|their|the) (?:knife|gun|weapon|blade|machete|bat)\b(?! (?:for|to) (?:cooking|work|fishing|camping))`,
    'urgent',
    FROM_OTHERS,
    { fromOthers: true },
  ),
];

const PATTERNS: readonly Pattern[] = [...PHRASES, ...COMPOSED, ...BROAD, ...FAREWELL];

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
  /\b(?:(?:\w+ )?(?:years|decades) ago (?:this (?:week|month)|today|to the day)|its been (?:\w+ ){1,2}(?:years|decades) since|used to|years ago|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|few|many|several|couple of|\d+) (?:years|decades) ago|a long time ago|long ago|(?:when|while) i was (?:a |an |in |at )?(?:younger|young|little|small|kid|child|teen|teenager|student|school|uni|university|college|high school|my teens|my twenties|year \d+|\d+|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?: \w+)?)|as a (?:kid|child|teen|teenager|student|young \w+)|back then|there was a time|in (?:19|20)\d\d|(?:a|one|two|over a) decades? ago|from my (?:teens|twenties|student days|uni days|school days)|back when|back in (?:school|the day|\d+|uni|college|high school)|in the past|in my (?:teens|twenties|past)|growing up|last year|no longer|recovered|(?:in a )?better place(?: now)?|(?:better|okay|ok|fine|safe|well) now|got (?:help|through (?:it|that))|(?:for|in) (?:a|one|two|three|\d+|many) (?:years?|months?) (?:now|today)|clean (?:for|from|of)|\d+ (?:days?|weeks?|months?|years?) clean|old (?:scars|self harm)|scars)\b/g;
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
    if (blanked !== clause) guards.idiom = true;
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
      if (level !== 'none')
        hits.push({
          level,
          categories: pattern.categories,
          lowered,
          pattern: id,
          at,
          finality: pattern.finality === true,
          quiet: pattern.quiet === true,
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

  let level: RiskLevel = 'none';
  for (const hit of hits) if (!hit.quiet && RANK[hit.level] > RANK[level]) level = hit.level;

  // Combinations a clinician would read as more than the sum of their parts:
  // hopelessness beside thoughts of death, or two different signs of a farewell.
  // Supporting signs (quiet hits) count here, never on their own. Only signs in
  // nearby sentences combine: a memory-clinic visit in one paragraph and a trip
  // away in the next are two ordinary things, not a farewell.
  if (level !== 'urgent' && hits.length > 1) {
    const sentence = sentenceOf(words);
    if (level === 'none' ? quietPair(hits, sentence) : combined(hits, sentence)) level = 'urgent';
  }
  if (level === 'none') return { level, categories: [], guards };

  const found = new Set<RiskCategory>();
  for (const hit of hits) for (const c of hit.categories) found.add(c);
  return { level, categories: RISK_CATEGORIES.filter((c) => found.has(c)), guards };
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

/** Internals, exported only so tests can check every pattern's key words. */
export const detectorInternals = { PATTERNS, NEUTRALISERS, KEYS } as const;
