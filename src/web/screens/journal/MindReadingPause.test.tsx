// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextArea } from '../../components/TextArea.js';
import { ToastProvider } from '../../components/Toast.js';
import { createDetectionService, DetectionContext, type ReadWriting } from '../../safety/detection.js';
import { readWriting } from '../../safety/readWriting.js';
import { MindReadingPause } from './MindReadingPause.js';

const GUESS = "Dinner was quiet. I bet she's annoyed with me.";
const URGENT = 'i dont want to be here anymore, everyone would be better off without me';
/** Past the writing field's pause and the mind-reading pause both. */
const QUIET = 2000;

describe('the mind-reading pause beside the writing', () => {
  let container: HTMLElement;
  let root: Root;
  let started: number;
  let asked: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    started = 0;
    asked = [];
    // The real reading, counted: how many times the page asked, and when it first started a reader.
    const reader: ReadWriting = (text) => {
      asked.push(text);
      return readWriting(text);
    };
    const detection = createDetectionService(() => {
      started++;
      return reader;
    });
    act(() => {
      root.render(
        <ToastProvider>
          <DetectionContext value={detection}>
            <Writing />
          </DetectionContext>
        </ToastProvider>,
      );
    });
  });

  afterEach(() => {
    act(() => {
      root.unmount();
    });
    container.remove();
    vi.useRealTimers();
  });

  function Writing() {
    const [body, setBody] = useState('');
    return (
      <>
        <TextArea label="Your writing" value={body} onChange={(event) => setBody(event.target.value)} />
        <MindReadingPause body={body} entryKey="new" onCheckin={() => undefined} />
      </>
    );
  }

  function write(text: string) {
    const field = container.querySelector('textarea');
    if (!field) throw new Error('no writing field');
    act(() => {
      Reflect.set(HTMLTextAreaElement.prototype, 'value', text, field);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  async function pass(ms: number) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(ms);
    });
  }

  const pause = () => container.querySelector('aside.mind-pause');

  it('reads nothing, and starts no reader, until something is written', async () => {
    await pass(QUIET);
    expect(started).toBe(0);
    expect(pause()).toBeNull();
  });

  it('offers the pause for a guess about someone else, from the one reading the writing field asked for', async () => {
    write(GUESS);
    await pass(QUIET);
    expect(pause()).not.toBeNull();
    expect(asked).toEqual([GUESS]);
  });

  it('stays quiet when the same writing is urgent, and the safety notice speaks alone', async () => {
    // The words do guess at someone else's mind, so only the urgency keeps the pause away.
    expect(readWriting(`${GUESS} ${URGENT}`).mindReading).toBe(true);
    write(`${GUESS} ${URGENT}`);
    await pass(QUIET);
    expect(container.querySelector('[role="region"]')).not.toBeNull();
    expect(pause()).toBeNull();
    expect(asked).toEqual([`${GUESS} ${URGENT}`]);
  });
});
