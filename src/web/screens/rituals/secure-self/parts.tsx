import { format } from 'date-fns';
import { answeredQuestions, writtenParts } from '../../../../core/rituals/secureSelf.js';
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
