/**
 * Word families for the learned layer of crisis-language detection. A model
 * trained on a few thousand passages only knows the words it saw; these
 * families let it carry what it learned about one word to its neighbours
 * ("gone", "vanish", "disappear"), so new wording for the same thought still
 * scores. Each family is a feature of its own, and families seen together in
 * a sentence make features too ("self" beside "end" beside "for good").
 *
 * Words are the detector's normalised tokens: lower case, apostrophes closed
 * up ("dont", "im"), common misspellings mended.
 */

const FAMILIES: Readonly<Record<string, string>> = {
  self: 'i im ive id me my myself mine',
  death:
    'die dies died dying dead death deaths suicide suicidal kill killing kms unalive unaliving overdose overdosing od ctb deathbed grave graves funeral coffin perish demise deceased afterlife heaven rip',
  live: 'live living alive life lives exist existing existence breathe breathing awake wake waking born survive surviving',
  stop: 'stop stopped end ending ended over finish finished done quit escape exit out gone leave leaving disappear disappearing vanish vanishing fade fading erase erased delete sleep asleep rest peace quiet silence nothing nowhere checkout check clock switch shut lights curtains credits chapter page patch glitch drift float release free freedom',
  lasting:
    'forever permanently permanent good never anymore longer last final finally ever eternal always countdown counting left remaining more',
  burden:
    'burden burdens problem problems trouble weight load drain waste mess space oxygen expense cost pension bailing',
  worthless:
    'useless worthless pointless failure unwanted unloved pathetic disgusting stupid ugly deserve deserved punish punishment mistake hate',
  better: 'better easier relief relieved lighter happier fine freer off',
  without: 'without gone absence miss missed notice noticed',
  farewell:
    'goodbye goodbyes bye farewell sorry apologise apologize apology forgive forgiveness letter letters note notes thank thanks love remember memory photo photos whatever happens happened care after',
  prepare:
    'give gave giving given rehome rehomed sorted sorting affairs will wills password passwords login pin instructions arrangements arranged cancel cancelled canceled subscription subscriptions delete deleted deleting paid pay debts ready decided decision plan planned planning date tidy tidied settled organised organized keys key return returned returning borrowed freezer cleared booked hotel ticket drafts draft scheduled envelope list solicitor insurance',
  means:
    'pills tablets meds medication medications painkillers paracetamol prescription prescriptions packet packets bottle bottles jar stash stockpile stockpiled hoard hoarded collecting collected saving saved enough rope belt cord blade blades razor razors gun rifle knife knives lighter engine exhaust',
  place:
    'bridge ledge edge cliff cliffs roof rooftop floor railway rails train tracks motorway traffic bus water river sea drop fall jump fence balcony garage bath',
  reunion: 'join joining with wherever heaven reunited again waiting see',
  neat: 'neat tidy tidier tidied sorted clean cleared order affairs loose ends behind need matter return ticket',
  harm: 'cut cutting cuts burn burning burns bleed bleeding blood hurt hurting harm harming scratch scratching smack smacked punch punching punched hit hitting bang banging marks scars scar lines wounds bruises bruise sleeves plasters bandage bandages skin arms arm wrists thighs relapse relapsed hide hiding',
  threat:
    'threatened threatens threaten threat threats strangled choked grabbed pushed shoved slapped beat beats beaten hits locked lock trapped stalking stalker followed following controlling controls watching believe police door run scared afraid terrified unsafe safe',
  soon: 'tonight tomorrow soon weekend week sunday monday tuesday wednesday thursday friday saturday morning after before when until days',
  tired: 'tired exhausted weary sick fed drained spent worn cba bothered',
  hopeless:
    'hopeless pointless point futile empty numb nothing worthless helpless trapped stuck broken lost alone lonely unbearable',
  cope: 'cope coping handle manage bear stand survive carry continue keep going',
  negate: 'not dont never no cant wont didnt isnt wasnt nothing nobody neither nor without',
  others:
    'he she they him her them his hers their partner husband wife boyfriend girlfriend dad mum mom father mother ex stepdad',
  everyone: 'everyone everybody anyone anybody nobody family friends kids people world',
  joke: 'lol lmao jk haha kidding joking unless friend',
  idiom:
    'coffee nap commute traffic laugh laughing laughed phone battery deadline game boss level exam exams shoes cake pizza chocolate tea gym workout legs feet back heat',
  want: 'want wanted wanting wish wished wishing hope hoping tempted urge urges need craving long longing',
  past: 'was were used ago years last year once back then teenager school recovered better stopped',
};

const FAMILY_OF = new Map<string, string[]>();
for (const [family, words] of Object.entries(FAMILIES)) {
  for (const w of words.split(' ')) {
    const list = FAMILY_OF.get(w) ?? [];
    list.push(family);
    FAMILY_OF.set(w, list);
  }
}

/** The families a normalised word belongs to (often none). */
export function familiesOf(word: string): readonly string[] {
  return FAMILY_OF.get(word) ?? NONE;
}

const NONE: readonly string[] = [];

/** Every family name, for tests. */
export const FAMILY_NAMES: readonly string[] = Object.keys(FAMILIES);
