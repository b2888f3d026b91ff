import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../app/session.js';
import { searchKeys } from './keys.js';

/** How long typing rests before a search goes out. */
const SETTLE_MS = 300;

/**
 * Searches one kind's records for every word of `q`, once typing settles. An
 * answer shows only for the words it answers: while newer words are on their
 * way, `settled` is false.
 */
export function useRecordSearch(kind: string, q: string, limit: number) {
  const api = useApi();
  const settledQ = useSettled(q, SETTLE_MS);
  const query = useQuery({
    queryKey: [...searchKeys.query(kind, settledQ), limit],
    queryFn: ({ signal }) => api.search({ q: settledQ, kind, limit }, signal),
    enabled: settledQ !== '',
  });
  return { ...query, settled: settledQ === q };
}

function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
