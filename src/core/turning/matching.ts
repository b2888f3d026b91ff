/**
 * Hearing the critic again. When a person writes something (a journal line, a
 * check-in note, a trigger log) that sounds like a critic they have already
 * met in a dialogue, Haven offers the kind translation they wrote for it. The
 * rule runs on the device, over records only the signed-in person can read.
 *
 * Two ways in: the person's own past critic statements (shared words, once
 * pronouns and small words are set aside), and harsh self-talk patterns ("I
 * should have", "I always mess up", "what's wrong with me", "I'm so stupid").
 * Patterns are written narrowly, so ordinary plans ("I should call Mum"),
 * other people ("she's always late") and idioms ("you should have seen it")
 * pass quietly.
 */

/** A critic the person has met: one saved dialogue. */
export interface KnownCritic {
  id: string;
  critic?: string | undefined;
  says: string;
  translation?: string | undefined;
}

export const HARSH_PATTERNS = [
  'should',
  'always',
  'never',
  'wrong-with-me',
  'name-calling',
  'not-enough',
] as const;
export type HarshPattern = (typeof HARSH_PATTERNS)[number];

export interface CriticMatch {
  /** The sentence that sounded like the critic, as written. */
  sentence: string;
  /** Why it matched: the person's own critic words, or a harsh pattern. */
  because: 'their-words' | HarshPattern;
  /** The dialogue whose translation to offer; absent when no known critic fits. */
  critic?: KnownCritic;
}

// Words that carry no meaning of their own here: pronouns, articles, helpers.
const STOP = new Set(
  (
    'i me my myself mine you your yours yourself we us our they them their he him his she her it its a an the ' +
    'and or but so if then than that this these those is am are was were be been being do does did done have ' +
    'has had having to of in on at for with by from as about into just really very too not no dont doesnt ' +
    'didnt cant cannot wont isnt arent wasnt im youre ive youve ill youll id youd there here what when why how ' +
    'all any some again more most such only own same can could would should will shall may might must ever ' +
    'get got going go up out off over also even still because'
  ).split(' '),
);

/** Lower case, straight apostrophes, contractions opened. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\b(i)'m\b/g, 'i am')
    .replace(/\b(you|we|they)'re\b/g, '$1 are')
    .replace(/\b(\w+)n't\b/g, (_, w: string) =>
      w === 'ca' ? 'can not' : w === 'wo' ? 'will not' : `${w} not`,
    )
    .replace(/\b(\w+)'ve\b/g, '$1 have')
    .replace(/\b(\w+)'ll\b/g, '$1 will')
    .replace(/\b(what|that|it|there|who)'s\b/g, '$1 is')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The meaning-bearing words of a text, roughly stemmed so "messed" meets "mess". */
export function contentWords(text: string): Set<string> {
  const words = normalise(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 1 && !STOP.has(w));
  return new Set(words.map(stem));
}

function stem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 's', 'ly']) {
    if (word.length > suffix.length + 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|;\s*/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const SUBJECT = String.raw`\b(?:i|you)`;
// Past participles for "should have …": regret, not plans ("I should have enough time").
const PARTICIPLE = String.raw`(?:\w+ed|known|done|said|gone|been|told|taken|made|thought|seen|spoken|written|kept|left|let|put|given|come|got|gotten|bought|brought|caught|felt|heard|held|meant|paid|run|sent|spent|stood|understood|won|eaten|driven|forgotten|chosen|hidden|noticed|asked|listened|tried|stopped)`;
const INSULT = String.raw`(?:stupid|idiot|idiotic|useless|pathetic|worthless|a failure|failure|a loser|loser|hopeless|a mess|a disgrace|disgrace|lazy|weak|incompetent|embarrassing|ridiculous|a joke|dumb|an idiot|a fraud|fraud|selfish|unlovable|disgusting|a burden|burden|awful|terrible|rubbish|a waste of space)`;
const MESS_UP = String.raw`(?:mess(?:es|ing)? (?:it |things |everything )?up|messes up|ruining|failing|getting (?:it|things|everything) wrong|letting (?:everyone|people|them|myself|yourself|you|me) down|ruin(?:s)?|screw(?:s)? (?:it |things |everything )?up|get (?:it|things|everything) wrong|gets (?:it|things|everything) wrong|fail|fails|let (?:everyone|people|them|myself|yourself|you|me) down|make a mess|say the wrong thing|say something stupid|disappoint|blow it|mess everything up|spoil)`;

const PATTERNS: readonly { id: HarshPattern; test: RegExp; except?: RegExp }[] = [
  {
    id: 'should',
    test: new RegExp(
      String.raw`${SUBJECT} (?:should|ought to)(?: not)? have (?:been |not )?${PARTICIPLE}\b|${SUBJECT} should (?:know better|be (?:better|able|over|further|more|less|stronger|fine|doing better)|have known better)\b`,
    ),
    except: /\byou should have (?:seen|heard|been there|tasted|come)\b/,
  },
  { id: 'always', test: new RegExp(String.raw`${SUBJECT} (?:always|constantly|keep|keeps) ${MESS_UP}`) },
  {
    id: 'never',
    test: new RegExp(
      String.raw`${SUBJECT} (?:never|can not ever|can not) (?:do|get|say) (?:anything|it|things|one thing) right\b|${SUBJECT} (?:never|can not) (?:finish|learn|stick)\w* (?:anything|with anything)?|${SUBJECT} (?:will|are going to) never (?:be|amount|get|find|change)\b`,
    ),
  },
  {
    id: 'wrong-with-me',
    test: /\bwhat is (?:wrong|the matter) with (?:me|you)\b|\bsomething is wrong with me\b/,
  },
  {
    id: 'name-calling',
    test: new RegExp(
      String.raw`\b(?:i am|you are|i feel like|i am such|you are such|i am just|you are just)(?: so| such| just| completely| totally| a total| a complete| an absolute| the most)* ${INSULT}\b|\b(?:stupid|idiot|useless) (?:me|girl|boy|woman|man|person)\b|^(?:you )?(?:idiot|stupid|loser)\b|\bi hate myself\b|\bwhy am i (?:so|like this)\b`,
    ),
  },
  {
    id: 'not-enough',
    test: new RegExp(
      String.raw`${SUBJECT} (?:am|are|will) (?:not|never be|never) (?:good|smart|clever|strong|pretty|thin|fast|interesting) enough\b|${SUBJECT} (?:am|are) not enough\b|\bnot good enough\b|\bnothing (?:i|you) do is (?:ever )?(?:good )?enough\b`,
    ),
  },
];

/** The harsh patterns a sentence shows, if any. */
export function harshPatternsIn(sentence: string): HarshPattern[] {
  const s = normalise(sentence);
  return PATTERNS.filter((p) => p.test.test(s) && !p.except?.test(s)).map((p) => p.id);
}

/**
 * How much of the critic's own words a sentence carries: the share of the
 * critic statement's content words the sentence shares (0 to 1), counted only
 * once at least two of them (or the only one) are shared, and how many.
 */
export function echoOf(sentence: string, criticSays: string): { score: number; shared: number } {
  const mine = contentWords(sentence);
  let best = { score: 0, shared: 0 };
  for (const part of sentencesOf(criticSays)) {
    const theirs = contentWords(part);
    if (theirs.size === 0) continue;
    let shared = 0;
    for (const word of theirs) if (mine.has(word)) shared++;
    if (shared < Math.min(2, theirs.size)) continue;
    const score = shared / Math.min(theirs.size, Math.max(mine.size, 1));
    if (score > best.score) best = { score, shared };
  }
  return best;
}

export function echoScore(sentence: string, criticSays: string): number {
  return echoOf(sentence, criticSays).score;
}

const SELF = /\b(?:i|me|my|myself|you|your|yourself)\b/;

/** A sentence echoes a critic's words from this score up. */
export const ECHO_THRESHOLD = 0.6;

/**
 * The critic a text sounds like, and the translation to offer, or null when
 * it sounds like no critic. Only critics with a translation are offered; a
 * harsh pattern with no known critic that fits is still reported, so Haven
 * can offer a dialogue instead.
 */
export function matchCritic(text: string, known: readonly KnownCritic[]): CriticMatch | null {
  const withTranslation = known.filter((k) => k.translation?.trim());
  const sentences = sentencesOf(text);
  let echo: { sentence: string; critic: KnownCritic; score: number } | null = null;
  for (const sentence of sentences) {
    const aboutMe = SELF.test(normalise(sentence));
    for (const critic of withTranslation) {
      const { score, shared } = echoOf(sentence, critic.says);
      // One shared word is enough only in self-talk: "so lazy" about the cat is not the critic.
      if (shared < 2 && !aboutMe) continue;
      if (score >= ECHO_THRESHOLD && (!echo || score > echo.score)) echo = { sentence, critic, score };
    }
  }
  if (echo) return { sentence: echo.sentence, because: 'their-words', critic: echo.critic };

  for (const sentence of sentences) {
    const patterns = harshPatternsIn(sentence);
    const first = patterns[0];
    if (!first) continue;
    const critic = closestCritic(sentence, patterns, withTranslation);
    return { sentence, because: first, ...(critic ? { critic } : {}) };
  }
  return null;
}

/** For a harsh sentence: the known critic sharing the most words with it, else one speaking the same pattern. */
function closestCritic(
  sentence: string,
  patterns: readonly HarshPattern[],
  known: readonly KnownCritic[],
): KnownCritic | undefined {
  const mine = contentWords(sentence);
  let best: { critic: KnownCritic; score: number } | undefined;
  for (const critic of known) {
    const theirs = contentWords(critic.says);
    let shared = 0;
    for (const word of theirs) if (mine.has(word)) shared++;
    const samePattern = sentencesOf(critic.says).some((s) =>
      harshPatternsIn(s).some((p) => patterns.includes(p)),
    );
    const score = shared + (samePattern ? 0.5 : 0);
    if (score >= 0.5 && (!best || score > best.score)) best = { critic, score };
  }
  return best?.critic;
}
