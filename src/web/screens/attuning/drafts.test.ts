// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { dismissNudgeFor, mindReadingNudgeOn, nudgeDismissedFor, setMindReadingNudge } from './drafts.js';

beforeEach(() => window.localStorage.clear());

describe('the mind-reading pause preference', () => {
  it('is on until turned off, and can be turned on again', () => {
    expect(mindReadingNudgeOn(window.localStorage)).toBe(true);
    setMindReadingNudge(window.localStorage, false);
    expect(window.localStorage.getItem('haven.mindReadingNudge')).toBe('off');
    expect(mindReadingNudgeOn(window.localStorage)).toBe(false);
    setMindReadingNudge(window.localStorage, true);
    expect(mindReadingNudgeOn(window.localStorage)).toBe(true);
  });

  it('remembers "not now" per entry', () => {
    expect(nudgeDismissedFor(window.localStorage, 'e1')).toBe(false);
    dismissNudgeFor(window.localStorage, 'e1');
    dismissNudgeFor(window.localStorage, 'e1');
    expect(nudgeDismissedFor(window.localStorage, 'e1')).toBe(true);
    expect(nudgeDismissedFor(window.localStorage, 'e2')).toBe(false);
    expect(JSON.parse(window.localStorage.getItem('haven.mindReadingNudge.dismissed') ?? '')).toEqual(['e1']);
  });
});
