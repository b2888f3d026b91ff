import { useCallback, useEffect, useId, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { growthPathSchema, type GrowthPathPayload } from '../../../core/attuning/kinds.js';
import {
  ATTACHMENT_PATTERNS,
  NOT_A_DIAGNOSIS,
  RELATING_GUIDE,
  pathFor,
  pathProgress,
  patternById,
  type PatternId,
  type PracticeRoute,
} from '../../../core/attuning/patterns.js';
import { pillarById } from '../../../core/pillars.js';
import { toProblem } from '../../api/client.js';
import { useHelp } from '../../app/help.js';
import { useApi } from '../../app/session.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError, LoadFailed } from '../../components/InlineError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useAction } from '../../components/useAction.js';
import { useQuery } from '../../components/useQuery.js';
import { keep, type Kept } from './records.js';
import '../../styles/attuning.css';

/** Where each practice link goes, said as an invitation. */
const ROUTE_LABELS: Readonly<Record<PracticeRoute, string>> = {
  '/checkin': 'Open the check-in',
  '/journal': 'Open the journal',
  '/profile': 'Open your profile',
  '/soothing': 'Open your soothing kit',
  '/paths': 'Growth paths',
  '/profile#self-abandonment': 'Open the noticing log',
  '/paths/relating-guide': 'Read the guide',
};

/** Growth paths: the pattern I identify with (never a diagnosis) and a gentle path of practices for it. */
export function PathsScreen() {
  const api = useApi();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const page = await api.records.list({ kind: 'growth_path', limit: 1 }, signal);
      return keep(growthPathSchema, page.items)[0] ?? null;
    },
    [api],
  );
  const { state, reload } = useQuery(load);
  const [saved, setSaved] = useState<Kept<GrowthPathPayload> | null | undefined>(undefined);
  const current = saved !== undefined ? saved : state.status === 'ready' ? state.data : null;

  return (
    <div className="attuning stack-xl">
      <PageHeader title="Growth paths" eyebrow="Attuning">
        <p>
          If you recognise yourself in one of these patterns, Haven can suggest a gentle path of practices for
          it. You can change your answer whenever you like.
        </p>
      </PageHeader>
      {state.status === 'loading' && <Loading label="Loading your path…" />}
      {state.status === 'failed' && <LoadFailed title={state.problem.title} onRetry={reload} />}
      {state.status === 'ready' && (
        <>
          <PatternChooser current={current} onSaved={setSaved} />
          {current && <PathSteps current={current} onSaved={setSaved} />}
        </>
      )}
    </div>
  );
}

function PatternChooser({
  current,
  onSaved,
}: {
  current: Kept<GrowthPathPayload> | null;
  onSaved: (saved: Kept<GrowthPathPayload>) => void;
}) {
  const api = useApi();
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
        ? api.records.update(current.record.id, { payload })
        : api.records.create({ kind: 'growth_path', payload }),
    );
    if (result.ok) {
      onSaved({ record: result.value, payload });
      setOpen(false);
    }
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

function PathSteps({
  current,
  onSaved,
}: {
  current: Kept<GrowthPathPayload>;
  onSaved: (saved: Kept<GrowthPathPayload>) => void;
}) {
  const api = useApi();
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
      const record = await api.records.update(current.record.id, { payload });
      onSaved({ record, payload });
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
                  <Link to={step.practice.route} className="path-step__link">
                    {ROUTE_LABELS[step.practice.route]}
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

/** The guide to healthy and unhealthy ways of relating. */
export function RelatingGuideScreen() {
  const { openHelp } = useHelp();
  return (
    <div className="attuning stack-xl prose-page">
      <p>
        <Link to="/paths">Back to growth paths</Link>
      </p>
      <PageHeader title={RELATING_GUIDE.title} eyebrow="Growth paths">
        <p>{RELATING_GUIDE.intro}</p>
      </PageHeader>
      <div className="relating-guide">
        <Card as="section" aria-labelledby="healthy-title" className="stack relating-guide__healthy">
          <h2 id="healthy-title" className="subsection-title">
            Signs of relating that feels safe
          </h2>
          <ul className="relating-guide__list">
            {RELATING_GUIDE.healthy.map((sign) => (
              <li key={sign.id}>{sign.text}</li>
            ))}
          </ul>
        </Card>
        <Card as="section" aria-labelledby="unhealthy-title" className="stack relating-guide__unhealthy">
          <h2 id="unhealthy-title" className="subsection-title">
            Signs that may need a closer look
          </h2>
          <ul className="relating-guide__list">
            {RELATING_GUIDE.unhealthy.map((sign) => (
              <li key={sign.id}>{sign.text}</li>
            ))}
          </ul>
        </Card>
      </div>
      <p>{RELATING_GUIDE.closing}</p>
      <div className="button-row">
        <Button onClick={openHelp}>See where to find support</Button>
        <ButtonLink to="/journal/new" variant="quiet">
          Write about what comes up
        </ButtonLink>
      </div>
    </div>
  );
}
