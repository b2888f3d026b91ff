/**
 * What each sign of risk in risks.ts must catch (examples) and must let pass
 * (near misses), keyed by row id. Each passage is a test in table.test.ts.
 * Kept apart from the rows so that they never ship: only tests import this
 * file, and the detector (and its worker) carries only the rows.
 */
import type { RowExamples } from './row.js';

export const RISK_EXAMPLES: Readonly<Record<string, RowExamples>> = {
  'kill-myself': {
    examples: ['gonna kms fr', 'i wanna unalive.'],
    nearMisses: [
      'There was a time I thought about killing myself every day.',
      "I'm not going to kill myself over a parking ticket, but honestly, forty quid?",
    ],
  },
  'end-my-life': {
    examples: ['i wanna end my life', "I'm going to take my own life."],
    nearMisses: ['Ten years ago this week I was in hospital after trying to end my life.', 'what a life'],
  },
  'drown-myself': {
    examples: ['I want to drown myself.'],
    nearMisses: ['Shoot me now.', 'I think I drown them.'],
  },
  suicidal: {
    examples: ['feel sucidal again'],
    nearMisses: [
      "I'm not suicidal, I just really hate spreadsheets",
      "I'm not suicidal, I just had a rubbish day and needed to moan about it somewhere.",
    ],
  },
  'thinking-about-ending-it': {
    examples: ['cant stop thinking about ending it', 'I have survived a suicide attempt.'],
    nearMisses: [
      'My therapist asked if I ever have thoughts of suicide.',
      'Listened to a podcast about a man who survived a suicide attempt and now talks about hope.',
    ],
  },
  suicide: {
    examples: ['They said suicide.', 'My husband died by suicide in 2021.'],
    nearMisses: [
      'I teach nurses about self-harm and suicide risk.',
      'My therapist asked if I ever have thoughts of suicide.',
    ],
  },
  'took-his-own-life': {
    examples: ['he took his own life', 'My friend tried to take her life last weekend.'],
    nearMisses: ['what a life', "i'll take it"],
  },
  'want-to-die': {
    examples: ['i want to die', 'im ready to die'],
    nearMisses: ['Mondays make me want to die lol', 'thought i was gonna die at mile 11.'],
  },
  'wish-i-was-dead': {
    examples: ['i wish i was dead', 'I want to be dead.'],
    nearMisses: ['I hope so.', 'ready to go!'],
  },
  'wish-i-would-never': {
    examples: ["kinda wish i'd never been born."],
    nearMisses: [
      "the character in the show says 'I wish I'd never been born' and honestly the acting was incredible",
      'Never too late.',
    ],
  },
  'dont-want-to-exist': {
    examples: ['dont wanna exist', 'dont want to live.'],
    nearMisses: ['We have a plan.', 'want to go home.'],
  },
  'dont-really-care-if': {
    examples: ['dont really care if i wake up tbh', "I don't care if I live or die anymore."],
    nearMisses: ['Living the dream.', 'Take care everyone!'],
  },
  'dont-want-to-be': {
    examples: ["I don't want to be here."],
    nearMisses: ['want to go home.', 'Want to bottle this.'],
  },
  'dont-want-to-live': {
    examples: ["I don't want to live like this and I don't want to live at all."],
    nearMisses: ['want to go home.', 'Want to bottle this.'],
  },
  'not-sure-i-want': {
    examples: ['not sure i want to be alive anymore', "I don't know if I want to keep living."],
    nearMisses: ['I am not sure.', 'want to go home.'],
  },
  'dont-know-if-i': {
    examples: ["I don't know if I can keep going."],
    nearMisses: ['I am not sure.', '16km long run.'],
  },
  'hoping-i-dont-wake': {
    examples: ['hoping i dont wake up', 'i hope i dont wake up.'],
    nearMisses: ["Hope I don't wake up before noon, I've earned this lie-in.", 'I hope so.'],
  },
  'vanish-for-good': {
    examples: ['wanna vanish for good', 'I want to stop living.'],
    nearMisses: ['Never too late.', 'Living the dream.'],
  },
  'want-to-vanish': {
    examples: ['wanna vanish for good', 'i want to disappear forever'],
    nearMisses: [
      'want to disappear under my duvet all weekend lol',
      'I just want to disappear under a duvet with a film today.',
    ],
  },
  'tired-of-existing': {
    examples: ['tired of existing', 'tired of being alive.'],
    nearMisses: ['A bit tired.', 'tired but ok.'],
  },
  'tired-of-everything': {
    examples: ['tired of everything.', 'Exhausted of everything.'],
    nearMisses: ['A bit tired.', 'tired but ok.'],
  },
  'not-worth-living': {
    examples: ["life's not worth living without her"],
    nearMisses: ["He's worth it.", 'Never too late.'],
  },
  'i-hate-my-life': {
    examples: ['I hate my life.', 'I give up.'],
    nearMisses: ['I hate oats.', 'I hate this.'],
  },
  'want-out-of-this': {
    examples: ['I want out of this life.', 'I want my life to be over.'],
    nearMisses: [
      "In the novel the narrator wants to end it all, but it's a really hopeful book",
      'not the end',
    ],
  },
  'want-it-to-stop': {
    examples: ['i want it to stop.', 'i want it all to stop.'],
    nearMisses: ['Just need sleep.', 'want to go home.'],
  },
  'going-to-end-it': {
    examples: ['im going to end it', 'Honestly I want to end it.'],
    nearMisses: ['not the end', 'End of term.'],
  },
  'do-it-tonight': {
    examples: ['the voice says do it tonight.', 'i have a plan and i think im going to do it soon'],
    nearMisses: ['Work do tonight.', 'Tomorrow the loft.'],
  },
  'i-have-a-plan': {
    examples: ['i have a plan and i think im going to do it soon'],
    nearMisses: ['We have a plan.', 'meal plan week 4.'],
  },
  'ways-to-end-it': {
    examples: [
      'I keep searching for ways to end it.',
      "ive been researching ways to die, I know I shouldn't tell anyone",
    ],
    nearMisses: ['not the end', 'End of term.'],
  },
  'imagining-my-own-funeral': {
    examples: [
      'I keep imagining my own funeral and feeling relieved.',
      'I keep picturing my own funeral and feeling relieved.',
    ],
    nearMisses: ['Opened in 2040, imagine.', 'lmao imagine having a tidy bedroom.'],
  },
  'fine-without-me': {
    examples: ["they'd manage fine without me.", "They'd all be relieved if I were gone."],
    nearMisses: ['I used to think the world would be better without me.', 'It was fine.'],
  },
  'nobody-would-care-if': {
    examples: ['Nobody would care if I was dead.', 'Would anyone miss me if I was gone?'],
    nearMisses: ['I miss her.', 'I miss home.'],
  },
  'wont-be-here-by': {
    examples: ["I won't be here by then anyway.", "I won't be a problem much longer."],
    nearMisses: ['not the end', 'End of term.'],
  },
  'said-my-goodbyes': {
    examples: ['said my goodbyes.', 'writing my goodbye letter tonight.'],
    nearMisses: ['Said my goodbyes to the team in Pune.', 'Said my goodbyes at the allotment today.'],
  },
  'my-last-post': {
    examples: ['This is my last post.', 'this is my last entry'],
    nearMisses: [
      'Their last song is called Goodbye Forever.',
      'listened to that old track Goodbye Forever on repeat while cleaning',
    ],
  },
  goodbye: {
    examples: ['Goodbye.'],
    nearMisses: ['everyone lost it.', 'Goodbye, old car.'],
  },
  'dont-see-any-reason': {
    examples: ["I don't see any reason to live.", 'there is nothing left to live for'],
    nearMisses: ['i said nothing.', 'I know nothing.'],
  },
  'whats-the-point-of': {
    examples: ['whats the point of me.', 'whats the point of being alive'],
    nearMisses: ['Living the dream.', 'living my best life'],
  },
  'hope-i-get-hit': {
    examples: ['hope i get hit by a car tbh', 'i hope the plane goes down tbh'],
    nearMisses: ['I hope so.', 'pray for me'],
  },
  'just-go-and-not': {
    examples: [
      "There's a voice in me that says I should just go and not come back, and tonight it's winning.",
    ],
    nearMisses: ['Never too late.', 'now i cant walk.'],
  },
  'dont-see-myself-being': {
    examples: ['i dont see myself being here at christmas', "I don't see myself being here by christmas"],
    nearMisses: ['It still stung.', 'Prom next week.'],
  },
  'decided-how-im-going': {
    examples: ["Today I decided how I'm going to do it."],
    nearMisses: [
      "I've been calmer since I decided to leave him.",
      'The toddler has decided naps are for the weak.',
    ],
  },
  overdosed: {
    examples: ['overdosed a bit ago and i feel weird', 'Took too many of my tablets last night on purpose.'],
    nearMisses: [
      "I think I've overdosed on Netflix this weekend.",
      'Overdosed on chocolate at the work Christmas party.',
    ],
  },
  overdose: {
    examples: ['the overdose was an accident, they said, but i dont know'],
    nearMisses: [
      'A young lad came in after an overdose and he was so scared.',
      'my overdose of sunshine at the beach today means I now look like a lobster, aloe vera on order',
    ],
  },
  'think-about-dying': {
    examples: ['i think about dying constantly.', 'I keep thinking about death lately.'],
    nearMisses: [
      "I feel like I'm going to die of boredom in this queue",
      'Years ago the thoughts of dying were with me every day.',
    ],
  },
  'dont-deserve-to-be': {
    examples: ["I don't deserve to be alive."],
    nearMisses: [
      "I'm 60, they deserve readers more than a loft.",
      "Priti had dinner waiting, which I didn't deserve.",
    ],
  },
  'lost-the-will-to': {
    examples: ["I've lost the will to live."],
    nearMisses: ['We lost 7-2.', 'lost 2 quid.'],
  },
  'done-with-life': {
    examples: ["i'm so done with life", 'Just done with existing.'],
    nearMisses: ['Like done done.', 'Knees are done.'],
  },
  'why-im-still-alive': {
    examples: ["Every night I ask myself why I'm still alive."],
    nearMisses: ['It still stung.', 'Why do I bother.'],
  },
  'end-my-suffering-for': {
    examples: ["I'm ready to end my suffering for good."],
    nearMisses: ['Football is pain.', "I say that's pain."],
  },
  'wish-someone-would-just': {
    examples: [
      'I wish someone would just kill me.',
      "Maybe it's time I stopped fighting and let go for good.",
    ],
    nearMisses: ['what a life', 'all good now'],
  },
  'if-i-had-the': {
    examples: ['If I had the courage I would end it.'],
    nearMisses: ["Didn't pass once.", 'I find it anyway.'],
  },
  'be-relieved-if-i': {
    examples: ["They'd all be relieved if I were gone.", 'everyone would be better off if i was gone'],
    nearMisses: ["I'm over it.", 'It was fine.'],
  },
  'dont-see-myself-getting': {
    examples: ['i dont see myself getting old'],
    nearMisses: ['Never too late.', 'now i cant walk.'],
  },
  'i-want-out': {
    examples: ['i want out.'],
    nearMisses: ['want to go home.', 'Want to bottle this.'],
  },
  'picked-the-date': {
    examples: ['Picked the date.', "I've picked a date."],
    nearMisses: ['Alarm set for 3.', 'second date on sat.'],
  },
  'grieve-for-a-bit': {
    examples: ['I feel like my family would grieve for a bit and then be relieved.'],
    nearMisses: ['I miss her.', 'I miss home.'],
  },
  'cant-keep-living-like': {
    examples: ["I can't keep living like this, I want out."],
    nearMisses: ['Living the dream.', 'living my best life'],
  },
  'death-feels-like-the': {
    examples: ['Death feels like the only way out.', 'Suicide feels like the answer lately.'],
    nearMisses: ['Is last day.', 'Free at last.'],
  },
  'calm-about-not-being': {
    examples: ["I keep planning what I'd leave to whom, and I feel calm about not being here."],
    nearMisses: ['It was fine.', "I'm okay now."],
  },
  'want-to-be-gone': {
    examples: ['I want to be gone.'],
    nearMisses: ['ready to go!', 'not ready yet.'],
  },
  'dont-know-if-ill': {
    examples: ['idk if ill be here by the weekend tbh', 'idk if ill still be here in the morning'],
    nearMisses: ['I say no.', 'He say no.'],
  },
  'dont-think-i-will': {
    examples: [
      "I don't think I'll make it to my birthday.",
      'honestly i dont think ill make it to christmas.',
    ],
    nearMisses: ['bring on spring', 'Roll on spring.'],
  },
  'saving-up-my-meds': {
    examples: ['ive been saving up my meds.', "I've been stockpiling my meds."],
    nearMisses: ["mum's saving me a plate", 'Saving thirty quid a month.'],
  },
  'hurt-myself': {
    examples: ['i hurt myself again.', 'Burned myself again tonight.'],
    nearMisses: ['I cut myself shaving, again.', 'I used to hurt myself as a teenager.'],
  },
  'self-harmed': {
    examples: ['i self harmed again', 'Day 60 without self-harm.'],
    nearMisses: ['I used to self-harm as a teenager.', "I haven't self-harmed in six years."],
  },
  'burnt-myself-on-purpose': {
    examples: ['burnt myself on purpose again tonight.', 'I scratched my skin raw on purpose again.'],
    nearMisses: ['Cried a bit.', 'A bit tired.'],
  },
  'started-cutting': {
    examples: ['I started cutting again this week.', 'been cutting again like i did on remand.'],
    nearMisses: ['ok starting now.', 'Hedge cutting day.'],
  },
  'i-cut-again': {
    examples: ['I cut again.', 'I want to cut so bad.'],
    nearMisses: ['I cut myself shaving, again.', 'Burnt my arm on the iron this morning.'],
  },
  'my-body-so-much': {
    examples: [
      'I hate my body so much I want to hurt it.',
      'my body is the enemy and i want to punish it until it hurts',
    ],
    nearMisses: ['Just need sleep.', 'want to go home.'],
  },
  'punish-myself': {
    examples: ['starved myself three days to punish myself'],
    nearMisses: ['It deserves to be played.', 'It deserves one more night out.'],
  },
  'dont-feel-safe-with': {
    examples: ["I don't feel safe with myself tonight."],
    nearMisses: ['feels weird but safe', 'Everyone turned around.'],
  },
  'he-hit-me': {
    examples: ['he hit me again last night', 'he choked me again last night'],
    nearMisses: [
      "He hit me with the news that he's moving to Canada.",
      'My brother and I were wrestling and he kicked me in the shin',
    ],
  },
  'he-hurts-me': {
    examples: ["he hurts me when she's at work", "My partner hurts me and I don't know how to leave."],
    nearMisses: ['I held it.', 'I held her paw.'],
  },
  'he-said-he-would': {
    examples: ["He said he'd kill me if I left.", 'I wish someone would just kill me.'],
    nearMisses: [
      "my mum will kill me if I'm late for dinner",
      'my mum will kill me when she sees the carpet.',
    ],
  },
  'my-partner-threatened-me': {
    examples: ['My partner threatened me again.', "He's never threatened me with one."],
    nearMisses: [
      'My boss threatened to report me to HR for being late.',
      'Boss threatened to make me do the presentation, nightmare',
    ],
  },
  'scared-to-go-home': {
    examples: ["I'm scared to go home.", "I'm afraid to go home."],
    nearMisses: ['I let it pass.', 'My teacher Ms.'],
  },
  'scared-of-him': {
    examples: ["I'm scared of him.", 'im scared of my brother.'],
    nearMisses: ['Scared and excited.', 'Well, my husband did.'],
  },
  'i-was-sexually-assaulted': {
    examples: [
      'I was sexually assaulted at a party on Friday.',
      "I was raped on Saturday and I can't tell anyone.",
    ],
    nearMisses: ['Beaten by Frank again.', 'broke up with my boyfriend today.'],
  },
  'my-coach-forced-me': {
    examples: [
      "My coach forced me to do things I didn't want to and said nobody would believe me.",
      "my coach makes me do things i dont want to and said if i tell he'll hurt my family",
    ],
    nearMisses: ['I made it.', 'made a curry.'],
  },
  'he-said-if-i': {
    examples: [
      "He said if I tell anyone he'll make me regret it.",
      'my brother said if i tell anyone hes going to make me regret it.',
    ],
    nearMisses: ['Sorry not sorry.', 'I regret nothing.'],
  },
  'im-not-safe-at': {
    examples: ["I'm not safe at home."],
    nearMisses: ['Never too late.', 'feeling better now'],
  },
  'keeps-turning-up-outside': {
    examples: [
      'My ex keeps turning up outside my flat.',
      'someone has been following me and left a note saying im next',
    ],
    nearMisses: ['4 years of waiting.', 'Now just waiting for baby!'],
  },
  'no-one-will-believe': {
    examples: [
      'he says no one will believe me.',
      'my wife hits me and no one would believe me because im a man',
    ],
    nearMisses: ["Can't believe it.", 'I do not believe it.'],
  },
  'dont-feel-safe': {
    examples: ["I don't feel safe."],
    nearMisses: ['feels weird but safe', 'Two said low, we made plans, both are safe.'],
  },
  hopeless: {
    examples: ['I feel hopeless.', "It's the hopelessness that gets me."],
    nearMisses: ['I hope so.', 'We lost 7-2.'],
  },
  'nothing-ever-changes': {
    examples: ['Nothing ever changes.', 'Nothing will ever get better.'],
    nearMisses: ['I told him I loved him and that nothing changes that.', 'I am happy.'],
  },
  'im-a-burden': {
    examples: ['im a burden.', 'Feel like a burden.'],
    nearMisses: ['I used to feel like a burden to everyone.', 'So many people.'],
  },
  'dont-see-the-point': {
    examples: ['dont see the point.', "what's the point in trying."],
    nearMisses: ['nervous as anything', 'Trying to keep busy.'],
  },
  'feel-trapped': {
    examples: ['I feel trapped in my own life', 'cant see a future so why stay'],
    nearMisses: ['not the end', 'End of term.'],
  },
  'giving-up-on-everything': {
    examples: ['I feel like giving up on everything.'],
    nearMisses: ['Gave blood today.', 'she gave me a Twirl.'],
  },
  'giving-up-on-life': {
    examples: ["I'm so close to giving up on life completely."],
    nearMisses: ['Gave blood today.', 'Living the dream.'],
  },
  'i-hate-myself': {
    examples: ['I hate myself.', "I'm so worthless"],
    nearMisses: ['I hate oats.', 'I hate this.'],
  },
  'nobody-cares-about-me': {
    examples: ['Nobody cares about me.', 'if i jump nobody would care'],
    nearMisses: ['I miss her.', 'I miss home.'],
  },
  'nothing-i-do-matters': {
    examples: ['Nothing I do matters.', 'nothing matters anymore'],
    nearMisses: ['i said nothing.', 'I know nothing.'],
  },
  'cant-cope': {
    examples: ["I can't cope.", "I can't go on."],
    nearMisses: [
      "I can't do this anymore, this diet I mean.",
      "Can't take any more of this heat, the fan is on full.",
    ],
  },
  'im-falling-apart': {
    examples: ["I'm falling apart.", 'had a breakdown in the shower'],
    nearMisses: ['Tore the house apart.', 'Years ago I was in hospital after a breakdown.'],
  },
  'panic-attack': {
    examples: ['Panic attack on the tube.', 'The panic attacks are back.'],
    nearMisses: ['I nearly had a heart attack.', 'heart attack when i saw the bill'],
  },
  'at-breaking-point': {
    examples: ["I'm at breaking point.", "I'm barely holding it together."],
    nearMisses: [
      'End of my rope with this printer.',
      'at the end of my rope with this printer, it keeps saying paper jam when there is NO paper jam',
    ],
  },
  'im-so-numb': {
    examples: ["I'm so numb.", 'i feel numb.'],
    nearMisses: [
      'Finished the series finale and now I feel empty, what am I supposed to do with my evenings now?',
      'house feels empty',
    ],
  },
  'cant-stop-crying': {
    examples: ["Can't stop crying.", "I keep crying at my desk and I can't stop."],
    nearMisses: ['Just need sleep.', 'crying but happy'],
  },
  'spiralling-again': {
    examples: ['spiralling again tonight', 'feel like im drowning slow'],
    nearMisses: ['We lost 7-2.', 'lost 2 quid.'],
  },
  'i-feel-so-alone': {
    examples: ['i feel so alone.', 'sh urges through the roof and im alone'],
    nearMisses: ['feeling better now', 'Feeling good today.'],
  },
  'scared-all-the-time': {
    examples: ['im scared all the time', "I'm scared of my own thoughts."],
    nearMisses: ['Scared and excited.', 'My heart was pounding.'],
  },
  'dont-know-who-i': {
    examples: ['i dont know who i am anymore.', "I'm exhausted from pretending."],
    nearMisses: ["Knees can't take it anymore.", "My old scars don't bother me any more."],
  },
  'want-die': {
    examples: ['I want die.', 'gonna kms fr'],
    nearMisses: ["i'd rather die than do karaoke", 'Mondays make me want to die lol'],
  },
  'want-to-sleep-and': {
    examples: ['I want to sleep and never come back.', 'I want to go to sleep and not wake up.'],
    nearMisses: ['Never too late.', 'I never knew that.'],
  },
  'thinking-about-kill-myself': {
    examples: ['thinking about ctb again', 'Thinking about overdosing.'],
    nearMisses: ['There was a time I thought about killing myself every day.', 'think i did ok'],
  },
  'all-i-can-think': {
    examples: ['All I can think about is dying.', 'I keep thinking about overdosing.'],
    nearMisses: ['We always do.', 'I kept going.'],
  },
  'go-to-sleep-and': {
    examples: ['I want to go to sleep and not wake up.', 'I just want to go to sleep and never wake up.'],
    nearMisses: ['Just need sleep.', 'Home, kid asleep.'],
  },
  'long-for-death': {
    examples: ['I long for death.'],
    nearMisses: ['ready to go!', 'not ready yet.'],
  },
  'dying-would-be-a': {
    examples: ['I feel like dying would be a relief.', 'honestly dying seems like the only option left'],
    nearMisses: ['Is last day.', 'Free at last.'],
  },
  'only-way-to-stop': {
    examples: [
      'Only way to stop is to not be here.',
      'I feel trapped and the only way out I can see is to kill myself',
    ],
    nearMisses: ['Is last day.', 'Free at last.'],
  },
  'death-feels-like-the-2': {
    examples: ['Death feels like the only way out.', 'honestly dying seems like the only option left'],
    nearMisses: ['Great death scene.', 'Very dramatic death.'],
  },
  'stop-existing': {
    examples: ['I want to stop existing.', 'no one would notice if i disappeared for good.'],
    nearMisses: ['My reading glasses keep disappearing.', 'Tired of existing in this heat honestly.'],
  },
  'dont-think-i-want': {
    examples: ["I don't think I want to survive this", "I don't know if I want to keep living."],
    nearMisses: ['want to go home.', 'Living the dream.'],
  },
  'dont-want-to-survive': {
    examples: ["I don't want to survive this."],
    nearMisses: ['I will survive this.', 'Wish me luck, I might not survive it.'],
  },
  'manage-fine-without-me': {
    examples: ["they'd manage fine without me.", 'Nobody would care if I was dead.'],
    nearMisses: ['I used to think the world would be better without me.', 'I miss her.'],
  },
  'world-doesnt-need-me': {
    examples: ["The world doesn't need me in it."],
    nearMisses: ['This was one.', 'My first one.'],
  },
  'everyone-will-be-fine': {
    examples: ['everyone will be fine without me.', 'Everyone would be better off without me.'],
    nearMisses: ['Left the rest.', 'Went for a run.'],
  },
  'point-of-being-alive': {
    examples: ['whats the point of being alive', 'What is even the point of me being alive.'],
    nearMisses: ["That's the point, Mum.", 'woke up at 5 for no reason.'],
  },
  'tired-of-fighting-to': {
    examples: ["I'm tired of fighting to stay alive."],
    nearMisses: ['A bit tired.', 'tired but ok.'],
  },
  'tired-of-trying': {
    examples: ['So tired of trying.'],
    nearMisses: ['Trying to keep busy.', 'Exhausted and happy.'],
  },
  'dont-think-things-will': {
    examples: ["I don't think things will ever get better for me."],
    nearMisses: ['all good now', "I'm okay now."],
  },
  'ive-got-nothing-left': {
    examples: ['ive got nothing left and no one', 'I have nothing left to stay for'],
    nearMisses: ['i said nothing.', 'I know nothing.'],
  },
  'done-with-all-of': {
    examples: ['Done with all of it.', "i'm so done with life"],
    nearMisses: ['Like done done.', 'Knees are done.'],
  },
  'not-going-to-do': {
    examples: ["i'm not gonna do anything stupid i promise.", 'i wont do anything stupid, i just feel awful'],
    nearMisses: ['nervous as anything', 'not doing anything yet.'],
  },
  'wrote-my-note': {
    examples: ['wrote my note.', 'We made a plan.', 'Sorry to everyone. I love you all.'],
    nearMisses: [
      'Said my goodbyes to the team in Pune.',
      'Said my goodbyes at the allotment today.',
      'Ugh, I’m the worst at replying. Sorry to everyone in my inbox.',
      'Sorry to everyone I snapped at this week.',
    ],
  },
  'this-is-my-last': {
    examples: ['This is my last post.', 'this is my last entry'],
    nearMisses: ['Is last day.', 'Free at last.'],
  },
  'hope-i-get-hit-2': {
    examples: ['hope i get hit by a car tbh', 'I wish someone would just kill me.'],
    nearMisses: ["I'm over it.", "i'll take it"],
  },
  'bridge-on-the-way': {
    examples: ['The bridge on the way to work keeps calling to me.'],
    nearMisses: ['She called me bossy.', "They're calling Friday."],
  },
  'how-many-of-my': {
    examples: ['been looking up how many of my pills it would take'],
    nearMisses: ['The pharmacist told me how many tablets to take each day.', 'So many people.'],
  },
  'want-to-cut': {
    examples: ['I want to cut so bad.', 'need to cut so bad rn'],
    nearMisses: ['Just need sleep.', 'want to go home.'],
  },
  'relapsed-and-cut': {
    examples: ['I relapsed and cut again.'],
    nearMisses: ['Hedge cutting day.', 'self care is noodles'],
  },
  relapse: {
    examples: ['Relapse, day 3.', 'I relapsed and cut again.'],
    nearMisses: [
      'Our granddaughter was born yesterday at the hospital, 2.9 kg.',
      'A friend would say you were sick yesterday, give yourself a break.',
    ],
  },
  'started-cutting-2': {
    examples: ['I started cutting again this week.', 'I had the urge to cut tonight, really strong.'],
    nearMisses: ['I used to self-harm as a teenager.', 'I used to self-harm when I was a teenager.'],
  },
  'hid-the-razor': {
    examples: [
      'hid the razor in my pencil case again',
      'hid the blades so i cant get at them but i know exactly where they are',
    ],
    nearMisses: [
      'need a new razor',
      'Bought a new knife set for the kitchen, finally can chop an onion without crying about the blunt blade',
    ],
  },
  'biting-my-arm-until': {
    examples: ['i keep biting my arm until it bruises.', 'punched the wall till my knuckles split.'],
    nearMisses: ['Up till 1am.', 'Slept till 10.'],
  },
  'banged-my-head-against': {
    examples: ['I banged my head against the wall and I mean literally.'],
    nearMisses: ['head cold day 3.', 'Head is paining.'],
  },
  'need-to-punish-myself': {
    examples: ['I need to punish myself for how I acted today, I deserve to hurt'],
    nearMisses: ["My therapist says I don't need to punish myself for resting."],
  },
  'deserve-to-hurt': {
    examples: ["I deserve to hurt and I'm going to make sure I do tonight."],
    nearMisses: ['I deserved him there.', "I'm 60, they deserve readers more than a loft."],
  },
  'threatening-to-stab-me': {
    examples: ['shes threatening to stab me', 'someone keeps threatening to shoot me'],
    nearMisses: [
      'My boss threatened to report me to HR for being late.',
      'Boss threatened to make me do the presentation, nightmare',
    ],
  },
  'he-said-he-would-2': {
    examples: ["He said he'd kill me if I left.", "He said he'd kill me if I ever told my mum."],
    nearMisses: ["I'll be both if I have to.", "We'll see if we remember how."],
  },
  'he-will-make-me': {
    examples: [
      "He said if I tell anyone he'll make me regret it.",
      "My ex keeps turning up at my work and says he'll make me pay.",
    ],
    nearMisses: ['Sorry not sorry.', 'I regret nothing.'],
  },
  'not-safe-at-home': {
    examples: ["I'm not safe at home.", 'not safe in this house anymore.'],
    nearMisses: ['Never too late.', 'I never knew that.'],
  },
  'they-cornered-me-after': {
    examples: [
      'They cornered me after school again and kicked me.',
      'that film about the girl who ended her life really shook me up',
    ],
    nearMisses: ['My brother and I were wrestling and he kicked me in the shin', 'My voice shook.'],
  },
  'my-stepdad-comes-into': {
    examples: [
      'my stepdad comes into my room at night.',
      "my uncle keeps coming into my room at night and i'm scared",
    ],
    nearMisses: ['Last night here.', 'night shift done.'],
  },
  'dont-know-who-to': {
    examples: ['i dont know who to tell'],
    nearMisses: ['dont tell mum', 'I did not tell him.'],
  },
  'the-pills-ready': {
    examples: ['I have the pills ready at home.', "I've stopped taking my meds on purpose."],
    nearMisses: ['need a new razor', "It's enough for now."],
  },
  'tonight-he-got-the': {
    examples: [
      'tonight he got the knife out and just held it.',
      "Tonight he held a knife up and said next time he won't stop.",
    ],
    nearMisses: [
      'counting my pills into the weekly organiser sunday ritual',
      "Counted out Dad's tablets into the new weekly box, Monday to Sunday, so he won't double up.",
    ],
  },
  'sat-on-the-edge': {
    examples: [
      'I sat on the edge of the bath with the razor for an hour tonight.',
      'Then I went upstairs and sat with the pills in my hand for an hour.',
    ],
    nearMisses: ['Sat in silence.', 'Sat with the itch.'],
  },
  'bought-a-rope': {
    examples: ['bought a rope today.', 'ive been saving up my meds.'],
    nearMisses: [
      'collected my prescription for the inhaler',
      'counting my pills into the weekly organiser sunday ritual',
    ],
  },
  'took-way-too-many': {
    examples: ['took way too many of my pills on purpose.', 'Took a load of my pills last night on purpose.'],
    nearMisses: ["i'll take it", 'Took 3 hours.'],
  },
  'took-way-too-many-2': {
    examples: ['took way too many of my pills on purpose.', 'Took a load of my pills last night on purpose.'],
    nearMisses: [
      'Taught a first aid course today: bandages, the recovery position, and what to do if someone has taken too many tablets.',
      'a WHOLE twirl',
    ],
  },
  'take-all-of-them': {
    examples: [
      'I want to take all of them and sleep forever.',
      "I'm going to take all of it and go to sleep for good.",
    ],
    nearMisses: ['Like done done.', 'Knees are done.'],
  },
  'im-ready-to-go': {
    examples: ["i'm ready to go", 'finally ready to go.'],
    nearMisses: ['ready to go!', 'not ready yet.'],
  },
  'said-what-i-needed': {
    examples: ["i've said what i needed to say"],
    nearMisses: ['I say no.', 'He say no.'],
  },
  'tonights-the-night': {
    examples: ["Tonight's the night!", 'tonight is the night.'],
    nearMisses: ['Work do tonight.', 'Told them tonight.'],
  },
  'im-so-done': {
    examples: ['im so done.', "Then I'm done."],
    nearMisses: ['Like done done.', 'Knees are done.'],
  },
  'at-peace-with-it': {
    examples: ["I'm at peace with it now.", 'I am at peace with my decision.'],
    nearMisses: [
      "My nan keeps saying she's ready to go, she's 96 and tired, and honestly we're at peace with it.",
      'Maria and me make peace.',
    ],
  },
  'worked-out-the-when': {
    examples: ["I've worked out the when."],
    nearMisses: ["it's not working", 'It worked 9 times.'],
  },
  'know-how-i-would': {
    examples: ["I know how I'd do it now.", "I've worked out how I'd do it."],
    nearMisses: ['not the end', 'End of term.'],
  },
  'letters-to-everyone-saying': {
    examples: [
      'I wrote letters to everyone saying goodbye.',
      'Typed out a message saying goodbye and scheduled it for 3am.',
    ],
    nearMisses: ['Goodbye, old car.', 'Goodbye, old flat.'],
  },
  'scheduled-a-post-for': {
    examples: [
      "i've scheduled a post for saturday.",
      'Typed out a message saying goodbye and scheduled it for 3am.',
    ],
    nearMisses: [
      'She was embarrassed but we sorted a schedule.',
      'Existential crisis scheduled for 9am, brunch at 11.',
    ],
  },
  'wrote-to-everyone-i': {
    examples: ['Wrote to everyone I love.'],
    nearMisses: ['So many people.', 'People are good.'],
  },
  'for-after': {
    examples: ['its for after.', 'wrote a letter for my kids to find'],
    nearMisses: ['So many people.', 'Where is autumn.'],
  },
  'wont-need-me-around': {
    examples: ["They won't need me around to water them soon."],
    nearMisses: ['Just need sleep.', 'need a new razor'],
  },
  'wont-be-here-for': {
    examples: ["I won't be here for it", "I won't be here next week."],
    nearMisses: ["i'll take it", 'We will see.'],
  },
  'dont-think-i-will-2': {
    examples: ["i dont think i'll be here next week", "I don't think I'll be here by Christmas."],
    nearMisses: ['think i did ok', 'It still stung.'],
  },
  'have-a-plan-and': {
    examples: ['I have a plan and a date.', 'I have a plan now and a date.'],
    nearMisses: ['I made it.', 'made a curry.'],
  },
  'planning-my-death': {
    examples: ["if i'm honest i have been planning my death for a while now"],
    nearMisses: ['We have a plan.', 'meal plan week 4.'],
  },
  'peace-in-deciding-you': {
    examples: ["There's a sort of peace in deciding you're going to die."],
    nearMisses: ['Better than I thought!', 'A relief for everyone.'],
  },
  'favour-by-disappearing-for': {
    examples: [
      "I'd be doing everyone a favour by disappearing for good.",
      "I'm a waste of space and I'm going to do everyone a favour and end it.",
    ],
    nearMisses: ['Do yourself a favour and try the lemon cake.'],
  },
  'attempt-on-my-life': {
    examples: ['I made an attempt on my life.'],
    nearMisses: ['My attempt was a long time ago.', 'Years ago I was in hospital after an attempt.'],
  },
  'wonder-if-anyone-would': {
    examples: ['Sometimes I wonder if anyone would notice if I stopped replying to messages'],
    nearMisses: [
      'wondering if anyone misses my cake fridays',
      "Handing it in tomorrow whether it's finished or not.",
    ],
  },
  'off-myself': {
    examples: ['ready to off myself honestly'],
    nearMisses: ['Alarm is OFF.', 'Walked it off.'],
  },
  'relief-to-just-stop': {
    examples: [
      "Lately I've been thinking it would be a relief to just stop breathing.",
      'everyones asleep and im sat here thinking itd be so peaceful to just not wake up',
    ],
    nearMisses: ['It was peaceful.', 'Weak but better.'],
  },
  'disappointed-i-was-still': {
    examples: ['dreamt about dying again and woke up disappointed i was still alive'],
    nearMisses: ['Gym this morning.', "Gutted it's over."],
  },
  'why-am-i-still': {
    examples: ['why am i still here.'],
    nearMisses: ['It still stung.', 'Why do I bother.'],
  },
  'shouldnt-be-alive': {
    examples: ["I shouldn't be alive."],
    nearMisses: ['It still stung.', "He's still wired."],
  },
  'shouldnt-be': {
    examples: ['i shouldnt be'],
    nearMisses: ['It still stung.', "He's still wired."],
  },
  'life-isnt-worth-it': {
    examples: ["tbh life isn't worth it anymore and i'm done trying"],
    nearMisses: ["He's worth it.", 'Never too late.'],
  },
  'can-end-it-whenever': {
    examples: ['The only thing that gets me through the day is knowing I can end it whenever I want.'],
    nearMisses: ['not the end', 'what a life'],
  },
  'gets-me-through-the': {
    examples: ['The only thing that gets me through the day is knowing I can end it whenever I want.'],
    nearMisses: ['we got through it.', 'Chinook came through.'],
  },
  'scared-of-what-i': {
    examples: [
      "I'm scared of what I might do when I feel like this",
      "I keep thinking about killing myself and I'm scared of what I'll do.",
    ],
    nearMisses: ['Scared and excited.', 'Terrified and thrilled.'],
  },
  'scared-of-what-i-2': {
    examples: ["I'm scared of what I might do to myself."],
    nearMisses: ['Scared and excited.', 'Terrified and thrilled.'],
  },
  'out-of-this-life': {
    examples: ['out of this life.'],
    nearMisses: ['what a life', 'life is good.'],
  },
  'im-going-to-make': {
    examples: ["I'm going to make sure I don't have to find out."],
    nearMisses: ['Never too late.', 'I never knew that.'],
  },
  'make-sure-it-is': {
    examples: ["I'm going to make sure it is."],
    nearMisses: ['Tried to make bread.', 'Going to make pancakes.'],
  },
  'if-i-didnt-wake': {
    examples: [
      'if i didnt wake up that would be fine by me',
      "If I didn't wake up tomorrow I'd be relieved.",
    ],
    nearMisses: ['a year today.', 'today was ok.'],
  },
  'whats-the-point-in': {
    examples: ['whats the point in carrying on.', 'Honestly whats the point of going on.'],
    nearMisses: ['Not keeping score.', "That's the point, Mum."],
  },
  'cutting-my-thighs': {
    examples: [
      "I've been cutting my thighs so nobody sees.",
      'been hitting my stomach with my fists after every meal.',
    ],
    nearMisses: ['Hedge cutting day.', "It's burning me out."],
  },
  'cutting-helps': {
    examples: [
      "Cutting helps and I'm going to do it again tonight.",
      'hurting myself is the only thing that feels like mine anymore',
    ],
    nearMisses: ['We always do.', 'It still stung.'],
  },
  'hurting-himself': {
    examples: [
      "my son (14) told me he's been hurting himself.",
      "my daughter told me she's been hurting herself.",
    ],
    nearMisses: ['Hedge cutting day.', "It's burning me out."],
  },
  'scars-from-when-i': {
    examples: ['still have the scars from when i was a teen, got asked about them today'],
    nearMisses: ['School is OVER.', 'Bake sale at school.'],
  },
  'dont-want-to-go': {
    examples: ['dont want to go home.', "I'm scared to go home."],
    nearMisses: ['now i cant walk.', 'want to go home.'],
  },
  'he-knows-where-i': {
    examples: ['he knows where i work', 'He knows where I live.'],
    nearMisses: ['she found it.', 'Found The One.'],
  },
  'he-smashed-the-window': {
    examples: ['my ex keeps turning up outside and last night he smashed the window.'],
    nearMisses: ['We smashed it.', 'Tried hot yoga.'],
  },
  'im-scared': {
    examples: ["I'm scared of him.", "I'm just frightened."],
    nearMisses: ['feeling better now', 'Feeling good today.'],
  },
  'really-struggling': {
    examples: ["I'm really struggling and don't know who to talk to"],
    nearMisses: [
      "Back when I was struggling I couldn't imagine being happy.",
      'Today: I asked for help with the spreadsheet instead of struggling for two hours.',
    ],
  },
  'dont-know-who-to-2': {
    examples: ["I'm not okay and I don't know who to talk to."],
    nearMisses: ['I could cry.', 'dont tell mum'],
  },
  'everything-is-too-much': {
    examples: ['Everything is too much.', 'Everything is pointless.'],
    nearMisses: ['So much tea.', 'Jumped so much.'],
  },
  'everything-feels-grey': {
    examples: ['everything feels grey', 'Everything feels heavy.'],
    nearMisses: ['what a life', 'I felt proud.'],
  },
  'i-hate-who-i': {
    examples: ['I hate who I am'],
    nearMisses: ['I hate oats.', 'I hate this.'],
  },
  'so-lonely': {
    examples: ['so lonely it aches'],
    nearMisses: ['Noticed I felt kind of lonely.', 'Feeling a bit lonely this evening.'],
  },
  'drowning-in-all-of': {
    examples: [
      "I feel like I'm drowning in all of it.",
      "I'm drowning in everything and can't see a way through it",
    ],
    nearMisses: ['everything went wrong.', "i'm drowning in laundry"],
  },
  'cant-see-a-way': {
    examples: ['honestly cant see a way out of this debt.', 'drowning in debt and i dont see a way out'],
    nearMisses: ['In a good way.', "That's her way."],
  },
  'havent-showered-in-days': {
    examples: ['havent showered in days', 'havent eaten in 6 days.'],
    nearMisses: ['Week 1, day 1.', '90 days today!'],
  },
  'cant-face-anyone': {
    examples: ['cant face anyone.', "Can't face people."],
    nearMisses: ['Sun on my face.', 'So many people.'],
  },
  'grief-is-crushing-me': {
    examples: ['Grief is crushing me.', 'We hugged it out but the guilt is crushing me.'],
    nearMisses: ["i'm drowning in laundry", 'Drowning in emails today.'],
  },
  'cant-get-out-of': {
    examples: ['cant get out of bed.', 'Struggling to get out of bed.'],
    nearMisses: ['now i cant walk.', 'cant stop yawning'],
  },
  'cried-all-day': {
    examples: ['i cried all day and didnt get dressed.', "I cried all night and I don't even know why"],
    nearMisses: ['Cried a bit.', 'We both cried.'],
  },
  'whats-wrong-with-me': {
    examples: ["What's wrong with me?", "I don't know what's wrong with me."],
    nearMisses: ['I was wrong.', 'Mine was wrong.'],
  },
  'im-such-a-failure': {
    examples: ["I'm such a failure.", 'I feel like such a failure.'],
    nearMisses: ['Signal failure at Clapham again.'],
  },
  'intrusive-thoughts': {
    examples: [
      'The intrusive thoughts are back and I hate it',
      "I keep having thoughts that scare me, I don't want to write them down",
    ],
    nearMisses: ['Economics midterm was horrible.', 'My therapist asked if I ever have thoughts of suicide.'],
  },
  'dont-know-how-much': {
    examples: [
      'dont know how much longer i can do this alone',
      'idk how much longer i can hold on and i dont want to',
    ],
    nearMisses: ['i was doing 20', '16km long run.'],
  },
  'i-have-felt-empty': {
    examples: [
      "I've felt empty for weeks.",
      "I've felt so numb this month, like I'm watching someone else live my life",
    ],
    nearMisses: ['I felt proud.', 'felt like a spy'],
  },
  'my-mind-is-so': {
    examples: ['my mind is so dark lately', 'my head is a mess and i cant switch it off'],
    nearMisses: ['head cold day 3.', 'Head is paining.'],
  },
  'i-feel-broken': {
    examples: ['I feel broken.', 'I feel useless.'],
    nearMisses: [
      "Born Tuesday at 4.12am, 7lb 9oz, Ailbhe, she's perfect and furious and I am broken in half and so happy.",
      'I felt proud.',
    ],
  },
  'my-funeral-playlist': {
    examples: ["i'm writing my funeral playlist.", "wrote my own eulogy tonight, it's short"],
    nearMisses: ['The eulogy went ok.', 'Kids held a funeral.'],
  },
  'checked-the-height-of': {
    examples: ['I went and checked how high it is.', 'I looked up how far down it is.'],
    nearMisses: ['16km long run.', 'today was long.'],
  },
  'practising-the-knot': {
    examples: ['I keep practising the knot.', 'Got the rope out of the shed again.'],
    nearMisses: ['Bring it on.', "i'll take it"],
  },
  'if-you-find-this': {
    examples: ["Mum, if you find this, I'm sorry.", "Ma, when you find this, please don't be angry."],
    nearMisses: ['he read my diary.', "Didn't pass once."],
  },
  'this-is-the-last': {
    examples: ['this is the last page', 'This is my last post.'],
    nearMisses: ['This is my last entry before the holiday, see you in a fortnight, diary.', 'Is last day.'],
  },
  'im-tapping-out': {
    examples: ["I'm tapping out.", 'im checking out.'],
    nearMisses: ['what a life', 'ready to go!'],
  },
  'no-reasons-left-to': {
    examples: [
      'I have no reasons left to stay alive.',
      "Feel like I'm running out of reasons to stay alive.",
    ],
    nearMisses: ['16km long run.', 'Went for a run.'],
  },
  'funeral-im-going-to': {
    examples: [
      "after the funeral I'm going to join her.",
      'Since Dad died I keep thinking I should just go and be with him.',
    ],
    nearMisses: ['We lost 7-2.', 'lost 2 quid.'],
  },
  'just-go-and-be': {
    examples: ['Since Dad died I keep thinking I should just go and be with him.'],
    nearMisses: ['ready to go!', 'Miss my nan.'],
  },
  'sorry-for-everything': {
    examples: ['Sorry for everything.', 'im sorry for everything.'],
    nearMisses: ['Sorry not sorry.', 'He said sorry also.'],
  },
  'sorry-for-everything-goodbye': {
    examples: ["I'm sorry for everything, goodbye."],
    nearMisses: ['not the end', 'End of term.'],
  },
  'he-showed-me-the': {
    examples: ['he showed me the knife.', 'he has a gun in the wardrobe'],
    nearMisses: ['I held it.', 'We came second!'],
  },
};
