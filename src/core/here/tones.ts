/**
 * The bell tones, as partials of a struck bowl: each a frequency ratio to the
 * fundamental, a loudness and how long it takes to fade. The web client turns
 * these into oscillators; nothing is downloaded.
 */
export const BELL_TONES = ['bowl', 'bright', 'deep'] as const;
export type BellTone = (typeof BELL_TONES)[number];

export interface Partial {
  /** Multiple of the fundamental (bowls are not harmonic: the ratios are not whole numbers). */
  readonly ratio: number;
  /** Peak loudness, 0 to 1, before the master volume. */
  readonly gain: number;
  /** Seconds for the partial to fade to almost nothing. */
  readonly decay: number;
}

export interface ToneRecipe {
  readonly label: string;
  readonly fundamental: number;
  readonly partials: readonly Partial[];
}

export const TONE_RECIPES: Readonly<Record<BellTone, ToneRecipe>> = {
  bowl: {
    label: 'Singing bowl',
    fundamental: 220,
    partials: [
      { ratio: 1, gain: 0.5, decay: 9 },
      { ratio: 2.76, gain: 0.25, decay: 6 },
      { ratio: 5.4, gain: 0.12, decay: 3.5 },
      { ratio: 8.93, gain: 0.06, decay: 2 },
    ],
  },
  bright: {
    label: 'Small bell',
    fundamental: 523.25,
    partials: [
      { ratio: 1, gain: 0.45, decay: 5 },
      { ratio: 2.4, gain: 0.22, decay: 3 },
      { ratio: 4.1, gain: 0.1, decay: 1.6 },
    ],
  },
  deep: {
    label: 'Deep gong',
    fundamental: 110,
    partials: [
      { ratio: 1, gain: 0.55, decay: 12 },
      { ratio: 1.51, gain: 0.2, decay: 8 },
      { ratio: 2.93, gain: 0.14, decay: 5 },
      { ratio: 4.8, gain: 0.07, decay: 2.5 },
    ],
  },
};
