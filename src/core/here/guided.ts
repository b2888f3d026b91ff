/**
 * Guided practices as data: a script is a list of short steps, each shown on
 * screen (and, if the person wants, read aloud) and followed by a quiet pause.
 * The player in the web client paces them; nothing here knows about screens.
 */

export interface GuidedStep {
  /** One to three short sentences, second person, present tense. */
  readonly text: string;
  /** Quiet time after the words, in seconds. */
  readonly pauseSeconds: number;
}

export interface GuidedScript {
  /** Stable id, also the last part of the script's path: lower case and dashes. */
  readonly id: string;
  readonly title: string;
  /** One line on what it is for, shown in the library. */
  readonly purpose: string;
  /** The pillar whose practice it belongs to; the ideal-caregiver visualisation is the R pillar's. */
  readonly pillar: 'here' | 'rituals';
  /** Said before the first step, on screen: how to sit, and that it can stop at any time. */
  readonly opening: string;
  readonly steps: readonly GuidedStep[];
}

/** What every guided practice says first, whatever its own opening. */
export const GUIDED_CHOICES =
  'You can keep your eyes open, resting your gaze on something steady, or close them if that feels safe. You can pause or stop at any time, and nothing here needs doing right.';

/** Words per second when a step is read: an unhurried speaking pace. */
const WORDS_PER_SECOND = 2.2;

/** How long reading a step's words takes, at an unhurried pace, in milliseconds (at least two seconds). */
export function readingMs(text: string, rate = 1): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(2000, Math.round(((words / WORDS_PER_SECOND) * 1000) / Math.max(0.5, rate)));
}

/** How long a step lasts before the next: its words, then its quiet. */
export function stepMs(step: GuidedStep, rate = 1): number {
  return readingMs(step.text, rate) + step.pauseSeconds * 1000;
}

/** The whole script's length in milliseconds. */
export function scriptMs(script: GuidedScript, rate = 1): number {
  return script.steps.reduce((sum, step) => sum + stepMs(step, rate), 0);
}

/** The length to show in the library, in whole minutes (at least one). */
export function scriptMinutes(script: GuidedScript): number {
  return Math.max(1, Math.round(scriptMs(script) / 60_000));
}
