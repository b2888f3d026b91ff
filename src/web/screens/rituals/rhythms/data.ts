import { useQuery, useQueryClient } from '@tanstack/react-query';
import { addDays, format, parseISO } from 'date-fns';
import type { RhythmDayPayload, RhythmIdealPayload } from '../../../../core/rituals/rhythmKinds.js';
import { firstTemplate, onePerDay, realDayKey } from '../../../../core/rituals/rhythms.js';
import type { Api, RecordPage, SavedRecord } from '../../../api/client.js';
import { ProblemError } from '../../../api/problem.js';
import { useApi } from '../../../app/session.js';
import { recordKeys, searchKeys } from '../../../data/keys.js';
import { kept, useAllRecords, useLatestRecord, type Kept } from '../../../data/records.js';

/** The person's ideal week (one record, or none yet). */
export function useIdeal() {
  return useLatestRecord('rhythm_ideal');
}

/** The templates to show: the saved ones, or a first empty "Every day". */
export function idealTemplates(
  ideal: Kept<'rhythm_ideal'> | null | undefined,
): RhythmIdealPayload['templates'] {
  return ideal?.payload.templates ?? [{ ...firstTemplate(), days: [...firstTemplate().days], blocks: [] }];
}

/** Every adjustment chosen, newest first. */
export function useAdjustments() {
  return useAllRecords('rhythm_adjustment');
}

/** The real days recorded from `from` (a `yyyy-MM-dd` date) on, one per date. */
export function useRealDays(from: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...recordKeys.kind('rhythm_day'), 'since', from],
    queryFn: async ({ signal }) => {
      const all: SavedRecord<'rhythm_day'>[] = [];
      let cursor: string | null = null;
      do {
        const page: RecordPage<'rhythm_day'> = await api.records.list<'rhythm_day'>(
          { kind: 'rhythm_day', from: `${from}T00:00:00.000Z`, limit: 200, ...(cursor ? { cursor } : {}) },
          signal,
        );
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return onePerDay(kept(all).map((k) => ({ ...k, day: k.payload.day, updatedAt: k.record.updatedAt })));
    },
  });
}

/** The record kept for one date, if any (the one changed last, should a second have slipped in). */
async function findRealDay(api: Api, day: string, signal?: AbortSignal) {
  const next = format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
  const page = await api.records.list<'rhythm_day'>(
    { kind: 'rhythm_day', from: `${day}T00:00:00.000Z`, to: `${next}T00:00:00.000Z`, limit: 200 },
    signal,
  );
  const found = onePerDay(
    kept(page.items)
      .filter((k) => k.payload.day === day)
      .map((k) => ({ ...k, day: k.payload.day, updatedAt: k.record.updatedAt })),
  );
  return found[0] ?? null;
}

export function useRealDay(day: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...recordKeys.kind('rhythm_day'), 'day', day],
    queryFn: ({ signal }) => findRealDay(api, day, signal),
  });
}

/**
 * Saves the note of one real day: filed at the date's own instant
 * (`realDayKey`), looked up by it, and changed in place when it exists,
 * created when it does not. The database keeps one per date (the kind is
 * `unique` by its day): should another device have noted the same date
 * since it was looked up, the create is refused and that note is changed
 * instead. Readers still keep the one changed last, for notes kept before
 * the database held the rule.
 */
export function useSaveRealDay() {
  const api = useApi();
  const client = useQueryClient();
  return async (payload: RhythmDayPayload) => {
    const occurredAt = realDayKey(payload.day);
    const save = async () => {
      const held = await findRealDay(api, payload.day);
      return held
        ? api.records.update(held.record.id, { payload, occurredAt })
        : api.records.create({ kind: 'rhythm_day', payload, occurredAt });
    };
    const record = await save().catch((error: unknown) => {
      if (error instanceof ProblemError && error.status === 409) return save();
      throw error;
    });
    await Promise.all([
      client.invalidateQueries({ queryKey: recordKeys.kind('rhythm_day') }),
      client.invalidateQueries({ queryKey: searchKeys.kind('rhythm_day') }),
    ]);
    return record;
  };
}
