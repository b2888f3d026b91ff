import type { Generated } from 'kysely';

/** Times are milliseconds since the epoch, stored as 64-bit integers on both dialects. */
export interface UsersTable {
  id: string;
  /** The account name, folded to lower case: unique, used to sign in. */
  name_key: string;
  name: string;
  created_at: number;
  /** argon2id parameters used for this person's passphrase key, as JSON. */
  kdf_params: string;
  passphrase_salt: Buffer;
  key_by_passphrase: Buffer;
  recovery_salt: Buffer;
  key_by_recovery: Buffer;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is never stored. */
  id: string;
  user_id: string;
  key_by_session: Buffer;
  device: string;
  created_at: number;
  last_seen_at: number;
}

export interface RecordsTable {
  user_id: string;
  id: string;
  kind: string;
  occurred_at: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  version: number;
  payload: Buffer;
  /**
   * 1 when the record's kind is one per person (`singleton` in its kind's
   * declaration), else 0. Set by the records repository when a record is
   * first stored, and never changed: a partial unique index over the live
   * ones (`records_one_live_per_person`) keeps each person to one.
   */
  singleton: Generated<number>;
  /**
   * For kinds whose records must not repeat each other (`unique` in the
   * kind's declaration, such as a profile item): HMAC-SHA256, under a key
   * derived from the person's data key, of what must not repeat; never the
   * words. A partial unique index over the live ones
   * (`records_unique_live`) refuses a second live record with the same one.
   * Null for every other kind.
   */
  unique_key: Generated<string | null>;
}

export interface AuthFailuresTable {
  id: Generated<number>;
  /**
   * HMAC-SHA256, under the server secret, of what was limited (an account name
   * and an address, an address, a session...): never the value, nor a plain
   * hash of it that could be reversed by trying every address.
   */
  key: string;
  at: number;
}

/** A browser a person has signed in on, so others' failures do not slow them there. */
export interface KnownBrowsersTable {
  /** HMAC-SHA256 keyed by the browser's random id, of the user id: two people's rows for one browser do not match. */
  id: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
}

/** At most one row: the throttling secret of a hosted server given no HAVEN_SECRET. */
export interface ServerSecretTable {
  id: number;
  secret: Buffer;
  created_at: number;
}

/**
 * A person's calendar feed of rituals: one random feed key seals the titles
 * (`entries`), wrapped under the data key (so a session can rewrite them) and
 * under a key derived from the feed's URL token (so the URL can read them).
 */
export interface RitualFeedsTable {
  user_id: string;
  /** SHA-256 of the URL token; the token itself is kept only sealed under the data key. */
  token_hash: string;
  token_by_data: Buffer;
  key_by_data: Buffer;
  key_by_token: Buffer;
  entries: Buffer;
  created_at: number;
  updated_at: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  records: RecordsTable;
  auth_failures: AuthFailuresTable;
  known_browsers: KnownBrowsersTable;
  server_secret: ServerSecretTable;
  ritual_feeds: RitualFeedsTable;
}
