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
}

export interface AuthFailuresTable {
  id: Generated<number>;
  /** A hash of what was limited (an account name or an address), never the value itself. */
  key: string;
  at: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  records: RecordsTable;
  auth_failures: AuthFailuresTable;
}
