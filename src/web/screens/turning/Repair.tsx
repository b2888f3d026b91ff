import { useId, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { REPAIR_WITH, repairKind, type RepairPayload } from '../../../core/turning/kinds.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { RecordSection } from '../../components/RecordSection.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../data/records.js';
import { CriticEcho } from './CriticEcho.js';
import '../../styles/turning.css';

const WITH_LABELS: Record<(typeof REPAIR_WITH)[number], string> = {
  myself: 'With myself',
  someone: 'With someone else',
  both: 'Both',
};

interface Fields {
  what: string;
  standard: string;
  feel: string;
  friend: string;
  repair: string;
  repairWith: (typeof REPAIR_WITH)[number] | null;
  nextStep: string;
}

const EMPTY: Fields = {
  what: '',
  standard: '',
  feel: '',
  friend: '',
  repair: '',
  repairWith: null,
  nextStep: '',
};

/** Repair with myself: after a slip, honest about what happened and kind about it, with one small step. */
export function RepairScreen() {
  return (
    <div className="turning stack-xl">
      <PageHeader title="Repair with myself" eyebrow="Turning towards">
        <p>
          Everyone falls short of their own standards sometimes. This is a way to look at it honestly, without
          piling on, and to choose what comes next.
        </p>
      </PageHeader>
      <RepairForm />
      <RepairList />
    </div>
  );
}

function RepairForm() {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const changes = useRecordChanges();
  const toast = useToast();
  const name = useId();
  const set = (patch: Partial<Fields>) => {
    setMissing(false);
    setFields((f) => ({ ...f, ...patch }));
  };

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.pending) return;
    if (!fields.what.trim()) {
      setMissing(true);
      return;
    }
    const opt = (key: 'standard' | 'feel' | 'friend' | 'repair' | 'nextStep') =>
      fields[key].trim() ? { [key]: fields[key] } : {};
    const result = await action.run(() =>
      changes.create({
        kind: 'repair',
        payload: {
          what: fields.what,
          ...opt('standard'),
          ...opt('feel'),
          ...opt('friend'),
          ...opt('repair'),
          ...opt('nextStep'),
          ...(fields.repairWith ? { repairWith: fields.repairWith } : {}),
        },
      }),
    );
    if (!result.ok) return;
    setFields(EMPTY);
    toast.show('Kept. Thank you for coming back to yourself.', 'success');
  };

  return (
    <Card as="section" aria-labelledby="repair-new" className="stack">
      <h2 id="repair-new" className="subsection-title">
        Coming back to myself
      </h2>
      <p className="turning-note">
        Is the critic loud right now? You might{' '}
        <Link to={pathTo('inner-critic', 'new')}>talk with it first</Link>, and come back here after.
      </p>
      <form className="stack" onSubmit={(event) => void keep(event)} noValidate>
        <ErrorSummary problem={action.problem} />
        <TextArea
          label="What happened?"
          rows={3}
          maxLength={2000}
          value={fields.what}
          error={missing ? 'A few words about what happened are enough to keep this.' : undefined}
          onChange={(event) => set({ what: event.target.value })}
        />
        <CriticEcho text={fields.what} />
        <TextField
          label="What standard or value did it touch?"
          hint="Something you care about, like honesty, being on time, or kindness."
          maxLength={500}
          value={fields.standard}
          onChange={(event) => set({ standard: event.target.value })}
        />
        <TextArea
          label="What do you feel about it now?"
          rows={2}
          maxLength={1000}
          value={fields.feel}
          onChange={(event) => set({ feel: event.target.value })}
        />
        <CriticEcho text={fields.feel} />
        <TextArea
          label="What would a kind and honest friend say?"
          hint="Someone who sees what went wrong, and stays on your side."
          rows={3}
          maxLength={2000}
          value={fields.friend}
          onChange={(event) => set({ friend: event.target.value })}
        />
        <fieldset className="segmented">
          <legend className="segmented__legend">The repair is</legend>
          <div className="segmented__options">
            {REPAIR_WITH.map((value) => (
              <label key={value} className="segmented__option">
                <input
                  type="radio"
                  name={name}
                  value={value}
                  checked={fields.repairWith === value}
                  onChange={() => set({ repairWith: value })}
                />
                <span>{WITH_LABELS[value]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextArea
          label="What repair do you choose?"
          rows={2}
          maxLength={1000}
          value={fields.repair}
          onChange={(event) => set({ repair: event.target.value })}
        />
        <TextField
          label="One small next step"
          maxLength={500}
          value={fields.nextStep}
          onChange={(event) => set({ nextStep: event.target.value })}
        />
        {missing && <InlineError>Write a few words about what happened first.</InlineError>}
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep this
          </Button>
        </div>
      </form>
    </Card>
  );
}

function RepairList() {
  return (
    <RecordSection
      kind="repair"
      pageSize={10}
      id="repair-list"
      heading="Earlier repairs"
      loading="Loading your repairs…"
      empty={{ title: 'Nothing here yet', body: <p>What you keep here stays for you to read back.</p> }}
      more
    >
      {(items) => (
        <ul className="turning-list" role="list">
          {items.map((item) => (
            <RepairItem key={item.record.id} item={item} />
          ))}
        </ul>
      )}
    </RecordSection>
  );
}

function RepairItem({ item }: { item: Kept<'repair'> }) {
  const { payload, record } = item;
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const changes = useRecordChanges();
  const title = repairKind.written?.title(payload) ?? 'A repair';
  return (
    <Card as="li" className="turning-list__item stack-s">
      <h3 className="turning-list__title">{title}</h3>
      <p className="turning-list__meta muted">
        <span>{new Date(record.occurredAt).toLocaleDateString([], { dateStyle: 'medium' })}</span>
      </p>
      <RepairLines payload={payload} />
      <div className="button-row">
        <Button small variant="quiet" onClick={() => setConfirming(true)}>
          Delete
          <span className="visually-hidden"> “{title}”</span>
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this repair?"
        description={<p>It moves to the trash in your settings, where you can bring it back.</p>}
        confirmLabel="Delete"
        pending={action.pending}
        problem={action.problem}
        onConfirm={() => void action.run(() => changes.remove('repair', record.id))}
      />
    </Card>
  );
}

function RepairLines({ payload }: { payload: RepairPayload }) {
  const lines: [string, string | undefined][] = [
    ['It touched', payload.standard],
    ['A kind, honest friend would say', payload.friend],
    ['The repair', payload.repair],
    ['Next step', payload.nextStep],
  ];
  return (
    <dl className="turning-lines">
      {lines
        .filter(([, value]) => value?.trim())
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
