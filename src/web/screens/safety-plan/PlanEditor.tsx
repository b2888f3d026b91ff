import { useState } from 'react';
import { SAFETY_PLAN_SECTIONS } from '../../../core/safety/kinds.js';
import { useToast } from '../../components/Toast.js';
import { useRegion } from '../../safety/region.js';
import { isPeopleSection, samePlan, toLists, toPlan, type PlanLists } from './lists.js';
import { LineList } from './LineList.js';
import { PeopleList } from './PeopleList.js';
import { PlanSection } from './PlanSection.js';
import { PrintedPlan } from './PrintedPlan.js';
import { SaveBar } from './SaveBar.js';
import { usePlanAutosave, type PlanStart } from './usePlanAutosave.js';

/** The plan's seven sections, saved as they are written, and the plan as it prints. */
export function PlanEditor({ start, userId }: { start: PlanStart; userId: string }) {
  const toast = useToast();
  const [region] = useRegion();
  const [lists, setLists] = useState<PlanLists>(() => toLists(start.plan));
  const autosave = usePlanAutosave(start, userId);
  const plan = toPlan(lists);

  const edit = <K extends keyof PlanLists>(id: K, items: PlanLists[K]) => {
    const next = { ...lists, [id]: items };
    setLists(next);
    // A blank line added, or spaces typed, change nothing worth saving.
    const nextPlan = toPlan(next);
    if (!samePlan(nextPlan, plan)) autosave.change(nextPlan);
  };

  const saveNow = async () => {
    if ((await autosave.saveNow()) === 'saved') toast.show('Your safety plan is saved.', 'success');
  };

  return (
    <>
      {start.restored && <p>Haven brought back what you were writing on this device.</p>}
      <form
        className="safety-plan__editor stack-l"
        onSubmit={(event) => {
          event.preventDefault();
          void saveNow();
        }}
        noValidate
      >
        {/*
          The plan's fields are about hard times by design: warning signs and
          reasons for living read as distress to any detector. They stay
          safety-aware, but 'gentle': no offer for mere heaviness (which would
          fire on nearly every line and teach people to ignore it), and an
          urgent reading shows a quieter, politely announced notice, since a
          person writing their plan may still be in danger right now.
        */}
        {SAFETY_PLAN_SECTIONS.map((section) => {
          const { id } = section;
          return (
            <PlanSection key={id} section={section}>
              {isPeopleSection(id) ? (
                <PeopleList section={section} items={lists[id]} onChange={(items) => edit(id, items)} />
              ) : (
                <LineList section={section} items={lists[id]} onChange={(items) => edit(id, items)} />
              )}
            </PlanSection>
          );
        })}
        <SaveBar status={autosave.status} problem={autosave.problem} keptOnDevice={autosave.keptOnDevice} />
      </form>
      <PrintedPlan plan={plan} region={region} />
    </>
  );
}
