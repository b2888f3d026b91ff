import { useQuery } from '@tanstack/react-query';
import { addDays, format, parseISO } from 'date-fns';
import type { RhythmDayPayload, RhythmIdealPayload } from '../../../../core/rituals/rhythmKinds.js';
import { firstTemplate, realDayKey } from '../../../../core/rituals/rhythms.js';
import type { Api } from '../../../api/client.js';
import { ProblemError } from '../../../api/problem.js';
import { useApi } from '../../../app/session.js';
import { recordKeys } from '../../../data/keys.js';
import {
  fetchAll,
  kept,
  useAllRecords,
  useLatestRecord,
  useRecordChanges,
  type Kept,
} from '../../../data/records.js';

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

/**
 * The real days noted from `from` (a `yyyy-MM-dd` date) on, the latest date
 * first. The database keeps one per date (the kind is `unique` by its day).
 */
export function useRealDays(from: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...recordKeys.kind('rhythm_day'), 'since', from],
    queryFn: async ({ signal }) =>
      kept(await fetchAll(api, 'rhythm_day', signal, { from: `${from}T00:00:00.000Z` })).sort((a, b) =>
        b.payload.day.localeCompare(a.payload.day),
      ),
  });
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
 * created when it does not. The database keeps one per date: should another
 * device have noted the same date since it was looked up, the create is
 * refused and that note is changed instead.
 */
export function useSaveRealDay() {
  const api = useApi();
  const changes = useRecordChanges();
  return async (payload: RhythmDayPayload) => {
    const occurredAt = realDayKey(payload.day);
    const save = async () => {
      const held = await findRealDay(api, payload.day);
      return held
        ? changes.update(held.record.id, { payload, occurredAt })
        : changes.create({ kind: 'rhythm_day', payload, occurredAt });
    };
    return save().catch((error: unknown) => {
      if (error instanceof ProblemError && error.status === 409) return save();
      throw error;
    });
  };
}

/** The record kept for one date, if any: it is filed within that date (`realDayKey`). */
async function findRealDay(api: Api, day: string, signal?: AbortSignal) {
  const next = format(addDays(parseISO(day), 1), 'yyyy-MM-dd');
  const page = await api.records.list<'rhythm_day'>(
    { kind: 'rhythm_day', from: `${day}T00:00:00.000Z`, to: `${next}T00:00:00.000Z`, limit: 200 },
    signal,
  );
  return kept(page.items).find((k) => k.payload.day === day) ?? null;
}
