import { useEffect, useState, type SubmitEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { useDrafts, useSignedInUser } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../data/records.js';
import { AfterCheckin } from './AfterCheckin.js';
import { CheckinHistory } from './CheckinHistory.js';
import { EMPTY, draftShape, toPayload, type CheckinDraft } from './draft.js';
import { FeelingWords } from './FeelingWords.js';
import { MoodPad } from './MoodPad.js';
import { BodyStep, CareStep, NeedsStep } from './Steps.js';
import '../../styles/attuning.css';
import { pathTo } from '../../../core/practices/catalogue.js';

/** The check-in: how pleasant and energised, which words, then optional body, needs and care. */
export function CheckInScreen() {
  const changes = useRecordChanges();
  const user = useSignedInUser();
  const [params] = useSearchParams();
  const journalId = z.uuid().safeParse(params.get('journal')).data;
  // The check-in in progress is a draft until it is saved (lib/drafts.ts).
  const drafts = useDrafts();
  const [draft, setDraft] = useState<CheckinDraft>(
    () => drafts.read(user.id, 'checkin', (v) => draftShape.safeParse(v).data)?.value ?? EMPTY,
  );
  const [saved, setSaved] = useState<Kept<'checkin'> | null>(null);
  const action = useAction();
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    if (draft === EMPTY) return;
    drafts.write(user.id, 'checkin', draft);
  }, [drafts, draft, user.id]);

  const update = (patch: Partial<CheckinDraft>) => {
    setMissing(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const save = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.pending) return;
    if (!draft.point) return setMissing('Choose a point on the pad first.');
    if (draft.feelings.length === 0) return setMissing('Pick a word or two first, or add your own.');
    const payload = toPayload(draft, draft.point, journalId);
    const result = await action.run(() => changes.create({ kind: 'checkin', payload }));
    if (!result.ok) return;
    drafts.clear(user.id, 'checkin');
    setSaved({ record: result.value, payload });
    setDraft(EMPTY);
  };

  const startAgain = () => {
    setSaved(null);
    setDraft(EMPTY);
    window.scrollTo(0, 0);
  };

  return (
    <div className="attuning stack-xl">
      <PageHeader title="Check in" eyebrow="Attuning">
        <p>A minute to ask yourself how you are. Two steps are enough; the rest is there if you want it.</p>
      </PageHeader>
      {journalId && !saved && (
        <p className="attuning-note">
          This check-in will be linked to{' '}
          <Link to={pathTo('journal', journalId)}>the journal entry you were writing</Link>.
        </p>
      )}
      {saved ? (
        <AfterCheckin saved={saved} onAgain={startAgain} />
      ) : (
        <form className="checkin stack-l" onSubmit={(event) => void save(event)} noValidate>
          <ErrorSummary problem={action.problem} />
          <section className="checkin-step stack" aria-labelledby="step-pad">
            <h2 id="step-pad" className="checkin-step__title">
              <span className="checkin-step__number">1</span> How pleasant, and how much energy?
            </h2>
            <MoodPad value={draft.point} onChange={(point) => update({ point })} />
          </section>
          {draft.point && (
            <FeelingWords
              point={draft.point}
              chosen={draft.feelings}
              onChange={(feelings) => update({ feelings })}
            />
          )}
          {draft.point && (
            <>
              <section className="stack" aria-labelledby="step-more">
                <h2 id="step-more" className="checkin-step__title">
                  If you would like to go further
                </h2>
                <p className="muted">Each of these is optional. Skip any or all of them.</p>
                <BodyStep draft={draft} update={update} />
                <NeedsStep draft={draft} update={update} />
                <CareStep draft={draft} update={update} />
              </section>
              {/* Sticky at the foot of the screen once a word is chosen, so saving is one tap away from any step. */}
              {(draft.feelings.length > 0 || missing) && (
                <div className="checkin-savebar">
                  <p className="checkin-savebar__summary">
                    <span className="visually-hidden">Chosen: </span>
                    {draft.feelings.join(', ')}
                  </p>
                  <Button type="submit" variant="primary" busy={action.pending}>
                    Save check-in
                  </Button>
                  {missing && (
                    <div className="checkin-savebar__missing">
                      <InlineError>{missing}</InlineError>
                    </div>
                  )}
                </div>
              )}
            </>
          )}
        </form>
      )}
      <CheckinHistory />
    </div>
  );
}
