/**
 * Journal prompts for every HEARTS pillar, written for Haven. Each is an
 * invitation; any prompt can be skipped, swapped for another or ignored in
 * favour of free writing.
 */
import type { PillarId } from '../pillars.js';

export interface JournalPrompt {
  /** Stable id: pillar and a number, e.g. `attuning-03`. */
  id: string;
  pillar: PillarId;
  text: string;
}

const make = (pillar: PillarId, texts: readonly string[]): JournalPrompt[] =>
  texts.map((text, i) => ({ id: `${pillar}-${String(i + 1).padStart(2, '0')}`, pillar, text }));

export const JOURNAL_PROMPTS: readonly JournalPrompt[] = [
  ...make('here', [
    'What is here with you right now, in your body, your thoughts and your mood?',
    'If you take three slow breaths, what do you notice changing, even a little?',
    'What sounds can you hear at this moment? Which is the farthest away?',
    'Where in your body do you feel most at ease right now?',
    'What thought keeps returning today? You might just note it, without following it.',
    'Describe something ordinary you touched today as if you were noticing it for the first time.',
    'What feeling has been quietly in the background today?',
    'When did you last feel fully present? What helped?',
    'What would it be like to let this moment be exactly as it is, just for a minute?',
    'Which memory came to visit today, and how did it feel to meet it?',
    'What do your feet feel like on the ground right now?',
    'What is one small thing you can see that you find pleasant?',
    'If today had a weather report inside you, what would it say?',
  ]),
  ...make('delight', [
    'What is one thing you did today that you can appreciate yourself for?',
    'Write a few lines to yourself the way a good friend who adores you might.',
    'What quality in yourself are you quietly glad to have?',
    'When did you last make yourself laugh? What happened?',
    'What is a mistake you made recently that you can meet with some warmth?',
    'If you planned a little date with yourself, what would it include?',
    'Which part of you could use some kindness today? What would you say to it?',
    'What are you grateful to yourself for this week?',
    'Think of a harsh thing you said to yourself lately. How might a friend say it instead?',
    'What is something you have grown through that you rarely give yourself credit for?',
    'What small pleasure could you offer yourself before the day ends?',
    'Which of your quirks do you secretly enjoy?',
    'What would it feel like to be proud of yourself for something small today?',
  ]),
  ...make('attuning', [
    'What are you feeling right now, and where do you notice it?',
    'Which need feels most alive in you today?',
    'What is one way you could care for yourself in the next hour?',
    'What did you want today that you did not ask for, even from yourself?',
    'What has your body been trying to tell you lately?',
    'Which of your values felt most present today?',
    'When did you last say yes when part of you meant no? What was that part hoping for?',
    'What helps you come back to yourself when you feel pulled in many directions?',
    'What do you like that you have not made room for in a while?',
    'What is a boundary that quietly protects you? How does it feel to keep it?',
    'If you listened to your tiredness, or your restlessness, what would it ask for?',
    'What calms your senses when things get loud?',
    'What do you know about yourself now that you did not know a year ago?',
  ]),
  ...make('rituals', [
    'What does your ideal morning look like, gently and realistically?',
    'At what time of day do you usually feel most like yourself?',
    'What small ritual, five minutes or less, might help you feel steadier?',
    'How did your actual day compare with the day you would have chosen?',
    'What rhythm does your body seem to prefer for sleep and waking?',
    'What would your secure self do first thing tomorrow?',
    'Which part of your week could use a little more space?',
    'What helps you wind down at the end of the day?',
    'What is a routine that used to support you? Could a piece of it return?',
    'How would your secure self move through a difficult afternoon?',
    'What values would you like your days to carry?',
    'When do you most need a pause, and how might you build one in?',
    'What is one tiny adjustment to your week that would feel kind?',
  ]),
  ...make('turning', [
    'What has your inner critic been saying lately? What might it be afraid of?',
    'If your inner critic were trying to protect you, what would it be protecting you from?',
    'What is a moment today when you fell short of your own hopes? How could you repair with yourself?',
    'What story did your mind tell you the last time something stung?',
    'What else could be true about a situation that has been bothering you?',
    'Write to a part of you that is hurting. What does it need to hear?',
    'What happened in your body the last time you felt triggered?',
    'What helped you settle after a hard moment recently?',
    'If you could say sorry to yourself for something, what would it be?',
    'How might you speak to the frightened part of you next time it gets loud?',
    'What would forgiveness towards yourself look like in this situation?',
    'What is one thing you learned from an inner struggle this week?',
    'What would you like to try differently, kindly, the next time this comes up?',
  ]),
  ...make('secure', [
    'In what ways have you been a steadier home for yourself lately?',
    'Looking back over the past month, where have you grown?',
    'Which of the practices you have tried feels most like yours?',
    'What does feeling secure within yourself look like for you today?',
    'When did you last trust yourself, and how did it go?',
    'What part of caring for yourself has been easier than it used to be?',
    'Which area of your life could use a little more of your attention?',
    'What do you want to remember about how you handled something difficult?',
    'If your future self looked back at this season, what might they thank you for?',
    'How do you know when you are on your own side?',
    'What helps you feel like a safe haven for yourself?',
    'What would a secure base inside you let you explore?',
    'What has changed in how you speak to yourself over time?',
  ]),
];

export function promptsFor(pillar: PillarId): readonly JournalPrompt[] {
  return JOURNAL_PROMPTS.filter((p) => p.pillar === pillar);
}

export function promptById(id: string): JournalPrompt | undefined {
  return JOURNAL_PROMPTS.find((p) => p.id === id);
}

export interface PickPromptOptions {
  /** Only prompts from this pillar; all pillars when absent. */
  pillar?: PillarId;
  /** Prompts already shown, skipped while others remain. */
  excludeIds?: readonly string[];
  /** A source of numbers in [0, 1), e.g. `Math.random`; fixed in tests. */
  random: () => number;
}

/**
 * One prompt, chosen with `random`. Excluded prompts are skipped; when every
 * candidate has been excluded, the choice starts over from all of them, so
 * "another prompt" never runs dry.
 */
export function pickPrompt(options: PickPromptOptions): JournalPrompt {
  const pool = options.pillar ? promptsFor(options.pillar) : JOURNAL_PROMPTS;
  const excluded = new Set(options.excludeIds ?? []);
  const fresh = pool.filter((p) => !excluded.has(p.id));
  const candidates = fresh.length > 0 ? fresh : pool;
  const r = options.random();
  const unit = Number.isFinite(r) ? Math.min(Math.max(r, 0), 0.999_999_999) : 0;
  const chosen = candidates[Math.floor(unit * candidates.length)];
  if (!chosen) throw new Error('There are no journal prompts to choose from');
  return chosen;
}
