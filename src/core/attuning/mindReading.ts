/**
 * The mind-reading nudge: a small, explainable rule that notices when a piece
 * of writing shows the mind trying to get inside someone else's head, guessing
 * what another person thinks or feels about me ("they must think I'm stupid",
 * "do they even like me", "I bet she's annoyed with me").
 *
 * It is a heuristic, not an understanding of the text. It errs towards
 * staying quiet: plain reports of what someone actually said ("she told me
 * she was annoyed"), one's own thoughts ("I think I'm tired") and musing about
 * things ("I wonder what the weather will be") are left alone. Nothing here
 * keeps or returns the text itself.
 */

/** The gentle offer Haven shows when the rule fires. */
export const MIND_READING_PAUSE = {
  title: 'A moment to come back to you?',
  body:
    "It sounds like part of you is trying to read someone else's mind. That's a very human thing to do. " +
    'If it helps, you might pause here and turn towards yourself instead:',
  questions: ['What am I feeling right now?', 'What do I need?', 'How can I care for myself in this moment?'],
  action: 'Check in with myself',
  dismiss: 'Not now',
  note: 'You can turn these gentle pauses off on the journal page whenever you like.',
} as const;

/** Common shorthand and typos, mapped to the word the rules look for. */
const SHORTHAND: Readonly<Record<string, string>> = {
  probly: 'probably',
  prolly: 'probably',
  probs: 'probably',
  prob: 'probably',
  propably: 'probably',
  probaly: 'probably',
  def: 'definitely',
  defo: 'definitely',
  deffo: 'definitely',
  w: 'with',
  wit: 'with',
  ppl: 'people',
  every1: 'everyone',
  evry1: 'everyone',
  evryone: 'everyone',
  everyon: 'everyone',
  u: 'you',
  r: 'are',
  thnk: 'think',
  thnks: 'thinks',
  thinkin: 'thinking',
  thinkng: 'thinking',
  tink: 'think',
  thikn: 'think',
  hats: 'hates',
  h8: 'hate',
  h8s: 'hates',
  annoyd: 'annoyed',
  anoyed: 'annoyed',
  dissapointed: 'disappointed',
  disapointed: 'disappointed',
  irritaded: 'irritated',
  judgin: 'judging',
  laughin: 'laughing',
  talkin: 'talking',
  noone: 'no one',
  nobdy: 'nobody',
  m: 'me',
  mee: 'me',
  pissd: 'pissed',
  cuz: 'because',
  bc: 'because',
};

/**
 * Lower case, diacritics and apostrophes removed, curly quotes straightened,
 * shorthand expanded, words separated by single spaces. Sentence and clause
 * breaks are kept as " | " so rules can stay within one clause.
 */
export function normaliseForMindReading(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/'/g, '')
    .replace(/\bfed\s+up\b/g, 'fedup')
    .replace(/\bw\//g, 'with ');
  return plain
    .split(/[.!?;:\n\r()"]+|,|\s[-\u2013\u2014]+\s|\bbut\b/)
    .map((clause) =>
      clause
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .map((word) => SHORTHAND[word] ?? word)
        .join(' '),
    )
    .filter(Boolean)
    .join(' | ');
}

/** Words that signal a guess rather than a report: "must", "probably", "I bet", "I'm sure"... */
const SPECULATION =
  /\b(must|probably|bet|sure|obviously|clearly|surely|likely|definitely|secretly|maybe|perhaps|guess|wonder|wondering|convinced|suspect|assume|imagine|reckon|worry|worried|scared|afraid|fear|feel like|feels like|seems|seem|seemed|what if|i know|i just know|can tell|could tell|i think|i feel|bound to|must have|no doubt|im certain|certain|positive|on purpose|deliberately)\b/;

/** Someone actually said it: "she told me", "he said", "they explained". */
const REPORT =
  /\b(told me|tells me|said|says|explained|mentioned|wrote|texted|replied|admitted|let me know|lets me know|messaged|emailed|confirmed|shared that|asked me|answered)\b/;

/** Words passed over when looking back from a verb or adjective to whoever it belongs to. */
const SKIP = new Set(
  (
    'be is was are were been being am s must probably obviously clearly so really just definitely secretly ' +
    'actually all both a bit little kind kinda sort sorta of getting get gets got already still pretty super very ' +
    'totally also even now have has had might may could would will should gonna going to seem seems seemed look ' +
    'looks looked sound sounds sounded feel feels felt not never always sometimes likely surely quite rather lately ' +
    'deeply kind truly low key lowkey honestly literally basically probably starting started beginning do does did ' +
    'dont doesnt didnt cant cannot wont isnt arent wasnt werent hasnt havent hadnt ever more most less least'
  ).split(' '),
);

const SUBJECT_ALIASES: Readonly<Record<string, string>> = {
  shes: 'she',
  hes: 'he',
  theyre: 'they',
  theyve: 'they',
  theyll: 'they',
  theyd: 'they',
  everyones: 'everyone',
  everybodys: 'everyone',
  im: 'i',
  ive: 'i',
  id: 'i',
  ill: 'i',
  youre: 'you',
  youve: 'you',
  its: 'it',
  thats: 'that',
  theres: 'there',
  whos: 'who',
};

/** Subjects that are me, or not a person at all. */
const NOT_OTHER = new Set([
  'i',
  'me',
  'myself',
  'my',
  'we',
  'us',
  'you',
  'it',
  'this',
  'that',
  'there',
  'which',
]);

/**
 * Looks back from a word position to the subject it belongs to, skipping
 * auxiliaries and adverbs: 'other' for another person, 'me' for myself, null
 * when there is none or it is not a person ("it", "this", "there").
 */
function subjectOf(words: readonly string[], index: number): 'me' | 'other' | null {
  for (let i = index - 1; i >= 0 && i >= index - 7; i--) {
    const raw = words[i];
    if (raw === undefined) return null;
    if (SKIP.has(raw)) continue;
    const word = SUBJECT_ALIASES[raw] ?? raw;
    // "me" is an object here ("people look at me and think..."), never the subject: look past it.
    if (word === 'me') continue;
    if (word === 'and' || word === 'or' || word === 'if' || word === 'when' || word === 'like') {
      // "people must look at me and think..." / "I feel like everyone is...": keep looking a little further.
      continue;
    }
    if (word === 'i') return 'me';
    return NOT_OTHER.has(word) ? null : 'other';
  }
  return null;
}

interface Rule {
  id: string;
  pattern: RegExp;
  /** Whose verb or adjective this is, looking back from the first capture group; absent: anyone. */
  subject?: 'me' | 'other';
  needsSpeculation?: boolean;
}

const ATTITUDE_ADJ =
  'annoyed|mad|angry|upset|irritated|disappointed|frustrated|furious|pissed|cross|fedup|offended|hurt|bored|sick|tired|done|over|embarrassed|ashamed|disgusted|weirded|uncomfortable|jealous|resentful|off|weird|cold|distant|short|funny|frosty';
const STRONG_ADJ =
  'annoyed|mad|angry|upset|irritated|disappointed|furious|pissed|fedup|offended|relieved|resentful';
const DOUBT =
  '(?:only|just|even|actually|really|still|ever|secretly|probably|do|does|did|dont|doesnt|didnt|not|never|nobody|no one|anyone|anybody|must)';
const ABOUT_ME = '(?:me|my|of me|about me|how i|how im|that i|that im|if i|whether i|what i)';

const RULES: readonly Rule[] = [
  {
    // "they must think I'm stupid", "what are they thinking of me", "does she think I'm ugly"
    id: 'think-about-me',
    pattern:
      /\b(think|thinks|thinking)(?: that)? (?:(?:less|worse|badly|poorly|little|highly|much|better) )?(?:of me|about me|me|my|(?:i|im|ive|id)\b(?! (?:should|could|can|might|would|will|need|ought|want|wanna)\b))/g,
    subject: 'other',
  },
  {
    // "she probably thought I was weird", "they must have thought I was pathetic"
    id: 'thought-about-me',
    pattern: /\b(thought)(?: that)? (?:of me|about me|(?:i|im|ive|id)\b)/g,
    subject: 'other',
    needsSpeculation: true,
  },
  {
    // "she's annoyed with me", "is she mad at me", "disappointed in me", "sick of hearing from me"
    id: 'feels-about-me',
    pattern: new RegExp(
      `\\b(${ATTITUDE_ADJ}) (?:with|at|in|of|by) (?:me|my|hearing from me|hearing me|seeing me|talking to me|having me)\\b`,
      'g',
    ),
    subject: 'other',
  },
  {
    // "she must be mad", "she's obviously angry", "they're probably relieved I didn't come"
    id: 'guessed-feeling',
    pattern: new RegExp(
      `\\b(${STRONG_ADJ})\\b(?! (?:about|with|at|by|over|because|that) (?!(?:me|my|i|im|what i|how i|that i)\\b))`,
      'g',
    ),
    subject: 'other',
    needsSpeculation: true,
  },
  {
    // "he probably hates me", "they must resent me"
    id: 'hates-me',
    pattern:
      /\b(hate|hates|hating|dislike|dislikes|resent|resents|despise|despises|cant stand|loathe|loathes) (?:me|my guts)\b/g,
    subject: 'other',
  },
  {
    // "do they even like me", "she doesn't actually like me", "he likes me"
    id: 'likes-me',
    pattern: new RegExp(
      `\\b(?:${DOUBT} (?:\\w+ )?(like|love|respect|trust|miss|want|need|care about) me\\b|(likes|loves|respects|trusts|misses) me\\b|(like|love) me (?:anymore|any more|at all|back))`,
      'g',
    ),
    subject: 'other',
  },
  {
    // "does anyone even care that I moved"
    id: 'cares-if-i',
    pattern: new RegExp(
      `\\b${DOUBT} (?:\\w+ )?(cares?|cared) (?:that|if|whether|when|about) (?:i|im|me|my)\\b`,
      'g',
    ),
    subject: 'other',
  },
  {
    // "nobody actually wanted me there", "she probably didn't want me around"
    id: 'wants-me-there',
    pattern: new RegExp(
      `\\b${DOUBT} (?:\\w+ )?(want|wants|wanted) (?:me (?:there|here|around|gone|back|anymore|any more|to leave|to go|at|in|on|near|with)|to (?:be|stay) (?:friends )?with me|to (?:see|talk to|hear from|spend time with|be around) me)\\b`,
      'g',
    ),
    subject: 'other',
  },
  {
    // "everyone is judging me", "they're laughing at me", "what are they saying about me"
    id: 'talking-about-me',
    pattern: new RegExp(
      `\\b(judging|judge|judges|laughing at|laugh at|laughs at|talking about|talk about|talks about|gossiping about|gossip about|whispering about|saying about|say about|says about|making fun of|rolling their eyes at|rolling her eyes at|rolling his eyes at) (?:me|my|how (?:\\w+ ){0,2}(?:i|im))\\b`,
      'g',
    ),
    subject: 'other',
  },
  {
    // "they laughed at me behind my back" as a guess rather than something seen
    id: 'talked-about-me',
    pattern:
      /\b(judged|laughed at|talked about|gossiped about|made fun of) (?:me|my)\b|\b(behind my back)\b/g,
    needsSpeculation: true,
  },
  {
    // "my friends find me boring", "the team sees me as the weak link"
    id: 'sees-me-as',
    pattern:
      /\b(find|finds|found) me (?:so |really |too |quite |pretty |a bit |kind of |kinda |very |super )?(?:annoying|boring|exhausting|tiring|weird|strange|awkward|cringe|cringey|irritating|needy|clingy|too much|difficult|hard work|unbearable|ugly|stupid|dumb|pathetic|unlikeable|unlikable|unattractive|odd|intense|a lot|a burden|a pain|a joke|dull|useless|lazy|selfish|fake|rude|creepy|desperate)\b|\b(see|sees|saw|view|views|think of|thinks of|regard|regards) me as\b|\b(find|finds) me (?!(?:a|an|the|some|at|in|on|when|after|before|there|here|and|if|by|outside|inside|later|tomorrow|today|now)\b)\w+/g,
    subject: 'other',
  },
  {
    // "she secretly regrets hiring me", "they felt sorry for me"
    id: 'regrets-me',
    pattern:
      /\b(regret|regrets|regretted|regretting) (?:\w+ing )?(?:me|ever \w+ing me)\b|\b(feel|feels|felt|feeling) sorry for me\b|\b(pity|pities|pitied) me\b/g,
    subject: 'other',
  },
  {
    // "do people even notice when I'm not there"
    id: 'notices-me',
    pattern:
      /\b(?:even|actually|really|ever) (notice|notices|noticed) (?:me|when i|when im|that i|that im|if i|i was|im|my)\b/g,
    subject: 'other',
  },
  {
    // "she probably likes her other friends more than me"
    id: 'prefers-others',
    pattern: /\b(likes?|loves?|prefers?|cares? about) (?:\w+ ){0,5}(?:more than|over|instead of) me\b/g,
    subject: 'other',
  },
  {
    // "they only keep me around", "they just put up with me", "she's only being nice to me"
    id: 'puts-up-with-me',
    pattern:
      /\b(?:(?:only|just) (?:\w+ )?(keeps?|kept|invites?|invited|includes?|included|talks? to|hangs? out with|texts?|calls?) me|(tolerates?|put up with|puts up with|putting up with) me|(?:only|just) (being) (?:nice|polite|kind|friendly)|(pretending|pretends|pretended) to (?:like|love|care about|enjoy|want) (?:me|my|being with me|spending time with me))\b/g,
    subject: 'other',
  },
  {
    // "he's losing interest in me", "they don't take me seriously", "waiting for me to fail", "better off without me"
    id: 'losing-interest',
    pattern:
      /\b(?:(losing|lost|lose|loses) interest in me|(?:dont|doesnt|didnt|never|even|really|actually) (take|takes|took) me seriously|(waiting|wait|waits) for me to (?:fail|mess up|screw up|slip up|quit|leave|give up)|(better off) without me)\b/g,
    subject: 'other',
  },
  {
    // "is he ignoring me on purpose", "she's avoiding me"
    id: 'avoiding-me',
    pattern: /\b(ignoring|avoiding|ghosting|blanking|dodging|freezing out|icing out) me\b/g,
    subject: 'other',
  },
  {
    // "they watched me and judged", "I feel like they're always watching and judging", "staring at me"
    id: 'watching-me',
    pattern:
      /\b(judging|judge|judges)$|\b(watching) (?:and judging|me)\b|\b(staring|stare|stares|glaring) at me\b/g,
    subject: 'other',
    needsSpeculation: true,
  },
  {
    // "does he secretly wish he'd never met me", "she wishes I wasn't here"
    id: 'wishes-me-gone',
    pattern:
      /\b(wish|wishes|wished) (?:\w+ ){0,2}(?:never|hadnt|had not) (?:\w+ed|met|seen|known|asked|invited) me\b|\b(wish|wishes|wished) (?:i|im) (?:wasnt|werent|was not|would|had|never|didnt)\b/g,
    subject: 'other',
  },
  {
    // "I probably annoyed him again", "I've definitely upset her"
    id: 'i-upset-them',
    pattern:
      /\b(upset|annoyed|hurt|offended|irritated|disappointed|angered|bored|bothered|embarrassed|let down|pissed off|put off|scared off|frustrated) (?:him|her|them|everyone|everybody|people|my \w+)\b/g,
    subject: 'me',
    needsSpeculation: true,
  },
  {
    // "I'm annoying them", "I'm a burden to everyone", "I'm too much for her"
    id: 'i-am-a-burden',
    pattern:
      /\b(?:(annoying|boring|bothering|irritating|burdening|bugging|overwhelming|smothering|suffocating|exhausting) (?:him|her|them|everyone|everybody|people|my \w+)|(?:a )?(burden|nuisance|pain|bother|drag|chore) (?:to|for|on) (?:him|her|them|everyone|everybody|people|my \w+)|(too) (?:much|needy|clingy|intense|sensitive|emotional|boring|difficult|needy) for (?:him|her|them|everyone|everybody|people|my \w+))\b/g,
    subject: 'me',
  },
  {
    // "I'm certain my ex tells people I was awful"
    id: 'tells-people-about-me',
    pattern:
      /\b(tells|telling|told|warns|warning|warned) (?:people|everyone|everybody|others|them|the others|all their friends|her friends|his friends|their friends) (?:that )?(?:i|im|about me|how i|not to)\b/g,
    subject: 'other',
    needsSpeculation: true,
  },
  {
    // "what will my family think", "what do they really feel about me" (but not "what do people feel when...")
    id: 'what-do-they-think',
    pattern: new RegExp(
      `\\bwhat (?:do|does|did|will|would|must|might|could|are|is|were) (?:they|he|she|everyone|everybody|people|others|my \\w+|the others) (?:really |actually |even |secretly |all )?(?:(think|thinking)(?: (?:of|about) ${ABOUT_ME}\\b| (?:when|if) (?:i|im|they see me)\\b|$)|(feel|feeling) (?:about|towards|for) (?:me|my)\\b)`,
      'g',
    ),
    needsSpeculation: false,
  },
];

/** Which rule fired first (for tests and tuning), or null. Never returns any of the text. */
export function mindReadingRule(text: string): string | null {
  const normalised = normaliseForMindReading(text);
  for (const clause of normalised.split(' | ')) {
    if (!clause) continue;
    const speculates = SPECULATION.test(clause);
    const words = clause.split(' ');
    for (const rule of RULES) {
      if (rule.needsSpeculation && !speculates) continue;
      rule.pattern.lastIndex = 0;
      for (let match = rule.pattern.exec(clause); match; match = rule.pattern.exec(clause)) {
        const before = clause.slice(0, match.index);
        if (!speculates && REPORT.test(before)) continue;
        if (rule.subject) {
          const group = match.slice(1).find((g) => g !== undefined) ?? match[0];
          const offset = match.index + match[0].indexOf(group);
          const index = clause.slice(0, offset).split(' ').length - 1;
          if (subjectOf(words, index) !== rule.subject) continue;
        }
        return rule.id;
      }
    }
  }
  return null;
}

/** True when the writing shows the mind guessing what someone else thinks or feels about me. */
export function detectMindReading(text: string): boolean {
  return mindReadingRule(text) !== null;
}
