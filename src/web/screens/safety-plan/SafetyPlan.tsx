import { useState } from 'react';
import { resourcesFor } from '../../../core/safety/resources.js';
import { useHelp } from '../../app/help.js';
import { useDrafts, useSignedInUser } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useLatestRecord } from '../../data/records.js';
import { EmergencyNumbers } from '../../safety/ContactList.js';
import type { StoredPlan } from '../../safety/plan.js';
import { useRegion } from '../../safety/region.js';
import { PlanEditor } from './PlanEditor.js';
import { planStart } from './usePlanAutosave.js';
import '../../styles/safety.css';

/**
 * The person's safety plan: seven short lists in their own words, saved as
 * one record as they write, editable any time and printable on one page.
 */
export function SafetyPlanScreen() {
  const stored = useLatestRecord('safety_plan');
  return (
    <div className="safety-plan stack-xl">
      <PageHeader title="My safety plan" eyebrow="For hard moments">
        <p>
          A plan for when things get hard, written by you, ideally on a calmer day. Add to it, change it or
          leave parts empty: it is yours, and nothing here is required.
        </p>
      </PageHeader>
      <DangerNow />
      <QueryBoundary query={stored} loading="Opening your safety plan…">
        {(plan) => <OpenedPlan stored={plan} />}
      </QueryBoundary>
    </div>
  );
}

function DangerNow() {
  const { openHelp } = useHelp();
  const [region] = useRegion();
  return (
    <Card tone="quiet" className="safety-plan__now stack-s">
      <p>
        If you are in danger right now, please <EmergencyNumbers resources={resourcesFor(region)} />. You can
        also talk to someone or try a short grounding exercise.
      </p>
      <div>
        <Button small onClick={openHelp}>
          Open “Get help now”
        </Button>
      </div>
    </Card>
  );
}

/** The editor opens once, on the plan as first read; later saves refresh the cache, not the editor. */
function OpenedPlan({ stored }: { stored: StoredPlan | null }) {
  const user = useSignedInUser();
  const drafts = useDrafts();
  const [start] = useState(() => planStart(stored, user.id, drafts));
  return <PlanEditor start={start} userId={user.id} />;
}
