import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, readPassages } from '../../../scripts/safety-data.js';
import {
  RISK_CATEGORIES,
  detectRisk,
  detectRiskByRules,
  detectorInternals,
  normaliseForDetection,
  type RiskLevel,
} from './detector.js';

const level = (text: string): RiskLevel => detectRisk(text).level;

function expectLevel(texts: readonly string[], expected: RiskLevel): void {
  for (const text of texts) expect({ text, level: level(text) }).toEqual({ text, level: expected });
}

function expectAtMost(texts: readonly string[], max: RiskLevel): void {
  const allowed: RiskLevel[] =
    max === 'none' ? ['none'] : max === 'concern' ? ['none', 'concern'] : ['none', 'concern', 'urgent'];
  for (const text of texts)
    expect({ text, allowed: allowed.includes(level(text)) }).toEqual({ text, allowed: true });
}

function expectRaised(texts: readonly string[]): void {
  for (const text of texts) expect({ text, raised: level(text) !== 'none' }).toEqual({ text, raised: true });
}

describe('detectRisk: shape', () => {
  it('returns only a level and known categories, never the text', () => {
    const text = 'I want to die, my secret word is marmalade';
    const result = detectRisk(text);
    expect(Object.keys(result).sort()).toEqual(['categories', 'level']);
    expect(JSON.stringify(result)).not.toMatch(/marmalade|die/);
    for (const c of result.categories) expect(RISK_CATEGORIES).toContain(c);
  });

  it('reads empty and blank text as none', () => {
    expect(detectRisk('')).toEqual({ level: 'none', categories: [] });
    expect(detectRisk('   \n\t ')).toEqual({ level: 'none', categories: [] });
    expect(detectRisk('.,;!?"')).toEqual({ level: 'none', categories: [] });
  });

  it('does not trip over words that name Object.prototype members', () => {
    expect(detectRisk('constructor toString hasOwnProperty __proto__ valueOf')).toEqual({
      level: 'none',
      categories: [],
    });
  });
});

describe('detectRisk: direct and indirect suicidal thoughts', () => {
  it('raises urgent for direct statements', () => {
    expectLevel(
      ['I want to die.', 'I am going to kill myself.', 'I want to end my life', "I'm suicidal"],
      'urgent',
    );
  });

  it('raises urgent for indirect phrasing', () => {
    expectLevel(
      [
        'Everyone would be better off without me.',
        "I won't be a problem much longer.",
        'I just want to not wake up.',
        'I wish I could go to sleep and never wake up',
        "There's nothing left to live for.",
        "What's the point of living?",
        'Nobody would even notice if I was gone.',
        "Life isn't worth living.",
        'I wish I was dead.',
      ],
      'urgent',
    );
  });

  it('offers concern for hopelessness on its own', () => {
    expectLevel(
      ["what's the point of anything", 'Nothing will ever get better.', 'I feel hopeless.', "I'm a burden."],
      'concern',
    );
    expect(detectRisk('I feel hopeless.').categories).toEqual(['hopelessness']);
  });

  it('raises urgent when hopelessness sits beside thoughts of death', () => {
    expectLevel(
      ['I feel hopeless and I want to die.', 'I feel hopeless. I keep thinking about death.'],
      'urgent',
    );
    expect(detectRisk('I feel hopeless and I want to die.').categories).toEqual([
      'suicidal_thoughts',
      'hopelessness',
    ]);
  });
});

describe('detectRisk: past and present', () => {
  it('lowers a distant past to concern, and to none beside a word of recovery', () => {
    expectLevel(
      ['I used to want to die, years ago.', 'When I was a teenager I used to cut myself.'],
      'concern',
    );
    expectLevel(['Years ago I tried to end my life. I am in a better place now.'], 'none');
  });

  it('keeps urgent when the past has come back', () => {
    expectLevel(
      [
        'I used to want to die years ago and now the feeling is back.',
        'I cut again today after being clean for two months.',
      ],
      'urgent',
    );
  });
});

describe('detectRisk: negation', () => {
  it('never raises urgent for a negated statement', () => {
    expectAtMost(
      [
        "I'm not going to hurt myself.",
        'I would never kill myself.',
        "I'm not suicidal, just sad.",
        'I dont want to die',
      ],
      'concern',
    );
  });

  it('treats "can\'t stop" and "not going to lie" as no negation', () => {
    expectLevel(
      [
        "I can't stop thinking about killing myself.",
        "I'm not going to lie, I want to die.",
        "I don't know why I want to die.",
        "I'm not going to kill myself tonight",
      ],
      'urgent',
    );
  });

  it('reads a negated wish with a life goal as none', () => {
    expectLevel(["I don't want to die without seeing Japan, so I booked the trip!"], 'none');
  });

  it('negation in one clause does not cover the next', () => {
    expectLevel(["I'm not going to hurt myself but I want to die."], 'urgent');
  });
});

describe('detectRisk: idioms are not risk', () => {
  it('raises nothing for common idioms', () => {
    expectLevel(
      [
        'this commute is killing me',
        "I'd die for a coffee",
        'I could kill for a nap',
        'we were dying of laughter',
        'my feet are killing me',
        'dead tired',
        'kill the lights',
        'I nearly died laughing',
        "I'd rather die than go to that party",
        'bored to death in the meeting',
        'my mum is going to kill me when she sees this',
        'that dress is to die for',
        'I beat myself up about it all evening',
        'I cut myself chopping onions',
        'burned myself on the oven tray',
        'my phone died',
        "I'm dying to see the film",
        'I could sleep forever',
        'I cut myself some slack today',
        'My brother punched me in the arm as a joke',
        'It suddenly hit me how far I have come',
        "I'm going to end it with him this weekend",
      ],
      'none',
    );
  });
});

describe('detectRisk: quoting others and media', () => {
  it('keeps someone else’s words at concern at most', () => {
    expectAtMost(
      [
        'the character in the book wanted to die',
        'She said "I want to die" in the film.',
        'My friend told me she wants to kill herself.',
        'In the film he tries to kill himself.',
      ],
      'concern',
    );
    expect(level('the character in the book wanted to die')).toBe('concern');
  });

  it('still reads the writer’s own words after a mention of someone else', () => {
    expectLevel(['I miss my dad and want to die.', 'My friend makes me want to die.'], 'urgent');
  });
});

describe('detectRisk: misspellings, missing apostrophes, lower case', () => {
  it('mends common misspellings and text-speak', () => {
    expectLevel(
      [
        'i want to kil myself',
        'im going to end it',
        'dont want to be here anymore',
        'feeling suicidle again',
        'i want to dye',
        'i wanna die',
        'I don’t want to be alive anymore',
        'kms',
      ],
      'urgent',
    );
  });

  it('keeps hair dye as hair dye', () => {
    expectLevel(['I want to dye my hair pink', 'going to dye the curtains blue'], 'none');
  });

  it('normalises case, apostrophes, quotes and symbols', () => {
    expect(normaliseForDetection('I’m “NOT” OK—really…')).toBe('im " not " ok . really ...');
    expect(normaliseForDetection("He'll be fine, she'd say")).toBe('he will be fine , she would say');
  });

  it('reads long lower-case text without punctuation', () => {
    const text =
      'so tired today didnt sleep again work was awful my manager shouted at me and i just sat there ' +
      'i keep thinking about ending my life and i dont know what to do about it then i made tea and watched tv';
    expect(level(text)).toBe('urgent');
    const long = `${'went for a walk and made soup and called my sister '.repeat(60)}i want to die ${'then i watched the match '.repeat(60)}`;
    expect(level(long)).toBe('urgent');
  });

  it('evaluates each sentence and takes the highest', () => {
    const text =
      'Went for a walk by the river. Called mum. I keep thinking everyone would be better off without me. Made soup.';
    expect(level(text)).toBe('urgent');
    expect(level('Went for a walk by the river. Called mum. Made soup.')).toBe('none');
  });
});

describe('detectRisk: self-harm and harm from others', () => {
  it('raises urgent for self-harm', () => {
    expectLevel(
      ['I cut myself again', 'I want to hurt myself', 'burning myself', 'i self harmed again'],
      'urgent',
    );
    expect(detectRisk('I cut myself again').categories).toEqual(['self_harm']);
  });

  it('raises urgent with harm_from_others when someone is hurting or threatening the writer', () => {
    for (const text of [
      'he hits me',
      "I'm scared he will hurt me",
      'my partner threatened me',
      'he said he would kill me if I ever left',
      "I don't feel safe at home",
    ]) {
      expect({ text, result: detectRisk(text) }).toEqual({
        text,
        result: { level: 'urgent', categories: ['harm_from_others'] },
      });
    }
  });

  it('does not read emotional hurt or ordinary threats as violence', () => {
    expectLevel(
      [
        'He really hurt me when he left without a word.',
        'My partner threatened to cancel Netflix, ha.',
        'My boss threatened to fire me if I am late again.',
        "I'm scared of spiders",
        "I'm scared of my boss",
      ],
      'none',
    );
  });
});

describe('detectRisk: distress', () => {
  it('offers concern for heavy distress', () => {
    for (const text of ["I can't cope", "I'm falling apart", 'Had a panic attack on the train']) {
      expect({ text, result: detectRisk(text) }).toEqual({
        text,
        result: { level: 'concern', categories: ['distress'] },
      });
    }
  });

  it('leaves ordinary hard days alone', () => {
    expectLevel(
      [
        'Rough day at work, my manager rejected my proposal.',
        'Grandad’s funeral was today. I miss him so much.',
        'So angry at my sister I could scream.',
        'Breakup day three. Ice cream and old films.',
        "I'm exhausted, too many meetings.",
        'Felt sad for no reason today, took a bath.',
      ],
      'none',
    );
  });
});

describe('detectRisk: compositional rules', () => {
  it('joins a wish or intent to a death concept, in wording no phrase lists', () => {
    expectLevel(
      [
        'thinking bout ending it all tbh',
        'i just want to stop existing',
        'I keep thinking about how to end it',
        'I wish I could disappear and never come back, for good',
        'honestly my plan is to finish the bottle and not wake up',
        'i want to dieee',
        'i wanna kms',
      ],
      'urgent',
    );
  });

  it('reads a burden beside an absence as urgent, a burden alone as concern', () => {
    expectLevel(
      [
        'i keep thinking everyone would be better off if i wasnt around',
        "i feel like im in everyones way and they'd be happier if i disappeared",
      ],
      'urgent',
    );
    expectLevel(['I feel like such a burden'], 'concern');
  });

  it('raises urgent for two signs of a farewell, or one beside thoughts of death', () => {
    expectLevel(
      ['ive made a plan and tonight is the night', 'I gave away my things and wrote a note'],
      'urgent',
    );
    expectAtMost(
      ['Made a plan for the week: yoga and swimming', 'wrote a note for the neighbour about the bins'],
      'none',
    );
  });

  it('reads self-harm urges and relapse, but not haircuts or a sugar relapse', () => {
    expectLevel(['i relapsed and cut last night', 'the urge to cut is so loud today'], 'urgent');
    expectLevel(['I used to cut years ago'], 'concern');
    expectLevel(['I used to cut years ago but I am ok now'], 'none');
    expectLevel(
      [
        'I want to cut my hair short',
        'tempted to burn all my old diaries, fresh start',
        'Relapsed on sugar today',
      ],
      'none',
    );
  });

  it('leaves a thing dying, or dying as a figure of speech, alone', () => {
    expectLevel(
      [
        "my plants are going to die if I don't water them",
        "I'm tired of living in this tiny flat",
        'I feel like death warmed up, flu is awful',
        "I'm dead on my feet after the night shift",
        "omg I'm dead lol",
        'the lecture was so dull I wanted to die',
        'I thought I was going to die on that rollercoaster',
        'just killing time before the dentist',
        'killer workout at the gym today',
        'my laptop battery is dead again',
      ],
      'none',
    );
  });

  it('keeps a quotation credited after it, or a review of a show, below urgent', () => {
    expectAtMost(['"I want to die," she sang, and the crowd went wild'], 'concern');
    expectLevel(["the show's protagonist wants to die in season one, brilliant acting"], 'none');
  });

  it('reads harm from others worded loosely', () => {
    expectLevel(
      ["my mum's boyfriend hits me and my little brother", 'Someone I know keeps threatening to hurt me.'],
      'urgent',
    );
  });
});

describe('detectRisk: broader coverage', () => {
  it('reads a means beside purpose, secrecy, dwelling or a time as urgent', () => {
    expectLevel(
      [
        'been holding the blade again tonight',
        'I have the rope in my bag and nobody knows',
        'took the whole packet on purpose',
        'I sat in the car with the pills for hours',
        'thinking about jumping off the bridge on my way home',
        'part of me wants to swerve into a lorry',
      ],
      'urgent',
    );
  });

  it('leaves ordinary medicine, kitchens and trips alone', () => {
    expectLevel(
      [
        'Took my tablets with breakfast tomorrow I start the new dose',
        'sharpening the knives ready for the Sunday roast',
        'took extra painkillers for my back',
        'drove over the bridge on the way to grans',
        'I walked into the sea up to my knees, so cold!',
      ],
      'none',
    );
  });

  it('raises urgent for two quiet signs of a farewell, and nothing for one', () => {
    expectLevel(["I'm ready to go. I've said everything I needed to say."], 'urgent');
    expectLevel(
      [
        'ready to go, taxi is here!',
        'Tonight is the night, the big game!',
        "I'm done. Finished the marathon.",
      ],
      'none',
    );
  });

  it('reads death wishes in other words', () => {
    expectLevel(
      [
        'i really cant wait to not be alive',
        'it would be a relief to just stop breathing',
        'disappointed to wake up again',
        'i keep thinking about offing myself',
        'life is not worth it anymore',
        'gonna ctb',
        'knowing I can end it whenever I want is what keeps me going',
      ],
      'urgent',
    );
  });

  it('reads self-harm in other words, and someone else hurting themselves as concern', () => {
    expectLevel(
      ['been scratching my arms until they feel like nothing', 'cutting helps, honestly'],
      'urgent',
    );
    expectLevel(['my friend told me she has been cutting herself'], 'concern');
    expectLevel(['My son fell and hurt himself at the park, only a graze.'], 'none');
  });

  it('reads harm from others with a contracted pronoun, and not play-fighting', () => {
    expectLevel(["i can't go home, he's been hitting me"], 'urgent');
    expectLevel(['we were wrestling on the sofa and he kicked me in the shin'], 'none');
  });

  it('offers concern for heavy distress in plain words', () => {
    expectLevel(
      [
        "I'm really struggling and don't know who to talk to",
        'I hate who I am',
        "haven't left my room in days",
        'the grief is swallowing me',
      ],
      'concern',
    );
  });

  it('leaves objects that die, jokes about sleep and plans for a lie-in alone', () => {
    expectLevel(
      [
        'my phone is gonna die any minute',
        'i could sleep forever after that shift lol',
        'wanna die laughing at your speech',
        'the plan is to not wake up before 10 on Saturday',
        "I'm not suicidal, I just hate spreadsheets",
      ],
      'none',
    );
  });
});

describe('detectRisk: only nearby signs combine', () => {
  // Each raises nothing alone; side by side, several of these pairs read as urgent
  // when the whole text was read at once.
  const clinic =
    'Took Dad to the memory clinic this morning. He chatted to the receptionist about football and did the puzzles with a grin.';
  const trip = "Packing for our trip tonight, so I won't be around for two weeks. The neighbour has a key.";
  const shift = "Busy shift in A&E: a broken wrist and a nosebleed that wouldn't stop.";
  const desk = 'Cleared my desk at work before the holidays and set my out of office.';
  const letters = 'Wrote letters to my pen pals in France and Chile this afternoon.';
  const loose = 'Tied up all the loose ends at work before my leave.';
  const counsellor =
    'Years ago I went through a rough patch and saw a counsellor. These days I coach the under-tens.';
  const pairs = [
    [clinic, trip],
    [trip, shift],
    [desk, trip],
    [letters, trip],
    [loose, letters],
    [loose, shift],
    [counsellor, shift],
    [trip, counsellor],
  ] as const;

  it('reads two ordinary paragraphs side by side as nothing', () => {
    for (const [a, b] of pairs) {
      expectLevel([a, b], 'none');
      expectLevel([`${a}\n\n${b}`, `${b}\n\n${a}`], 'none');
    }
  });

  it('reads one word typed fifty thousand times as nothing', () => {
    for (const word of ['not', 'myself', 'stop', 'soon', 'die', 'kms', 'longer', 'exist'])
      expectLevel([Array.from({ length: 50_000 }, () => word).join(' ')], 'none');
  });

  it('reads a very long text without a sentence break locally', () => {
    const ordinary = [
      'we walked the dog',
      'the pharmacy was shut',
      'i gave away the old sofa',
      'the train was late',
    ];
    const long = Array.from({ length: 400 }, (_, i) => ordinary[i % ordinary.length]).join(' and ');
    expectLevel([long], 'none');
    expectLevel([`${long} and i want to die and ${long}`], 'urgent');
  });

  it('still hears a farewell and a preparation in nearby sentences', () => {
    expectLevel(['I have written the letters to my kids. I gave the dog to my sister for good.'], 'urgent');
  });
});

describe('detectRisk: everyday uses of words that share with danger', () => {
  it('reads a clinician or teacher at work as nothing, and the writer’s own harm as urgent', () => {
    expectLevel(
      [
        'Ran the self-harm awareness training for the new teachers this afternoon.',
        'Handover with the self-harm team, then lunch.',
        'Two admissions for overdose and one discharge on the ward today.',
        'A patient brought in after an overdose was sent home with her sister.',
      ],
      'none',
    );
    expectLevel(['I self-harm most nights.', 'I took an overdose last night.'], 'urgent');
  });

  it('reads a leaving do as nothing, and a goodbye to everyone with a time as urgent', () => {
    expectLevel(['Said goodbye to everyone at work today, and cake in the staff room.'], 'none');
    expectLevel(['I said goodbye to everyone today. Tonight is the night.'], 'urgent');
  });

  it('reads giving things where they will be used as nothing, and giving them away for good as a farewell', () => {
    expectLevel(
      [
        'Gave away most of my books to the charity shop.',
        'Gave my plants to my neighbour while I am on holiday.',
      ],
      'none',
    );
    expectAtMost(['I gave away my books to my sister.'], 'concern');
    expectLevel(['I gave away my books to my sister. I have written the letters to my kids.'], 'urgent');
  });

  it('reads letters for a time capsule as nothing, and letters for after the writer is gone as urgent', () => {
    expectLevel(['Writing letters to the kids for the time capsule at their school.'], 'none');
    expectLevel(["I've been writing letters to the kids for when I'm gone."], 'urgent');
  });

  it('keeps a sign told in the distant past at concern at most, and urgent when it is now', () => {
    expectAtMost(
      [
        'Ten years ago I was in a dark place and thought about ending it. Today I ran a half marathon.',
        'I used to want to die every day when I was a student. These days I am happy.',
        'In 2012 I tried to kill myself. I am glad I am still here.',
        'There was a time I thought everyone would be better off without me.',
      ],
      'concern',
    );
    expectLevel(
      [
        'I used to cut years ago and last night I did it again.',
        "I used to want to die every day and now it's back.",
        'I tried to kill myself.',
        'Everyone would be better off without me.',
      ],
      'urgent',
    );
  });

  it('reads order for a move or the taxman, a resignation and a diary paused for a holiday as nothing', () => {
    expectLevel(
      [
        'Said my goodbyes at the allotment today.',
        'Finally put my affairs in order in the boring sense: sorted the pension paperwork.',
        'I have everything sorted for the move.',
        'Wrote my letter of resignation and handed it in.',
        'This is my last entry before the holiday, see you in a fortnight.',
      ],
      'none',
    );
    expectLevel(['I said my goodbyes.', 'I have everything sorted.', 'This is my last entry.'], 'urgent');
    expectRaised(["I've put my affairs in order.", 'I wrote my letters to the kids.']);
  });

  it('reads leaving a house or a job, and giving things away to move, as nothing, and the bare farewell as risk', () => {
    expectLevel(
      [
        'This is goodbye to the old house.',
        'My last day at work, goodbye everyone!',
        "Gave all my stuff to my brother since I'm moving to Australia.",
        'The ward had two people in after suicide attempts today.',
        'I could just curl up and die, I was so embarrassed.',
      ],
      'none',
    );
    expectRaised(['This is goodbye.']);
    expectLevel(
      [
        'Goodbye everyone.',
        'I gave all my stuff to my brother.',
        'I had a suicide attempt today.',
        'I just want to curl up and die.',
      ],
      'urgent',
    );
  });

  it('keeps patients’ and callers’ words below urgent, and the writer’s own as urgent', () => {
    expectAtMost(["I'm a psychiatrist; three of my patients today talked about wanting to die."], 'concern');
    expectLevel(['I keep talking about wanting to die.'], 'urgent');
  });

  it('reads a week of tablets in a pill box as nothing, and tablets counted for tonight as urgent', () => {
    expectLevel(["Counted out Dad's tablets into the new weekly box, Monday to Sunday."], 'none');
    expectLevel(['I counted out my tablets, tonight is the night.'], 'urgent');
  });

  it('reads the weather, a printer, a duvet and a lesson as nothing, and the same words about oneself as risk', () => {
    expectLevel(
      [
        "Can't take any more of this heat, the fan is on full.",
        'End of my rope with this printer.',
        'I just want to disappear under a duvet with a film today.',
        'I teach nurses about self-harm and suicide risk.',
      ],
      'none',
    );
    expectRaised([
      "I can't take any more of this.",
      "I'm at the end of my rope.",
      'I just want to disappear.',
    ]);
    expectLevel(['I think about suicide all the time.'], 'urgent');
  });

  it('reads an anniversary of a recovery at concern at most, and this week as urgent', () => {
    expectAtMost(
      [
        'Ten years ago this week I was in hospital after trying to end my life.',
        "It's been three years since the last time I hurt myself, and I'm proud of that.",
      ],
      'concern',
    );
    expectLevel(['This week I tried to end my life.', 'I hurt myself last week.'], 'urgent');
  });

  it('reads too much of a good thing, a hard road and a story told in public as nothing', () => {
    expectLevel(
      [
        'Overdosed on chocolate at the office party.',
        'Traffic on the ring road was suicide this morning.',
        'I spoke about my suicide attempt at the charity dinner.',
      ],
      'none',
    );
    expectLevel(
      [
        'I overdosed on my pills.',
        'I feel suicidal this morning.',
        'I keep thinking about my suicide attempt.',
      ],
      'urgent',
    );
  });
});

describe('detector key words', () => {
  // Each pattern runs only on clauses that hold one of its key words. If a
  // pattern could match without one, it would silently never fire, so check
  // every match the patterns make on the labelled set and on these tests.
  const corpus = [
    'train/eval-set.jsonl',
    'train/folded-holdout-1.jsonl',
    'train/folded-holdout-2.jsonl',
    'train/folded-holdout-3.jsonl',
  ].flatMap((name) => readPassages(resolve(DATA_DIR, name)).map((p) => p.text));

  it('every match holds one of its pattern’s key words', () => {
    const problems: string[] = [];
    for (const text of corpus) {
      const normalised = ` ${normaliseForDetection(text)} `;
      detectorInternals.PATTERNS.forEach((pattern, index) => {
        for (const m of normalised.matchAll(new RegExp(pattern.re.source, 'g'))) {
          const words = m[0].split(' ');
          if (!words.some((w) => pattern.keys.includes(w))) problems.push(`pattern ${index}: ${m[0]}`);
        }
      });
      detectorInternals.NEUTRALISERS.forEach((neutraliser, index) => {
        for (const m of normalised.matchAll(new RegExp(neutraliser.re.source, 'g'))) {
          const words = m[0].split(' ');
          if (!words.some((w) => neutraliser.keys.includes(w)))
            problems.push(`neutraliser ${index}: ${m[0]}`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('every key word is a single normalised word', () => {
    for (const key of detectorInternals.KEYS.keys()) expect(key).toMatch(/^[a-z0-9]+$/);
  });
});

describe('everyday explanations read around a sign', () => {
  it('reads recovery told in the past tense as nothing', () => {
    expectLevel(
      [
        'When I was a teenager I used to cut myself. I’m proud of how far I’ve come.',
        'Years ago I tried to end my life. I’m in a better place now.',
        'When I was 16 I wanted to die. I’m 30 now and glad I stayed.',
        'I used to self-harm but I’ve been clean for two years.',
        'I was suicidal in my early twenties. Medication and a good therapist got me through.',
        'In my late teens I used to cut. I’m doing well, and life is full.',
      ],
      'none',
    );
  });

  it('still offers help when the old trouble is back now', () => {
    expectRaised([
      'Years ago I tried to end my life. Doing better now but today was rough.',
      'I used to self-harm. I’m proud I stopped for so long. Last night I did it again.',
      'When I was 16 I wanted to die. I was glad I stayed, but lately I want to die again.',
      'I was suicidal in my early twenties. Therapy got me through, but tonight the thoughts are back.',
    ]);
  });

  it('reads a goodbye beside a move, a new job or a trip as that departure', () => {
    expectLevel(
      [
        'Said goodbye to everyone at the agency today, new job on Monday.',
        'Moving to Vancouver next month. Saying goodbye to everyone is harder than I thought.',
        'Last day at the bank after 22 years. Said goodbye to everyone and walked out into the sun. Retirement.',
      ],
      'none',
    );
  });

  it('reads harsh words after a small mistake, and an apology for one, as nothing', () => {
    expectLevel(
      [
        "I'm sorry I shouted at you this morning, I was stressed and it wasn't fair on you.",
        'So sorry for the late reply, this week has been mad.',
        "I'm so useless at parking. Took six goes.",
        "I'm hopeless with names. Called my new colleague Dave for a week.",
      ],
      'none',
    );
  });

  it('still hears a critic’s words or an apology beside a wish to die', () => {
    expectRaised([
      "I'm useless at everything and I want to die.",
      "I'm sorry for everything. I can't do this anymore and I won't be here tomorrow.",
      "I'm so stupid and useless, everyone would be better off if I just wasn't here anymore.",
    ]);
  });

  it('reads "the end of something" beside a move as the move, in the rules', () => {
    for (const text of [
      'Moving to Spain in the new year, saying goodbye to everyone. It feels like the end of something.',
      'Said goodbye to everyone at the flat, the lease is up. The end of an era.',
    ])
      expect(detectRiskByRules(text).level).toBe('none');
  });

  it('keeps a goodbye urgent when an ending for good sits beside the departure', () => {
    expectLevel(
      [
        'Said goodbye to everyone today. The new job starts Monday and nobody knows I won’t be there.',
        'I’m moving out next week. I won’t be around much longer and they’ll be better off.',
        'Packed everything into boxes and said my goodbyes. I’m tired of being a burden.',
        'Moving out, saying goodbye to everyone. This is the end for me.',
      ],
      'urgent',
    );
  });
});
