/** Movement and body awareness: the kinds of movement Haven names, and prompts for attending to the body while moving. */

export const MOVEMENTS = ['yoga', 'dancing', 'walking', 'stretching', 'own'] as const;
export type Movement = (typeof MOVEMENTS)[number];

export const MOVEMENT_LABELS: Readonly<Record<Movement, string>> = {
  yoga: 'Yoga',
  dancing: 'Dancing',
  walking: 'Walking',
  stretching: 'Stretching',
  own: 'My own kind',
};

/** Short invitations for attending to the body while moving: a few for each kind, and some for any. */
export const MOVING_PROMPTS: Readonly<Record<Movement | 'any', readonly string[]>> = {
  any: [
    'Notice where your body feels most alive right now.',
    'Let your breath set the pace for a moment, rather than the other way round.',
    'If something hurts, you can slow down, change the movement or stop.',
    'Notice one place that feels at ease, and one that is working hard.',
  ],
  yoga: [
    'Before the next pose, feel your feet or hands meet the mat.',
    'In a held pose, notice the smallest movements that keep you balanced.',
    'Take the version of the pose that your body asks for today.',
  ],
  dancing: [
    'Let one part of you lead: a hand, a hip, your head. See where it takes the rest.',
    'Notice the music in your body before it reaches your feet.',
    'Nobody is watching. Let the movement be as small or as big as it likes.',
  ],
  walking: [
    'Feel each foot: the heel landing, the roll forward, the push away.',
    'Notice the swing of your arms, and whether they want to move more or less.',
    'Let your eyes rest on something in the distance, then on something close.',
  ],
  stretching: [
    'Stretch only to the edge of comfort, and breathe there.',
    'Notice the moment a muscle lets go, even a little.',
    'After each stretch, pause and feel what changed.',
  ],
  own: [
    'Notice what this movement asks of your body, and what it gives back.',
    'Let your attention travel to wherever the movement is happening.',
  ],
};

/** The prompts for a kind of movement: its own first, then those for any movement. */
export function movingPrompts(movement: Movement): readonly string[] {
  return [...MOVING_PROMPTS[movement], ...MOVING_PROMPTS.any];
}
