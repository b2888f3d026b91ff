import type { ProblemError } from '../api/client.js';
import { Button } from '../components/Button.js';
import { PageHeader } from '../components/PageHeader.js';

/** Shown when Haven's server cannot be reached on the first load. */
export function Unavailable({ problem, onRetry }: { problem: ProblemError; onRetry: () => void }) {
  return (
    <div className="narrow stack-l">
      <PageHeader title="Haven can't open just now">
        <p>{problem.title}</p>
        {problem.detail && <p>{problem.detail}</p>}
      </PageHeader>
      <div className="button-row">
        <Button variant="primary" onClick={onRetry}>
          Try again
        </Button>
      </div>
    </div>
  );
}
