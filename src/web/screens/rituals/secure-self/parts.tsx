import { format } from 'date-fns';
import { useState } from 'react';
import {
  answeredQuestions,
  hasWords,
  keptWords,
  PART_MAX,
  writtenParts,
} from '../../../../core/rituals/secureSelf.js';
import { ProblemError } from '../../../api/client.js';
import { TextArea } from '../../../components/TextArea.js';
import { useAction } from '../../../components/useAction.js';
import type { Kept } from '../../../data/records.js';

/** The Secure Self as the person wrote it, part by part; only the parts with words in them. */
export function SecureSelfParts({
  secureSelf,
  headingLevel = 3,
}: {
  secureSelf: Kept<'secure_self'>;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="secure-self-parts">
      {writtenParts(secureSelf.payload).map((part) => (
        <div key={part.key} className="secure-self-part">
          <Heading className="secure-self-part__label">{part.label}</Heading>
          <p className="secure-self-part__text">{part.text}</p>
        </div>
      ))}
    </div>
  );
}

/** One reflection: its day, then each question answered. */
export function Reflection({ reflection }: { reflection: Kept<'secure_self_alignment'> }) {
  const day = new Date(reflection.record.occurredAt);
  return (
    <>
      <h3 className="secure-self-reflection__day">
        <time dateTime={reflection.record.occurredAt}>{format(day, 'EEEE d MMMM yyyy')}</time>
      </h3>
      <dl className="secure-self-reflection__answers">
        {answeredQuestions(reflection.payload).map((answer) => (
          <div key={answer.key}>
            <dt>{answer.label}</dt>
            <dd>{answer.text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** A question (or part) the person writes to, with what Haven asks to start them off. */
interface Question<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly prompts?: readonly string[];
}

/**
 * What the Secure Self's two forms share: a text area for each question,
 * the words as typed, and the payload they keep, which needs words for any
 * one question (the first question is named when there are none).
 */
export function useWords<K extends string>(
  questions: readonly [Question<K>, ...Question<K>[]],
  idPrefix: string,
  start?: Partial<Record<K, string>>,
) {
  const action = useAction();
  const [words, setWords] = useState<Partial<Record<K, string>>>(() => ({ ...start }));
  const idOf = (key: K) => `${idPrefix}-${key}`;
  const fields = Object.fromEntries(
    questions.map(({ key, label }) => [`payload.${key}`, { id: idOf(key), label }]),
  );
  /** The words to keep, or a problem when nothing is written: `summary` above the form, `message` at the first question. */
  const payload = (summary: string, message: string) => {
    if (!hasWords(Object.values(words))) {
      throw ProblemError.invalid(summary, [{ path: `payload.${questions[0].key}`, message }]);
    }
    return keptWords(questions, words);
  };
  const textAreas = questions.map(({ key, label, prompts }) => (
    <TextArea
      key={key}
      id={idOf(key)}
      label={label}
      {...(prompts ? { hint: prompts.join(' ') } : {})}
      rows={4}
      maxLength={PART_MAX}
      value={words[key] ?? ''}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (action.problem) action.reset();
        setWords((now) => ({ ...now, [key]: value }));
      }}
      error={action.fieldError(`payload.${key}`)}
    />
  ));
  return { action, fields, payload, textAreas };
}
