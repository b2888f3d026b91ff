import type { ReactNode } from 'react';
import { toProblem, type ProblemError } from '../api/client.js';
import { Button } from './Button.js';
import { InlineError } from './InlineError.js';
import { Loading } from './Loading.js';

/** What the boundary reads from a query (TanStack's query and infinite query results both fit). */
export interface BoundaryQuery<T> {
  data: T | undefined;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/**
 * The one place a screen's data shows as loading, as failed with a way to try
 * again, or as itself. Data already on screen stays while it refreshes, even
 * if the refresh fails, so nothing a person is reading or writing disappears.
 */
export function QueryBoundary<T>({
  query,
  loading,
  failed,
  actions,
  around = (fallback) => fallback,
  children,
}: {
  query: BoundaryQuery<T>;
  /** Said while the first answer is on its way: "Loading your journal…". */
  loading: string;
  /** What to say when it failed; by default the problem's own title. */
  failed?: (problem: ProblemError) => string;
  /** Another way on, beside "Try again" (e.g. back to a list). */
  actions?: ReactNode;
  /** What surrounds the loading and failed states only, when the data brings its own page. */
  around?: (fallback: ReactNode) => ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return children(query.data);
  if (!query.error) return around(<Loading label={loading} />);
  const problem = toProblem(query.error);
  // Nothing found will not be found on a second try.
  const retry = problem.status !== 404;
  return around(
    <div className="stack-s">
      <InlineError>{failed ? failed(problem) : problem.title}</InlineError>
      {(retry || actions) && (
        <div className="button-row">
          {retry && (
            <Button small busy={query.isFetching} onClick={() => void query.refetch()}>
              Try again
            </Button>
          )}
          {actions}
        </div>
      )}
    </div>,
  );
}
