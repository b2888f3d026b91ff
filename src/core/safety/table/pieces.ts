/**
 * Pieces shared by the rows of the detector's tables: words for a person, a
 * means, a time, a wish, and the categories rows report. A row's pattern
 * joins them with `${...}`; read a piece here when a pattern names it.
 *
 * Nothing here describes how anyone could harm themselves: means and places
 * are named only as words to recognise.
 */
import type { RiskCategory } from '../rules.js';

/* Shared pattern pieces. */
/** End of a clause, or a word that commonly closes a thought ("...end it tonight"). */
export const END = String.raw`(?=\s*(?:[.!?;:,"]|$|and\b|but\b|so\b|because\b|tonight\b|today\b|soon\b|now\b|for good\b|forever\b|this (?:week|weekend)\b|tomorrow\b|anyway\b|already\b))`;

/** Softeners and intensifiers that may sit inside a phrase ("I just really want to..."). */
export const ADVERB = String.raw`(?:(?:just|really|so|honestly|actually|seriously|truly|still|literally|genuinely|sometimes|often|always|kinda|kind of|sort of|badly|all|simply|quietly|finally|fucking|even|only|never)\s)*`;

/** Someone who could be hurting the writer. */
export const PERSON = String.raw`(?:he|she|they|hes|shes|theyre|theyve|my (?:mums|moms|mams|dads|sisters|brothers) (?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee)|my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|dad|father|mum|mom|mam|mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|sister|uncle|aunt|grandad|grandpa|grandfather|cousin|son|daughter|flatmate|roommate|housemate|boss|manager|coach|teacher|landlord|carer|guardian|parents?|family)|(?:the|a|some|these|those) (?:man|men|guy|guys|woman|women|boys?|girls?|kids?|people)|people|someone|somebody)`;

/** People close to home, whose violence a person may not be able to walk away from. */
export const CLOSE_PERSON = String.raw`(?:my (?:partner|husband|wife|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex|dad|father|mum|mom|mam|mother|stepdad|stepfather|stepmum|stepmom|stepmother|brother|sister|uncle|flatmate|roommate|housemate|carer|guardian|parents))`;

export const HARM_WORDS = [
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
export const HARM_VERB = `(?:${HARM_WORDS.join('|')})`;

export const SUICIDAL: RiskCategory[] = ['suicidal_thoughts'];

export const SUICIDAL_HOPELESS: RiskCategory[] = ['suicidal_thoughts', 'hopelessness'];

export const SELF_HARM: RiskCategory[] = ['self_harm'];

export const FROM_OTHERS: RiskCategory[] = ['harm_from_others'];

export const HOPELESS: RiskCategory[] = ['hopelessness'];

export const DISTRESS: RiskCategory[] = ['distress'];

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
export const alt = (...parts: readonly string[]): string => `(?:${parts.join('|')})`;

/** Desire, intent or rumination: what turns a mention of death into the writer's wish. */
export const DESIRE = alt(
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
export const RUMINATE = String.raw`(?:thinking|think|thought|thoughts) (?:about|of)`;

/** Thinking that will not stop: enough for plain "dying" too. */
export const RUMINATE_HARD = String.raw`(?:(?:keep|kept|cant stop|cannot stop|constantly|always|obsessively) (?:thinking|think)|all i (?:can |ever |do )?(?:think|thinking)) (?:about|of)`;

/** Up to four words between a cue and its concept, none of which turns it around. */
export const FILL = String.raw`(?:(?!(?:stop|stopped|quit|not|never|but|without|unless)\b)[a-z0-9]+ ){0,4}?`;

/** Death, dying or not existing, worded as something a person could wish for themselves. */
export const DEATH_PLAIN = alt(
  String.raw`die\b(?! (?:of|from|down|out|off|laughing|hard|for|young|old|happy|rich|in (?:a|the) (?:game|film|show|book)|my|her|his|their|your|the|it|them|some|eggs?|hair)\b)`,
  String.raw`dying\b(?! (?:to|for|of|from|laughing|inside|my|her|his|their|your|the|it|them|eggs?|hair|wool)\b)`,
  String.raw`(?:be|being|was|were|am|im|end up|ended up|wind up) dead\b(?! (?:tired|on|set|serious|weight|end|meat|inside|to the world|wrong|right|last|quiet|silent|easy|funny|good|cute|lucky|proud|bored)\b)`,
);

/** Going to a place or in front of traffic, as a way to die: named, never described. */
export const PLACE_ACT = alt(
  String.raw`(?:jump|jumping|jumped|leap|leaping|throw myself|throwing myself|threw myself) (?:off|from|in front of|into|under) (?:a|the|that|this|my) (?:\w+ )?(?:bridge|building|roof|cliff|balcony|train|bus|car park|tower|river|sea|motorway|traffic|lorry|truck|window|ledge)`,
  String.raw`(?:step|stepping|stepped|walk|walking|walked|stand|standing|stood|lie|lying|lay|lie down|stop|stopping|stopped|stay|staying|stayed) (?:\w+ )?(?:(?:in front of|into|under) (?:a|the|an|some) (?:oncoming )?(?:tracks|railway line|railway|train|traffic|lorry|truck|bus|motorway|river|sea|lake|canal|ocean)|(?:on|onto) (?:the|a) (?:tracks|railway line|railway|motorway))`,
  String.raw`(?:crash|crashing|crashed|swerve|swerving|swerved|wrap|wrapping) (?:the|my) car\b`,
  String.raw`(?:swerve|swerving|swerved|drive|driving|drove|steer|steering|steered|turn|turning|turned) (?:the car |the wheel |my car )?(?:off the road|off a bridge|into (?:a|the|some|an) (?:oncoming )?(?:wall|tree|river|sea|lorry|truck|traffic|barrier|bridge))`,
  'turn(?:ing)? the wheel',
);

/** Worded so that only the writer's own death fits: killing oneself, ending it, not existing. */
export const DEATH_STRONG = alt(
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

export const DEATH_CORE = alt(DEATH_PLAIN, DEATH_STRONG);

/** Being better off without the writer: who and how. */
export const BETTER = alt(
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
export const ABSENCE = alt(
  String.raw`without me(?! (?:for|on|at|this|tonight|today|tomorrow|there|while|next|to)\b)`,
  'if i (?:just |simply |finally )?(?:was|were|wasnt|werent|was not|were not) (?:gone|dead|here|around|alive|in the picture|in it|to disappear)',
  'if i (?:just |simply |finally )?(?:died|disappeared|vanished|didnt exist|didnt wake up|killed myself|stopped existing|ceased to exist|never existed|was never born|wasnt born|ended it)',
  '(?:once|when|after) im (?:gone|dead|not here|not around|no longer here)',
  'me (?:gone|dead|out of the picture)',
  'by (?:disappearing|dying|going away|ending it)',
  `if i (?:just )?${PLACE_ACT}`,
);

/** Finality: farewells and preparations. Alone a gentle offer; two of them, or one beside thoughts of death, urgent. */
export const FINAL = alt(
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
  'sorry (?:to|for) everyone(?! (?:in|on) (?:my|the) (?:inbox|group|chat|team|class|thread)| (?:i|who i) (?:snapped|shouted|was (?:rude|short|snappy)|kept waiting|ignored)| waiting)',
  '(?:decided|worked out|working out|figured out|figuring out) (?:how|when|where) (?:\\w+ ){0,3}?(?:do it|end it|go)',
  '(?:sort|sorted|sorting) (?:out )?before i go',
);

export const SELF_HARM_URGE = String.raw`(?:urges?|itch|need|craving|cravings|tempted|want|wanted|wanting) (?:\w+ ){0,2}?to (?:cut|burn|bleed)(?:${END}| (?:again|so bad|so badly|myself|tonight|deeper|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body))\b|(?= (?:is|was|keeps|has|came|comes|got|gets|won|wins)\b))`;

/* ------------------------------------------------------------------------ */
/* 3c. Broader coverage: means, farewells, paraphrased wishes, distress      */
/* ------------------------------------------------------------------------ */
/*
 * Concept lexicons again, for wordings the rules above missed on unseen
 * writing. A means or a preparation is named only in passing here and only
 * as a word to recognise; nothing in this file describes how.
 */
/** A means of self-harm or suicide, named as people name it in passing. */
export const MEANS = String.raw`(?:(?:the|my|a|some|all the|all my|those|these|enough|of my|of the) )?(?:razors?|blades?|pills|tablets|meds|medication|painkillers|paracetamol|prescriptions?|rope|knife|knives|gun)\b(?! (?:and fork|block|drawer for|skills|sharpener|set|rack)\b)`;

/** Cues that turn a means into a preparation: secrecy, purpose, dwelling, readiness. */
export const MEANS_CUE = String.raw`(?:on purpose|deliberately|not telling (?:anyone|anybody|a soul|my \w+)|(?:so|and) (?:nobody|no one) (?:knows|sees|would (?:know|ask|see|notice)|asks|finds out|will (?:know|notice))|nobody knows|no one knows|ready(?! (?:for|to (?:cook|use|take with|go back)))\b|for (?:an hour|hours|ages|a long time|way too long|too long)|all night|for after\b|i know (?:exactly |just )?what (?:for|(?:its|it is|theyre|they are) for)\b|just in case i (?:need|decide|want)|when (?:the house is empty|everyone (?:is|s) (?:asleep|out|gone)|im alone))`;

/** Handling, keeping or getting a means: alone a supporting sign, with a time close to a plan. */
export const MEANS_ACT = String.raw`(?:counted|counting|count|staring at|stared at|holding|held|got out|took out|taken out|bought|buying|buy|hid|hidden|hiding|sat with|sitting with|looking at|looked at|lined up|laid out|saving|saved|keeping|kept|stockpiled|stockpiling|collecting|collected|hoarding|got|have|sharpened) (?:\w+ ){0,3}?${MEANS}`;

/** A day or hour close enough to be a plan. */
export const SOON = String.raw`(?:tonight|tomorrow|this weekend|(?:on |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: night)?|after (?:everyone|they|the kids) (?:go|goes|are|have gone) (?:to bed|out|asleep))`;

/** A lot of a medicine, or all of it. */
export const TOO_MUCH = String.raw`(?:took|taken|take|taking|swallowed|swallow|swallowing|had|downed|down) (?:\w+ ){0,2}?(?:(?:more|extra|loads|a load|lots|a lot|a handful|handfuls|the lot|double|all|everything|too many|the whole (?:box|packet|bottle|pack|strip)) (?:of )?(?:\w+ ){0,2}?(?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping pills)|the (?:whole|entire) (?:box|packet|bottle|pack|strip)\b)`;

export const TOO_MUCH_CUE = String.raw`(?:on purpose|deliberately|than i (?:should|was (?:meant|supposed) to)|to (?:die|end it|sleep forever|not wake up|never wake up)|and (?:just )?(?:go to sleep|lay down|lie down|waited)|hoping|still (?:here|alive)|so i (?:wouldnt|would not|dont|do not|never) wake up)`;

/*
 * Farewells and preparations said without a word for death: a eulogy or
 * funeral of one's own, a height checked, a rope or knot, a letter left "for
 * when you find this", a last entry, "tapping out" or "checking out" of life,
 * reasons to stay running out, and wanting to join someone who has died.
 */
export const LOVED = String.raw`(?:him|her|them|my (?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|brother|sister|son|daughter|baby|husband|wife|partner|boyfriend|girlfriend|best friend|friend)|mum|mom|dad|nan|gran)`;

export const GONE = String.raw`(?:died|passed|passed away|passing|funeral|grave|lost (?:him|her|them)|since (?:he|she|they) (?:went|left|died|passed)|(?:hes|shes|theyre|is|are) gone|buried|death)`;
