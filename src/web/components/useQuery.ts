import { useCallback, useEffect, useState } from 'react';
import { toProblem, type ProblemError } from '../api/client.js';

export type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; problem: ProblemError };

/**
 * Loads data for a screen. `load` must be stable (wrap it in useCallback).
 * A reload keeps showing the last data until the new answer arrives.
 */
export function useQuery<T>(load: (signal: AbortSignal) => Promise<T>): {
  state: QueryState<T>;
  reload: () => void;
} {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', problem: toProblem(error) });
      },
    );
    return () => controller.abort();
  }, [load, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
