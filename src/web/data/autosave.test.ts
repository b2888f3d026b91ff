import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosaver, type AutosaverOptions, type SaveStatus } from './autosave.js';

/** A pretend server and device: what was saved, which drafts exist, which statuses were shown. */
function world(fail: (call: number) => Error | undefined = () => undefined) {
  const saves: { value: string; id: string | null }[] = [];
  const drafts = new Map<string, string>();
  const statuses: SaveStatus[] = [];
  const created: string[] = [];
  const options: AutosaverOptions<string> = {
    save: async (value, id) => {
      saves.push({ value, id });
      const error = fail(saves.length);
      if (error) throw error;
      return id ?? 'entry-1';
    },
    isEmpty: (value) => value.trim() === '',
    keepDraft: (id, value) => drafts.set(id ?? 'new', value),
    dropDraft: (id) => drafts.delete(id ?? 'new'),
    onStatus: (status) => statuses.push(status),
    onCreated: (id) => created.push(id),
    isPermanent: (error) => error instanceof Error && error.message === 'refused',
  };
  return { saves, drafts, statuses, created, options };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('saving as it is written', () => {
  it('keeps a draft at once, then creates the entry after a quiet moment and updates it later', async () => {
    const w = world();
    const saver = createAutosaver({ id: null, value: '', dirty: false }, w.options);
    saver.change('I');
    saver.change('I made soup');
    expect(w.drafts.get('new')).toBe('I made soup');
    expect(w.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(799);
    expect(w.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.saves).toEqual([{ value: 'I made soup', id: null }]);
    expect(w.created).toEqual(['entry-1']);
    expect(w.drafts.size).toBe(0);
    expect(saver.id()).toBe('entry-1');
    saver.change('I made soup and read');
    expect(w.drafts.get('entry-1')).toBe('I made soup and read');
    await vi.advanceTimersByTimeAsync(800);
    expect(w.saves[1]).toEqual({ value: 'I made soup and read', id: 'entry-1' });
    expect(w.statuses.at(-1)).toBe('saved');
  });

  it('does not create an entry with nothing in it', async () => {
    const w = world();
    const saver = createAutosaver({ id: null, value: '', dirty: false }, w.options);
    saver.change('   ');
    await vi.advanceTimersByTimeAsync(1000);
    expect(w.saves).toEqual([]);
    expect(w.statuses.at(-1)).toBe('nothing');
  });

  it('keeps the draft and retries with growing gaps while the server is away', async () => {
    const w = world((call) => (call <= 2 ? new Error('offline') : undefined));
    const saver = createAutosaver({ id: 'e', value: 'old', dirty: false }, w.options);
    saver.change('new words');
    await vi.advanceTimersByTimeAsync(800);
    expect(w.statuses.at(-1)).toBe('retrying');
    expect(w.drafts.get('e')).toBe('new words');
    await vi.advanceTimersByTimeAsync(2000);
    expect(w.saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3999);
    expect(w.saves).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.saves).toHaveLength(3);
    expect(w.statuses.at(-1)).toBe('saved');
    expect(w.drafts.has('e')).toBe(false);
  });

  it('stops retrying when the server refuses the content, and tries again after the next change', async () => {
    const w = world((call) => (call === 1 ? new Error('refused') : undefined));
    const saver = createAutosaver({ id: 'e', value: '', dirty: false }, w.options);
    saver.change('too much');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(w.saves).toHaveLength(1);
    expect(w.statuses.at(-1)).toBe('stuck');
    saver.change('just right');
    await vi.advanceTimersByTimeAsync(800);
    expect(w.saves.at(-1)).toEqual({ value: 'just right', id: 'e' });
    expect(w.statuses.at(-1)).toBe('saved');
  });

  it('saves again when words arrive while a save is under way, and flush waits for both', async () => {
    let release: () => void = () => {};
    const w = world();
    const slow: AutosaverOptions<string> = {
      ...w.options,
      save: (value, id) => {
        w.saves.push({ value, id });
        return new Promise((resolve) => {
          release = () => resolve(id ?? 'entry-1');
        });
      },
    };
    const saver = createAutosaver({ id: null, value: '', dirty: false }, slow);
    saver.change('first');
    await vi.advanceTimersByTimeAsync(800);
    saver.change('first and second');
    expect(w.drafts.get('new')).toBe('first and second');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(w.drafts.get('entry-1')).toBe('first and second');
    const flushed = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    expect(w.saves.map((s) => s.value)).toEqual(['first', 'first and second']);
    expect(w.saves[1]?.id).toBe('entry-1');
    expect(w.drafts.size).toBe(0);
  });

  it('a restored draft is sent on the first flush', async () => {
    const w = world();
    const saver = createAutosaver({ id: 'e', value: 'from the draft', dirty: true }, w.options);
    await saver.flush();
    expect(w.saves).toEqual([{ value: 'from the draft', id: 'e' }]);
  });

  it('makes one last attempt when the editor closes, then no retries that could overwrite newer words', async () => {
    const w = world(() => new Error('offline'));
    const saver = createAutosaver({ id: 'e', value: 'old', dirty: false }, w.options);
    saver.change('words from before');
    await saver.dispose();
    expect(w.saves).toEqual([{ value: 'words from before', id: 'e' }]);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(w.saves).toHaveLength(1);
    expect(w.drafts.get('e')).toBe('words from before');
  });

  it('a closed editor that comes back on screen saves as before', async () => {
    const w = world((call) => (call === 1 ? new Error('offline') : undefined));
    const saver = createAutosaver({ id: 'e', value: 'old', dirty: false }, w.options);
    saver.change('first');
    await saver.dispose();
    saver.change('first, then more');
    await vi.advanceTimersByTimeAsync(800);
    expect(w.saves.map((s) => s.value)).toEqual(['first', 'first, then more']);
    expect(w.statuses.at(-1)).toBe('saved');
  });
});
