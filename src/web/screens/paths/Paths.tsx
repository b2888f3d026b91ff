import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useLatestRecord } from '../../data/records.js';
import { PathSteps } from './PathSteps.js';
import { PatternChooser } from './PatternChooser.js';
import '../../styles/attuning.css';

/** Growth paths: the pattern I identify with (never a diagnosis) and a gentle path of practices for it. */
export function PathsScreen() {
  const path = useLatestRecord('growth_path');
  return (
    <div className="attuning stack-xl">
      <PageHeader title="Growth paths" eyebrow="Attuning">
        <p>
          If you recognise yourself in one of these patterns, Haven can suggest a gentle path of practices for
          it. You can change your answer whenever you like.
        </p>
      </PageHeader>
      <QueryBoundary query={path} loading="Loading your path…">
        {(current) => (
          <>
            <PatternChooser current={current} />
            {current && <PathSteps current={current} />}
          </>
        )}
      </QueryBoundary>
    </div>
  );
}
