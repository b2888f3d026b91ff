import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { reflect } from '../../../core/attuning/selfEmpathy.js';
import { senseInfo } from '../../../core/attuning/soothing.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { TextArea } from '../../components/TextArea.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../data/records.js';
import { pathTo, PLACES } from '../../../core/practices/catalogue.js';
import { AppreciationAfterCheckin } from '../delight/AfterLowCheckin.js';

/** Below this, a check-in counts as a low moment and the soothing kit is offered back. */
const LOW_PLEASANTNESS = -0.3;

/** After saving: a kind reflection to keep or skip, and the soothing kit after a low moment. */
export function AfterCheckin({ saved, onAgain }: { saved: Kept<'checkin'>; onAgain: () => void }) {
  const changes = useRecordChanges();
  const toast = useToast();
  const action = useAction();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reflection, setReflection] = useState('');
  const [kept, setKept] = useState(false);
  const low = saved.payload.pleasantness < LOW_PLEASANTNESS;
  const text = reflect({
    feelings: saved.payload.feelings,
    unmetNeeds: saved.payload.needs?.unmet ?? [],
    metNeeds: saved.payload.needs?.met ?? [],
  });

  useEffect(() => headingRef.current?.focus(), []);

  const keepReflection = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reflection.trim()) return;
    const payload = { ...saved.payload, reflection: reflection.trim() };
    const result = await action.run(() => changes.update(saved.record.id, { payload }));
    if (result.ok) {
      setKept(true);
      toast.show('Kept with your check-in.', 'success');
    }
  };

  return (
    <div className="stack-l">
      <section className="card stack after-checkin" aria-labelledby="after-title">
        <h2 id="after-title" ref={headingRef} tabIndex={-1} className="section-title">
          Saved. Thank you for checking in.
        </h2>
        <p className="reflection">{text}</p>
        {kept ? (
          <p className="muted">Your answer is kept with this check-in.</p>
        ) : (
          <form className="stack" onSubmit={(event) => void keepReflection(event)} noValidate>
            <ErrorSummary problem={action.problem} />
            <TextArea
              label="What can I give myself?"
              hint="Optional. A line or two is plenty."
              rows={3}
              maxLength={2000}
              value={reflection}
              onChange={(event) => setReflection(event.target.value)}
            />
            <div className="button-row">
              <Button type="submit" variant="secondary" busy={action.pending}>
                Keep this with my check-in
              </Button>
            </div>
          </form>
        )}
        <div className="button-row">
          <Button variant="quiet" onClick={onAgain}>
            Check in again
          </Button>
          <ButtonLink to={PLACES.home} variant="quiet">
            Back to home
          </ButtonLink>
        </div>
      </section>
      {low && <SoothingForLowMoments />}
      <AppreciationAfterCheckin id={saved.record.id} pleasantness={saved.payload.pleasantness} />
    </div>
  );
}

function SoothingForLowMoments() {
  const kit = useAllRecords('soothing_item');
  return (
    <section className="card card--quiet stack soothing-offer" aria-labelledby="soothing-offer-title">
      <h2 id="soothing-offer-title" className="subsection-title">
        Something soft, if it helps
      </h2>
      <QueryBoundary query={kit} loading="Finding your soothing kit…">
        {(items) =>
          items.length > 0 ? (
            <>
              <p>It sounds like a hard moment. These are things you said can calm you:</p>
              <ul className="soothing-offer__list">
                {items.slice(0, 8).map((item) => (
                  <li key={item.record.id}>
                    <span className="soothing-offer__sense">{senseInfo(item.payload.sense).label}</span>{' '}
                    {item.payload.text}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              It sounds like a hard moment. When you feel ready, you might gather a few calming sights, sounds
              or textures in your <Link to={pathTo('soothing')}>soothing kit</Link>, so they are here next
              time.
            </p>
          )
        }
      </QueryBoundary>
    </section>
  );
}
