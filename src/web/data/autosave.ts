import { toProblem } from '../api/client.js';

/**
 * The save loop of writing that saves as it is written (the journal, the
 * safety plan), apart from React so it can be tested on its own: every change
 * is kept as a local draft at once, then sent to the server after a quiet
 * moment. The first save creates the entry, later ones update it. A failed
 * save is retried with growing gaps while the editor is open, and the draft
 * stays until the server has the words.
 */

export type SaveStatus =
  /** Nothing written yet, so nothing to save. */
  | 'nothing'
  | 'saved'
  /** Changes are waiting for a quiet moment. */
  | 'waiting'
  | 'saving'
  /** The last try failed (offline, server away); another comes soon. */
  | 'retrying'
  /** The server said no in a way trying again will not fix; the next change tries again. */
  | 'stuck';

export interface AutosaverOptions<T> {
  /** Sends the value: creates when `id` is null, otherwise updates. Resolves to the entry's id. */
  save: (value: T, id: string | null) => Promise<string>;
  /** A new entry with nothing in it is not created. */
  isEmpty: (value: T) => boolean;
  keepDraft: (id: string | null, value: T) => void;
  dropDraft: (id: string | null) => void;
  onStatus: (status: SaveStatus, error?: unknown) => void;
  onCreated?: (id: string) => void;
  /**
   * Whether an error means retrying cannot help; by default, the server refused the content itself
   * (a 4xx other than 401, 408 or 429).
   */
  isPermanent?: (error: unknown) => boolean;
  delayMs?: number;
  /** The longest wait between retries. */
  maxRetryMs?: number;
}

export interface Autosaver<T> {
  change: (value: T) => void;
  /** Saves now if anything is unsaved, waiting for a save already under way. */
  flush: () => Promise<void>;
  /** Stops any planned save, for when the entry is being deleted. */
  cancel: () => void;
  /**
   * Leaving the editor: one last attempt if anything is unsaved, and no retries after it, since
   * a late retry could send these words over newer ones saved from the entry opened again. What
   * is still unsaved stays in the draft. A later `change` or `flush` (the editor back on screen)
   * saves as before.
   */
  dispose: () => Promise<void>;
  id: () => string | null;
}

/** What an editor shows before its first change: unsaved words brought back, a saved entry, or nothing yet. */
export function statusAtStart(start: { id: string | null; dirty: boolean }): SaveStatus {
  return start.dirty ? 'waiting' : start.id ? 'saved' : 'nothing';
}

export function createAutosaver<T>(
  start: { id: string | null; value: T; dirty: boolean },
  options: AutosaverOptions<T>,
): Autosaver<T> {
  const delay = options.delayMs ?? 800;
  const isPermanent = options.isPermanent ?? refusedByServer;
  const maxRetry = options.maxRetryMs ?? 30_000;
  let id = start.id;
  let latest = start.value;
  let dirty = start.dirty;
  let status = statusAtStart(start);
  let running: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let closed = false;

  const set = (next: SaveStatus, error?: unknown) => {
    status = next;
    options.onStatus(next, error);
  };
  // A closed editor plans nothing more: its one last attempt is made by `dispose`.
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!closed) timer = setTimeout(() => void flush(), ms);
  };

  async function attempt(): Promise<void> {
    const snapshot = latest;
    if (!id && options.isEmpty(snapshot)) {
      dirty = false;
      options.dropDraft(null);
      set('nothing');
      return;
    }
    dirty = false;
    set('saving');
    try {
      const savedId = await options.save(snapshot, id);
      if (!id) {
        id = savedId;
        options.dropDraft(null);
        options.onCreated?.(savedId);
      }
      failures = 0;
      if (dirty) {
        options.keepDraft(id, latest);
        set('waiting');
        schedule(delay);
      } else {
        options.dropDraft(id);
        set('saved');
      }
    } catch (error) {
      dirty = true;
      if (isPermanent(error)) {
        set('stuck', error);
        return;
      }
      failures += 1;
      set('retrying', error);
      schedule(Math.min(maxRetry, 1000 * 2 ** failures));
    }
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    while (running) await running;
    if (!dirty) return;
    running = attempt().finally(() => {
      running = null;
    });
    await running;
  }

  return {
    change(value) {
      closed = false;
      latest = value;
      dirty = true;
      options.keepDraft(id, value);
      if (status !== 'retrying') set('waiting');
      schedule(delay);
    },
    flush: () => {
      closed = false;
      return flush();
    },
    cancel() {
      clearTimeout(timer);
      dirty = false;
    },
    dispose() {
      closed = true;
      return flush();
    },
    id: () => id,
  };
}

function refusedByServer(error: unknown): boolean {
  const { status } = toProblem(error);
  return status >= 400 && status < 500 && ![401, 408, 429].includes(status);
}
