import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { pathTo } from '../../../../core/practices/catalogue.js';
import {
  hasWords,
  PART_MAX,
  SECURE_SELF_PARTS,
  type SecureSelfPartKey,
  type SecureSelfPayload,
} from '../../../../core/rituals/secureSelf.js';
import { ProblemError } from '../../../api/client.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { TextArea } from '../../../components/TextArea.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import { useLatestRecord, useRecordChanges, type Kept } from '../../../data/records.js';
import '../../../styles/secure-self.css';

const fieldId = (key: SecureSelfPartKey) => `secure-self-${key}`;

const FIELDS = Object.fromEntries(
  SECURE_SELF_PARTS.map(({ key, label }) => [`payload.${key}`, { id: fieldId(key), label }]),
);

type Words = Record<SecureSelfPartKey, string>;

/** Describing the Secure Self, or changing the words. */
export function DefineSecureSelfScreen() {
  const secureSelf = useLatestRecord('secure_self');
  return (
    <div className="secure-self stack-xl">
      <QueryBoundary
        query={secureSelf}
        loading="Loading your Secure Self…"
        actions={<ButtonLink to={pathTo('secure-self')}>Back to your Secure Self</ButtonLink>}
      >
        {(current) => (
          <>
            <PageHeader title="Your Secure Self, in your words" eyebrow="My Secure Self">
              <p>
                Write as much or as little as you like, in any order. The questions are only there to start
                you off; leave any part empty, and come back whenever you like.
              </p>
            </PageHeader>
            <SecureSelfForm current={current} />
          </>
        )}
      </QueryBoundary>
    </div>
  );
}

function SecureSelfForm({ current }: { current: Kept<'secure_self'> | null }) {
  const navigate = useNavigate();
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [words, setWords] = useState<Words>(() => {
    const start = {} as Words;
    for (const { key } of SECURE_SELF_PARTS) start[key] = current?.payload[key] ?? '';
    return start;
  });
  const [confirmDelete, setConfirmDelete] = useState(false);

  const payload = (): SecureSelfPayload => {
    const out: SecureSelfPayload = {};
    for (const { key } of SECURE_SELF_PARTS) {
      const text = words[key].trim();
      if (text) out[key] = text;
    }
    return out;
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        if (!hasWords(Object.values(words))) {
          const first = SECURE_SELF_PARTS[0].key;
          throw ProblemError.invalid('Write a few words in any part first.', [
            { path: `payload.${first}`, message: 'A few words in any part is enough.' },
          ]);
        }
        return current
          ? changes.update(current.record.id, { payload: payload() })
          : changes.create({ kind: 'secure_self', payload: payload() });
      })
      .then((result) => {
        if (!result.ok) return;
        toast.show('Kept your words.', 'success');
        void navigate(pathTo('secure-self'));
      });
  };

  const remove = () => {
    if (!current) return;
    void action
      .run(() => changes.remove('secure_self', current.record.id))
      .then((result) => {
        if (!result.ok) return;
        setConfirmDelete(false);
        toast.show('Moved to the trash. You can bring it back from Settings.', 'success');
        void navigate(pathTo('secure-self'));
      });
  };

  return (
    <form className="stack-l secure-self-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={action.problem} fields={FIELDS} />
      {SECURE_SELF_PARTS.map(({ key, label, prompts }) => (
        <TextArea
          key={key}
          id={fieldId(key)}
          label={label}
          hint={prompts.join(' ')}
          rows={4}
          maxLength={PART_MAX}
          value={words[key]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (action.problem) action.reset();
            setWords((now) => ({ ...now, [key]: value }));
          }}
          error={action.fieldError(`payload.${key}`)}
        />
      ))}
      <div className="button-row secure-self-form__actions">
        <Button type="submit" variant="primary" busy={action.pending}>
          Keep these words
        </Button>
        <ButtonLink to={pathTo('secure-self')} variant="quiet">
          Cancel
        </ButtonLink>
      </div>
      {current && (
        <section aria-labelledby="secure-self-again" className="stack-s secure-self-form__more">
          <h2 id="secure-self-again" className="subsection-title">
            Starting again
          </h2>
          <p className="muted">
            You keep one description. If you would rather begin afresh, this one goes to the trash; your
            reflections stay.
          </p>
          <div>
            <Button variant="danger" onClick={() => setConfirmDelete(true)}>
              Delete this description
            </Button>
          </div>
          <ConfirmDialog
            open={confirmDelete}
            onOpenChange={setConfirmDelete}
            title="Delete your description?"
            description="It moves to the trash, where you can bring it back from Settings as long as you have not written a new one. Your reflections stay."
            confirmLabel="Delete"
            tone="danger"
            pending={action.pending}
            onConfirm={remove}
          />
        </section>
      )}
    </form>
  );
}
