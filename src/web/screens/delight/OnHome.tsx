import { format } from 'date-fns';
import { Link } from 'react-router';
import { quietLineFor } from '../../../core/delight/appreciations.js';
import { letterState } from '../../../core/delight/letters.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { ButtonLink } from '../../components/Button.js';
import { useAllRecords } from '../../data/records.js';
import '../../styles/delight.css';

/**
 * What the E pillar adds to the home: a gentle word when a letter has
 * arrived, and on some days one quiet line from the appreciation list.
 * Nothing shows while loading or on error: the home stands without it.
 */
export default function DelightOnHome() {
  return (
    <>
      <ArrivedLetters />
      <QuietAppreciation />
    </>
  );
}

function ArrivedLetters() {
  const letters = useAllRecords('letter');
  const arrived = (letters.data ?? []).filter((l) => letterState(l.payload) === 'arrived');
  const first = arrived[0];
  if (!first) return null;
  return (
    <section className="card stack-s letter-arrived" aria-labelledby="letter-arrived-title">
      <h2 id="letter-arrived-title" className="section-title">
        {arrived.length === 1 ? 'A letter has arrived' : `${arrived.length} letters have arrived`}
      </h2>
      <p>You wrote to yourself a while ago, and today is its day. Open it whenever you are ready.</p>
      <div className="button-row">
        <ButtonLink to={pathTo('letters', first.record.id)} variant="primary">
          Open your letter
        </ButtonLink>
      </div>
    </section>
  );
}

function QuietAppreciation() {
  const list = useAllRecords('appreciation');
  const items = list.data ?? [];
  const id = quietLineFor(
    items.map((a) => ({ id: a.record.id, day: format(new Date(a.record.occurredAt), 'yyyy-MM-dd') })),
    format(new Date(), 'yyyy-MM-dd'),
  );
  const line = items.find((a) => a.record.id === id);
  if (!line) return null;
  return (
    <p className="quiet-appreciation">
      <span className="quiet-appreciation__label">Something you appreciate about yourself: </span>
      <Link to={pathTo('appreciations')}>{line.payload.text}</Link>
    </p>
  );
}
