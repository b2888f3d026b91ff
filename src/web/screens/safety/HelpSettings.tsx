import { Link } from 'react-router';
import { RegionSelect } from '../../safety/RegionSelect.js';
import { pathTo } from '../../../core/practices/catalogue.js';

/** Settings' "Help and safety": which region's contacts to show, and the way to the safety plan. */
export function HelpSettingsSection() {
  return (
    <>
      <p>
        &ldquo;Get help now&rdquo; shows crisis lines and the emergency number for the region you choose. It
        starts from your browser&rsquo;s language setting, and this device remembers your choice.
      </p>
      <RegionSelect label="Region for help" />
      <p>
        <Link to={pathTo('safety-plan')}>Your safety plan</Link>: a short list, in your own words, of what
        helps and who to turn to when things get hard.
      </p>
    </>
  );
}
