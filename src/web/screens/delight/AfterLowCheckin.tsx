import { Link } from 'react-router';
import { appreciationAfter, LOW_CHECKIN } from '../../../core/delight/appreciations.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { useAllRecords } from '../../data/records.js';
import '../../styles/delight.css';

/**
 * After a low check-in, one thing from the appreciation list, quietly. Shows
 * nothing for other check-ins, or with an empty list. Mount beside the
 * check-in's saved state: `<AppreciationAfterCheckin id={…} pleasantness={…} />`.
 */
export function AppreciationAfterCheckin({ id, pleasantness }: { id: string; pleasantness: number }) {
  const list = useAllRecords('appreciation');
  if (pleasantness >= LOW_CHECKIN) return null;
  const one = appreciationAfter(id, list.data ?? []);
  if (!one) return null;
  return (
    <section
      className="card card--quiet stack-s appreciation-offer"
      aria-labelledby="appreciation-offer-title"
    >
      <h2 id="appreciation-offer-title" className="subsection-title">
        Something you once saw in yourself
      </h2>
      <blockquote className="appreciation-offer__quote">
        <p>{one.payload.text}</p>
        {one.payload.evidence && <p className="muted">{one.payload.evidence}</p>}
      </blockquote>
      <p className="muted">
        It is still true on a hard day. <Link to={pathTo('appreciations')}>Your whole list</Link> is here too.
      </p>
    </section>
  );
}
