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
import { Segmented, type SegmentedOption } from '../../../components/Segmented.js';

const ANY = 'any';
type Facet<T extends string> = T | typeof ANY;
/** What a person chose of an idea's kind, place and cost; any part may be left open. */
interface Facets {
  kind: Facet<IdeaKind>;
  place: Facet<IdeaPlace>;
  cost: Facet<IdeaCost>;
}
const OPEN: Facets = { kind: ANY, place: ANY, cost: ANY };

/** Haven's ideas and the person's own, filtered by kind, place and cost; choosing one fills the plan. */
export function Ideas({
  own,
  onChoose,
}: {
  own: Kept<'self_date_idea'>[];
  onChoose: (idea: SelfDateIdea) => void;
}) {
  const [facets, setFacets] = useState(OPEN);
  const filter = chosen(facets);
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
        <IdeaFacets value={facets} onChange={setFacets} />
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
  const [facets, setFacets] = useState(OPEN);

  const keep = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await action.run(async () => {
      if (!text.trim()) {
        throw ProblemError.invalid('Your idea is empty.', [
          { path: 'payload.text', message: 'Write a few words' },
        ]);
      }
      return changes.create({ kind: 'self_date_idea', payload: { text, ...chosen(facets) } });
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
        <IdeaFacets value={facets} onChange={setFacets} optional />
        <div className="button-row">
          <Button type="submit" busy={action.pending}>
            Keep this idea
          </Button>
        </div>
      </form>
    </details>
  );
}

/** The kind, place and cost of an idea, each "Any" or one choice: to filter the ideas, or to describe one's own. */
function IdeaFacets({
  value,
  onChange,
  optional = false,
}: {
  value: Facets;
  onChange: (next: Facets) => void;
  optional?: boolean;
}) {
  const legend = (words: string) => (optional ? `${words} (optional)` : words);
  return (
    <>
      <Segmented
        legend={legend('Kind')}
        options={choicesOf(IDEA_KINDS, IDEA_KIND_LABELS)}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind })}
        className="self-date-segments"
      />
      <Segmented
        legend={legend('Where')}
        options={choicesOf(IDEA_PLACES, IDEA_PLACE_LABELS)}
        value={value.place}
        onChange={(place) => onChange({ ...value, place })}
        className="self-date-segments"
      />
      <Segmented
        legend={legend('Cost')}
        options={choicesOf(IDEA_COSTS, IDEA_COST_LABELS)}
        value={value.cost}
        onChange={(cost) => onChange({ ...value, cost })}
        className="self-date-segments"
      />
    </>
  );
}

const choicesOf = <T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): SegmentedOption<Facet<T>>[] => [
  { value: ANY, label: 'Any' },
  ...values.map((value) => ({ value, label: labels[value] })),
];

/** The parts chosen, without the open ones. */
function chosen({ kind, place, cost }: Facets) {
  return {
    ...(kind !== ANY && { kind }),
    ...(place !== ANY && { place }),
    ...(cost !== ANY && { cost }),
  };
}
