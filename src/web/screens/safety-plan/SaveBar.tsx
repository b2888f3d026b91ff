import type { ProblemError } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import type { SaveStatus } from './usePlanAutosave.js';

/**
 * The bar at the foot of the plan: how saving is going, in a word, with
 * "Save my plan" to save at once rather than after a pause, and "Print".
 * Sits inside the plan's form, so its button submits it.
 */
export function SaveBar({
  status,
  problem,
  keptOnDevice,
}: {
  status: SaveStatus;
  problem: ProblemError | null;
  keptOnDevice: boolean;
}) {
  return (
    <div className="safety-plan__actions">
      <p className="safety-plan__status unsaved-marker" role="status" data-status={status}>
        {statusText(status, problem, keptOnDevice)}
      </p>
      <div className="button-row">
        <Button type="submit" variant="primary" busy={status === 'saving'}>
          Save my plan
        </Button>
        <Button onClick={() => window.print()}>Print</Button>
      </div>
    </div>
  );
}

function statusText(status: SaveStatus, problem: ProblemError | null, keptOnDevice: boolean): string {
  const kept = keptOnDevice ? 'Your words are kept on this device.' : 'Please keep this page open for now.';
  switch (status) {
    case 'nothing':
      return 'Nothing written yet. Your plan saves as you write.';
    case 'waiting':
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved. You can come back and change it any time.';
    case 'retrying':
      return `Not saved yet, Haven will try again. ${kept}`;
    case 'stuck':
      return `Not saved. ${problem ? `${problem.title} ` : ''}${kept}`;
  }
}
