import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { letterDay, letterState } from '../../../core/delight/letters.js';
import { isEnvelope } from '../../../core/delight/kinds.js';
import { pathTo } from '../../../core/practices/catalogue.js';
import { ButtonLink } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { useRecord, useRecordChanges, type Kept } from '../../data/records.js';
import { OpenEarly } from './OpenEarly.js';
import { ownZone } from './letterData.js';
import '../../styles/delight.css';

/** One letter: sealed (only when it opens), or open to read, with the day it was written. */
export function LetterScreen() {
  const { letterId = '' } = useParams();
  const letter = useRecord(letterId, 'letter');
  return (
    <div className="delight stack-xl">
      <QueryBoundary query={letter} loading="Finding your letter…">
        {(kept) => <LetterPage letter={kept} />}
      </QueryBoundary>
    </div>
  );
}

function LetterPage({ letter }: { letter: Kept<'letter'> }) {
  const zone = ownZone();
  const { payload, record } = letter;
  const written = letterDay(record.createdAt, zone);
  useMarkRead(letter);
  if (isEnvelope(payload)) {
    return (
      <>
        <PageHeader title="A sealed letter" eyebrow="Letters to yourself">
          <p>
            Written {written}. It opens on {letterDay(payload.opensAt, zone)}; until then its words stay
            sealed, even from this screen.
          </p>
        </PageHeader>
        <div className="button-row">
          <OpenEarly id={record.id} opensAt={payload.opensAt} prominent />
          <ButtonLink to={pathTo('letters')} variant="quiet">
            Back to your letters
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader title="A letter from you" eyebrow="Letters to yourself">
        <p>
          Written {written}
          {payload.openedEarlyAt
            ? `, opened early on ${letterDay(payload.openedEarlyAt, zone)}.`
            : `, for ${letterDay(payload.opensAt, zone)}.`}
        </p>
      </PageHeader>
      <article className="letter-paper motion-open" aria-label={`Your letter, written ${written}`}>
        <p className="letter-paper__text">{payload.text}</p>
      </article>
      <div className="button-row">
        <ButtonLink to={pathTo('letters')} variant="secondary">
          Back to your letters
        </ButtonLink>
      </div>
    </>
  );
}

/** The first reading of an arrived letter is kept, so the home stops saying it has arrived. */
function useMarkRead({ record, payload }: Kept<'letter'>) {
  const changes = useRecordChanges();
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || isEnvelope(payload) || letterState(payload) !== 'arrived') return;
    marked.current = true;
    void changes
      .update(record.id, { payload: { ...payload, readAt: new Date().toISOString() } })
      .catch(() => {
        // Not kept this time: the home says it has arrived until a reading is.
        marked.current = false;
      });
  }, [changes, record.id, payload]);
}
