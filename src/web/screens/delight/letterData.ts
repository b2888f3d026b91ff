import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../app/session.js';
import { recordKeys, searchKeys } from '../../data/keys.js';

/** The person's own time zone, as their browser knows it. */
export function ownZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Opens a sealed letter before its day (the server records it), then refreshes every letter list. */
export function useOpenEarly() {
  const api = useApi();
  const client = useQueryClient();
  return async (id: string) => {
    const record = await api.records.open(id);
    client.setQueryData(recordKeys.detail(id), record);
    await Promise.all([
      client.invalidateQueries({ queryKey: recordKeys.kind('letter') }),
      client.invalidateQueries({ queryKey: searchKeys.kind('letter') }),
    ]);
    return record;
  };
}
