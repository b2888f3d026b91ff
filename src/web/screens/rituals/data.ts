import { useQuery } from '@tanstack/react-query';
import { subDays } from 'date-fns';
import { useMemo } from 'react';
import type { RitualDonePayload, RitualPayload } from '../../../core/rituals/kinds.js';
import { isDueOn, localDay } from '../../../core/rituals/schedule.js';
import type { RecordPage, SavedRecord } from '../../api/client.js';
import { useApi } from '../../app/session.js';
import { kept, useAllRecords, type Kept } from '../../data/records.js';
import { recordKeys } from '../../data/keys.js';

/** How far back the gentle record of what was done looks. */
export const DONE_WINDOW_DAYS = 35;

/** The time zone this browser is in, for new rituals and for "today". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Today, `yyyy-MM-dd`, where the person is now. */
export function today(now = new Date()): string {
  return localDay(now, browserTimeZone());
}

/** Every ritual, and what was marked done lately. */
export function useRituals() {
  return useAllRecords('ritual');
}

/** What was marked done in the last few weeks (one query over a window, not every record ever). */
export function useRecentDone() {
  const api = useApi();
  const from = useMemo(() => subDays(new Date(), DONE_WINDOW_DAYS + 1).toISOString(), []);
  return useQuery({
    queryKey: [...recordKeys.kind('ritual_done'), 'since', from.slice(0, 10)],
    queryFn: async ({ signal }) => {
      const all: SavedRecord<'ritual_done'>[] = [];
      let cursor: string | null = null;
      do {
        const page: RecordPage<'ritual_done'> = await api.records.list<'ritual_done'>(
          { kind: 'ritual_done', from, limit: 200, ...(cursor ? { cursor } : {}) },
          signal,
        );
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return kept(all);
    },
  });
}

/** The rituals that come round today (resting ones wait), each with whether it is done. */
export function ritualsForToday(
  rituals: readonly Kept<'ritual'>[],
  done: readonly Kept<'ritual_done'>[],
  day: string,
): { ritual: Kept<'ritual'>; done: Kept<'ritual_done'> | undefined }[] {
  return rituals
    .filter((r) => !r.payload.paused && isDueOn(r.payload, day))
    .sort((a, b) => (a.payload.time ?? '99:99').localeCompare(b.payload.time ?? '99:99'))
    .map((ritual) => ({
      ritual,
      done: done.find((d) => d.payload.ritualId === ritual.record.id && d.payload.day === day),
    }));
}

export type { RitualPayload, RitualDonePayload };
