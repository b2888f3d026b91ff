import { resourcesFor, type RegionResources } from '../../../core/safety/resources.js';
import { SAFETY_PLAN_SECTIONS, type SafetyPlan } from '../../../core/safety/kinds.js';
import { crisisLines, emergencyLines } from '../../safety/ContactList.js';
import { isPeopleSection } from './lists.js';

/** What prints: the plan as plain lists on one page, with the region's contacts at the foot. */
export function PrintedPlan({ plan, region }: { plan: SafetyPlan; region: string }) {
  const resources = resourcesFor(region);
  return (
    <div className="safety-plan-print">
      <p className="safety-plan-print__title">My safety plan</p>
      <div className="safety-plan-print__sections">
        {SAFETY_PLAN_SECTIONS.map((section) => {
          const items = isPeopleSection(section.id)
            ? plan[section.id].map((p) => (p.contact ? `${p.name}: ${p.contact}` : p.name))
            : plan[section.id];
          return (
            <section key={section.id} className="safety-plan-print__section">
              <p className="safety-plan-print__heading">{section.heading}</p>
              {items.length > 0 ? (
                <ul>
                  {items.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p className="safety-plan-print__empty">&nbsp;</p>
              )}
            </section>
          );
        })}
      </div>
      <div className="safety-plan-print__help">
        <p>
          If you are in danger right now, {emergencyWords(resources)}. To talk to someone:{' '}
          {crisisLines(resources)
            .map((c) => `${c.display} (${c.label})`)
            .join('; ')}
          .
        </p>
      </div>
    </div>
  );
}

function emergencyWords(resources: RegionResources): string {
  const numbers = emergencyLines(resources).map((line) => line.href.slice('tel:'.length));
  return `call your local emergency number${numbers.length > 0 ? `, ${numbers.join(' or ')}` : ''}`;
}
