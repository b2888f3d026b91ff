import { useEffect, useId, useRef } from 'react';
import type { ProblemError } from '../api/client.js';

export interface ErrorSummaryProps {
  problem: ProblemError | null;
  /** The form's fields by error path, so each listed error links to its control. */
  fields?: Record<string, { id: string; label: string }>;
}

/**
 * The summary at the top of a form after a failed submit. It takes focus
 * when it appears, so keyboard and screen-reader users land on what happened,
 * and links each field error to its field.
 */
export function ErrorSummary({ problem, fields = {} }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (problem) ref.current?.focus();
  }, [problem]);

  if (!problem) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={titleId}>
      <p id={titleId} className="error-summary__title">
        {problem.title}
      </p>
      {problem.detail && <p className="error-summary__detail">{problem.detail}</p>}
      {problem.errors.length > 0 && (
        <ul className="error-summary__list">
          {problem.errors.map((issue) => {
            const field = fields[issue.path];
            return (
              <li key={`${issue.path}:${issue.message}`}>
                {field ? (
                  <a
                    href={`#${field.id}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(field.id)?.focus();
                    }}
                  >
                    {field.label}: {issue.message}
                  </a>
                ) : (
                  issue.message
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
