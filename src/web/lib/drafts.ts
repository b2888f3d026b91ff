import { importDraftKey, openDraft, sealDraft } from './draft-crypto.js';
import { deviceStorage } from './storage.js';

/**
 * Drafts of writing not yet on the server, so a reload, a crash or a lost
 * connection never loses a word. They live in memory while the session lasts,
 * and in localStorage only sealed under the session's draft key (see
 * draft-crypto.ts), which this page never stores. When the session ends every
 * stored draft is removed; what is left of a session that ended unseen (a
 * closed tab) cannot be opened, and goes at the next start.
 */
export interface Draft<T> {
  /** When the draft was written, in milliseconds since the epoch. */
  savedAt: number;
  value: T;
}

/** One person's drafts, by place ("checkin", "journal.new", ...). Another person's calls find nothing. */
export interface Drafts {
  /** A draft, or undefined when there is none or it no longer fits what `parse` expects. */
  read<T>(userId: string, place: string, parse: (value: unknown) => T | undefined): Draft<T> | undefined;
  /** Keeps a draft; false when it lives in memory only (no session key, or no storage on this device). */
  write(userId: string, place: string, value: unknown, now?: number): boolean;
  clear(userId: string, place: string): void;
}

export interface DraftKeeper extends Drafts {
  /** A session began (or was confirmed): opens the person's stored drafts with its key. */
  open(userId: string, draftKey: string): Promise<void>;
  /**
   * The session expired, and the same person may sign straight back in:
   * storage is cleared and the key forgotten, the drafts stay in memory only,
   * to be sealed again under the next session's key if that person returns.
   */
  suspend(): void;
  /** The session ended (locked, signed out, deleted) or there is none: nothing of anyone's is kept. */
  end(): void;
}

/**
 * Which words to open an entry with: the local draft when it is newer than
 * the server's copy and says something different, otherwise the server's.
 */
export function newerDraft<T>(
  server: { updatedAt: string; value: T } | undefined,
  draft: Draft<T> | undefined,
  same: (a: T, b: T) => boolean,
): T | undefined {
  if (!draft) return undefined;
  if (!server) return draft.value;
  const serverTime = Date.parse(server.updatedAt);
  if (Number.isFinite(serverTime) && draft.savedAt <= serverTime) return undefined;
  return same(draft.value, server.value) ? undefined : draft.value;
}

/** Where a sealed draft is stored; for tests. */
export function storedDraftName(userId: string, place: string): string {
  return `${SEALED_PREFIX}${userId}.${place}`;
}

export function createDraftKeeper(storage: () => Storage | undefined = deviceStorage): DraftKeeper {
  const memory = new Map<string, Draft<unknown>>();
  let owner: string | null = null;
  let key: CryptoKey | null = null;
  // Bumped whenever the key changes, so a seal finishing late never writes under an old session.
  let generation = 0;
  const latest = new Map<string, number>();
  let tickets = 0;

  const persist = (place: string) => {
    const draft = memory.get(place);
    if (!draft || !key || owner === null) return;
    const ticket = ++tickets;
    latest.set(place, ticket);
    const at = { generation, owner };
    sealDraft(key, owner, place, JSON.stringify(draft)).then(
      (sealed) => {
        if (at.generation !== generation || latest.get(place) !== ticket) return;
        try {
          storage()?.setItem(storedDraftName(at.owner, place), sealed);
        } catch {
          // Full or blocked storage: the draft stays in memory.
        }
      },
      () => undefined,
    );
  };

  const forget = () => {
    generation += 1;
    key = null;
    latest.clear();
    removeStoredDrafts(storage(), () => true);
  };

  return {
    read(userId, place, parse) {
      if (userId !== owner) return undefined;
      const draft = memory.get(place);
      if (!draft) return undefined;
      const value = parse(draft.value);
      return value === undefined ? undefined : { savedAt: draft.savedAt, value };
    },

    write(userId, place, value, now = Date.now()) {
      if (userId !== owner) return false;
      memory.set(place, { savedAt: now, value });
      persist(place);
      return key !== null && storage() !== undefined;
    },

    clear(userId, place) {
      if (userId !== owner) return;
      memory.delete(place);
      latest.delete(place);
      try {
        storage()?.removeItem(storedDraftName(userId, place));
      } catch {
        // Nothing to clear.
      }
    },

    async open(userId, draftKey) {
      generation += 1;
      const opening = generation;
      if (userId !== owner) memory.clear();
      owner = userId;
      key = null;
      // Without WebCrypto (a page served over plain http) drafts live in memory only.
      const sessionKey = await importDraftKey(draftKey).catch(() => null);
      const store = storage();
      const found = await readStoredDrafts(store, userId, sessionKey);
      if (opening !== generation) return;
      for (const [place, draft] of found) {
        const current = memory.get(place);
        if (!current || current.savedAt < draft.savedAt) memory.set(place, draft);
      }
      // Anyone else's, unsealed ones, and any this key cannot open are no one's to read now.
      removeStoredDrafts(store, (name) => !found.has(placeOf(name, userId) ?? ''));
      key = sessionKey;
      for (const place of memory.keys()) persist(place);
    },

    suspend() {
      forget();
    },

    end() {
      forget();
      owner = null;
      memory.clear();
    },
  };
}

const SEALED_PREFIX = 'haven.sealed-draft.';
/** Where earlier versions kept drafts in the clear: read once into memory and sealed, then removed. */
const UNSEALED_PREFIX = 'haven.draft.';

function placeOf(name: string, userId: string): string | undefined {
  const prefix = `${SEALED_PREFIX}${userId}.`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

function unsealedPlaceOf(name: string, userId: string): string | undefined {
  const prefix = `${UNSEALED_PREFIX}${userId}.`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

function storedDraftNames(storage: Storage | undefined): string[] {
  const names: string[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const name = storage?.key(i);
      if (name && (name.startsWith(SEALED_PREFIX) || name.startsWith(UNSEALED_PREFIX))) names.push(name);
    }
  } catch {
    // Blocked storage holds nothing of ours.
  }
  return names;
}

async function readStoredDrafts(
  storage: Storage | undefined,
  userId: string,
  key: CryptoKey | null,
): Promise<Map<string, Draft<unknown>>> {
  const found = new Map<string, Draft<unknown>>();
  for (const name of storedDraftNames(storage)) {
    const sealedPlace = placeOf(name, userId);
    const unsealedPlace = unsealedPlaceOf(name, userId);
    let stored: string | null = null;
    try {
      stored = storage?.getItem(name) ?? null;
    } catch {
      continue;
    }
    if (!stored) continue;
    const text =
      sealedPlace === undefined
        ? unsealedPlace && stored
        : key && (await openDraft(key, userId, sealedPlace, stored));
    const draft = text ? asDraft(text) : undefined;
    const place = sealedPlace ?? unsealedPlace;
    const before = place === undefined ? undefined : found.get(place);
    if (draft && place !== undefined && (!before || before.savedAt < draft.savedAt)) found.set(place, draft);
  }
  return found;
}

function removeStoredDrafts(storage: Storage | undefined, which: (name: string) => boolean): void {
  for (const name of storedDraftNames(storage)) {
    if (!which(name)) continue;
    try {
      storage?.removeItem(name);
    } catch {
      // Blocked storage: nothing was kept there either.
    }
  }
}

function asDraft(text: string): Draft<unknown> | undefined {
  try {
    const stored: unknown = JSON.parse(text);
    if (typeof stored !== 'object' || stored === null || !('value' in stored)) return undefined;
    const savedAt = 'savedAt' in stored ? stored.savedAt : undefined;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
    return { savedAt, value: stored.value };
  } catch {
    return undefined;
  }
}
