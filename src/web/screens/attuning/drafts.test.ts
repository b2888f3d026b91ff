// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  dismissNudgeFor,
  mindReadingNudgeOn,
  newerDraft,
  nudgeDismissedFor,
  setMindReadingNudge,
} from './drafts.js';

beforeEach(() => window.localStorage.clear());

describe('choosing between a draft and the server', () => {
  it('prefers a draft only when it is newer than the server copy and different', () => {
    const same = (a: string, b: string) => a === b;
    const server = { updatedAt: new Date(2000).toISOString(), value: 'saved' };
    expect(newerDraft(server, { savedAt: 3000, value: 'saved and more' }, same)).toBe('saved and more');
    expect(newerDraft(server, { savedAt: 1000, value: 'older' }, same)).toBeUndefined();
    expect(newerDraft(server, { savedAt: 3000, value: 'saved' }, same)).toBeUndefined();
    expect(newerDraft(undefined, { savedAt: 1, value: 'new entry' }, same)).toBe('new entry');
    expect(newerDraft(server, undefined, same)).toBeUndefined();
  });
});

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
