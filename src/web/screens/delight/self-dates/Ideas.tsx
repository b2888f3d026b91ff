import { useState, type SubmitEvent } from 'react';
import {
  filterIdeas,
  IDEA_COST_LABELS,
  IDEA_COSTS,
  IDEA_KIND_LABELS,
  IDEA_KINDS,
  IDEA_PLACE_LABELS,
  IDEA_PLACES,
  SELF_DATE_IDEAS,
  type IdeaCost,
  type IdeaKind,
  type IdeaPlace,
  type SelfDateIdea,
} from '../../../../core/delight/selfDates.js';
import { ProblemError } from '../../../api/client.js';
import { Button } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { TextField } from '../../../components/TextField.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../../data/records.js';
import { Segmented } from '../../../components/Segmented.js';

type Any = 'any';
const any = { value: 'any' as const, label: 'Any' };
const choicesOf = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) => [
  any,
  ...values.map((value) => ({ value, label: labels[value] })),
];
const given = <T extends string>(value: T | Any): T | undefined => (value === 'any' ? undefined : value);

/** Haven's ideas and the person's own, filtered by kind, place and cost; choosing one fills the plan. */
export function Ideas({
  own,
  onChoose,
}: {
  own: Kept<'self_date_idea'>[];
  onChoose: (idea: SelfDateIdea) => void;
}) {
  const [kind, setKind] = useState<IdeaKind | Any>('any');
  const [place, setPlace] = useState<IdeaPlace | Any>('any');
  const [cost, setCost] = useState<IdeaCost | Any>('any');
  const filter = { kind: given(kind), place: given(place), cost: given(cost) };
  const mine: SelfDateIdea[] = own.map((o) => ({ id: o.record.id, ...o.payload }));
  const shown = [...filterIdeas(mine, filter), ...filterIdeas(SELF_DATE_IDEAS, filter)];
  const mineIds = new Set(mine.map((m) => m.id));

  return (
    <section aria-labelledby="self-date-ideas" className="card stack self-date-ideas">
      <h2 id="self-date-ideas" className="section-title">
        Ideas, if you would like one
      </h2>
      <p className="muted">Choose one to plan it, or keep an idea of your own for another day.</p>
      <div className="self-date-filters">
        <Segmented
          legend="Kind"
          options={choicesOf(IDEA_KINDS, IDEA_KIND_LABELS)}
          value={kind}
          onChange={setKind}
          className="self-date-segments"
        />
        <Segmented
          legend="Where"
          options={choicesOf(IDEA_PLACES, IDEA_PLACE_LABELS)}
          value={place}
          onChange={setPlace}
          className="self-date-segments"
        />
        <Segmented
          legend="Cost"
          options={choicesOf(IDEA_COSTS, IDEA_COST_LABELS)}
          value={cost}
          onChange={setCost}
          className="self-date-segments"
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {shown.length === 1 ? 'One idea fits.' : `${shown.length} ideas fit.`}
      </p>
      {shown.length === 0 ? (
        <p className="muted">No idea fits all of those. You might loosen one of them.</p>
      ) : (
        <ul className="self-date-idea-list" role="list" aria-label="Ideas">
          {shown.map((idea) => (
            <li key={idea.id} className="self-date-idea">
              <button type="button" className="self-date-idea__choose" onClick={() => onChoose(idea)}>
                <span className="self-date-idea__text">{idea.text}</span>
                <span className="self-date-idea__tags muted">
                  {[
                    mineIds.has(idea.id) ? 'Your idea' : undefined,
                    idea.kind ? IDEA_KIND_LABELS[idea.kind] : undefined,
                    idea.place ? IDEA_PLACE_LABELS[idea.place] : undefined,
                    idea.cost ? IDEA_COST_LABELS[idea.cost] : undefined,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className="visually-hidden">: plan this</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <OwnIdea />
    </section>
  );
}

function OwnIdea() {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<IdeaKind | Any>('any');
  const [place, setPlace] = useState<IdeaPlace | Any>('any');
  const [cost, setCost] = useState<IdeaCost | Any>('any');

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      if (!text.trim()) {
        throw ProblemError.invalid('Your idea is empty.', [
          { path: 'payload.text', message: 'Write a few words' },
        ]);
      }
      const k = given(kind);
      const p = given(place);
      const c = given(cost);
      return changes.create({
        kind: 'self_date_idea',
        payload: { text, ...(k ? { kind: k } : {}), ...(p ? { place: p } : {}), ...(c ? { cost: c } : {}) },
      });
    });
    if (result.ok) {
      setText('');
      toast.show('Your idea is kept with the others.', 'success');
    }
  };

  return (
    <details className="self-date-own">
      <summary className="self-date-own__summary">Keep an idea of your own</summary>
      <form className="stack" onSubmit={(event) => void keep(event)} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{ 'payload.text': { id: 'self-date-own-idea', label: 'Your idea' } }}
        />
        <TextField
          id="self-date-own-idea"
          label="Your idea"
          maxLength={200}
          value={text}
          error={action.fieldError('payload.text')}
          onChange={(event) => setText(event.target.value)}
        />
        <Segmented
          legend="What kind (optional)"
          options={choicesOf(IDEA_KINDS, IDEA_KIND_LABELS)}
          value={kind}
          onChange={setKind}
          className="self-date-segments"
        />
        <Segmented
          legend="Where (optional)"
          options={choicesOf(IDEA_PLACES, IDEA_PLACE_LABELS)}
          value={place}
          onChange={setPlace}
          className="self-date-segments"
        />
        <Segmented
          legend="Cost (optional)"
          options={choicesOf(IDEA_COSTS, IDEA_COST_LABELS)}
          value={cost}
          onChange={setCost}
          className="self-date-segments"
        />
        <div className="button-row">
          <Button type="submit" busy={action.pending}>
            Keep this idea
          </Button>
        </div>
      </form>
    </details>
  );
}
