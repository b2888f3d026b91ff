import { useId, useState, type SubmitEvent } from 'react';
import type { GrowthPathPayload } from '../../../core/attuning/kinds.js';
import {
  ATTACHMENT_PATTERNS,
  NOT_A_DIAGNOSIS,
  patternById,
  type PatternId,
} from '../../../core/attuning/patterns.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useAction } from '../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../data/records.js';

/** The pattern a person identifies with: chosen, shown, or changed. */
export function PatternChooser({ current }: { current: Kept<'growth_path'> | null }) {
  const changes = useRecordChanges();
  const action = useAction();
  const name = useId();
  const [choice, setChoice] = useState<PatternId | null>(current?.payload.pattern ?? null);
  const [open, setOpen] = useState(!current);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return;
    const payload: GrowthPathPayload = {
      pattern: choice,
      completedSteps: current?.payload.completedSteps ?? [],
    };
    const result = await action.run(() =>
      current
        ? changes.update(current.record.id, { payload })
        : changes.create({ kind: 'growth_path', payload }),
    );
    if (result.ok) setOpen(false);
  };

  if (current && !open) {
    const pattern = patternById(current.payload.pattern);
    return (
      <Card as="section" aria-labelledby="pattern-title" className="stack">
        <h2 id="pattern-title" className="subsection-title">
          The pattern you chose
        </h2>
        <p>
          <strong>{pattern.label}</strong>. {pattern.description}
        </p>
        <p className="not-diagnosis">{NOT_A_DIAGNOSIS}</p>
        <div>
          <Button small onClick={() => setOpen(true)}>
            Change my answer
          </Button>
        </div>
      </Card>
    );
  }

  return (
    <Card as="section" aria-labelledby="pattern-title" className="stack">
      <h2 id="pattern-title" className="subsection-title">
        Which pattern feels closest?
      </h2>
      <p className="not-diagnosis">{NOT_A_DIAGNOSIS}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problem={action.problem} />
        <fieldset className="pattern-options">
          <legend className="visually-hidden">Attachment pattern</legend>
          {ATTACHMENT_PATTERNS.map((pattern) => (
            <label key={pattern.id} className="pattern-option">
              <input
                type="radio"
                name={name}
                value={pattern.id}
                checked={choice === pattern.id}
                onChange={() => setChoice(pattern.id)}
                aria-describedby={`${name}-${pattern.id}`}
              />
              <span className="pattern-option__text">
                <span className="pattern-option__label">{pattern.label}</span>
                <span id={`${name}-${pattern.id}`} className="pattern-option__description">
                  {pattern.description}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Save my answer
          </Button>
          {current && (
            <Button
              variant="quiet"
              onClick={() => {
                setChoice(current.payload.pattern);
                setOpen(false);
              }}
            >
              Keep my answer as it was
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
