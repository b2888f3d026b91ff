import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import type { TriggerPayload } from '../../../core/turning/kinds.js';
import { ButtonLink, Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RecordSection } from '../../components/RecordSection.js';
import { TextArea } from '../../components/TextArea.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../data/records.js';
import { ArousalScale, arousalChange } from './Arousal.js';
import '../../styles/attuning.css';
import '../../styles/turning.css';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

/** The trigger log: a line and a number in the moment, and every log kept, to complete later. */
export function TriggerLogScreen() {
  return (
    <div className="turning stack-xl">
      <PageHeader title="Trigger log" eyebrow="Turning towards">
        <p>
          When something sets you off, a line is enough for now. Once things have settled, you can come back
          and add the rest.
        </p>
      </PageHeader>
      <QuickLog />
      <TriggerList />
    </div>
  );
}

function QuickLog() {
  const [what, setWhat] = useState('');
  const [before, setBefore] = useState<number | undefined>(undefined);
  const [missing, setMissing] = useState<string | null>(null);
  const action = useAction();
  const changes = useRecordChanges();
  const navigate = useNavigate();

  const log = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.pending) return;
    if (!what.trim() || before === undefined) {
      setMissing('A few words about what happened, and a number, are all it needs.');
      return;
    }
    const result = await action.run(() =>
      changes.create({ kind: 'trigger', payload: { what, arousalBefore: before } }),
    );
    if (result.ok) void navigate(pathTo('trigger-log', result.value.id), { state: { justLogged: true } });
  };

  return (
    <Card as="section" aria-labelledby="quick-log" className="stack">
      <h2 id="quick-log" className="subsection-title">
        Log it quickly
      </h2>
      <form className="stack" onSubmit={(event) => void log(event)} noValidate>
        <ErrorSummary problem={action.problem} />
        <TextArea
          label="What happened?"
          rows={3}
          maxLength={2000}
          value={what}
          onChange={(event) => {
            setMissing(null);
            setWhat(event.target.value);
          }}
        />
        <ArousalScale
          legend="How stirred up are you right now?"
          value={before}
          onChange={(value) => {
            setMissing(null);
            setBefore(value);
          }}
        />
        {missing && <InlineError>{missing}</InlineError>}
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Log it
          </Button>
          <ButtonLink to={pathTo('breathing')} variant="quiet">
            Breathe first
          </ButtonLink>
        </div>
      </form>
    </Card>
  );
}

function TriggerList() {
  return (
    <RecordSection
      kind="trigger"
      pageSize={20}
      id="trigger-list"
      heading="Your log"
      loading="Loading your trigger log…"
      empty={{
        title: 'Nothing logged yet',
        body: <p>What you log stays here, for you to come back to when you are ready.</p>,
      }}
      more
    >
      {(items) => (
        <ul className="turning-list" role="list">
          {items.map((item) => (
            <TriggerItem key={item.record.id} item={item} />
          ))}
        </ul>
      )}
    </RecordSection>
  );
}

/** Whether only the quick part is there so far. */
export function isQuickOnly(t: TriggerPayload): boolean {
  return (
    t.stories.length === 0 &&
    !t.ownStory?.trim() &&
    t.feelings.length === 0 &&
    t.regulated.length === 0 &&
    t.arousalAfter === undefined &&
    !t.learned?.trim() &&
    !t.reappraisal
  );
}

function TriggerItem({ item }: { item: Kept<'trigger'> }) {
  const { payload, record } = item;
  return (
    <li className={cx('turning-list__item card', arrival(record))}>
      <Link to={pathTo('trigger-log', record.id)} className="turning-list__link">
        {payload.what.length > 120 ? `${payload.what.slice(0, 119).trimEnd()}…` : payload.what}
      </Link>
      <p className="turning-list__meta muted">
        <span>
          {new Date(record.occurredAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
        </span>
        <span>How stirred up: {arousalChange(payload.arousalBefore, payload.arousalAfter)}</span>
        {payload.reappraisal && <span>Tried another reading</span>}
        {isQuickOnly(payload) && <span className="turning-tag">More to add when you are ready</span>}
      </p>
    </li>
  );
}
