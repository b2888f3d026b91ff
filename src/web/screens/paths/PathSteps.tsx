import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { GrowthPathPayload } from '../../../core/attuning/kinds.js';
import { pathFor, pathProgress, STEP_PLACES, type StepPlace } from '../../../core/attuning/patterns.js';
import { pathTo, type PracticeId } from '../../../core/practices/catalogue.js';
import { pillarById } from '../../../core/pillars.js';
import { toProblem } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { InlineError } from '../../components/InlineError.js';
import { useRecordChanges, type Kept } from '../../data/records.js';

/** Where each practice link goes, said as an invitation. */
const PLACE_LABELS: Readonly<Record<StepPlace, string>> = {
  checkin: 'Open the check-in',
  journal: 'Open the journal',
  profile: 'Open your profile',
  soothing: 'Open your soothing kit',
  paths: 'Growth paths',
  'self-abandonment': 'Open the noticing log',
  'relating-guide': 'Read the guide',
};

/** The address of a step's practice; the type checks that every practice a step names is in the catalogue. */
function stepHref(place: StepPlace): string {
  const where: { practice: PracticeId; page?: string; section?: string } = STEP_PLACES[place];
  const path = where.page ? pathTo(where.practice, where.page) : pathTo(where.practice);
  return where.section ? `${path}#${where.section}` : path;
}

/** The steps of the path for the chosen pattern, each marked explored or not yet. */
export function PathSteps({ current }: { current: Kept<'growth_path'> }) {
  const changes = useRecordChanges();
  const path = pathFor(current.payload.pattern);
  const { done, total } = pathProgress(path, current.payload.completedSteps);
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const barRef = useBar(done, total);

  const toggle = async (stepId: string, explored: boolean) => {
    const completed = current.payload.completedSteps.filter((id) => id !== stepId);
    const payload: GrowthPathPayload = {
      ...current.payload,
      completedSteps: explored ? [...completed, stepId] : completed,
    };
    setPending(stepId);
    setError(null);
    try {
      await changes.update(current.record.id, { payload });
    } catch (problem) {
      setError(toProblem(problem).title);
    } finally {
      setPending(null);
    }
  };

  return (
    <section className="stack" aria-labelledby="path-title">
      <div className="stack-s">
        <h2 id="path-title" className="section-title">
          {path.title}
        </h2>
        <p className="muted">{path.intro}</p>
      </div>
      <div className="path-progress">
        <p>
          {done} of {total} explored
        </p>
        <div className="path-progress__track" aria-hidden="true">
          <span ref={barRef} className="path-progress__fill" />
        </div>
        <p className="muted path-progress__note">
          Explore in any order, at any pace, and come back to any step.
        </p>
      </div>
      {error && <InlineError>{error}</InlineError>}
      <ol className="path-steps" role="list">
        {path.steps.map((step, index) => {
          const explored = current.payload.completedSteps.includes(step.id);
          return (
            <li key={step.id} className="path-step card" data-explored={explored || undefined}>
              <span className="path-step__number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="stack-s path-step__body">
                <h3 className="path-step__title">
                  {step.title}
                  {explored && <span className="badge">Explored</span>}
                </h3>
                <p>{step.description}</p>
                <p className="muted path-step__pillar">From {pillarById(step.practice.pillar).name}</p>
                <div className="button-row">
                  <Link to={stepHref(step.practice.place)} className="path-step__link">
                    {PLACE_LABELS[step.practice.place]}
                    <span className="visually-hidden">: {step.title}</span>
                  </Link>
                  <Button
                    small
                    variant={explored ? 'quiet' : 'secondary'}
                    busy={pending === step.id}
                    onClick={() => void toggle(step.id, !explored)}
                  >
                    {explored ? 'Mark as not yet' : 'Mark as explored'}
                    <span className="visually-hidden">: {step.title}</span>
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The progress bar's width is set through the CSSOM, which the CSP allows. */
function useBar(done: number, total: number) {
  const [bar, setBar] = useState<HTMLSpanElement | null>(null);
  useEffect(() => {
    bar?.style.setProperty('--done', `${total > 0 ? (done / total) * 100 : 0}%`);
  }, [bar, done, total]);
  return setBar;
}
