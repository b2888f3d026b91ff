import type { ReactNode } from 'react';
import type { SafetyPlanSection } from '../../../core/safety/kinds.js';
import { Card } from '../../components/Card.js';

/** One of the plan's seven sections: its heading and hint, then its list. */
export function PlanSection({ section, children }: { section: SafetyPlanSection; children: ReactNode }) {
  const headingId = `${section.id}-heading`;
  return (
    <Card as="section" aria-labelledby={headingId} className="plan-section stack">
      <div className="stack-s">
        <h2 id={headingId} className="section-title">
          {section.heading}
        </h2>
        <p className="muted">{section.hint}</p>
      </div>
      {children}
    </Card>
  );
}
