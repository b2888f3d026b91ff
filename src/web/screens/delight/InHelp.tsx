import { useId } from 'react';
import { useAllRecords } from '../../data/records.js';

/** In the help panel's soothing part: a few things the person appreciates about themselves, newest first. */
export function AppreciationsInHelp({ headingClass }: { headingClass: string }) {
  const headingId = useId();
  const list = useAllRecords('appreciation');
  const items = (list.data ?? []).slice(0, 5);
  // A comfort, not a requirement: nothing shows until there is something in the list.
  if (items.length === 0) return null;
  return (
    <section className="stack-s" aria-labelledby={headingId}>
      <h3 id={headingId} className={headingClass}>
        What you appreciate about yourself
      </h3>
      <ul className="help-appreciations">
        {items.map((item) => (
          <li key={item.record.id}>{item.payload.text}</li>
        ))}
      </ul>
    </section>
  );
}
