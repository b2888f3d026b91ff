import { createContext, useContext } from 'react';
import type { Reading } from './passages.js';

/**
 * One detection service for the whole page. Every safety-aware field and the
 * mind-reading pause ask it, and it asks a Web Worker, so the detector never
 * runs on the main thread while someone types. The worker, and with it the
 * detector and its weights, starts with the first keystroke in a watched
 * field, not when a screen opens. Where a browser cannot run the worker, the
 * same reading runs on the main thread instead, so help is never lost.
 *
 * Each field reads once per pause in typing (or at once when it is left), and
 * only its newest text is answered. The same text asked for twice, by a field
 * and then by the mind-reading pause, is read once.
 */
export interface DetectionService {
  /** Reads a text: the safety assessment and the mind-reading rule together. */
  read(text: string): Promise<Reading>;
  /** One field's watch; `onReading` hears about the field's newest text only. */
  watch(onReading: (reading: Reading) => void, delayMs?: number): FieldWatch;
}

export interface FieldWatch {
  /** The field's whole text changed: read it after a pause in typing. */
  change(text: string): void;
  /** The person left the field: read what is waiting now, without the pause. */
  settle(): void;
  /** The field is gone: answer nothing more. */
  stop(): void;
}

/** Reads one text: at once on the main thread, or as a round trip to the worker. */
export type ReadWriting = (text: string) => Reading | Promise<Reading>;

/** What the page posts to the worker, and what comes back (`reading: null` if the reading failed). */
export interface DetectionAsk {
  id: number;
  text: string;
}
export interface DetectionAnswer {
  id: number;
  reading: Reading | null;
}

/** Long enough that a sentence in progress is not read word by word. */
export const SAFETY_WATCH_DELAY_MS = 600;

/** `start` makes the reader (for the browser, the worker) on the first keystroke or request. */
export function createDetectionService(start: () => ReadWriting): DetectionService {
  let reader: ReadWriting | undefined;
  const begin = (): ReadWriting => (reader ??= start());
  const recent = new Map<string, Promise<Reading>>();

  const read = (text: string): Promise<Reading> => {
    const known = recent.get(text);
    if (known) return known;
    const reading = new Promise<Reading>((resolve) => resolve(begin()(text)));
    recent.set(text, reading);
    const oldest = recent.keys().next().value;
    if (recent.size > RECENT_READINGS && oldest !== undefined) recent.delete(oldest);
    reading.catch(() => {
      if (recent.get(text) === reading) recent.delete(text);
    });
    return reading;
  };

  const watch = (onReading: (reading: Reading) => void, delayMs = SAFETY_WATCH_DELAY_MS): FieldWatch => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** The newest text not yet sent, and whether its pause has come. */
    let waiting: string | undefined;
    let due = false;
    /** At most one request per field is out; a newer text waits for it rather than queueing behind it. */
    let asking = false;
    let stopped = false;

    const send = () => {
      if (stopped || asking || !due || waiting === undefined) return;
      const text = waiting;
      waiting = undefined;
      due = false;
      asking = true;
      void read(text)
        .then(
          (reading) => {
            // Only the newest text counts: a reading overtaken by more typing is dropped.
            if (!stopped && waiting === undefined) onReading(reading);
          },
          // A failed reading leaves what is shown as it is; the next pause reads again.
          () => undefined,
        )
        .finally(() => {
          asking = false;
          send();
        });
    };

    return {
      change(text) {
        if (stopped) return;
        // Started with the first keystroke, so the worker is ready by the pause.
        begin();
        waiting = text;
        due = false;
        clearTimeout(timer);
        timer = setTimeout(() => {
          due = true;
          send();
        }, delayMs);
      },
      settle() {
        clearTimeout(timer);
        if (waiting === undefined) return;
        due = true;
        send();
      },
      stop() {
        stopped = true;
        clearTimeout(timer);
      },
    };
  };

  return { read, watch };
}

/** What `overWorker` needs of a worker: a real `Worker`, or a test's stand-in that runs the same code. */
export interface WorkerLike {
  postMessage(ask: DetectionAsk): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DetectionAnswer>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** The browser's reader: the detection worker, or the main thread where no worker can run. */
function startReader(): ReadWriting {
  if (typeof Worker !== 'function') return onMainThread;
  try {
    const worker = new Worker(new URL('./detector.worker.ts', import.meta.url), {
      type: 'module',
      name: 'haven-detector',
    });
    return overWorker(worker);
  } catch {
    return onMainThread;
  }
}

/** Asks a worker; if it fails (it could not load, or broke), that and every later reading runs on `fallback`. */
export function overWorker(worker: WorkerLike, fallback: ReadWriting = onMainThread): ReadWriting {
  const pending = new Map<number, { text: string; settle: (reading: Promise<Reading>) => void }>();
  let next = 0;
  let failed = false;

  worker.addEventListener('message', ({ data }) => {
    const asked = pending.get(data.id);
    if (!asked) return;
    pending.delete(data.id);
    asked.settle(
      data.reading
        ? Promise.resolve(data.reading)
        : Promise.reject(new Error('The detector could not read.')),
    );
  });
  const fail = () => {
    if (failed) return;
    failed = true;
    worker.terminate();
    for (const { text, settle } of pending.values()) settle(Promise.resolve(fallback(text)));
    pending.clear();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);

  return (text) => {
    if (failed) return fallback(text);
    const id = ++next;
    return new Promise<Reading>((resolve) => {
      pending.set(id, { text, settle: resolve });
      worker.postMessage({ id, text });
    });
  };
}

/** The same reading on the main thread, loading the detector on first use. */
const onMainThread: ReadWriting = (text) =>
  import('./readWriting.js').then((module) => module.readWriting(text));

/** The page's one service. It makes no worker until a field is typed in or a pause asks. */
export const browserDetection: DetectionService = createDetectionService(startReader);

/** Tests give their own service (the real reading, without a worker) through this. */
export const DetectionContext = createContext<DetectionService>(browserDetection);

export function useDetection(): DetectionService {
  return useContext(DetectionContext);
}

/** A few recent texts, enough for a field and the pause to share one reading. */
const RECENT_READINGS = 4;
