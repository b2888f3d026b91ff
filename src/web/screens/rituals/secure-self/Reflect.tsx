import type { SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { pathTo } from '../../../../core/practices/catalogue.js';
import { ALIGNMENT_QUESTIONS } from '../../../../core/rituals/secureSelf.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { useToast } from '../../../components/Toast.js';
import { useLatestRecord, useRecordChanges } from '../../../data/records.js';
import { SecureSelfParts, useWords } from './parts.js';
import '../../../styles/secure-self.css';

/** A short reflection on living from the Secure Self, with its description beside it. */
export function ReflectScreen() {
  const secureSelf = useLatestRecord('secure_self');
  return (
    <div className="secure-self stack-xl">
      <PageHeader title="A moment with your Secure Self" eyebrow="My Secure Self">
        <p>
          A few minutes is plenty. Answer one question or all three, or simply read what you wrote and stop
          there.
        </p>
      </PageHeader>
      <div className="secure-self__layout secure-self__layout--reflect">
        <ReflectionForm />
        <QueryBoundary query={secureSelf} loading="Loading your Secure Self…">
          {(current) => (
            <Card as="section" aria-labelledby="reflect-beside" className="secure-self__beside stack">
              <h2 id="reflect-beside" className="section-title">
                Your Secure Self
              </h2>
              {current ? (
                <SecureSelfParts secureSelf={current} />
              ) : (
                <>
                  <p>You have not described it yet. You can still reflect, or describe it first.</p>
                  <div>
                    <ButtonLink to={pathTo('secure-self', 'define')} small>
                      Describe your Secure Self
                    </ButtonLink>
                  </div>
                </>
              )}
            </Card>
          )}
        </QueryBoundary>
      </div>
    </div>
  );
}

function ReflectionForm() {
  const navigate = useNavigate();
  const changes = useRecordChanges();
  const toast = useToast();
  const { action, fields, payload, textAreas } = useWords(ALIGNMENT_QUESTIONS, 'alignment');

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        const answers = payload(
          'Write a few words for any one question first.',
          'A few words for any question is enough.',
        );
        return changes.create({ kind: 'secure_self_alignment', payload: answers });
      })
      .then((result) => {
        if (!result.ok) return;
        toast.show('Kept your reflection.', 'success');
        void navigate(pathTo('secure-self'));
      });
  };

  return (
    <form className="stack-l secure-self-form" onSubmit={submit} noValidate aria-label="Your reflection">
      <ErrorSummary problem={action.problem} fields={fields} />
      {textAreas}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={action.pending}>
          Keep this reflection
        </Button>
        <ButtonLink to={pathTo('secure-self')} variant="quiet">
          Not now
        </ButtonLink>
      </div>
    </form>
  );
}
