// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { importDraftKey, openDraft, sealDraft } from './draft-crypto.js';
import { createDraftKeeper, newerDraft, storedDraftName, type DraftKeeper } from './drafts.js';

const KEY = 'q83vEjRWeJASNFZ4kBI0VniQEjRWeJASNFZ4kBI0Vng';
const OTHER_KEY = 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8';
const WORDS = 'half a sentence about the river';
const asText = (value: unknown) => (typeof value === 'string' ? value : undefined);

beforeEach(async () => {
  // Seals an earlier test left under way land first.
  await settled();
  window.localStorage.clear();
});

describe('sealing a draft', () => {
  it('opens only with the same key, for the same person and place', async () => {
    const key = await importDraftKey(KEY);
    const sealed = await sealDraft(key, 'u1', 'checkin', WORDS);
    expect(sealed).not.toContain('river');
    await expect(openDraft(key, 'u1', 'checkin', sealed)).resolves.toBe(WORDS);
    await expect(
      openDraft(await importDraftKey(OTHER_KEY), 'u1', 'checkin', sealed),
    ).resolves.toBeUndefined();
    await expect(openDraft(key, 'u2', 'checkin', sealed)).resolves.toBeUndefined();
    await expect(openDraft(key, 'u1', 'journal.new', sealed)).resolves.toBeUndefined();
    await expect(openDraft(key, 'u1', 'checkin', sealed.slice(0, -2))).resolves.toBeUndefined();
    await expect(openDraft(key, 'u1', 'checkin', 'not a draft')).resolves.toBeUndefined();
  });

  it('refuses a key that is not 32 bytes', async () => {
    await expect(importDraftKey('c2hvcnQ')).rejects.toThrow();
    await expect(importDraftKey('not base64url!')).rejects.toThrow();
  });
});

describe('the drafts of a session', () => {
  it('keeps a draft sealed in storage and brings it back after a reload in the same session', async () => {
    const before = createDraftKeeper();
    await before.open('u1', KEY);
    expect(before.write('u1', 'journal.new', WORDS, 1000)).toBe(true);
    await settled();
    expect(storedText()).not.toContain('river');
    expect(window.localStorage.getItem(storedDraftName('u1', 'journal.new'))).not.toBeNull();

    const after = createDraftKeeper();
    await after.open('u1', KEY);
    expect(after.read('u1', 'journal.new', asText)).toEqual({ savedAt: 1000, value: WORDS });
    expect(after.read('u2', 'journal.new', asText)).toBeUndefined();
    expect(after.read('u1', 'journal.new', () => undefined)).toBeUndefined();
    after.clear('u1', 'journal.new');
    expect(after.read('u1', 'journal.new', asText)).toBeUndefined();
    expect(window.localStorage.length).toBe(0);
  });

  it('drops what another session sealed, since its key is gone', async () => {
    const old = await keeperWith('u1', KEY, WORDS);
    const next = createDraftKeeper();
    await next.open('u1', OTHER_KEY);
    expect(next.read('u1', 'checkin', asText)).toBeUndefined();
    expect(window.localStorage.length).toBe(0);
    expect(old.read('u1', 'checkin', asText)?.value).toBe(WORDS);
  });

  it('clears every draft from storage and memory when the session ends', async () => {
    const drafts = await keeperWith('u1', KEY, WORDS);
    window.localStorage.setItem('haven.theme', 'dark');
    drafts.end();
    expect(drafts.read('u1', 'checkin', asText)).toBeUndefined();
    expect(storedNames()).toEqual(['haven.theme']);
    // Writing after the end keeps nothing, and nothing reaches storage.
    expect(drafts.write('u1', 'checkin', WORDS)).toBe(false);
    await settled();
    expect(storedNames()).toEqual(['haven.theme']);
  });

  it('on expiry keeps drafts in memory only, sealing them again when the same person returns', async () => {
    const drafts = await keeperWith('u1', KEY, WORDS);
    drafts.suspend();
    expect(window.localStorage.length).toBe(0);
    expect(drafts.write('u1', 'checkin', `${WORDS} and on`, 2000)).toBe(false);
    await settled();
    expect(window.localStorage.length).toBe(0);

    await drafts.open('u1', OTHER_KEY);
    await settled();
    expect(drafts.read('u1', 'checkin', asText)?.value).toBe(`${WORDS} and on`);
    const reloaded = createDraftKeeper();
    await reloaded.open('u1', OTHER_KEY);
    expect(reloaded.read('u1', 'checkin', asText)?.value).toBe(`${WORDS} and on`);

    // Someone else signing in after an expiry finds nothing of the first person's.
    drafts.suspend();
    await drafts.open('u2', KEY);
    expect(drafts.read('u1', 'checkin', asText)).toBeUndefined();
    expect(drafts.read('u2', 'checkin', asText)).toBeUndefined();
    expect(window.localStorage.length).toBe(0);
  });

  it('a seal that finishes after the session ended writes nothing', async () => {
    const drafts = createDraftKeeper();
    await drafts.open('u1', KEY);
    drafts.write('u1', 'checkin', WORDS);
    drafts.end();
    await settled();
    expect(storedNames()).toEqual([]);
  });

  it('seals drafts an earlier version kept in the clear, and removes anyone else’s', async () => {
    window.localStorage.setItem('haven.draft.u1.checkin', JSON.stringify({ savedAt: 5, value: WORDS }));
    window.localStorage.setItem('haven.draft.u2.checkin', JSON.stringify({ savedAt: 5, value: 'theirs' }));
    const drafts = createDraftKeeper();
    await drafts.open('u1', KEY);
    await settled();
    expect(drafts.read('u1', 'checkin', asText)).toEqual({ savedAt: 5, value: WORDS });
    expect(storedNames()).toEqual([storedDraftName('u1', 'checkin')]);
    expect(storedText()).not.toContain('river');
    expect(storedText()).not.toContain('theirs');
  });

  it('keeps drafts in memory only where the browser offers no storage', async () => {
    const drafts = createDraftKeeper(() => undefined);
    await drafts.open('u1', KEY);
    expect(drafts.write('u1', 'checkin', WORDS)).toBe(false);
    expect(drafts.read('u1', 'checkin', asText)?.value).toBe(WORDS);
  });
});

async function keeperWith(userId: string, key: string, words: string): Promise<DraftKeeper> {
  const drafts = createDraftKeeper();
  await drafts.open(userId, key);
  drafts.write(userId, 'checkin', words, 1000);
  await settled();
  return drafts;
}

/** Lets sealing, which WebCrypto does off the main thread, finish. */
async function settled(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

function storedNames(): string[] {
  return Object.keys(window.localStorage).sort();
}

function storedText(): string {
  return storedNames()
    .map((name) => `${name}=${window.localStorage.getItem(name) ?? ''}`)
    .join('\n');
}

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
