import type { GuidedScript, GuidedStep } from './guided.js';

/**
 * Haven's guided scripts, written for Haven in its own words. Each step is an
 * invitation; the player says before the first one that eyes can stay open
 * and that the practice can stop at any time, and it offers grounding
 * whenever something gets to be too much.
 */

const s = (text: string, pauseSeconds: number): GuidedStep => ({ text, pauseSeconds });

export const breathAwareness: GuidedScript = {
  id: 'breath',
  title: 'Breath awareness',
  purpose: 'A few minutes of resting your attention on breathing, just as it is.',
  pillar: 'here',
  opening: 'Find a way of sitting or lying that feels supported. There is no right way to breathe here.',
  steps: [
    s('Let yourself arrive. Notice where your body meets the chair, the floor or the bed.', 15),
    s('Now notice that you are breathing. You do not need to change it. It is already happening.', 20),
    s('You might find the place where the breath is easiest to feel: the nose, the chest, or the belly.', 25),
    s('Rest your attention there, lightly, the way you might rest a hand on a sleeping animal.', 30),
    s(
      'Notice the in-breath as it begins, and as it turns. Then the out-breath, and the small pause after it.',
      30,
    ),
    s(
      'Your mind will wander. That is what minds do. When you notice it has gone, that noticing is the practice.',
      20,
    ),
    s('Gently, without scolding, bring your attention back to the next breath.', 40),
    s(
      'If breathing feels uneasy to watch, you can rest your attention on your hands or your feet instead.',
      30,
    ),
    s('Stay with a few more breaths, at your own pace.', 45),
    s(
      'When you are ready, widen your attention to the room: its sounds, its light, the air on your skin.',
      15,
    ),
    s('Thank yourself for taking this time. You can come back to your breath whenever you like.', 5),
  ],
};

export const noticing: GuidedScript = {
  id: 'noticing',
  title: 'Noticing without following',
  purpose: 'Watching thoughts, feelings, sensations and memories come and go, without going with them.',
  pillar: 'here',
  opening: 'Sit in a way that lets you be both relaxed and awake. You can stop whenever you choose.',
  steps: [
    s('Take a moment to settle. Feel the weight of your body, held by what is under you.', 15),
    s('Rest your attention on the breath for a few rounds, as a place to start from.', 25),
    s(
      'Now open your attention a little. Let whatever shows up inside be there: a thought, a feeling, a sensation, a memory.',
      20,
    ),
    s(
      'When something appears, you might name it softly: "thinking", "feeling", "sensation", "remembering".',
      30,
    ),
    s('Naming is enough. There is no need to work it out, argue with it or make it go.', 30),
    s('Imagine sitting by a road and watching cars pass. You see each one, and you let it drive on.', 40),
    s(
      'If you find you have climbed into one of the cars and gone along with it, that is fine. Notice, and come back to the roadside.',
      40,
    ),
    s('Some things will be pleasant and some will not. See if you can give them the same plain welcome.', 40),
    s(
      'If a memory or feeling gets strong, you can open your eyes, feel your feet, or stop. Coming back to the room is always allowed.',
      30,
    ),
    s('Notice the space in which all of this comes and goes. It is still here, whatever passes through.', 45),
    s('Let the naming fall away and rest for a little while.', 40),
    s('When you are ready, come back to the breath, then to the room around you.', 15),
    s('Whatever came up, you stayed with yourself while it did. That counts.', 5),
  ],
};

export const bodyScanShort: GuidedScript = {
  id: 'body-scan-short',
  title: 'Body scan, short',
  purpose: 'A quick visit through the body, noticing what is there and letting it be.',
  pillar: 'here',
  opening:
    'Sit or lie down, whichever feels kinder. If any part of the body is hard to attend to, you can skip it.',
  steps: [
    s('Let your body be supported. Notice the places where it touches what is under you.', 15),
    s('Bring your attention to your feet. Notice warmth, coolness, pressure, or nothing much at all.', 20),
    s('Move up through your legs, to your knees and thighs. Simply noticing, not changing.', 20),
    s('Notice your hips and belly. If the belly moves with the breath, let it.', 20),
    s('Now your chest and back. You might feel the breath here too, or the chair behind you.', 20),
    s(
      'Notice your hands, your arms and your shoulders. If the shoulders are holding something, you could let them drop a little.',
      20,
    ),
    s('Your neck, your jaw, your face. The small muscles around the eyes.', 20),
    s('Now sense the whole body at once, breathing, here.', 25),
    s('When you are ready, stretch or move in any way that feels good, and come back to the room.', 5),
  ],
};

export const bodyScanLong: GuidedScript = {
  id: 'body-scan-long',
  title: 'Body scan, long',
  purpose: 'A slow, unhurried journey through the body, one part at a time.',
  pillar: 'here',
  opening:
    'Sit or lie down, whichever feels kinder. If any part of the body is hard to attend to, you can skip it or rest on your breath instead.',
  steps: [
    s('Let yourself arrive. Feel the weight of your body, and the surface that is holding it.', 25),
    s('Take a few breaths at their own pace. There is nowhere else to be for now.', 30),
    s(
      'Bring your attention to the toes of your left foot. Notice whatever is there, even if it is very little.',
      30,
    ),
    s('Widen to the sole of the left foot, the heel, the top of the foot and the ankle.', 35),
    s('Move up into the lower left leg: the shin, the calf. Then the knee.', 35),
    s('Now the left thigh, front and back, and where it meets the hip.', 35),
    s('Let go of the left leg, and bring your attention to the toes of your right foot.', 30),
    s('The sole of the right foot, the heel, the top of the foot and the ankle.', 35),
    s('The lower right leg and the knee.', 35),
    s('The right thigh, and where it meets the hip.', 35),
    s('Notice the pelvis and the hips, the weight resting there.', 35),
    s('Move to the belly. Notice it rise and fall, or stay still. Whatever it does is fine.', 40),
    s(
      'The lower back, then the middle and upper back. If there is tightness, you might breathe towards it, without needing it to change.',
      45,
    ),
    s('The chest. Perhaps the heartbeat, perhaps the breath, perhaps simply the feeling of clothing.', 40),
    s('Now both hands: the fingers, the palms, the backs of the hands.', 35),
    s('The wrists, forearms, elbows and upper arms.', 35),
    s(
      'The shoulders. Many of us carry a lot here. Let them be as they are, or soften a little if they want to.',
      40,
    ),
    s('The neck and throat.', 30),
    s('The jaw, the mouth and the tongue. The cheeks, the nose.', 35),
    s('The eyes and the small muscles around them, the forehead, the scalp.', 35),
    s(
      'Now let your attention spread through the whole body at once, from the soles of the feet to the top of the head.',
      60,
    ),
    s(
      'If you like, notice how the body feels now compared with when you began. No need for it to feel any particular way.',
      40,
    ),
    s('Begin to bring some movement back: fingers, toes, a stretch. Open your eyes if they are closed.', 15),
    s('Thank your body for carrying you. You can come back here whenever you like.', 5),
  ],
};

export const selfCompassion: GuidedScript = {
  id: 'self-compassion',
  title: 'Kindness towards yourself',
  purpose: 'Meeting something hard with the warmth you would offer a friend.',
  pillar: 'here',
  opening: 'Sit comfortably. Choose something only mildly hard to work with today, not the hardest thing.',
  steps: [
    s('Settle for a few breaths. Feel the ground or the chair under you.', 20),
    s(
      'Bring to mind a situation that is weighing on you a little. Let it come close enough to feel, but not so close that it floods you.',
      30,
    ),
    s(
      'Notice where you feel it in your body. You might name it quietly: "this is hard", or "this hurts".',
      30,
    ),
    s(
      'Remind yourself that struggling is part of being a person. Others have felt something like this too. You are not alone in it.',
      30,
    ),
    s(
      'If it feels right, place a hand somewhere that comforts you: over your heart, on your cheek, or one hand holding the other.',
      30,
    ),
    s('Ask yourself: what would I say to a good friend who felt this way?', 30),
    s(
      'Now see if you can say something like it to yourself, in your own words. Something forgiving, understanding and true.',
      45,
    ),
    s('If kind words feel awkward or untrue, that is all right. Simply wishing yourself well is enough.', 30),
    s('Let the warmth, or the wish for it, stay with you for a few breaths.', 40),
    s('When you are ready, let go of the situation and come back to the room around you.', 10),
  ],
};

export const uncomfortable: GuidedScript = {
  id: 'uncomfortable',
  title: 'Sitting with something uncomfortable',
  purpose: 'Making a little room for a difficult feeling, and letting it be there without a fight.',
  pillar: 'here',
  opening:
    'Keep this gentle: choose a small discomfort, not a big one. Grounding is one tap away, and stopping is always fine.',
  steps: [
    s('Start by feeling your feet on the floor, and something solid at your back or under you.', 20),
    s('Look around and name one thing you can see. This is where you are now.', 15),
    s('Bring to mind something mildly uncomfortable: a worry, an irritation, a small ache.', 25),
    s('Notice where it lives in your body. Is it tight, heavy, buzzing, hot, hollow?', 30),
    s('See if you can stay beside it with curiosity, as if you were meeting it for the first time.', 30),
    s(
      'You might breathe around it, giving it a little more space, as if the body could widen around it.',
      40,
    ),
    s(
      'You do not need to like it. You do not need it to leave. Let it be here, as one of many things here.',
      40,
    ),
    s(
      'If it grows too strong, turn your attention to your feet or to a sound in the room. You can return later, or not at all.',
      30,
    ),
    s(
      'Notice whether it changes as you watch it: its shape, its edges, how strong it is. Or whether it stays the same.',
      40,
    ),
    s('Now let your attention widen to the whole body, and to the room around you.', 20),
    s('You stayed with something hard, for as long as felt right. That takes courage.', 5),
  ],
};

export const savouring: GuidedScript = {
  id: 'savouring',
  title: 'Letting a good feeling stay',
  purpose: 'Giving a pleasant moment a little longer, so it has time to sink in.',
  pillar: 'here',
  opening: 'Sit in a way that feels at ease. Small good things count here.',
  steps: [
    s('Take a breath or two and settle.', 15),
    s(
      'Bring to mind something good, however small: a warm drink, a kind word, light through a window, a moment you felt at ease.',
      30,
    ),
    s('Let the memory fill in: where you were, what you saw, heard or smelled.', 30),
    s('Notice any pleasant feeling that comes with it, and where it sits in your body.', 30),
    s('See if you can stay with it a little longer than you usually would. Ten more seconds is plenty.', 30),
    s('If it helps, imagine the feeling spreading, the way warmth spreads through cold hands.', 30),
    s(
      'If other thoughts tug at you, or the feeling fades, that is fine. You can come back to the memory, or simply rest.',
      30,
    ),
    s('Let yourself take this in. You are allowed to enjoy it.', 30),
    s('When you are ready, carry a little of it with you as you come back to the room.', 5),
  ],
};

export const idealCaregiver: GuidedScript = {
  id: 'ideal-caregiver',
  title: 'Imagining an ideal caregiver',
  purpose:
    'Picturing someone who is attuned, protective, soothing and delighted by you, as you would have needed.',
  pillar: 'rituals',
  opening:
    'This practice can stir up old feelings. Keep it light, keep your eyes open if you like, and stop or ground yourself whenever you want. The caregivers you imagine are not your real ones; they are made up, just for you.',
  steps: [
    s('Settle into your seat. Feel your feet, your back, the places where you are supported.', 20),
    s(
      'Imagine yourself a little younger, at whatever age comes to mind. You do not need a clear picture; a sense is enough.',
      30,
    ),
    s(
      'Now imagine someone with you who is entirely on your side. Not a real person from your past; someone imagined, exactly as you would have needed them.',
      30,
    ),
    s(
      'Notice what they are like: how they look, how they sound, how they move. Let the details come, or stay blurry. Both are fine.',
      30,
    ),
    s(
      'This person is attuned to you. They notice what you feel, even before you say it, and they get it right.',
      30,
    ),
    s('Imagine them looking at you with warmth, and understanding exactly how you are today.', 30),
    s(
      'This person is protective. Nothing that could harm you gets past them. With them close, you are safe.',
      30,
    ),
    s(
      'Notice how your body responds to being protected like this. Perhaps something loosens, even a little.',
      30,
    ),
    s(
      'When you are upset, this person soothes you. Their voice, their presence, maybe a hand on your back, helps you settle.',
      30,
    ),
    s('Let yourself feel soothed, as much as feels comfortable, for a few breaths.', 30),
    s('This person delights in you. They are glad you exist, just as you are, not for anything you do.', 30),
    s(
      'Imagine them showing it: a smile when you come into the room, a light in their eyes when they see you.',
      30,
    ),
    s(
      'They also encourage you. They believe in you and want you to explore, and they will be there when you come back.',
      30,
    ),
    s(
      'If anything painful comes up, you can let the image go, open your eyes, feel your feet, or use grounding. Coming back is always allowed.',
      20,
    ),
    s('Notice how it feels to be held in mind like this. Where in your body do you feel it?', 40),
    s('Let the feeling settle in for a few breaths. It is yours to return to.', 40),
    s('Now let the image fade, knowing you can bring it back whenever you like.', 15),
    s('Come back to the room: the light, the sounds, the weight of your body. Take your time.', 5),
  ],
};

/** Every guided script, in the order the library shows them. */
export const GUIDED_SCRIPTS: readonly GuidedScript[] = [
  breathAwareness,
  noticing,
  bodyScanShort,
  bodyScanLong,
  selfCompassion,
  uncomfortable,
  savouring,
  idealCaregiver,
];

export const GUIDED_SCRIPT_IDS = GUIDED_SCRIPTS.map((script) => script.id);

/** A script by id, or undefined. */
export function guidedScript(id: string): GuidedScript | undefined {
  return GUIDED_SCRIPTS.find((script) => script.id === id);
}
