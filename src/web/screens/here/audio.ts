import { TONE_RECIPES, type BellTone } from '../../../core/here/tones.js';

/**
 * The bells, synthesised with the Web Audio API: a struck bowl is a few
 * sine partials, each starting at once and fading at its own rate. The
 * timing lives in core (../../../core/here/timer.ts); this only turns a
 * wall-clock moment into a moment on the audio clock and strikes there.
 */

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | undefined {
  return typeof window !== 'undefined' && 'AudioContext' in window ? window.AudioContext : undefined;
}

export interface Strike {
  /** Stops the bell if it has not sounded yet (or cuts it short if it has). */
  cancel(): void;
}

export class Bells {
  #context: AudioContext | undefined;
  #master: GainNode | undefined;

  /** Whether this browser can make sound at all. */
  static get available(): boolean {
    return audioContextClass() !== undefined;
  }

  /** Opens the audio clock; call from a press of a button, which browsers require before sound. */
  wake(): void {
    const Context = audioContextClass();
    if (!Context) return;
    if (!this.#context) {
      this.#context = new Context();
      this.#master = this.#context.createGain();
      this.#master.gain.value = 0.6;
      this.#master.connect(this.#context.destination);
    }
    if (this.#context.state === 'suspended') void this.#context.resume();
  }

  /**
   * Strikes a bell at wall-clock time `at` (ms; now if it has passed), read
   * onto the audio clock from `Date.now()` at this moment.
   */
  strike(tone: BellTone, at: number, volume = 1): Strike | undefined {
    const context = this.#context;
    const master = this.#master;
    if (!context || !master) return undefined;
    const when = context.currentTime + Math.max(0, (at - Date.now()) / 1000);
    const recipe = TONE_RECIPES[tone];
    const voice = context.createGain();
    voice.gain.value = volume;
    voice.connect(master);
    const oscillators = recipe.partials.map((partial) => {
      const oscillator = context.createOscillator();
      oscillator.type = 'sine';
      oscillator.frequency.value = recipe.fundamental * partial.ratio;
      const envelope = context.createGain();
      // A quick strike, then a long exponential fade: the sound of a bowl rather than a beep.
      envelope.gain.setValueAtTime(0.0001, when);
      envelope.gain.exponentialRampToValueAtTime(partial.gain, when + 0.012);
      envelope.gain.exponentialRampToValueAtTime(0.0001, when + partial.decay);
      oscillator.connect(envelope);
      envelope.connect(voice);
      oscillator.start(when);
      oscillator.stop(when + partial.decay + 0.1);
      return oscillator;
    });
    return {
      cancel: () => {
        for (const oscillator of oscillators) {
          try {
            oscillator.stop();
          } catch {
            // Already stopped.
          }
        }
        voice.disconnect();
      },
    };
  }

  close(): void {
    void this.#context?.close();
    this.#context = undefined;
    this.#master = undefined;
  }
}
