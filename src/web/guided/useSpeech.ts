import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * The browser's own speech synthesis, when it has a voice: nothing is sent
 * anywhere and nothing is downloaded. Where there is no voice, `available`
 * is false and the words simply stay on screen.
 */
export interface Speech {
  available: boolean;
  voices: readonly SpeechSynthesisVoice[];
  /** Reads the words aloud; resolves when they have been read, or when reading is cancelled. */
  speak: (text: string, options: { voiceURI: string | null; rate: number }) => Promise<void>;
  cancel: () => void;
}

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

export function useSpeech(): Speech {
  const [voices, setVoices] = useState<readonly SpeechSynthesisVoice[]>(() => synth()?.getVoices() ?? []);
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    const speech = synth();
    if (!speech) return;
    const read = () => setVoices(speech.getVoices());
    read();
    speech.addEventListener('voiceschanged', read);
    return () => {
      speech.removeEventListener('voiceschanged', read);
      speech.cancel();
    };
  }, []);

  const cancel = useCallback(() => {
    synth()?.cancel();
    pending.current?.();
    pending.current = null;
  }, []);

  const speak = useCallback(
    (text: string, { voiceURI, rate }: { voiceURI: string | null; rate: number }) =>
      new Promise<void>((resolve) => {
        const speech = synth();
        if (!speech) return resolve();
        speech.cancel();
        const utterance = new SpeechSynthesisUtterance(text);
        const voice = speech.getVoices().find((v) => v.voiceURI === voiceURI);
        if (voice) utterance.voice = voice;
        utterance.rate = rate;
        const done = () => {
          if (pending.current === done) pending.current = null;
          resolve();
        };
        pending.current = done;
        utterance.onend = done;
        utterance.onerror = done;
        speech.speak(utterance);
      }),
    [],
  );

  return useMemo(() => ({ available: voices.length > 0, voices, speak, cancel }), [voices, speak, cancel]);
}
