import { addDays, format, startOfDay } from 'date-fns';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { bodyLabel } from '../../../core/attuning/body.js';
import { regionLabel, regionOf } from '../../../core/attuning/feelings.js';
import { needLabel } from '../../../core/attuning/needs.js';
import { reflect } from '../../../core/attuning/selfEmpathy.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { ButtonLink } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useRecord, type Kept } from '../../data/records.js';
import { useCheckinsBetween } from './history.js';
import { describeMood, positionOf } from './pad.js';
import '../../styles/attuning.css';

/** `/checkin/:checkinId`: one saved check-in, whole, and the others from the same day. */
export function CheckinDetailScreen() {
  const { checkinId = '' } = useParams();
  const checkin = useRecord(checkinId, 'checkin');
  return (
    <QueryBoundary
      query={checkin}
      loading="Opening your check-in…"
      failed={(problem) => (problem.status === 404 ? 'This check-in is not here any more.' : problem.title)}
      actions={
        <ButtonLink small to={pathTo('checkin')} variant="quiet">
          Back to check-in
        </ButtonLink>
      }
      around={(fallback) => (
        <div className="attuning stack-xl">
          <PageHeader title="Your check-in" eyebrow="Check-in" />
          {fallback}
        </div>
      )}
    >
      {(kept) => <CheckinView key={kept.record.id} kept={kept} />}
    </QueryBoundary>
  );
}

function CheckinView({ kept: { record, payload } }: { kept: Kept<'checkin'> }) {
  const when = new Date(record.occurredAt);
  const region = regionLabel(regionOf(payload.pleasantness, payload.energy));
  const regions = payload.body?.regions ?? [];
  const sensations = payload.body?.sensations ?? [];
  const unmet = payload.needs?.unmet ?? [];
  const met = payload.needs?.met ?? [];
  const echo = reflect({ feelings: payload.feelings, unmetNeeds: unmet, metNeeds: met });
  const more =
    regions.length + sensations.length + unmet.length + met.length > 0 || payload.care || payload.note;

  return (
    <div className="attuning stack-xl checkin-detail">
      <PageHeader title="Your check-in" eyebrow="Check-in">
        <p>
          <time dateTime={record.occurredAt}>{format(when, 'EEEE d MMMM yyyy, HH:mm')}</time>
        </p>
      </PageHeader>
      <article className="card stack-l checkin-detail__card" aria-label="What you noted">
        <div className="checkin-detail__mood">
          <MiniPad pleasantness={payload.pleasantness} energy={payload.energy} />
          <div className="stack-s">
            <ul className="chip-list" role="list" aria-label="Feelings">
              {payload.feelings.map((word) => (
                <li key={word} className="chip chip--still">
                  {word}
                </li>
              ))}
            </ul>
            <p>
              You felt <strong>{describeMood(payload)}</strong>.{' '}
              <span className="muted">{region.label}.</span>
            </p>
            <p className="reflection">{echo}</p>
          </div>
        </div>
        {more ? (
          <dl className="checkin-detail__facts">
            {regions.length + sensations.length > 0 && (
              <Fact term="In your body">
                {[regions.map(bodyLabel).join(', '), sensations.map(bodyLabel).join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </Fact>
            )}
            {unmet.length > 0 && <Fact term="Needs that felt unmet">{unmet.map(needLabel).join(', ')}</Fact>}
            {met.length > 0 && <Fact term="Needs that felt met">{met.map(needLabel).join(', ')}</Fact>}
            {payload.care && <Fact term="Something you could do for yourself">{payload.care}</Fact>}
            {payload.note && (
              <Fact term="Your note">
                <span className="checkin-detail__note">{payload.note}</span>
              </Fact>
            )}
          </dl>
        ) : (
          <p className="muted">Just the feeling, this time. That is enough.</p>
        )}
        {payload.reflection && (
          <dl className="checkin-detail__facts">
            <Fact term="What you could give yourself">{payload.reflection}</Fact>
          </dl>
        )}
        {payload.journalId && (
          <p>
            <Link to={pathTo('journal', payload.journalId)}>Open the journal entry it came from</Link>
          </p>
        )}
      </article>
      <SameDay day={when} currentId={record.id} />
      <div className="button-row">
        <ButtonLink to={pathTo('checkin')} variant="quiet">
          Back to check-in
        </ButtonLink>
      </div>
    </div>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="checkin-detail__fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The pad in miniature, with the point where this check-in sat. */
function MiniPad({ pleasantness, energy }: { pleasantness: number; energy: number }) {
  const dot = useRef<HTMLSpanElement>(null);
  // Positioned through the CSSOM, which the strict CSP allows (inline style attributes it does not).
  useEffect(() => {
    const { left, top } = positionOf({ pleasantness, energy });
    dot.current?.style.setProperty('--pad-x', `${left}%`);
    dot.current?.style.setProperty('--pad-y', `${top}%`);
  }, [pleasantness, energy]);
  return (
    <div className="mini-pad" aria-hidden="true">
      <span ref={dot} className="mood-pad__dot mini-pad__dot" />
    </div>
  );
}

/** Every check-in of the same day, this one marked, when there is more than one. */
function SameDay({ day, currentId }: { day: Date; currentId: string }) {
  const start = startOfDay(day);
  const checkins = useCheckinsBetween(start, addDays(start, 1));
  const items = [...(checkins.data ?? [])].reverse();
  if (items.length < 2) return null;
  return (
    <nav className="stack-s" aria-labelledby="same-day-title">
      <h2 id="same-day-title" className="subsection-title">
        That day
      </h2>
      <ol className="entry-list" role="list">
        {items.map(({ record, payload }) => (
          <li key={record.id} className="entry-list__item">
            <Link
              className="entry-list__link"
              to={pathTo('checkin', record.id)}
              aria-current={record.id === currentId ? 'page' : undefined}
            >
              {format(new Date(record.occurredAt), 'HH:mm')} · {payload.feelings.join(', ')}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
