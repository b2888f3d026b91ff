import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { PayloadInput, RecordKindName } from '../../core/records/registry.js';
import {
  ProblemError,
  type Api,
  type RecordPage,
  type RecordQuery,
  type SavedRecord,
} from '../api/client.js';
import { useApi } from '../app/session.js';
import { recordKeys, searchKeys } from './keys.js';

/** A saved record of kind `N` and its payload, typed by that kind. */
export interface Kept<N extends RecordKindName> {
  record: SavedRecord<N>;
  payload: SavedRecord<N>['payload'];
}

/** Records of one kind as screens use them. */
export function kept<N extends RecordKindName>(records: readonly SavedRecord<N>[]): Kept<N>[] {
  return records.map((record) => ({ record, payload: record.payload }));
}

/** Any kind's record, seen as a record of some kind (TypeScript cannot see that for a kind not yet known). */
function anyKind<N extends RecordKindName>(record: SavedRecord<N>): SavedRecord {
  return record as SavedRecord;
}

/** The largest page the server gives. */
const MAX_PAGE = 200;

/** Every record of a kind (within `range`, when given), newest first, following the cursor to the last page. */
export async function fetchAll<N extends RecordKindName>(
  api: Api,
  kind: N,
  signal?: AbortSignal,
  range: Pick<RecordQuery<N>, 'from' | 'to'> = {},
): Promise<SavedRecord<N>[]> {
  const all: SavedRecord<N>[] = [];
  let cursor: string | null = null;
  do {
    const page: RecordPage<N> = await api.records.list(
      { ...range, kind, limit: MAX_PAGE, ...(cursor ? { cursor } : {}) },
      signal,
    );
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/**
 * Every record of a kind, for the short lists a person keeps and sees whole
 * (profile, soothing kit). Nothing is cut: it reads every page.
 */
export function useAllRecords<N extends RecordKindName>(kind: N) {
  const api = useApi();
  return useQuery({
    queryKey: recordKeys.list(kind, 'all'),
    queryFn: async ({ signal }) => kept(await fetchAll(api, kind, signal)),
  });
}

/** A kind's records, newest first, a page at a time; `fetchNextPage` follows the cursor ("Show more"). */
export function usePagedRecords<N extends RecordKindName>(kind: N, pageSize: number) {
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: recordKeys.list(kind, { pages: pageSize }),
    queryFn: ({ pageParam, signal }) =>
      api.records.list<N>({ kind, limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const { data } = query;
  const items = useMemo(() => (data ? kept(data.pages.flatMap((page) => page.items)) : undefined), [data]);
  return { ...query, items };
}

/** The newest record of a kind, or null when there is none: for kinds a person keeps one of. */
export function useLatestRecord<N extends RecordKindName>(kind: N) {
  const api = useApi();
  return useQuery({
    queryKey: recordKeys.list(kind, 'latest'),
    queryFn: async ({ signal }) => {
      const page = await api.records.list<N>({ kind, limit: 1 }, signal);
      return kept(page.items)[0] ?? null;
    },
  });
}

/** One record, expected to be of `kind`; a record of another kind is not found here. */
export function useRecord<N extends RecordKindName>(id: string | null, kind: N) {
  const api = useApi();
  const select = useCallback(
    (record: SavedRecord): Kept<N> => {
      if (record.kind !== kind) throw new ProblemError({ status: 404, title: 'Nothing was found here.' });
      // Its kind was just checked.
      const mine = record as SavedRecord<N>;
      return { record: mine, payload: mine.payload };
    },
    [kind],
  );
  return useQuery({
    queryKey: recordKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.records.get(id ?? '', signal),
    select,
    enabled: id !== null,
  });
}

/**
 * The changes a screen makes to records. Each one goes to the server, then
 * marks that kind's lists and searches stale, so every screen that shows them
 * refetches (the ones on screen at once, the others when they next open).
 */
export function useRecordChanges() {
  const api = useApi();
  const client = useQueryClient();

  const changed = async (kind: RecordKindName, record?: SavedRecord) => {
    if (record) client.setQueryData(recordKeys.detail(record.id), record);
    await Promise.all([
      client.invalidateQueries({ queryKey: recordKeys.kind(kind) }),
      client.invalidateQueries({ queryKey: searchKeys.kind(kind) }),
    ]);
  };

  return {
    create: async <N extends RecordKindName>(body: {
      kind: N;
      payload: NoInfer<PayloadInput<N>>;
      occurredAt?: string;
    }) => {
      const record = await api.records.create(body);
      await changed(body.kind, anyKind(record));
      return record;
    },
    update: async (id: string, body: Parameters<Api['records']['update']>[1]) => {
      const record = await api.records.update(id, body);
      await changed(record.kind, record);
      return record;
    },
    remove: async (kind: RecordKindName, id: string) => {
      await api.records.remove(id);
      // Marked stale, not dropped: a screen still showing it must not flash a failed reload.
      await client.invalidateQueries({ queryKey: recordKeys.detail(id), refetchType: 'none' });
      await changed(kind);
    },
    restore: async (id: string) => {
      const record = await api.records.restore(id);
      await changed(record.kind, record);
      return record;
    },
  };
}
