// @vitest-environment jsdom
import { act, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectRisk } from '../../core/safety/detector.js';
import { TextArea } from '../components/TextArea.js';
import { TextField } from '../components/TextField.js';
import { createDetectionService, DetectionContext } from './detection.js';
import { assessPassages, samePassage, wordsOf } from './passages.js';
import { readWriting } from './readWriting.js';
import {
  initialWatchState,
  SAFETY_WATCH_DELAY_MS,
  useSafetyWatch,
  watchReducer,
  type SafetyWatch,
  type WatchState,
} from './useSafetyWatch.js';

const URGENT = 'i dont want to be here anymore, everyone would be better off without me';
const CONCERN = 'i feel so tired and alone, nothing matters';
const IDIOM = 'this commute is killing me';

/** The page's detection service with the real reading run in place of the worker; one per test. */
let detection = createDetectionService(() => readWriting);
beforeEach(() => {
  detection = createDetectionService(() => readWriting);
});

function withDetection(children: ReactNode) {
  return <DetectionContext value={detection}>{children}</DetectionContext>;
}

/** Lets time pass, and the readings it brings arrive. */
async function pass(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('passages', () => {
  it('counts a sentence being finished or a typo mended as the same passage', () => {
    expect(samePassage(wordsOf('i dont want to be here'), wordsOf(URGENT))).toBe(true);
    expect(samePassage(wordsOf(URGENT), wordsOf(URGENT.replace('anymore', 'anymor')))).toBe(true);
    expect(samePassage(wordsOf("I don't want to be here"), wordsOf('i dont want to be here'))).toBe(true);
  });

  it('tells a different passage apart', () => {
    expect(samePassage(wordsOf(CONCERN), wordsOf(URGENT))).toBe(false);
    expect(samePassage(wordsOf(''), wordsOf(URGENT))).toBe(false);
  });

  it('keeps only the sentences that raised something, as words', () => {
    const reading = assessPassages(`Lunch was fine. ${URGENT}. The cat slept all day.`, detectRisk);
    expect(reading.level).toBe('urgent');
    expect(reading.passages).toHaveLength(1);
    expect(reading.passages[0]?.words.has('lunch')).toBe(false);
  });
});

describe('the watch, step by step', () => {
  const read = (state: WatchState, text: string, mode: 'standard' | 'gentle' = 'standard') =>
    watchReducer(state, { type: 'assessed', assessment: assessPassages(text, detectRisk), mode });

  it('shows nothing for an idiom or ordinary writing', () => {
    expect(read(initialWatchState, IDIOM).shown).toBe('none');
    expect(read(initialWatchState, 'we walked by the river and had soup').shown).toBe('none');
  });

  it('does not offer again for a passage the person already hid, even as they keep writing', () => {
    let state = read(initialWatchState, CONCERN);
    expect(state.shown).toBe('concern');
    state = watchReducer(state, { type: 'dismissed' });
    expect(state.shown).toBe('none');
    state = read(state, `${CONCERN}. I made some tea`);
    expect(state.shown).toBe('none');
    state = read(state, `${CONCERN.replace('tired', 'tird')}. I made some tea and sat down`);
    expect(state.shown).toBe('none');
  });

  it('shows the urgent notice when writing turns urgent after a concern was hidden', () => {
    let state = watchReducer(read(initialWatchState, CONCERN), { type: 'dismissed' });
    state = read(state, `${CONCERN}. ${URGENT}`);
    expect(state.shown).toBe('urgent');
  });

  it('rises from concern to urgent without being hidden first', () => {
    let state = read(initialWatchState, CONCERN);
    state = read(state, `${CONCERN}. ${URGENT}`);
    expect(state.shown).toBe('urgent');
    expect(state.categories).toContain('suicidal_thoughts');
  });

  it('offers again for a new heavy passage after an earlier one was hidden', () => {
    let state = watchReducer(read(initialWatchState, CONCERN), { type: 'dismissed' });
    state = read(state, `${CONCERN}. Later on. I feel hopeless about all of it`);
    expect(state.shown).toBe('concern');
  });

  it('keeps help in view when the words that raised it are deleted', () => {
    let state = read(initialWatchState, URGENT);
    state = read(state, '');
    expect(state.shown).toBe('urgent');
  });

  it('in gentle mode, offers nothing for heaviness but still shows urgent', () => {
    expect(read(initialWatchState, CONCERN, 'gentle').shown).toBe('none');
    expect(read(initialWatchState, URGENT, 'gentle').shown).toBe('urgent');
  });
});

describe('useSafetyWatch', () => {
  let container: HTMLElement;
  let root: Root;
  let watch: SafetyWatch | undefined;

  function Probe({ enabled = true }: { enabled?: boolean }) {
    watch = useSafetyWatch({ enabled });
    return <p data-level={watch.level} />;
  }

  beforeEach(() => {
    vi.useFakeTimers();
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => {
      root.unmount();
    });
    container.remove();
    vi.useRealTimers();
  });

  const level = () => container.querySelector('[data-level]')?.getAttribute('data-level');

  it('waits for a pause in typing before reading', async () => {
    act(() => {
      root.render(withDetection(<Probe />));
    });
    act(() => {
      watch?.onText(URGENT.slice(0, 20));
    });
    await pass(SAFETY_WATCH_DELAY_MS - 100);
    act(() => {
      watch?.onText(URGENT);
    });
    await pass(SAFETY_WATCH_DELAY_MS - 100);
    expect(level()).toBe('none');
    await pass(100);
    expect(level()).toBe('urgent');
  });

  it('does nothing when switched off', async () => {
    act(() => {
      root.render(withDetection(<Probe enabled={false} />));
    });
    act(() => {
      watch?.onText(URGENT);
    });
    await pass(SAFETY_WATCH_DELAY_MS * 2);
    expect(level()).toBe('none');
  });

  it('after hiding, stays hidden for the same passage and returns when it turns urgent', async () => {
    act(() => {
      root.render(withDetection(<Probe />));
    });
    act(() => {
      watch?.onText(CONCERN);
    });
    await pass(SAFETY_WATCH_DELAY_MS);
    expect(level()).toBe('concern');
    act(() => {
      watch?.dismiss();
    });
    act(() => {
      watch?.onText(`${CONCERN} today`);
    });
    await pass(SAFETY_WATCH_DELAY_MS);
    expect(level()).toBe('none');
    act(() => {
      watch?.onText(`${CONCERN} today. ${URGENT}`);
    });
    await pass(SAFETY_WATCH_DELAY_MS);
    expect(level()).toBe('urgent');
  });
});

describe('safety-aware fields', () => {
  let container: HTMLElement;
  let root: Root;

  beforeEach(() => {
    vi.useFakeTimers();
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => {
      root.unmount();
    });
    container.remove();
    vi.useRealTimers();
  });

  function Journal({ safetyAware }: { safetyAware?: boolean }) {
    const [text, setText] = useState('');
    return (
      <TextArea
        id="entry"
        label="Today"
        value={text}
        onChange={(event) => setText(event.target.value)}
        {...(safetyAware === undefined ? {} : { safetyAware })}
      />
    );
  }

  /** Renders a journal field on the page and returns its textarea. */
  function openJournal(): HTMLTextAreaElement {
    act(() => {
      root.render(withDetection(<Journal />));
    });
    const field = container.querySelector('textarea');
    if (!field) throw new Error('no textarea');
    return field;
  }

  /** The button in `scope` whose text is `text`. */
  function button(text: string, scope: ParentNode = container): HTMLButtonElement | undefined {
    return [...scope.querySelectorAll('button')].find((b) => b.textContent === text);
  }

  /** Types as React sees it: the native setter, then an input event. */
  function type(field: HTMLTextAreaElement | HTMLInputElement, text: string) {
    const proto =
      field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    act(() => {
      Reflect.set(proto, 'value', text, field);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('shows the urgent notice beside the writing, keeps the text and the focus, and announces once', async () => {
    const field = openJournal();
    field.focus();
    type(field, URGENT);
    expect(container.querySelector('[role="region"]')).toBeNull();
    await pass(SAFETY_WATCH_DELAY_MS);

    const notice = container.querySelector('[role="region"]');
    expect(notice).not.toBeNull();
    const name = document.getElementById(notice?.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(name).toMatch(/alone/);
    expect(notice?.querySelector('a[href^="tel:"], a[href^="https:"]')).not.toBeNull();
    expect(field.value).toBe(URGENT);
    expect(document.activeElement).toBe(field);
    const assertive = container.querySelector('[aria-live="assertive"]');
    expect(assertive?.textContent).not.toBe('');

    const announced = assertive?.textContent;
    type(field, `${URGENT} and more`);
    await pass(SAFETY_WATCH_DELAY_MS);
    expect(assertive?.textContent).toBe(announced);
    expect(field.value).toBe(`${URGENT} and more`);
  });

  it('reads at once when the person leaves the field, without waiting for the pause', async () => {
    const field = openJournal();
    field.focus();
    type(field, URGENT);
    await act(async () => {
      field.blur();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(container.querySelector('[role="region"]')).not.toBeNull();
  });

  it('"Skip to help" moves focus into the notice, and hiding it returns focus to the writing', async () => {
    const field = openJournal();
    type(field, URGENT);
    await pass(SAFETY_WATCH_DELAY_MS);
    act(() => {
      button('Skip to help')?.click();
    });
    const notice = container.querySelector('[role="region"]');
    expect(document.activeElement).toBe(notice);
    const hide = button('Hide this');
    hide?.focus();
    act(() => {
      hide?.click();
    });
    expect(container.querySelector('[role="region"]')).toBeNull();
    expect(document.activeElement).toBe(field);
  });

  it('starts compact, with the contacts showing, and opens out to every word of help on a tap', async () => {
    const field = openJournal();
    field.focus();
    type(field, URGENT);
    await pass(SAFETY_WATCH_DELAY_MS);
    const notice = container.querySelector<HTMLElement>('[role="region"]');
    if (!notice) throw new Error('no notice');
    const shown = (text: string) =>
      [...notice.querySelectorAll('p')].some((p) => p.textContent.includes(text) && !p.closest('[hidden]'));
    const contacts = [...notice.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].filter(
      (a) => !a.closest('[hidden]'),
    );
    expect(contacts.length).toBeGreaterThan(0);
    expect(shown('sounds really hard')).toBe(false);
    expect(shown('If you are in danger right now')).toBe(false);

    const more = button('More help', notice);
    expect(more?.getAttribute('aria-expanded')).toBe('false');
    act(() => {
      more?.click();
    });
    expect(more?.getAttribute('aria-expanded')).toBe('true');
    expect(more?.textContent).toBe('Show less');
    expect(shown('sounds really hard')).toBe(true);
    expect(shown('If you are in danger right now')).toBe(true);
    expect(shown('Your writing stays just as it is')).toBe(true);
    for (const id of more?.getAttribute('aria-controls')?.split(' ') ?? []) {
      expect(document.getElementById(id)).not.toBeNull();
    }
    // Opening it out was the person's own tap; the writing is untouched.
    expect(field.value).toBe(URGENT);
  });

  it('"Skip to help" opens the notice out as well', async () => {
    const field = openJournal();
    type(field, URGENT);
    await pass(SAFETY_WATCH_DELAY_MS);
    act(() => {
      button('Skip to help')?.click();
    });
    const notice = container.querySelector('[role="region"]');
    expect(notice?.hasAttribute('data-expanded')).toBe(true);
    expect(notice?.querySelector('[aria-expanded="true"]')).not.toBeNull();
  });

  it('shows nothing for an idiom, or when the field is not free writing', async () => {
    const field = openJournal();
    type(field, IDIOM);
    await pass(SAFETY_WATCH_DELAY_MS);
    expect(container.querySelector('[role="region"]')).toBeNull();

    act(() => {
      root.render(withDetection(<TextField label="Account name" safetyAware={false} />));
    });
    const input = container.querySelector('input');
    if (!input) throw new Error('no input');
    type(input, URGENT);
    await pass(SAFETY_WATCH_DELAY_MS);
    expect(container.querySelector('[role="region"]')).toBeNull();
    expect(container.querySelector('[aria-live]')).toBeNull();

    act(() => {
      root.render(withDetection(<TextField label="Search your journal" type="search" />));
    });
    const search = container.querySelector('input');
    if (!search) throw new Error('no search box');
    type(search, URGENT);
    await pass(SAFETY_WATCH_DELAY_MS);
    expect(search.dataset.safetyAware).toBe('false');
    expect(container.querySelector('[role="region"]')).toBeNull();
  });
});
