import { useCallback, useState } from 'react';
import { toProblem, type ProblemError } from '../api/client.js';

export type ActionResult<T> = { ok: true; value: T } | { ok: false; problem: ProblemError };

export interface Action {
  pending: boolean;
  problem: ProblemError | null;
  /** Runs the work, tracking pending and the problem; throw `ProblemError.invalid` to stop before sending. */
  run: <T>(work: () => Promise<T>) => Promise<ActionResult<T>>;
  /** The message for one field of the last problem. */
  fieldError: (path: string) => string | undefined;
  reset: () => void;
}

/** The one form pattern: every submit in Haven goes through an action. */
export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<ProblemError | null>(null);

  const run = useCallback(async <T>(work: () => Promise<T>): Promise<ActionResult<T>> => {
    setPending(true);
    setProblem(null);
    try {
      const value = await work();
      return { ok: true, value };
    } catch (error) {
      const found = toProblem(error);
      setProblem(found);
      return { ok: false, problem: found };
    } finally {
      setPending(false);
    }
  }, []);

  const fieldError = useCallback((path: string) => problem?.fieldError(path), [problem]);
  const reset = useCallback(() => setProblem(null), []);

  return { pending, problem, run, fieldError, reset };
}
