import { useId } from 'react';
import { Link } from 'react-router';
import { pathTo } from '../../core/practices/catalogue.js';
import { resourcesFor } from '../../core/safety/resources.js';
import { SAFETY_PLAN_SECTIONS, type SafetyPlan } from '../../core/safety/kinds.js';
import { useHelp } from '../app/help.js';
import { useSession } from '../app/session.js';
import { Loading } from '../components/Loading.js';
import { useAllRecords, useLatestRecord } from '../data/records.js';
import '../styles/safety.css';
import { ContactList, crisisLines, EmergencyNumbers } from './ContactList.js';
import { Grounding } from './Grounding.js';
import { BreathingHelpLink } from '../screens/turning/BreathingHelpLink.js';
import { AppreciationsInHelp } from '../screens/delight/InHelp.js';
import { groupSoothingKit, planHasContent, type SoothingGroup } from './plan.js';
import { RegionSelect } from './RegionSelect.js';
import { useRegion } from './region.js';

/**
 * The body of the "Get help now" panel. Everything but the person's own plan
 * and soothing kit is bundled with the app, so it works with no connection:
 * who to call or text in their region, a way to change the region, a short
 * grounding exercise, and a plain word on what Haven is not.
 */
export function HelpPanel() {
  const [region] = useRegion();
  const resources = resourcesFor(region);
  const { state } = useSession();
  const signedIn = state.status === 'signed-in';
  const talkId = useId();

  return (
    <div className="help-panel stack-l">
      <div className="stack-s">
        <p className="help-panel__lead">
          If you are in danger right now, please <EmergencyNumbers resources={resources} />.
        </p>
        <p>
          Haven is a self-help companion, not a crisis service: nobody here reads what you write, and Haven
          cannot send anyone to you. The people below can listen, and you can reach them now.
        </p>
      </div>

      <section className="stack-s" aria-labelledby={talkId}>
        <h3 id={talkId} className="help-panel__heading">
          Talk to someone
        </h3>
        <ContactList contacts={crisisLines(resources)} />
        <RegionSelect label="Showing help for" />
      </section>

      {signedIn ? <YourPlan /> : <PlanAfterSignIn />}

      <Grounding />

      {signedIn && <BreathingHelpLink />}

      {signedIn && <SoothingKit />}
      {signedIn && <AppreciationsInHelp headingClass="help-panel__heading" />}
    </div>
  );
}

function YourPlan() {
  const headingId = useId();
  const stored = useLatestRecord('safety_plan');
  return (
    <section className="stack-s" aria-labelledby={headingId}>
      <h3 id={headingId} className="help-panel__heading">
        Your safety plan
      </h3>
      {stored.isPending && <Loading label="Opening your safety plan…" />}
      {stored.isError && (
        <>
          <p>Your safety plan could not be opened just now. The contacts above work without it.</p>
          <PlanLink>Try the safety plan page</PlanLink>
        </>
      )}
      {stored.isSuccess &&
        (stored.data && planHasContent(stored.data.payload) ? (
          <>
            <PlanSummary plan={stored.data.payload} />
            <PlanLink>Open your safety plan</PlanLink>
          </>
        ) : (
          <>
            <p>
              A safety plan is a short list, in your own words, of what helps and who to turn to when things
              get hard. It is easier to write on a calmer day, and it can be as short as you like.
            </p>
            <PlanLink>Make your safety plan</PlanLink>
          </>
        ))}
    </section>
  );
}

function PlanAfterSignIn() {
  const headingId = useId();
  return (
    <section className="stack-s" aria-labelledby={headingId}>
      <h3 id={headingId} className="help-panel__heading">
        A safety plan
      </h3>
      <p>
        Once you have signed in, you can keep a safety plan here: a short list, in your own words, of what
        helps and who to turn to when things get hard.
      </p>
      <PlanLink>Sign in to see or make your plan</PlanLink>
    </section>
  );
}

/** The plan's filled sections, in order, to read at a glance. */
function PlanSummary({ plan }: { plan: SafetyPlan }) {
  return (
    <div className="plan-summary">
      {SAFETY_PLAN_SECTIONS.map((section) => {
        const items =
          section.id === 'peopleToAsk' || section.id === 'professionals'
            ? plan[section.id].map((p) => (p.contact ? `${p.name}: ${p.contact}` : p.name))
            : plan[section.id];
        if (items.length === 0) return null;
        return (
          <div key={section.id} className="plan-summary__section">
            <h4 className="plan-summary__heading">{section.heading}</h4>
            <ul>
              {items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}

/** Goes to the plan and closes the panel; focus lands on the plan page, not back on the button. */
function PlanLink({ children }: { children: string }) {
  const { closeHelp } = useHelp();
  return (
    <p>
      <Link
        to={pathTo('safety-plan')}
        className="button button--secondary"
        onClick={() => closeHelp({ returnFocus: false })}
      >
        {children}
      </Link>
    </p>
  );
}

function SoothingKit() {
  const headingId = useId();
  const kit = useAllRecords('soothing_item');
  // The kit is a comfort, not a requirement: nothing shows until there is something in it.
  const groups = kit.data ? groupSoothingKit(kit.data.map((item) => item.payload)) : [];
  if (groups.length === 0) return null;
  return (
    <section className="stack-s" aria-labelledby={headingId}>
      <h3 id={headingId} className="help-panel__heading">
        From your soothing kit
      </h3>
      <SoothingList groups={groups} />
    </section>
  );
}

function SoothingList({ groups }: { groups: SoothingGroup[] }) {
  return (
    <dl className="soothing-list">
      {groups.map((group) => (
        <div key={group.sense} className="soothing-list__group">
          <dt>{group.label}</dt>
          {group.items.map((item, index) => (
            <dd key={index}>{item}</dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
