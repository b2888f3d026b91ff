import type { SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { pathTo } from '../../../../core/practices/catalogue.js';
import { SECURE_SELF_PARTS } from '../../../../core/rituals/secureSelf.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { useToast } from '../../../components/Toast.js';
import { useLatestRecord, useRecordChanges, type Kept } from '../../../data/records.js';
import { LettingGo } from '../LettingGo.js';
import { useWords } from './parts.js';
import '../../../styles/secure-self.css';

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
  const toast = useToast();
  const { action, fields, payload, textAreas } = useWords(SECURE_SELF_PARTS, 'secure-self', current?.payload);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        const words = payload('Write a few words in any part first.', 'A few words in any part is enough.');
        return current
          ? changes.update(current.record.id, { payload: words })
          : changes.create({ kind: 'secure_self', payload: words });
      })
      .then((result) => {
        if (!result.ok) return;
        toast.show('Kept your words.', 'success');
        void navigate(pathTo('secure-self'));
      });
  };

  return (
    <form className="stack-l secure-self-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={action.problem} fields={fields} />
      {textAreas}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={action.pending}>
          Keep these words
        </Button>
        <ButtonLink to={pathTo('secure-self')} variant="quiet">
          Cancel
        </ButtonLink>
      </div>
      {current && (
        <LettingGo
          id="secure-self-again"
          heading="Starting again"
          kind="secure_self"
          recordId={current.record.id}
          deleteLabel="Delete this description"
          question="Delete your description?"
          description="It moves to the trash, where you can bring it back from Settings as long as you have not written a new one. Your reflections stay."
          back={pathTo('secure-self')}
        >
          You keep one description. If you would rather begin afresh, this one goes to the trash; your
          reflections stay.
        </LettingGo>
      )}
    </form>
  );
}
