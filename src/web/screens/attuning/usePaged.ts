import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { RecordPage } from '../../api/client.js';
import { useApi } from '../../app/session.js';
import { useQuery } from '../../components/useQuery.js';
import { keep, type Kept } from './records.js';

/**
 * A list of one kind's records, newest first, a page at a time with "Show
 * more". To start again from the newest, remount the list (change its key).
 */
export function usePagedRecords<S extends z.ZodType>(kind: string, schema: S, limit: number) {
  const api = useApi();
  const load = useCallback(
    (signal: AbortSignal) => api.records.list({ kind, limit }, signal),
    [api, kind, limit],
  );
  const { state, reload } = useQuery(load);
  const first = state.status === 'ready' ? state.data : null;
  const [extra, setExtra] = useState<Extra<z.output<S>>>({ base: null, items: [], cursor: null });
  // Later pages belong to the first page they followed; a fresh first page starts the list again.
  const more = extra.base === first ? extra : { base: first, items: [], cursor: first?.nextCursor ?? null };
  const [loadingMore, setLoadingMore] = useState<{ pending: boolean; error: string | null }>({
    pending: false,
    error: null,
  });

  const showMore = async () => {
    if (!more.cursor) return;
    setLoadingMore({ pending: true, error: null });
    try {
      const page = await api.records.list({ kind, limit, cursor: more.cursor });
      setExtra({ base: first, items: [...more.items, ...keep(schema, page.items)], cursor: page.nextCursor });
      setLoadingMore({ pending: false, error: null });
    } catch {
      setLoadingMore({ pending: false, error: 'Haven could not load more just now. You might try again.' });
    }
  };

  const items: Kept<z.output<S>>[] = first ? [...keep(schema, first.items), ...more.items] : [];
  return {
    state,
    reload,
    items,
    hasMore: more.cursor !== null,
    showMore,
    loadingMore,
  };
}

interface Extra<T> {
  base: RecordPage | null;
  items: Kept<T>[];
  cursor: string | null;
}
