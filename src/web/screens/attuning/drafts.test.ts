// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearDraft,
  dismissNudgeFor,
  draftKey,
  mindReadingNudgeOn,
  newerDraft,
  nudgeDismissedFor,
  readDraft,
  setMindReadingNudge,
  writeDraft,
} from './drafts.js';

const asText = (value: unknown) => (typeof value === 'string' ? value : undefined);

beforeEach(() => window.localStorage.clear());

describe('drafts on this device', () => {
  it('keeps a draft per person and reads it back', () => {
    const key = draftKey('u1', 'journal.new');
    expect(key).toBe('haven.draft.u1.journal.new');
    expect(writeDraft(window.localStorage, key, 'half a sentence', 1000)).toBe(true);
    expect(readDraft(window.localStorage, key, asText)).toEqual({ savedAt: 1000, value: 'half a sentence' });
    expect(readDraft(window.localStorage, draftKey('u2', 'journal.new'), asText)).toBeUndefined();
    clearDraft(window.localStorage, key);
    expect(readDraft(window.localStorage, key, asText)).toBeUndefined();
  });

  it('ignores drafts that are broken or no longer fit', () => {
    window.localStorage.setItem('a', 'not json');
    window.localStorage.setItem('b', JSON.stringify({ savedAt: 'soon', value: 'x' }));
    window.localStorage.setItem('c', JSON.stringify({ savedAt: 5, value: 42 }));
    for (const key of ['a', 'b', 'c', 'missing'])
      expect(readDraft(window.localStorage, key, asText)).toBeUndefined();
    expect(readDraft(undefined, 'a', asText)).toBeUndefined();
    expect(writeDraft(undefined, 'a', 'x')).toBe(false);
  });

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
