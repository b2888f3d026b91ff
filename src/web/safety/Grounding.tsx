import { useId, useState } from 'react';
import { GROUNDING_CHOICE_NOTE, GROUNDING_INTRO, GROUNDING_STEPS } from '../../core/safety/grounding.js';

/**
 * The short grounding exercise, one step at a time. Moving between steps
 * keeps focus on the buttons; the new step is read out politely.
 */
export function Grounding({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const [index, setIndex] = useState(0);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const step = GROUNDING_STEPS[index] ?? GROUNDING_STEPS[0];
  const last = index === GROUNDING_STEPS.length - 1;
  if (!step) return null;
  return (
    <section className="grounding stack-s" aria-labelledby={headingId}>
      <Heading id={headingId} className="help-panel__heading">
        Come back to the room
      </Heading>
      <p>{GROUNDING_INTRO}</p>
      <div className="grounding__step" aria-live="polite" aria-atomic="true">
        <p className="grounding__count">
          Step {index + 1} of {GROUNDING_STEPS.length}
        </p>
        <p className="grounding__title">{step.title}</p>
        <p>{step.text}</p>
      </div>
      <div className="button-row">
        {index > 0 && (
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setIndex(index - 1)}
          >
            Back
          </button>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setIndex(last ? 0 : index + 1)}
        >
          {last ? 'Start again' : 'Next step'}
        </button>
      </div>
      <p className="muted grounding__note">{GROUNDING_CHOICE_NOTE}</p>
    </section>
  );
}
