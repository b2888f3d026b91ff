import { useId, useState, type SubmitEvent } from 'react';
import type { SelfAbandonmentPayload } from '../../../core/attuning/kinds.js';
import { SELF_ABANDONMENT } from '../../../core/attuning/profile.js';
import { ProblemError, toProblem } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError } from '../../components/InlineError.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useAllRecords, useRecordChanges, type Kept } from '../../data/records.js';
import { dayAndTime } from '../attuning/dates.js';
import { RemovedNotice, type Removal } from '../attuning/Removed.js';

const EMPTY_MOMENT = { what: '', valueOrBoundary: '', felt: '', nextTime: '' };

/** Noticing self-abandonment: a quick, kind log of moments I set myself aside, and what I would like next time. */
export function SelfAbandonmentLog() {
  const moments = useAllRecords('self_abandonment');
  const profile = useAllRecords('profile_item');
  const anchors = (profile.data ?? []).filter((p) => ['values', 'boundaries'].includes(p.payload.section));
  const changes = useRecordChanges();
  const action = useAction();
  const [form, setForm] = useState(EMPTY_MOMENT);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const listId = useId();
  const fields = {
    what: { id: `${listId}-what`, label: SELF_ABANDONMENT.fields.what },
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload: SelfAbandonmentPayload = {
      what: form.what.trim(),
      ...(form.valueOrBoundary.trim() ? { valueOrBoundary: form.valueOrBoundary.trim() } : {}),
      ...(form.felt.trim() ? { felt: form.felt.trim() } : {}),
      ...(form.nextTime.trim() ? { nextTime: form.nextTime.trim() } : {}),
    };
    const result = await action.run(async () => {
      if (!payload.what) {
        throw ProblemError.invalid('There is one thing to add first.', [
          { path: 'what', message: 'A few words about what happened are enough.' },
        ]);
      }
      return changes.create({ kind: 'self_abandonment', payload });
    });
    if (result.ok) setForm(EMPTY_MOMENT);
  };

  const remove = async (item: Kept<'self_abandonment'>) => {
    setRemoveError(null);
    try {
      await changes.remove('self_abandonment', item.record.id);
      setRemoval({ id: item.record.id, label: 'That moment' });
    } catch (error) {
      setRemoveError(toProblem(error).title);
    }
  };

  return (
    <Card
      as="section"
      id="self-abandonment"
      tabIndex={-1}
      aria-labelledby="self-abandonment-title"
      className="stack profile-section"
    >
      <h2 id="self-abandonment-title" className="section-title">
        {SELF_ABANDONMENT.heading}
      </h2>
      <p className="muted">{SELF_ABANDONMENT.description}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problem={action.problem} fields={fields} />
        <TextArea
          id={fields.what.id}
          label={SELF_ABANDONMENT.fields.what}
          rows={3}
          maxLength={2000}
          value={form.what}
          error={action.fieldError('what')}
          onChange={(event) => setForm({ ...form, what: event.target.value })}
        />
        <TextField
          label={SELF_ABANDONMENT.fields.valueOrBoundary}
          hint="Optional. Your values and boundaries are offered as you type."
          list={`${listId}-anchors`}
          maxLength={300}
          value={form.valueOrBoundary}
          onChange={(event) => setForm({ ...form, valueOrBoundary: event.target.value })}
        />
        <datalist id={`${listId}-anchors`}>
          {anchors.map((a) => (
            <option key={a.record.id} value={a.payload.text} />
          ))}
        </datalist>
        <TextArea
          label={SELF_ABANDONMENT.fields.felt}
          hint="Optional."
          rows={2}
          maxLength={1000}
          value={form.felt}
          onChange={(event) => setForm({ ...form, felt: event.target.value })}
        />
        <TextArea
          label={SELF_ABANDONMENT.fields.nextTime}
          hint="Optional."
          rows={2}
          maxLength={1000}
          value={form.nextTime}
          onChange={(event) => setForm({ ...form, nextTime: event.target.value })}
        />
        <div>
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep this moment
          </Button>
        </div>
      </form>
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={() => setRemoval(null)}
          onRestored={() => setRemoval(null)}
        />
      )}
      {removeError && <InlineError>{removeError}</InlineError>}
      <QueryBoundary query={moments} loading="Loading what you noticed…">
        {(items) =>
          items.length === 0 ? (
            <EmptyState title="Nothing noted yet">
              When you notice a moment like this, you might jot it down here. Noticing is already a step back
              towards yourself.
            </EmptyState>
          ) : (
            <ul className="moment-list" role="list">
              {items.map((item) => (
                <Moment key={item.record.id} item={item} onRemove={() => void remove(item)} />
              ))}
            </ul>
          )
        }
      </QueryBoundary>
    </Card>
  );
}

function Moment({ item, onRemove }: { item: Kept<'self_abandonment'>; onRemove: () => void }) {
  return (
    <li className="moment-list__item stack-s">
      <p className="item-list__meta">
        <time dateTime={item.record.occurredAt}>{dayAndTime(item.record.occurredAt)}</time>
      </p>
      <p>{item.payload.what}</p>
      {item.payload.valueOrBoundary && (
        <p>
          <span className="moment-list__label">What I set aside:</span> {item.payload.valueOrBoundary}
        </p>
      )}
      {item.payload.felt && (
        <p>
          <span className="moment-list__label">What I felt:</span> {item.payload.felt}
        </p>
      )}
      {item.payload.nextTime && (
        <p>
          <span className="moment-list__label">Next time:</span> {item.payload.nextTime}
        </p>
      )}
      <div>
        <Button small variant="quiet" onClick={onRemove}>
          Remove<span className="visually-hidden"> this moment</span>
        </Button>
      </div>
    </li>
  );
}
