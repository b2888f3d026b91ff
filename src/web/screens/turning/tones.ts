import type { PhaseName } from '../../../core/turning/breathing.js';

/** A soft tone at each change of phase, synthesised in the browser (Web Audio): nothing is downloaded. */
export interface Tones {
  play(phase: PhaseName): void;
  close(): void;
}

const PITCH: Readonly<Record<PhaseName, number>> = {
  in: 392,
  'hold-in': 330,
  out: 294,
  'hold-out': 262,
};

/** Opens an audio context; call it from a press (browsers allow sound only after one). */
export function openTones(): Tones | null {
  const Context = typeof window !== 'undefined' ? window.AudioContext : undefined;
  if (!Context) return null;
  const context = new Context();
  return {
    play(phase) {
      const now = context.currentTime;
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = PITCH[phase];
      // A slow swell and a long fade: a chime heard softly, never a beep.
      gain.gain.setValueAtTime(0, now);
      gain.gain.linearRampToValueAtTime(0.08, now + 0.15);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + 1.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(now);
      oscillator.stop(now + 1.7);
    },
    close() {
      void context.close();
    },
  };
}
