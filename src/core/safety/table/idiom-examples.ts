/**
 * What each idiom in idioms.ts must blank (examples) and the risky passages
 * sharing its words that it must leave alone and that must still raise a
 * notice (near misses), keyed by row id. Each passage is a test in
 * table.test.ts. Kept apart from the rows so that they never ship: only tests
 * import this file.
 */
import type { RowExamples } from './row.js';

export const IDIOM_EXAMPLES: Readonly<Record<string, RowExamples>> = {
  'killing-me': {
    examples: ['hangover is killing me'],
    nearMisses: ['not killing myself today.', 'i keep thinking about killing myself'],
  },
  'shoot-me-now': {
    examples: ['Shoot me now.', 'Kill me now lol.'],
    nearMisses: ['gonna kms fr', 'i wanna kms fr'],
  },
  'kill-for-a': {
    examples: ['could kill for a nap', 'id die for a coffee rn'],
    nearMisses: ['I want die.', 'gonna kms fr'],
  },
  'to-die-for': {
    examples: ['the cake was to die for'],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'dying-of-thirst': {
    examples: ['dying of thirst at this gig', "I think I'm dying of this cold."],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'died-laughing': {
    examples: ['nearly died laughing at the dog'],
    nearMisses: ['All I can think about is dying.'],
  },
  'almost-died': {
    examples: ['i laughed so hard i almost died', 'She nearly died when she saw the quote.'],
    nearMisses: [
      'He strangled me again last night till I nearly blacked out.',
      "I've been hurting myself nearly every night since the funeral.",
    ],
  },
  'thought-i-would-die': {
    examples: ["Laughed so hard I thought I'd die.", 'she make me laugh so much i think i die.'],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'dying-to': {
    examples: ['dying to see the new film'],
    nearMisses: ['I feel like dying.', 'All I can think about is dying.'],
  },
  'i-could-have-died': {
    examples: ['i could have died', 'so bored i could die.'],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'thought-i-was-going': {
    examples: ['thought i was gonna die at mile 11.'],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'feel-like-death-warmed': {
    examples: ['feel like death warmed up.'],
    nearMisses: ['Feeling so low.', 'Feeling so worthless today.'],
  },
  'dead-on-my-feet': {
    examples: ['dead on my feet'],
    nearMisses: ['i wish i was dead', 'I want to be dead.'],
  },
  'im-dead': {
    examples: [
      "i'm dead, that meme is too funny",
      "i am SO dead, i forgot it's our anniversary tomorrow and i haven't got anything",
    ],
    nearMisses: ["I'm so numb.", 'im a burden.'],
  },
  'scratched-the-mozzie-bites': {
    examples: [
      'Scratched the mozzie bites till they bled, again.',
      "didn't bite my nails today for the first time in a decade",
    ],
    nearMisses: ['Picked the date.', "I've picked a date."],
  },
  'die-a-little-inside': {
    examples: ['Watching my old school plays makes me die a little inside.'],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'embarrassed-i-wanted-to': {
    examples: ['I was so embarrassed I wanted to die.'],
    nearMisses: ['i want out.', 'I want die.'],
  },
  'rather-die-than': {
    examples: [
      "i'd rather die than do karaoke",
      "Kia said at lunch she'd rather be dead than go back to her dad's.",
    ],
    nearMisses: ['turns out I would rather be dead.', "I'd rather not exist than go there."],
  },
  'bored-to-death': {
    examples: ['I was bored to death in that lecture.', "the heating's broken and im freezing to death"],
    nearMisses: ['tired of existing', "I'm scared of him."],
  },
  'will-kill-me-if': {
    examples: ["mum will kill me if i'm late again", "dad's gonna kill me when he sees the dent"],
    nearMisses: ['gonna kms fr', 'i wanna kms fr'],
  },
  'beat-myself-up': {
    examples: [
      'I beat myself up about that email all evening.',
      'I need to stop beating myself up over the exam',
    ],
    nearMisses: ["My dad beats me when mum isn't home.", 'He beat me up again and took my phone.'],
  },
  'cut-myself-a-slice': {
    examples: ['I cut myself a slice of cake as a reward.'],
    nearMisses: ['I cut again.', 'i cut again tonight.'],
  },
  'cut-myself-shaving': {
    examples: ['I cut myself shaving, again.', 'Burned myself on the kettle steam, ouch'],
    nearMisses: ['I cut again.', 'i hurt myself again.'],
  },
  'tripped-over-and-hurt': {
    examples: ['I tripped over and hurt myself.'],
    nearMisses: ['I hurt myself on purpose last night.'],
  },
  'burned-my-hand-on': {
    examples: ['burned my hand on the kettle', 'cut my finger chopping onions'],
    nearMisses: ['I cut again.', 'i cut again tonight.'],
  },
  'suicide-scene': {
    examples: [
      'The horror film had a suicide scene and I had to look away.',
      'Our ward ran a suicide prevention workshop for the junior doctors.',
    ],
    nearMisses: ['They said suicide.', 'gonna sewerslide this weekend'],
  },
  'overdosed-on-netflix': {
    examples: [
      "I think I've overdosed on Netflix this weekend.",
      'Overdosed on chocolate at the work Christmas party.',
    ],
    nearMisses: ['Thinking about overdosing.', 'I keep thinking about overdosing.'],
  },
  'traffic-was-suicide': {
    examples: ['The traffic was suicide this morning.'],
    nearMisses: ["I'm not suicidal.", 'feel sucidal again'],
  },
  'spoke-about-my-suicide': {
    examples: ['I spoke about my suicide attempt at the charity dinner.'],
    nearMisses: ['They said suicide.', 'gonna sewerslide this weekend'],
  },
  'cut-my-own-fringe': {
    examples: ['Cut my own fringe at 1am.', 'cut my hair myself, mistake'],
    nearMisses: ['I started cutting again this week.', 'wrote a letter for my kids to find'],
  },
  'self-harm-awareness': {
    examples: ['She runs the self-harm awareness training for new staff.'],
    nearMisses: ['i self harmed again', 'Day 60 without self-harm.'],
  },
  'came-in-after-an': {
    examples: [
      'A young lad came in after an overdose and he was so scared.',
      'Reviewed two patients after overdoses and one after a fall, then did the discharge letters.',
    ],
    nearMisses: ['They said suicide.', 'i self harmed again'],
  },
  'said-my-goodbyes-to': {
    examples: ['Said my goodbyes to the team in Pune.', 'Said my goodbyes at the allotment today.'],
    nearMisses: ['said my goodbyes.', 'sorry to everyone.'],
  },
  'goodbye-to-the-old': {
    examples: ['Saying goodbye to the old car.', 'Said goodbye to my old flat today.'],
    nearMisses: ['This is goodbye, diary.', 'this is goodbye i think.'],
  },
  'last-day-at-the': {
    examples: ['Last day at the office, goodbye everyone.'],
    nearMisses: ['sorry to everyone.', 'This is goodbye, diary.'],
  },
  'giving-away-most-of': {
    examples: ['Giving away most of my furniture before the move to Lisbon.'],
    nearMisses: ['tired of everything.', 'got everything ready'],
  },
  'curl-up-and-die': {
    examples: ['I could curl up and die, I was so embarrassed.'],
    nearMisses: ['I just want to curl up and die.'],
  },
  'everything-sorted-for-the': {
    examples: [
      "I have everything sorted for the move: boxes labelled, the van booked, the cat's carrier by the door.",
    ],
    nearMisses: ['tired of everything.', 'got everything ready'],
  },
  'affairs-in-order': {
    examples: [
      'Finally put my affairs in order in the boring sense: sorted the pension paperwork and the tax return.',
    ],
    nearMisses: ['put my affairs in order.', 'Put my affairs in order today.'],
  },
  'wrote-my-letter-of': {
    examples: ['Wrote my letter of resignation and handed it in.'],
    nearMisses: ['wrote my note.', 'I wrote a note today.'],
  },
  'my-last-entry-before': {
    examples: ['This is my last entry before the holiday, see you in a fortnight, diary.'],
    nearMisses: ['cut again last night.', 'this is the last page'],
  },
  'monday-to-sunday': {
    examples: ["Counted out Dad's tablets into the new weekly box, Monday to Sunday, so he won't double up."],
    nearMisses: [
      "I'd rather be dead than face Monday.",
      "I'm not going to hurt myself, I'm just empty and I dread every Monday.",
    ],
  },
  'counting-my-pills-into': {
    examples: [
      'counting my pills into the weekly organiser sunday ritual',
      "I've stocked her fridge and put her tablets in the weekly organiser.",
    ],
    nearMisses: ['ive been saving up my meds.', "I've been stockpiling my meds."],
  },
  'pills-for-the-week': {
    examples: [
      "Counted out Dad's pills for the week and labelled the box with big letters so he can read them.",
    ],
    nearMisses: [
      'counted out my pills tonight.',
      'Counted out all my pills for the week and I will take them tonight.',
    ],
  },
  'last-post-on-this-account': {
    examples: [
      "This is my last post on this account, I'm moving everything to the new one. Follow me there.",
    ],
    nearMisses: ['This is my last post on this account. Goodbye everyone.', 'This is my last post.'],
  },
  'wont-be-here-next-week': {
    examples: ["I won't be here next week, I'm at my sister's. Can someone feed the fish?"],
    nearMisses: [
      "I won't be here tomorrow, I've decided to end it.",
      "I won't be here much longer, I'm so tired of everything.",
    ],
  },
  'sorry-i-shouted': {
    examples: [
      "I'm sorry I shouted at you this morning, I was stressed and it wasn't fair on you.",
      'So sorry for the late reply, this week has been mad.',
    ],
    nearMisses: [
      "I'm sorry for everything. I can't do this anymore and I won't be here tomorrow.",
      "Sorry I was such a burden. I'm going to end it tonight.",
      "I'm sorry for the mess I'm leaving behind. I want to die.",
    ],
  },
  'useless-at-parking': {
    examples: ["I'm so useless at parking. Took six goes.", "I'm hopeless with names."],
    nearMisses: [
      "I'm useless at everything and I want to die.",
      "I'm useless at living. I don't want to be here anymore.",
    ],
  },
  'cant-take-anymore-of': {
    examples: [
      "Can't take any more of this heat, the fan is on full.",
      "Can't take another episode of that show, the plot makes no sense.",
    ],
    nearMisses: ["I can't cope.", "I can't go on."],
  },
  'end-of-my-rope': {
    examples: ['End of my rope with this printer.'],
    nearMisses: ['Got the rope out of the shed again.', "I'm at the end of my rope with all of this."],
  },
  'disappear-under-my-duvet': {
    examples: [
      'want to disappear under my duvet all weekend lol',
      'I just want to disappear under a duvet with a film today.',
    ],
    nearMisses: ['i want to disappear forever', 'i wanna disappear for real.'],
  },
  'teach-nurses-about-self': {
    examples: [
      'I teach nurses about self-harm and suicide risk.',
      'Teaching the students about suicide risk assessment this week.',
      'Ran a training session for the new GPs on asking about suicide. Lots of good questions.',
    ],
    nearMisses: [
      'They said suicide.',
      'i self harmed again',
      'I keep training myself not to think about suicide but it comes back every night.',
    ],
  },
  'gave-away-most-of': {
    examples: [
      'Gave away most of my clothes to the charity shop.',
      'returned the dvds to the library that i borrowed in like 2019, cleaned my room, gave my shoes to the charity shop.',
    ],
    nearMisses: ['gave my dog to my cousin.', 'gave away my things at the church.'],
  },
  'giving-my-plants-to': {
    examples: ["I'm giving my plants to my neighbour while I'm on holiday."],
    nearMisses: ['gave my dog to my cousin.', 'gave away my things at the church.'],
  },
  'writing-letters-to-the': {
    examples: ["We're writing letters to the kids for the time capsule."],
    nearMisses: ['wrote my note.', 'I wrote a note today.'],
  },
  'battery-at-2-about': {
    examples: [
      'battery at 2%, about to die, will text later',
      'my battery is about to die so quick update: all good, home safe',
    ],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'new-pills': {
    examples: ['New pills for the gout.', 'took my pills with breakfast.'],
    nearMisses: ['Picked the date.', "I've picked a date."],
  },
  'paracetamol-for-a-headache': {
    examples: [
      'Took two paracetamol for the headache and lay down in the dark for an hour. Much better.',
      'Had some ibuprofen for my back and sat with a hot water bottle all night.',
    ],
    nearMisses: [
      'Took all my painkillers for the pain so I would never wake up.',
      'Had the tablets for my back ready for tonight, nobody knows.',
    ],
  },
  'wrestling-and-he-kicked': {
    examples: ['My brother and I were wrestling and he kicked me in the shin'],
    nearMisses: [
      "I'm tired of fighting to stay alive.",
      "Maybe it's time I stopped fighting and let go for good.",
    ],
  },
  'locked-me-in-by': {
    examples: [
      "Stayed at work till midnight, the building's so creepy when it's empty and the security guard locked me in by accident.",
    ],
    nearMisses: [
      'he chokes me when hes angry and says its a joke.',
      'the overdose was an accident, they said, but i dont know',
    ],
  },
  'hit-me-with-the': {
    examples: [
      "He hit me with the news that he's moving to Canada.",
      'My brother hit me with a pillow and we laughed until we cried.',
    ],
    nearMisses: ['he hit me again last night', 'hope i get hit by a car tbh'],
  },
  'laptop-is-dead': {
    examples: ['laptop is dead.', 'my phone is dead'],
    nearMisses: ['I want die.', 'i want to die'],
  },
  'mondays-make-me-want': {
    examples: ['Mondays make me want to die lol'],
    nearMisses: ['i want out.', 'I want die.'],
  },
  'would-murder-me-if': {
    examples: ["my sister would murder me if she knew I'd borrowed her jacket"],
    nearMisses: ['gonna kms fr', 'i wanna kms fr'],
  },
  'song-is-called-goodbye': {
    examples: [
      'Their last song is called Goodbye Forever.',
      'watched a film called The Last Goodbye, cried at the ending',
    ],
    nearMisses: ['sorry to everyone.', 'This is goodbye, diary.'],
  },
  'lose-my-mind-if': {
    examples: ["i'm going to lose my mind if i hear baby shark again"],
    nearMisses: [
      "I'm losing my mind, I haven't slept in four days.",
      "i can't go home, he's been hitting me and he'll be waiting",
    ],
  },
  'didnt-wake-up-until': {
    examples: [
      "didn't wake up until 11 and it was glorious",
      "Hope I don't wake up before noon, I've earned this lie-in.",
    ],
    nearMisses: ["I couldn't breathe.", 'hoping i dont wake up'],
  },
  'tapping-out-of-the': {
    examples: [
      'tapping out of the group chat drama for the night',
      'checking out of the hotel at ten, then the train home',
    ],
    nearMisses: ["I'm tapping out.", 'im checking out.'],
  },
};
