import { useQuery } from '@tanstack/react-query';
import type { RecordPage } from '../../api/client.js';
import { useApi } from '../../app/session.js';
import { kept } from '../../data/records.js';
import { recordKeys } from '../../data/keys.js';

/** The largest page the server gives. */
const PAGE = 200;

/**
 * Every check-in that happened from `from` (inclusive) to `to` (exclusive),
 * newest first: a day's, for the detail view, or a year's, for the calendar.
 * Keyed under the kind, so a new or changed check-in refreshes it.
 */
export function useCheckinsBetween(from: Date, to: Date) {
  const api = useApi();
  const range = { from: from.toISOString(), to: to.toISOString() };
  return useQuery({
    queryKey: [...recordKeys.kind('checkin'), 'between', range.from, range.to],
    queryFn: async ({ signal }) => {
      const all: RecordPage<'checkin'>['items'] = [];
      let cursor: string | null = null;
      do {
        const page: RecordPage<'checkin'> = await api.records.list<'checkin'>(
          { kind: 'checkin', limit: PAGE, ...range, ...(cursor ? { cursor } : {}) },
          signal,
        );
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return kept(all);
    },
  });
}
