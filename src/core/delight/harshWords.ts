/**
 * Harsh self-talk: the one place its patterns live. Two rules read them:
 * - the critic echo (../turning/matching.ts) asks which harsh patterns a
 *   sentence shows (`harshPatternsIn`), to offer a kind translation;
 * - kinder self-talk (./selfTalk.ts) asks where the harsh parts of a sentence
 *   are (`harshSpans`), to point at them while the person rewrites it.
 *
 * Patterns are written narrowly, about the person themselves, so ordinary
 * plans ("I should call Mum"), other people ("she's always late"), idioms
 * ("you should have seen it", "never mind") and kind uses ("I always enjoy
 * Sundays") pass quietly. Haven only points; the person does the rewriting.
 * Pure: no I/O, runs on the device.
 */

/** The kinds of harsh part Haven points at, each with a short name and one gentle line. */
export const HARSH_KINDS = ['absolute', 'name-calling', 'should', 'fortune-telling', 'not-enough'] as const;
export type HarshKind = (typeof HARSH_KINDS)[number];

export const HARSH_HINTS: Record<HarshKind, { name: string; hint: string }> = {
  absolute: {
    name: 'All or nothing',
    hint: 'Words this wide leave out the times it went differently. Was there one?',
  },
  'name-calling': {
    name: 'A name you called yourself',
    hint: 'A name like this hurts more than it explains. What happened, said plainly?',
  },
  should: {
    name: 'A should',
    hint: 'A should can sound like a verdict. What would you like, or what could you try?',
  },
  'fortune-telling': {
    name: 'Guessing what comes next',
    hint: 'This treats a guess about the future as certain. What else might happen?',
  },
  'not-enough': {
    name: 'Measuring yourself',
    hint: 'Enough for what, and says who? A friend would likely measure you more gently.',
  },
};

/** The critic echo's names for the patterns it hears in a sentence. */
export const HARSH_PATTERNS = [
  'should',
  'always',
  'never',
  'wrong-with-me',
  'name-calling',
  'not-enough',
] as const;
export type HarshPattern = (typeof HARSH_PATTERNS)[number];

/** A harsh part of a text: where it is (UTF-16 offsets into the text as written), what kind, its words. */
export interface HarshSpan {
  start: number;
  end: number;
  kind: HarshKind;
  text: string;
}

// --- Normalising, with a map back to the text as written -------------------

/** Normalised text, and for each of its characters the range of the original it came from. */
interface Mapped {
  text: string;
  from: number[];
  to: number[];
}

function replaceMapped(source: Mapped, pattern: RegExp, by: (match: RegExpExecArray) => string): Mapped {
  const out: Mapped = { text: '', from: [], to: [] };
  let last = 0;
  const keep = (start: number, end: number) => {
    out.text += source.text.slice(start, end);
    out.from.push(...source.from.slice(start, end));
    out.to.push(...source.to.slice(start, end));
  };
  for (const match of source.text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    keep(last, start);
    const replacement = by(match);
    const from = source.from[start] ?? 0;
    const to = source.to[end - 1] ?? from;
    for (let i = 0; i < replacement.length; i++) {
      out.from.push(from);
      out.to.push(to);
    }
    out.text += replacement;
    last = end;
  }
  keep(last, source.text.length);
  return out;
}

/** Lower case, accents and curly apostrophes folded, contractions opened, spaces collapsed; mapped back. */
function normaliseMapped(text: string): Mapped {
  let mapped: Mapped = { text: '', from: [], to: [] };
  let at = 0;
  for (const char of text) {
    const folded = char
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '');
    for (let i = 0; i < folded.length; i++) {
      mapped.from.push(at);
      mapped.to.push(at + char.length);
    }
    mapped.text += folded;
    at += char.length;
  }
  const steps: [RegExp, (m: RegExpExecArray) => string][] = [
    [/[’‘`´]/g, () => "'"],
    [/\b(i)'m\b/g, () => 'i am'],
    [/\b(you|we|they)'re\b/g, (m) => `${m[1] ?? ''} are`],
    [/\b(\w+)n't\b/g, (m) => (m[1] === 'ca' ? 'can not' : m[1] === 'wo' ? 'will not' : `${m[1] ?? ''} not`)],
    [/\b(\w+)'ve\b/g, (m) => `${m[1] ?? ''} have`],
    [/\b(\w+)'ll\b/g, (m) => `${m[1] ?? ''} will`],
    [/\b(what|that|it|there|who)'s\b/g, (m) => `${m[1] ?? ''} is`],
    [/\s+/g, () => ' '],
    [/^ | $/g, () => ''],
  ];
  for (const [pattern, by] of steps) mapped = replaceMapped(mapped, pattern, by);
  return mapped;
}

/** Lower case, straight apostrophes, contractions opened. */
export function normalise(text: string): string {
  return normaliseMapped(text).text;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+|;\s*/gu;

/** The sentences of a text, trimmed, with where each starts in the text. */
function sentenceRanges(text: string): { start: number; sentence: string }[] {
  const ranges: { start: number; sentence: string }[] = [];
  let last = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (sentence.length > 0) ranges.push({ start: start + lead, sentence });
  };
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    push(last, match.index);
    last = match.index + match[0].length;
  }
  push(last, text.length);
  return ranges;
}

export function sentencesOf(text: string): string[] {
  return sentenceRanges(text).map((r) => r.sentence);
}

// --- The patterns ----------------------------------------------------------

const SUBJECT = String.raw`\b(?:i|you)`;
// Past participles for "should have …": regret, not plans ("I should have enough time").
const PARTICIPLE = String.raw`(?:\w+ed|known|done|said|gone|been|told|taken|made|thought|seen|spoken|written|kept|left|let|put|given|come|got|gotten|bought|brought|caught|felt|heard|held|meant|paid|run|sent|spent|stood|understood|won|eaten|driven|forgotten|chosen|hidden|noticed|asked|listened|tried|stopped)`;
const INSULT = String.raw`(?:stupid|idiot|idiotic|useless|pathetic|worthless|a failure|failure|a loser|loser|hopeless|a mess|a disgrace|disgrace|lazy|weak|incompetent|embarrassing|ridiculous|a joke|dumb|an idiot|a fraud|fraud|selfish|unlovable|disgusting|a burden|burden|awful|terrible|rubbish|a waste of space)`;
const MESS_UP = String.raw`(?:mess(?:es|ing)? (?:it |things |everything )?up|messes up|ruining|failing|getting (?:it|things|everything) wrong|letting (?:everyone|people|them|myself|yourself|you|me) down|ruin(?:s)?|screw(?:s)? (?:it |things |everything )?up|get (?:it|things|everything) wrong|gets (?:it|things|everything) wrong|fail|fails|let (?:everyone|people|them|myself|yourself|you|me) down|make a mess|say the wrong thing|say something stupid|disappoint|blow it|mess everything up|spoil)`;
const ENOUGH_AS = String.raw`(?:good|smart|clever|strong|pretty|thin|fast|interesting)`;
// "You should have seen it" is a story, not a verdict.
const SEEN_IT = /\byou should have (?:seen|heard|been there|tasted|come)\b/;

/**
 * One harsh-talk pattern. Named groups starting with `h` mark the harsh part
 * within the words the pattern needs to be sure; without one, the whole match
 * is the harsh part. `echo` names it for the critic echo: only those patterns
 * count there, so the echo stays as narrow as it was tuned to be.
 */
interface HarshRule {
  kind: HarshKind;
  echo?: HarshPattern;
  test: RegExp;
  except?: RegExp;
}

const rule = (kind: HarshKind, source: string, extra: Omit<HarshRule, 'kind' | 'test'> = {}): HarshRule => ({
  kind,
  test: new RegExp(source, 'd'),
  ...extra,
});

const RULES: readonly HarshRule[] = [
  // The critic echo's patterns, in its order.
  rule(
    'should',
    String.raw`${SUBJECT} (?<h1>(?:should|ought to)(?: not)? have) (?:been |not )?${PARTICIPLE}\b|${SUBJECT} (?<h2>should) (?:know better|be (?:better|able|over|further|more|less|stronger|fine|doing better)|have known better)\b`,
    { echo: 'should', except: SEEN_IT },
  ),
  rule('absolute', String.raw`${SUBJECT} (?:(?<h1>always|constantly)|keep|keeps) ${MESS_UP}`, {
    echo: 'always',
  }),
  rule(
    'absolute',
    String.raw`${SUBJECT} (?<h1>never|can not ever|can not) (?:do|get|say) (?:anything|it|things|one thing) right\b|${SUBJECT} (?<h2>never|can not) (?:finish|learn|stick)\w* (?:anything|with anything)?|${SUBJECT} (?:will|are going to) (?<h3>never) (?:be|amount|get|find|change)\b`,
    { echo: 'never' },
  ),
  rule(
    'name-calling',
    String.raw`\bwhat is (?:wrong|the matter) with (?:me|you)\b|\bsomething is wrong with me\b`,
    {
      echo: 'wrong-with-me',
    },
  ),
  rule(
    'name-calling',
    String.raw`\b(?:i am|you are|i feel like|i am such|you are such|i am just|you are just)(?<h1>(?: so| such| just| completely| totally| a total| a complete| an absolute| the most)* ${INSULT})\b|\b(?:stupid|idiot|useless) (?:me|girl|boy|woman|man|person)\b|^(?:you )?(?:idiot|stupid|loser)\b|\bi hate myself\b|\bwhy am i (?:so|like this)\b`,
    { echo: 'name-calling' },
  ),
  rule(
    'not-enough',
    String.raw`${SUBJECT} (?:am|are|will) (?:(?<h1>not ${ENOUGH_AS} enough)|never(?: be)? (?<h2>${ENOUGH_AS} enough))\b|${SUBJECT} (?:am|are) (?<h3>not enough)\b|\b(?<h4>not good enough)\b|\bnothing (?:i|you) do is (?<h5>(?:ever )?(?:good )?enough)\b`,
    { echo: 'not-enough' },
  ),

  // Pointing only: wider than the echo needs, for a sentence the person has chosen as harsh.
  rule(
    'absolute',
    String.raw`${SUBJECT} (?<h1>always|constantly) (?:end up|make (?:a mess|mistakes|things worse|it worse|everything about me)|forget|give up|quit|overreact|do this|say (?:the wrong|something)|get (?:it|things|everything) wrong|break|hurt|push (?:people|everyone) away|lose|embarrass|let (?:it|them|people) walk|take it out|choose wrong|pick the wrong|sabotage|have to be)|\b(?:it is|it was|that is) (?<h2>always) (?:my|your) fault`,
  ),
  rule(
    'absolute',
    String.raw`${SUBJECT}(?: will| am going to| can| could| would)? (?<h1>never) (?:be (?:happy|loved|enough|good|able|okay|ok|normal|successful|better)|get (?:anything|it|things|better|anywhere|over|right)|do (?:anything|it|things)|find (?:anyone|someone|love)|amount|change|learn|finish|stick|measure up|make it|succeed|manage|cope|fit in|belong|improve|stand up for (?:myself|yourself)|speak up|say no|ask for|follow through|keep (?:up|my|your|a)|stop|relax)`,
  ),
  rule(
    'absolute',
    String.raw`\b(?<h1>everyone|everybody)(?: else)? (?:hates|dislikes|is (?:better|smarter|judging|laughing|tired of|sick of|fed up)|has (?:their|it|got it|a better)|can (?:tell|see)|sees|thinks i|knows i|must think|would be better off|laughs at me|will (?:find out|see|know|leave|laugh|hate|think))`,
  ),
  rule(
    'absolute',
    String.raw`\b(?<h1>no one|nobody)(?: else)?(?: really| ever| will ever| would ever| could ever| would| will| could| even)? (?:likes|loves|cares|wants|needs|listens|understands|misses|miss|notices|remembers|trusts|respects|believes|calls|texts|asks|chooses|could love|want|care|love)\b(?=[^.,;?!]*\b(?:me|i|my)\b)`,
  ),
  rule(
    'absolute',
    String.raw`\b(?<h1>nothing)(?: (?:i|you) (?:do|try|say|make|write|did))? (?:is (?:ever )?(?:right|good|enough|working)|ever (?:works|goes right|changes|turns out|helps|goes my way)|will (?:ever )?(?:change|work|get better|help|be enough)|works out for me|goes right|matters)`,
  ),
  rule(
    'absolute',
    String.raw`${SUBJECT}(?: always| constantly| just)? (?:ruin|spoil|wreck|break|mess up|destroy|ruined|spoiled|spoilt|wrecked|broke|messed up|screw up|screwed up) (?<h1>everything)\b|\b(?<h2>everything) (?:i|you) (?:do|touch|try|say|make) (?:goes wrong|is wrong|fails|falls apart|turns bad|ends up)|\b(?<h3>everything) is (?:my|your) fault`,
  ),
  rule(
    'name-calling',
    String.raw`\b(?:i am|i feel like|i am just|i am really)(?<h1>(?: so| such| just| completely| totally| really| a| an| a total| a complete| an absolute| the most| the worst)* (?:${INSULT}|the worst|a disappointment|an embarrassment|a coward|coward|unbearable|too much|too needy|too sensitive|(?:bad|lousy|hopeless|horrible|useless|pathetic|awful|terrible|rubbish) (?:friend|parent|mother|father|mum|mom|dad|partner|person|sister|brother|son|daughter|colleague|boss|teacher|writer|cook|driver|human)))\b`,
  ),
  rule(
    'should',
    String.raw`${SUBJECT} (?<h1>should(?: not)?|must(?: not)?|have to|ought to|need to|have got to)(?: always| never| really| just)? (?:be (?:able|better|stronger|fine|over|further|more|less|perfect|happier|happy|thinner|grateful|calmer|tougher|okay|ok|coping|doing|past|braver|smarter|nicer)|feel (?:grateful|happy|fine|better|okay|ok|guilty|ashamed)|know better|do (?:better|more|it all|everything)|try harder|work harder|get over|stop (?:being|feeling|crying|complaining|overthinking|whining)|handle|cope|manage (?:this|it|everything|on my own)|not (?:cry|feel|need|complain|be|make|fail)|never (?:need|feel|cry|complain|make|be|fail|ask)|always be|look (?:better|thinner|perfect)|have (?:it|my life|everything) (?:together|figured|sorted)|get (?:this|it|everything) right|be the (?:best|only|one who|strong one)|have ${PARTICIPLE}\b)`,
    { except: SEEN_IT },
  ),
  rule(
    'fortune-telling',
    String.raw`\b(?:it|this|that|things|it all|they|people|i|(?:she|he)(?:'s| is)|she|he) (?:will|is going to|are going to|am going to|going to)(?: all| only| just| probably| definitely| surely| totally| completely| end up| eventually)? (?:go (?:wrong|badly|terribly|horribly)|fall apart|end badly|be (?:a disaster|awful|terrible|a mess|horrible|a nightmare|too late)|get worse|turn out badly|backfire|leave(?: me)?(?= *(?:$|[.,;!?]| once| when| eventually| soon| anyway| for| like| too| as soon))|hate me|laugh(?: at me)?|reject me|say no|think (?:i am|less of me)|find out|see through me|get (?:tired|bored|sick) of me|be disappointed|fire me|dump me|forget me|stop (?:loving|liking|caring)|judge me|see (?:how|that i|what i|the real|through)|disappoint (?:them|him|her|everyone|you|people)|let (?:them|him|her|everyone|you|people) down|regret|fail|mess (?:it|this|things|everything) up|embarrass myself|be alone|end up alone|lose (?:it|them|everything|my job)|get fired|ruin (?:it|this|everything)|screw (?:it|this|things) up|make a fool of myself|say something stupid|blow it|panic|freeze)`,
  ),
  rule(
    'fortune-telling',
    String.raw`\b(?:everyone|everybody|nobody|no one) (?<h1>(?:will|is going to) (?:find out|see|know|realise|realize|leave|laugh|hate me|think))`,
  ),
];

/** The harsh patterns a sentence shows, if any (the critic echo's question). */
export function harshPatternsIn(sentence: string): HarshPattern[] {
  const s = normalise(sentence);
  const found: HarshPattern[] = [];
  for (const r of RULES) {
    if (r.echo && r.test.test(s) && !r.except?.test(s)) found.push(r.echo);
  }
  return found;
}

/**
 * Where the harsh parts of a text are, in reading order, none overlapping
 * (where two would, the earlier and longer is kept). Offsets are into the
 * text as written, so the screen can mark the very words.
 */
export function harshSpans(text: string): HarshSpan[] {
  const found: HarshSpan[] = [];
  for (const { start: offset, sentence } of sentenceRanges(text)) {
    const mapped = normaliseMapped(sentence);
    for (const r of RULES) {
      if (r.except?.test(mapped.text)) continue;
      const global = new RegExp(r.test.source, 'gd');
      for (const match of mapped.text.matchAll(global)) {
        const groups = match.indices?.groups ?? {};
        const marked = Object.entries(groups).find(([name, range]) => name.startsWith('h') && range);
        const [a, b] = marked?.[1] ?? match.indices?.[0] ?? [match.index, match.index + match[0].length];
        if (b <= a) continue;
        let start = offset + (mapped.from[a] ?? 0);
        let end = offset + (mapped.to[b - 1] ?? 0);
        while (start < end && /\s/.test(text[start] ?? '')) start++;
        while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
        if (end > start) found.push({ start, end, kind: r.kind, text: text.slice(start, end) });
      }
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: HarshSpan[] = [];
  for (const span of found) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}

/** The kinds of harsh part a text shows, each once, in the order they first appear. */
export function harshKindsIn(spans: readonly HarshSpan[]): HarshKind[] {
  return [...new Set(spans.map((s) => s.kind))];
}
