import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createDetectionService,
  overWorker,
  SAFETY_WATCH_DELAY_MS,
  type DetectionAnswer,
  type DetectionAsk,
  type ReadWriting,
  type WorkerLike,
} from './detection.js';
import type { Reading } from './passages.js';
import { answer, readWriting } from './readWriting.js';

const URGENT = 'i dont want to be here anymore, everyone would be better off without me';
const GUESS = "Dinner was quiet. I bet she's annoyed with me.";

/** The real reading, with a note of every text it was asked to read. */
function counted(read: ReadWriting = readWriting) {
  const asked: string[] = [];
  const reader: ReadWriting = (text) => {
    asked.push(text);
    return read(text);
  };
  return { asked, reader };
}

/** The real reading, held back until the test lets it through: a slow worker. */
function held() {
  const waiting: { text: string; release: () => void }[] = [];
  const reader: ReadWriting = (text) =>
    new Promise<Reading>((resolve) => waiting.push({ text, release: () => resolve(readWriting(text)) }));
  return { waiting, reader };
}

describe('the detection service', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('makes no reader until the first keystroke, then reads once per pause, the newest text only', async () => {
    let started = 0;
    const { asked, reader } = counted();
    const service = createDetectionService(() => {
      started++;
      return reader;
    });
    const heard: Reading[] = [];
    const field = service.watch((reading) => heard.push(reading));
    expect(started).toBe(0);

    field.change('i dont');
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(SAFETY_WATCH_DELAY_MS - 100);
    field.change(URGENT);
    await vi.advanceTimersByTimeAsync(SAFETY_WATCH_DELAY_MS - 1);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual([URGENT]);
    expect(heard.map((r) => r.level)).toEqual(['urgent']);
    expect(started).toBe(1);
  });

  it('drops a reading overtaken by more typing, and reads the newer text when the slow one is done', async () => {
    const { waiting, reader } = held();
    const service = createDetectionService(() => reader);
    const heard: Reading[] = [];
    const field = service.watch((reading) => heard.push(reading));

    field.change('it was a long day');
    await vi.advanceTimersByTimeAsync(SAFETY_WATCH_DELAY_MS);
    field.change(URGENT);
    await vi.advanceTimersByTimeAsync(SAFETY_WATCH_DELAY_MS);
    // One request per field is out at a time; the newer text waits rather than queueing behind it.
    expect(waiting.map((w) => w.text)).toEqual(['it was a long day']);

    waiting[0]?.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toEqual([]);
    expect(waiting.map((w) => w.text)).toEqual(['it was a long day', URGENT]);
    waiting[1]?.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(heard.map((r) => r.level)).toEqual(['urgent']);
  });

  it('reads at once when the field is left, and answers nothing once it is gone', async () => {
    const service = createDetectionService(() => readWriting);
    const heard: Reading[] = [];
    const field = service.watch((reading) => heard.push(reading));
    field.change(URGENT);
    field.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(heard.map((r) => r.level)).toEqual(['urgent']);

    field.change(`${URGENT} again`);
    field.stop();
    await vi.advanceTimersByTimeAsync(SAFETY_WATCH_DELAY_MS * 2);
    expect(heard).toHaveLength(1);
  });

  it('gives the writing field and the mind-reading pause one reading of the same words', async () => {
    const { asked, reader } = counted();
    const service = createDetectionService(() => reader);
    const heard: Reading[] = [];
    service.watch((reading) => heard.push(reading)).change(GUESS);
    await vi.advanceTimersByTimeAsync(SAFETY_WATCH_DELAY_MS);
    const pause = await service.read(GUESS);
    expect(asked).toEqual([GUESS]);
    expect(pause.mindReading).toBe(true);
    expect(heard[0]).toBe(pause);
  });
});

describe('the detection worker', () => {
  it('answers over a real message channel with the same reading, passages and all', async () => {
    const worker = workerOverChannel();
    try {
      const read = overWorker(worker, () => {
        throw new Error('the main thread should not be asked');
      });
      const [urgent, guess] = await Promise.all([read(`Lunch was fine. ${URGENT}.`), read(GUESS)]);
      expect(urgent).toEqual(readWriting(`Lunch was fine. ${URGENT}.`));
      expect(urgent.level).toBe('urgent');
      expect(urgent.passages[0]?.words.has('anymore')).toBe(true);
      expect(guess.mindReading).toBe(true);
    } finally {
      worker.terminate();
    }
  });

  it('hands its readings to the main thread when the worker cannot run', async () => {
    const broken = new BrokenWorker();
    const { asked, reader } = counted();
    const read = overWorker(broken, reader);
    expect((await read(URGENT)).level).toBe('urgent');
    expect((await read('a quiet walk')).level).toBe('none');
    expect(asked).toEqual([URGENT, 'a quiet walk']);
    expect(broken.posted).toBe(1);
    expect(broken.terminated).toBe(true);
  });
});

/** A stand-in for the worker: the worker's own code on the far side of a MessageChannel (structured clone and all). */
function workerOverChannel(): WorkerLike {
  const { port1: page, port2: inWorker } = new MessageChannel();
  inWorker.addEventListener('message', (event: MessageEvent<DetectionAsk>) => {
    inWorker.postMessage(answer(event.data));
  });
  inWorker.start();
  return {
    postMessage: (ask: DetectionAsk) => page.postMessage(ask),
    addEventListener: (type: 'message' | 'error' | 'messageerror', listener: (event: never) => void) => {
      if (type === 'message') {
        page.addEventListener('message', listener as (event: MessageEvent<DetectionAnswer>) => void);
        page.start();
      }
    },
    terminate: () => {
      page.close();
      inWorker.close();
    },
  };
}

/** A worker whose script could not load: it reports an error, as a browser does. */
class BrokenWorker implements WorkerLike {
  posted = 0;
  terminated = false;
  readonly #onError: ((event: MessageEvent<DetectionAnswer>) => void)[] = [];
  addEventListener(type: 'message', listener: (event: MessageEvent<DetectionAnswer>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  addEventListener(type: string, listener: (event: MessageEvent<DetectionAnswer>) => void): void {
    if (type === 'error') this.#onError.push(listener);
  }
  postMessage(): void {
    this.posted++;
    queueMicrotask(() => this.#onError.forEach((listener) => listener(new MessageEvent('error'))));
  }
  terminate(): void {
    this.terminated = true;
  }
}
