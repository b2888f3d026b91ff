import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { pathTo } from '../../../../core/practices/catalogue.js';
import {
  ALIGNMENT_QUESTIONS,
  hasWords,
  PART_MAX,
  type AlignmentKey,
  type AlignmentPayload,
} from '../../../../core/rituals/secureSelf.js';
import { ProblemError } from '../../../api/client.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { Card } from '../../../components/Card.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { TextArea } from '../../../components/TextArea.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import { useLatestRecord, useRecordChanges } from '../../../data/records.js';
import { SecureSelfParts } from './parts.js';
import '../../../styles/secure-self.css';

const fieldId = (key: AlignmentKey) => `alignment-${key}`;

const FIELDS = Object.fromEntries(
  ALIGNMENT_QUESTIONS.map(({ key, label }) => [`payload.${key}`, { id: fieldId(key), label }]),
);

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
  const action = useAction();
  const toast = useToast();
  const [answers, setAnswers] = useState<Record<AlignmentKey, string>>({
    actedFrom: '',
    notYet: '',
    nowWhat: '',
  });

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        if (!hasWords(Object.values(answers))) {
          throw ProblemError.invalid('Write a few words for any one question first.', [
            {
              path: `payload.${ALIGNMENT_QUESTIONS[0].key}`,
              message: 'A few words for any question is enough.',
            },
          ]);
        }
        const payload: AlignmentPayload = {};
        for (const { key } of ALIGNMENT_QUESTIONS) {
          const text = answers[key].trim();
          if (text) payload[key] = text;
        }
        return changes.create({ kind: 'secure_self_alignment', payload });
      })
      .then((result) => {
        if (!result.ok) return;
        toast.show('Kept your reflection.', 'success');
        void navigate(pathTo('secure-self'));
      });
  };

  return (
    <form className="stack-l secure-self-form" onSubmit={submit} noValidate aria-label="Your reflection">
      <ErrorSummary problem={action.problem} fields={FIELDS} />
      {ALIGNMENT_QUESTIONS.map(({ key, label }) => (
        <TextArea
          key={key}
          id={fieldId(key)}
          label={label}
          rows={4}
          maxLength={PART_MAX}
          value={answers[key]}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (action.problem) action.reset();
            setAnswers((now) => ({ ...now, [key]: value }));
          }}
          error={action.fieldError(`payload.${key}`)}
        />
      ))}
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
