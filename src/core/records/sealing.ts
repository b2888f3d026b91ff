import { conflict, invalidInput } from '../errors.js';
import type { RecordKind } from './kind.js';

/**
 * Sealed records (a letter to myself, opened on a day of my choosing): the
 * rules, on a clock given in. The server's vault applies them on every read
 * and write path; nothing here trusts the browser's clock.
 */

/** When this payload opens, in ms, if it is still sealed at `now`; undefined when it may be read. */
export function sealedUntil(kind: RecordKind | undefined, payload: unknown, now: number): number | undefined {
  const until = kind?.sealing?.until(payload);
  if (until === undefined) return undefined;
  const at = Date.parse(until);
  return Number.isFinite(at) && at > now ? at : undefined;
}

/** The payload as it may be given out at `now`: a sealed one's view (when it opens, nothing written), else itself. */
export function shownPayload(kind: RecordKind | undefined, payload: unknown, now: number): unknown {
  if (!kind?.sealing || sealedUntil(kind, payload, now) === undefined) return payload;
  return kind.sealing.view(payload);
}

/**
 * Checks a payload about to be stored. A view is never stored (it would
 * replace the words with nothing); a new sealed record must open later than
 * `now`; a record still sealed is not changed.
 */
export function checkSealedWrite(
  kind: RecordKind,
  payload: unknown,
  now: number,
  write: 'create' | 'update' | 'import',
  stored?: unknown,
): void {
  const sealing = kind.sealing;
  if (!sealing) return;
  if (sealing.isView(payload)) {
    throw invalidInput('A sealed letter needs its words; an envelope alone cannot be kept.', [
      { path: 'payload', message: 'A sealed view, not a payload' },
    ]);
  }
  if (write === 'update' && stored !== undefined && sealedUntil(kind, stored, now) !== undefined) {
    throw conflict('This is sealed until the day you chose. You can open it now if you want to.');
  }
  if (write === 'create') {
    const until = sealing.until(payload);
    if (until !== undefined && !(Date.parse(until) > now)) {
      throw invalidInput('Choose a day still to come for it to open.', [
        { path: `payload.${sealing.untilField}`, message: 'Must be later than now' },
      ]);
    }
  }
}
