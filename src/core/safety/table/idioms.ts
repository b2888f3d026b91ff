/**
 * Everyday turns of phrase that look like risk and are not ("this commute is
 * killing me", "cut myself chopping onions"): each is blanked out of a clause
 * before the signs in risks.ts are read. What each row blanks (examples) and
 * the risky passages sharing its words that it must leave alone (near misses)
 * are in idiom-examples.ts, by id, so they never ship; table.test.ts tests
 * both. Keep an idiom narrow: a near miss
 * it swallows is a person the detector no longer hears.
 */
import { HARM_VERB } from './pieces.js';
import type { IdiomRow } from './row.js';

export const IDIOM_ROWS: readonly IdiomRow[] = [
  /* ====  ==== */
  {
    id: 'killing-me',
    catches: '"this commute is killing me", "my feet are killing me", "the suspense is killing me"',
    pattern: /\bkilling me\b/g,
  },
  {
    id: 'shoot-me-now',
    catches: 'exasperation: "kill me now", "shoot me now"',
    pattern: /\b(?:just )?(?:kill|shoot) me now\b/g,
  },
  {
    id: 'kill-for-a',
    catches: 'cravings: "I\'d die for a coffee", "I could kill for a nap", "a dress to die for"',
    pattern: /\b(?:die|dying|kill|killing|murder) for (?:a|an|some|that|this|one|it|the)\b/g,
  },
  {
    id: 'to-die-for',
    catches: '"A dress to die for": a craving.',
    pattern: /\bto die for\b/g,
  },
  {
    id: 'dying-of-thirst',
    catches: 'Laughter, embarrassment, boredom, thirst: "dying of laughter", "dying of thirst".',
    pattern:
      /\b(?:dying|died|die) (?:of|from|with) (?:laughter|laughing|embarrassment|shame|boredom|curiosity|thirst|hunger|heat|cuteness|this|the|a)\b/g,
  },
  {
    id: 'died-laughing',
    catches: '"Nearly died laughing".',
    pattern: /\b(?:dying|died) laughing\b/g,
  },
  {
    id: 'almost-died',
    catches: '"Nearly died", "literally dead": exaggeration.',
    pattern: /\b(?:nearly|almost|practically|literally|basically) (?:died|dead|die)\b/g,
  },
  {
    id: 'thought-i-would-die',
    catches: '"I thought I\'d die" (of laughing, of fright).',
    pattern: /\b(?:thought|think) (?:i|id|i would) (?:die|died)\b/g,
  },
  {
    id: 'dying-to',
    catches: '"Dying to see it", "dying for a cup of tea".',
    pattern: /\bdying (?:to|for)\b/g,
  },
  {
    id: 'i-could-have-died',
    catches: '"I could have died" of embarrassment or joy.',
    pattern:
      /\b(?:i )?could (?:just |have |literally )?(?:die|died)\b(?= ?(?:[.,!?]|$|of|from|laughing|when))/g,
  },
  {
    id: 'thought-i-was-going',
    catches: '"I thought I was going to die" on a run or a ride.',
    pattern: /\b(?:thought|think|felt like|swear) (?:i|im|i was|i am) (?:going to|gonna|about to) die\b/g,
  },
  {
    id: 'feel-like-death-warmed',
    catches: '"I feel like death", "dead on my feet", "I\'m dead" as laughter',
    pattern: /\b(?:feel|feels|feeling|felt|look|looks|looking|looked) like death(?: warmed up)?\b/g,
  },
  {
    id: 'dead-on-my-feet',
    catches: '"Dead on my feet": tired.',
    pattern: /\bdead on (?:my|our|his|her|their) feet\b/g,
  },
  {
    id: 'im-dead',
    catches: '"I\'m dead" as laughter.',
    pattern:
      /\b(?:im|i am) (?:so |literally |actually |absolutely |deceased |)dead(?= ?(?:lol|lmao|lmfao|haha\w*|rofl|x+|[.,!]|$))/g,
  },
  {
    id: 'scratched-the-mozzie-bites',
    catches: 'scratching bites, biting nails: habits, not self-harm',
    pattern:
      /\b(?:scratch(?:es|ed|ing)?|bit|bite|biting|bitten|pick(?:s|ed|ing)?) (?:at )?(?:my |the )?(?:\w+ )?(?:bites?|rash|eczema|itch\w*|spots?|scabs?|nails|lips?|cuticles?)\b/g,
  },
  {
    id: 'die-a-little-inside',
    catches: '"I die a little inside": embarrassment.',
    pattern: /\bdie a little(?: inside)?\b/g,
  },
  {
    id: 'embarrassed-i-wanted-to',
    catches: '"So embarrassed I wanted to die": embarrassment or boredom.',
    pattern:
      /\b(?:embarrass\w*|mortified|cringe\w*|humiliat\w*|awkward|dull|boring|bored|tedious)\b[^.!?;]{0,50}?\b(?:want|wanted|wanting) to die\b/g,
  },
  {
    id: 'rather-die-than',
    catches: '"I\'d rather die than go to that party"',
    pattern:
      /\b(?:rather|sooner) (?:die|be dead) than\b(?! (?:feel|feeling|live|living|go on|going on|carry on|keep|be |spend|exist|wake|face|deal|keep going))/g,
  },
  {
    id: 'bored-to-death',
    catches: '"bored to death", "scared to death"',
    pattern:
      /\b(?:bored|scared|worried|tickled|freezing|frozen|sick|tired|frightened|loved|talked|stressed) to death\b/g,
  },
  {
    id: 'will-kill-me-if',
    catches: '"my mum is going to kill me when she sees this" (but not "if I ever leave")',
    pattern:
      /\b(?:going to|will|would|is going to) (?:\w+ )?kill me (?:when|if|for|because)\b(?! i (?:ever )?(?:leave|left|tell|told|go|went|call|report|try|tried|speak|talk))/g,
  },
  {
    id: 'beat-myself-up',
    catches: 'self-criticism, not self-harm: "I beat myself up about it"',
    pattern: /\b(?:beat|beats|beating|kick|kicking|kicked) myself(?: up)?\b/g,
  },
  {
    id: 'cut-myself-a-slice',
    catches: '"Cut myself some slack", "cut myself a slice": not self-harm.',
    pattern: /\bcut myself (?:some slack|off|a (?:break|slice|piece))\b/g,
  },
  {
    id: 'cut-myself-shaving',
    catches: 'accidents: "cut myself chopping onions", "burned myself on the oven tray"',
    pattern:
      /\b(?:cut|cuts|burn|burned|burnt|hurt|injured|injure|scalded|scratched) myself (?:(?:while|whilst|when) \w+|shaving|cooking|chopping|slicing|peeling|baking|gardening|playing|running|training|lifting|climbing|skating|skiing|cycling|falling|tripping|ironing|opening|on (?:a|an|the|some|my|this) (?:\w+ ){0,2}?(?:knife|paper|glass|tin|can|oven|stove|hob|iron|kettle|pan|tray|fence|nail|edge|corner|bike|saw|blade|grater|scissors|stairs|ice|steam|toaster|bbq|barbecue|grill|candle|radiator|pot|lid|door|table|pin)|at (?:the )?(?:gym|park|match|game|football|training|practice)|doing (?:\w+ ){0,3}?(?:squats|deadlifts|yoga|diy|exercise|sport)|with (?:a|an|the|my) (?:knife|scissors|kettle|iron|saw|hammer|stapler|drill|razor|grater))/g,
  },
  {
    id: 'tripped-over-and-hurt',
    catches: 'Falling over and hurting oneself: an accident.',
    pattern: /\b(?:fell|slipped|tripped|crashed) (?:over )?and (?:hurt|cut|injured) myself\b/g,
  },
  {
    id: 'burned-my-hand-on',
    catches: "Cutting or burning one's hand on something, or while cooking: an accident.",
    pattern:
      /\b(?:cut|cuts|burn|burned|burnt|scratched|cutting|burning|scratching|scalded|scalding) my (?:\w+ )?(?:on (?:a|an|the|some|my|this) (?:\w+ ){0,2}?(?:knife|paper|glass|tin|can|oven|stove|hob|iron|kettle|pan|tray|fence|nail|edge|corner|bike|saw|blade|grater|scissors|steam|toaster|bbq|barbecue|grill|candle|radiator|pot|lid|door|table|pin)|(?:while|whilst|when) \w+|shaving|cooking|chopping|slicing|peeling|baking|gardening|ironing)\b/g,
  },
  {
    id: 'suicide-scene',
    catches: 'named things that contain the word',
    pattern:
      /\bsuicide (?:squad|prevention|awareness|hotline|bomber|doors?|run|kings|rates?|statistics|research|scenes?|storyline|themes?)\b/g,
  },
  {
    id: 'overdosed-on-netflix',
    catches: 'too much of a good thing: "overdosed on chocolate", "an overdose of sunshine"',
    pattern:
      /\b(?:overdosed|overdosing|overdose|an overdose) (?:on|of) (?:\w+ )?(?:chocolate|sugar|sweets|cake|biscuits|crisps|cheese|pizza|carbs|coffee|caffeine|tea|christmas|telly|tv|netflix|box sets?|sunshine|sun|nostalgia|cuteness|fresh air|vitamin \w+|festive \w+)\b/g,
  },
  {
    id: 'traffic-was-suicide',
    catches: '"traffic was suicide this morning": a manner of speaking about a thing',
    pattern:
      /\b(?:traffic|roads?|commute|parking|motorway|ring road|rota|schedule|deadline|that hill|the hill) (?:was|is|were|are|looked|looks) (?:\w+ )?(?:suicide|suicidal)\b/g,
  },
  {
    id: 'spoke-about-my-suicide',
    catches: 'telling one\'s story in public: "spoke about my suicide attempt at the charity dinner"',
    pattern:
      /\b(?:spoke|speak|speaking|talked|talk|talking|gave a talk|give a talk|giving a talk) about my (?:suicide )?attempt (?:at|to|for|with) (?:a|the|our) (?:\w+ )?(?:dinner|event|conference|school|college|training|meeting|fundraiser|assembly|launch|group of \w+)\b/g,
  },
  {
    id: 'cut-my-own-fringe',
    catches: 'grooming and gardening: "I want to cut my hair short", "need to cut the hedge"',
    pattern:
      /\b(?:cut|cutting) (?:my|her|his|their|the|the kids|our) (?:own )?(?:hair|fringe|nails|toenails|beard|grass|lawn|hedge|hedges|roses)\b/g,
  },
  {
    id: 'self-harm-awareness',
    catches:
      'a clinician\'s or teacher\'s working day: "ran the self-harm awareness training", "the self-harm team"',
    pattern:
      /\bself harm (?:awareness|prevention|training|service|services|team|teams|nurse|nurses|clinic|policy|policies|workshop|workshops|module|lecture|research|charity|pathway)\b/g,
  },
  {
    id: 'came-in-after-an',
    catches: '"two admissions for overdose", "two people in after suicide attempts": someone else, at work',
    pattern:
      /\b(?:admissions?|admitted|patients?|people in|brought in|came in|presented|presentations?|referrals?|referred|call ?outs?|callouts?|cases?) (?:\w+ ){0,2}?(?:for|with|after|following) (?:an |a |the |her |his |their |two |three |\d+ )?(?:overdoses?|suicide attempts?|self harm)\b/g,
  },
  {
    id: 'said-my-goodbyes-to',
    catches: 'a leaving do: "said goodbye to everyone at work", "said my goodbyes at the allotment"',
    pattern:
      /\b(?:goodbye to (?:everyone|everybody|you all|all of you)|(?:said|saying|say) (?:my |our )?goodbyes) (?:at|in|on|from|to) (?:the |my |our )?(?:work|office|team|ward|school|class|job|shop|cafe|gym|club|choir|allotment|nursery|leaving do|party|station|airport|neighbours|street|village|old house|flat)\b/g,
  },
  {
    id: 'goodbye-to-the-old',
    catches: 'Goodbye to a place or a thing: "goodbye to the old house".',
    pattern:
      /\bgoodbye to (?:the|my|our) (?:old |little |lovely |dear )?(?:house|flat|home|car|van|bike|office|job|city|town|street|school|garden|kitchen|sofa|desk|team|village|allotment|summer|holiday)\b/g,
  },
  {
    id: 'last-day-at-the',
    catches: 'A last day at work or school: "last day at the office, goodbye everyone".',
    pattern:
      /\b(?:last|final) (?:day|shift|week|lesson|class) (?:at|of|in|with) (?:the |my |our )?\w+\b[^.!?;]{0,20}?\bgoodbye (?:everyone|everybody|all)\b/g,
  },
  {
    id: 'giving-away-most-of',
    catches:
      'giving things away to move house: "gave all my stuff to my brother since I\'m moving to Australia"',
    pattern:
      /\b(?:giving|gave|give|given) (?:away )?(?:all |most of |some of )?(?:my |away my )?(?:things|stuff|belongings|possessions|furniture|everything)\b[^.!?;]{0,40}?\b(?:since|because|as|before) (?:im|i am|were|we are|i was|we were|the|my|our) (?:moving|emigrating|relocating|downsizing|move|house move)\b/g,
  },
  {
    id: 'curl-up-and-die',
    catches: 'embarrassment: "I could just curl up and die, I was so embarrassed"',
    pattern:
      /\bcurl up and die\b(?=[^.!?;]{0,40}?\b(?:embarrass\w*|mortified|cringe\w*|humiliat\w*|awkward|ashamed)\b)|\b(?:embarrass\w*|mortified|cringe\w*|humiliat\w*|awkward)\b[^.!?;]{0,50}?\bcurl up and die\b/g,
  },
  {
    id: 'everything-sorted-for-the',
    catches:
      'order for a move or the taxman: "everything sorted for the move", "affairs in order, the tax return"',
    pattern:
      /\b(?:affairs|things|everything) (?:in order|sorted|ready) (?:for|before) (?:the |my |our |a )?(?:move|moving|holiday|trip|wedding|baby|exams?|party|flight|visit|inspection|audit|christmas|meeting|new job|builders)\b/g,
  },
  {
    id: 'affairs-in-order',
    catches: 'Affairs in order for the taxman or the paperwork.',
    pattern:
      /\baffairs in order\b(?=[^.!?;]{0,50}?\b(?:tax|pension|paperwork|accounts?|accountant|bills|subscriptions|admin|boring sense|filing)\b)/g,
  },
  {
    id: 'wrote-my-letter-of',
    catches: 'a letter that is not a farewell: "wrote my letter of resignation"',
    pattern:
      /\b(?:wrote|written|writing|finished|left|leave|leaving) my (?:\w+ )?letters? (?:of (?:resignation|complaint|application|support|recommendation|objection|thanks)|to (?:the|my) (?:council|landlord|mp|bank|editor|insurer|solicitor|local paper))\b/g,
  },
  {
    id: 'my-last-entry-before',
    catches: 'a diary paused for a holiday: "my last entry before the holiday"',
    pattern:
      /\bmy (?:last|final) (?:entry|post|message|note) (?:before|until|till|of the (?:year|week|month|day|term)|for (?:a|the|this) (?:week|fortnight|month|while|holiday|trip))\b(?! i (?:go|die|leave|end))/g,
  },
  {
    id: 'monday-to-sunday',
    catches: '"Monday to Sunday" in a weekly pill box, not a countdown.',
    pattern: /\b(?:monday|mon) to (?:sunday|sun)\b/g,
  },
  {
    id: 'counting-my-pills-into',
    catches:
      'a week\'s tablets in a pill box: "counted Dad\'s tablets into the weekly box, Monday to Sunday"',
    pattern:
      /\b(?:counted|counting|count|sorted|sorting|put|putting|filled|filling) (?:out )?(?:\w+ ){0,2}?(?:tablets|pills|meds|medication) (?:out )?(?:into|in) (?:the|a|his|her|their|my|our) (?:\w+ )?(?:box|boxes|organiser|organizer|dosette|blister packs?|pill ?box|tray|compartments?)\b/g,
  },
  {
    id: 'pills-for-the-week',
    catches: 'a week\'s tablets laid out: "counted out Dad\'s pills for the week and labelled the box"',
    pattern:
      /\b(?:counted|counting|count|sorted|sorting|sort|put|putting|laid|lay|set|setting) out (?:(?!all|every|whole|enough|extra)\w+ ){0,2}?(?:pills|tablets|meds|medication) for (?:the|this|next) week\b(?![^.!?;]{0,40}?\b(?:tonight|on purpose|nobody|no one|ready|take them all|all at once))/g,
  },
  {
    id: 'last-post-on-this-account',
    catches: 'moving accounts: "my last post on this account, I\'m moving to the new one, follow me there"',
    pattern:
      /\b(?:this is )?my (?:last|final) (?:post|entry|message|video|tweet) (?:on|from|in) (?:this|my old|the old) (?:account|page|blog|channel|app|site|forum|handle)\b(?=[^.!?]{0,80}?\b(?:moving|moved|new (?:one|account|page|blog|channel|site)|follow me|find me|switching)\b)/g,
  },
  {
    id: 'wont-be-here-next-week',
    catches: "away for a while: \"I won't be here next week, I'm at my sister's\"",
    pattern:
      /\b(?:wont|will not|not going to) be (?:here|around|online|about|in) (?:next week|this weekend|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|for (?:a|the|two|three) (?:days|week|weeks|weekend))\b(?=[^.!?]{0,30}?\b(?:im (?:at|away|off to|visiting|on holiday)|i am (?:at|away|off to|visiting|on holiday)|visiting my \w+|on holiday|on a (?:course|trip)|exams?|conference|work trip)\b)/g,
  },
  {
    id: 'sorry-i-shouted',
    catches:
      'an apology for an everyday slip: "I\'m sorry I shouted at you this morning", "sorry for the late reply"',
    pattern:
      /\bsorry (?:that )?(?:i |for |about )(?:(?:was |being |the |my |a |so |such )?)(?:shouted|snapped|yelled|lost my temper|losing my temper|rude|grumpy|a grump|short with|snappy|late|missed your call|forgot (?:to|your|the|our|about)|late reply|slow reply|delay|noise|spamming|double booked|the way i spoke)\b/g,
  },
  {
    id: 'useless-at-parking',
    catches:
      'harsh words for one everyday skill: "I\'m so useless at parking", "I\'m rubbish at maths", "hopeless with names"',
    pattern:
      /\b(?:im|i am|i feel) (?:so |such |just |really |completely |totally )?(?:a |an )?(?:useless|hopeless|rubbish|terrible|awful|pathetic|idiot|stupid|dumb|failure|disaster|klutz) (?:at|with) (?!(?:everything|anything|life|being|living|existing|all|this|it|people|myself)\b)(?:\w+ing|maths|math|names|mornings|technology|computers|directions|money|plants|spiders|sport|sports|football|numbers|spelling|cooking|dates|birthdays|geography|quizzes|exams|tests|interviews|parties)\b/g,
  },
  {
    id: 'cant-take-anymore-of',
    catches: 'weather and things: "can\'t take any more of this heat", "end of my rope with this printer"',
    pattern:
      /\b(?:cant|cannot|couldnt) take (?:any more|much more|anymore|another (?:day|minute|hour|episode)) of (?:this|the|that|these) (?:heat|rain|cold|weather|noise|snow|wind|drilling|roadworks|traffic|music|show|series|film|song|printer|queue|heatwave|humidity)\b/g,
  },
  {
    id: 'end-of-my-rope',
    catches: '"End of my rope with this printer": a thing, not a life.',
    pattern: /\bend of my (?:rope|tether) with (?:this|the|my|these|that) \w+\b/g,
  },
  {
    id: 'disappear-under-my-duvet',
    catches: '"Disappear under the duvet": hiding from the day, not vanishing.',
    pattern: /\bdisappear under (?:a|the|my) (?:duvet|covers|blanket|quilt)\b/g,
  },
  {
    id: 'teach-nurses-about-self',
    catches:
      'teaching and training: "I teach nurses about self-harm and suicide risk", "a session for new GPs on asking about suicide"',
    pattern:
      /\b(?:teach|teaches|teaching|taught|train|trains|training|trained|lecture|lecturing|lectured) (?:(?!(?:myself|me|not|never|i|im|to)\b)\w+ ){0,6}?(?:about|on) (?:(?:asking|talking|screening|enquiring) (?:people |patients |clients )?about )?(?:self harm|suicide)(?: (?:and|or) (?:self harm|suicide)(?: risk| prevention)?)?\b/g,
  },
  {
    id: 'gave-away-most-of',
    catches:
      'giving things where they will be used: "gave my books to the charity shop", "my plants to a neighbour while I\'m on holiday"',
    pattern:
      /\b(?:giving|gave|give|given) (?:away )?(?:all |most of |some of )?my \w+ (?:away )?to (?:the |a |our |my )?(?:charity|charity shop|oxfam|library|school|church|nursery|shelter|food bank|scouts|hospice shop|refugee centre)\b/g,
  },
  {
    id: 'giving-my-plants-to',
    catches: 'Giving things to someone to mind while away.',
    pattern:
      /\b(?:giving|gave|give|given) (?:away )?my \w+ to (?:\w+ ){1,3}?(?:while|whilst) (?:im|i am|were|we are|i was|we were) (?:on holiday|abroad|travelling|on the trip|in hospital for|on my course)\b/g,
  },
  {
    id: 'writing-letters-to-the',
    catches: 'letters that are not farewells: "writing letters to the kids for the time capsule"',
    pattern:
      /\b(?:wrote|written|writing) (?:letters|notes|a letter|a note) (?:to|for) (?:\w+ ){1,3}?for (?:the |a |their |our )?(?:time capsule|christmas|birthday|birthdays|school project|pen pals?|thank yous?)\b/g,
  },
  {
    id: 'battery-at-2-about',
    catches: 'things running out: "battery at 2%, about to die", "the basil is going to die"',
    pattern:
      /\b(?:battery|batteries|phone|laptop|charge|charger|tablet|ipad|kindle|headphones|airpods|car|engine|plant|plants|basil|flowers?|torch|bulb|tv|screen|signal|wifi|fish|goldfish|tomatoes|seedlings)\b[^.!?;]{0,30}?\b(?:about to|going to|gonna|will|might|is going to|could) (?:\w+ )?(?:die|dying)\b/g,
  },
  {
    id: 'new-pills',
    catches: 'Ordinary medicine: "took my tablets with breakfast", "forgot my meds again".',
    pattern:
      /\b(?:take|took|taking|taken|forgot|forget|forgetting|remembered|remember|collected|collect|collecting|picked up|pick up|ordered|order|renewed|started|start|starting|changed|switched|new) (?:my |the |your |her |his )?(?:meds|medication|medicine|tablets|pills|antidepressants|prescription)\b(?![^.!?;]{0,40}?\b(?:on purpose|deliberately|than i should|too many|all at once|extra|the lot|to (?:die|sleep forever|not wake up)|and go to sleep|and not wake up))/g,
  },
  {
    id: 'paracetamol-for-a-headache',
    catches:
      'Medicine taken for an ailment: "took two paracetamol for the headache and lay down for an hour".',
    pattern:
      /\b(?:take|took|taking|taken|had|have) (?:(?!all|every|whole|the lot|lot|handful|loads|load|more|extra|double|too|enough)\w+ ){0,2}?(?:paracetamol|ibuprofen|aspirin|painkillers|tablets|pills|meds|medication|antihistamines?|lemsip|nurofen|codeine) for (?:the |my |a |her |his |their |this |that )?(?:\w+ )?(?:headache|migraine|cold|flu|pain|back|period|cramps|toothache|fever|temperature|hay fever|allergies|allergy|cough|sore throat|infection|knee|shoulder|neck|hangover|hip|sprain|tooth)\b(?![^.!?;]{0,40}?\b(?:on purpose|deliberately|than i should|too many|all at once|the lot|to (?:die|sleep forever|not wake up|never wake up)|so i (?:wouldnt|would not|dont|never) wake up|and (?:go to sleep|not wake up)|forever|for good|ready|nobody|no one|tonight|secret|hid|hidden|saving|saved))/g,
  },
  {
    id: 'wrestling-and-he-kicked',
    catches: 'play-fighting: "my brother and I were wrestling and he kicked me"',
    pattern: new RegExp(
      String.raw`\b(?:wrestling|play fighting|playfighting|sparring|playing|messing about|messing around|mucking about|tickle fight|pillow fight)\b[^.!?;]{0,60}?\b${HARM_VERB} me\b`,
      'g',
    ),
  },
  {
    id: 'locked-me-in-by',
    catches: 'Play and sport: "punched me in the arm as a joke", "kicked me by accident at football".',
    pattern: new RegExp(
      String.raw`\b${HARM_VERB} me\b[^.!?;]{0,30}?\b(?:as a joke|jokingly|playfully|for fun|by accident|accidentally|in the game|at (?:football|rugby|karate|judo|boxing|training|practice))\b`,
      'g',
    ),
  },
  {
    id: 'hit-me-with-the',
    catches: 'playful: "hit me with a pillow", "hit me up"',
    pattern:
      /\bhit me (?:with (?:a |the |his |her |their )?(?:pillow|snowball|water|ball|joke|question|news|bill|fact|truth|idea|compliment|request|message|text)|up)\b/g,
  },
  {
    id: 'laptop-is-dead',
    catches: 'Devices and things wearing out: "my phone\'s about to die", "the printer died again".',
    pattern:
      /\b(?:phones?|laptops?|batter(?:y|ies)|chargers?|headphones|earbuds|airpods|printers?|kindles?|tablets?|ipads?|remotes?|torch|bulbs?|cars?|engines?|vans?|tvs?|screens?|consoles?|controllers?|mouse|keyboard|speakers?|plants?|basil)\b(?: \w+){0,3}? (?:is |has |was |just |finally |completely |totally |already |about to |going to |gonna )*(?:die|died|dying|dead)\b/g,
  },
  {
    id: 'mondays-make-me-want',
    catches: '"Mondays make me want to die lol": an everyday annoyance, said with a laugh',
    pattern:
      /\b(?:mondays?|work|job|exams?|revision|homework|school|uni|college|lectures?|meetings?|traffic|commute|weather|maths|spreadsheets?|emails?|tax|karaoke|assignments?|deadlines?|this week|the gym|my boss|customers|admin)\b[^.!?;]{0,40}?\b(?:want to|makes? me want to|made me want to|could|id rather) (?:just )?(?:die|kill myself|end it|be dead)\b(?=[^.!?;]{0,25}?\b(?:lol|lmao|lmfao|haha\w*|hehe|rofl|xd|jk|joking)\b)/g,
  },
  {
    id: 'would-murder-me-if',
    catches:
      '"my boss would kill me if she saw this", "he\'d kill me if he knew" (but not a threat: "said he\'d kill me if I left")',
    pattern:
      /(?<!\b(?:said|says|told me|threatened|threatens|swore|swears|promised|warned me|warns me|keeps saying|texted|messaged) (?:that )?(?:\w+ )?)\b(?:would|will|hed|shed|theyd|youd|gonna|going to|is going to|ll) (?:literally |actually |absolutely |probably |definitely |totally )?(?:kill|murder) me if\b(?! (?:i|you) (?:left|leave|tell|told|go to|went to|call|called|report|reported|ever leave|tried to leave)\b)/g,
  },
  {
    id: 'song-is-called-goodbye',
    catches: 'titles of songs and films: "a song called Goodbye Forever", "the film The Last Goodbye"',
    pattern:
      /\b(?:song|track|tune|single|album|record|film|movie|show|book|play|poem|episode|musical) (?:called |titled |named )?(?:\w+ ){0,2}?goodbye(?: forever| everyone| world| my love)?\b/g,
  },
  {
    id: 'lose-my-mind-if',
    catches: '"I\'ll lose my mind if the neighbours play drums again"',
    pattern: /\b(?:lose|losing) my mind (?:if|over|waiting|at|when|with)\b/g,
  },
  {
    id: 'didnt-wake-up-until',
    catches: 'waking late: "didn\'t wake up until 11"',
    pattern:
      /\b(?:didnt|did not|never|dont|do not|wont|couldnt) (?:wake|woke) (?:up )?(?:until|till|til|before|in time|on time)\b/g,
  },
  {
    id: 'tapping-out-of-the',
    catches: 'checking out of a hotel or library books, tapping out of a chat',
    pattern:
      /\b(?:checking|checked|check|tapping|tapped|tap) out (?:of (?:the|a|my|our|this|that) (?:hotel|room|library|shop|group|chat|conversation|airbnb|hostel|gym|b b|cottage|flat|apartment|tent|campsite|call|meeting)|(?:at|by|before|after) \d|(?:three|two|some|a few|the|a|these|those) (?:\w+ )?(?:books?|films?|dvds?|shops?|menu|place|new|show|podcast|video|site|band))/g,
  },
];
