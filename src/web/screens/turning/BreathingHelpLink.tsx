import { useId } from 'react';
import { Link } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { useHelp } from '../../app/help.js';

/** In the "Get help now" panel: the paced breathing guide, one press away; the panel closes as it opens. */
export function BreathingHelpLink() {
  const { closeHelp } = useHelp();
  const headingId = useId();
  return (
    <section className="stack-s" aria-labelledby={headingId}>
      <h3 id={headingId} className="help-panel__heading">
        Slow your breathing
      </h3>
      <p>A guide that breathes with you, slowly, for a minute or a few. Pause or stop whenever you like.</p>
      <p>
        <Link
          to={`${pathTo('breathing')}?minutes=1`}
          className="button button--secondary"
          onClick={() => closeHelp({ returnFocus: false })}
        >
          Breathe with a guide
        </Link>
      </p>
    </section>
  );
}
