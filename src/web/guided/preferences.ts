import { deviceStorage } from '../lib/storage.js';

/** How guided practices are read: aloud or not, in which voice, how fast. A preference of this browser, not writing. */
export interface VoicePreference {
  speak: boolean;
  voiceURI: string | null;
  rate: number;
}

const KEY = 'haven.guided-voice';
export const DEFAULT_VOICE: VoicePreference = { speak: false, voiceURI: null, rate: 0.9 };
export const RATE_MIN = 0.6;
export const RATE_MAX = 1.3;

export function readVoicePreference(): VoicePreference {
  try {
    const raw = deviceStorage()?.getItem(KEY);
    if (!raw) return DEFAULT_VOICE;
    const parsed = JSON.parse(raw) as Partial<VoicePreference>;
    const rate = typeof parsed.rate === 'number' ? parsed.rate : DEFAULT_VOICE.rate;
    return {
      speak: parsed.speak === true,
      voiceURI: typeof parsed.voiceURI === 'string' ? parsed.voiceURI : null,
      rate: Math.min(RATE_MAX, Math.max(RATE_MIN, rate)),
    };
  } catch {
    return DEFAULT_VOICE;
  }
}

export function keepVoicePreference(preference: VoicePreference): void {
  try {
    deviceStorage()?.setItem(KEY, JSON.stringify(preference));
  } catch {
    // Not kept: the next practice starts from the default.
  }
}
