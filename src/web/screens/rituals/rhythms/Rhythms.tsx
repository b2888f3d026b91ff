import { format, parseISO } from 'date-fns';
import { useMemo, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { pathTo } from '../../../../core/practices/catalogue.js';
import {
  compare,
  HELPED,
  periodDays,
  revisitDue,
  revisitOn,
  RHYTHM_CATEGORIES,
  saidDrift,
  saidDuration,
  SLIDERS,
  type Helped,
} from '../../../../core/rituals/rhythms.js';
import { WEEKDAY_LABELS, weekdayOf } from '../../../../core/rituals/schedule.js';
import { ProblemError } from '../../../api/client.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { TextArea } from '../../../components/TextArea.js';
import { TextField } from '../../../components/TextField.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../../data/records.js';
import { today } from '../data.js';
import { CATEGORY_TONE } from './DayTrack.js';
import { idealTemplates, useAdjustments, useIdeal, useRealDays } from './data.js';
import '../../../styles/rhythms.css';

const PERIODS = [
  { days: 7, label: '7 days', said: 'the last 7 days' },
  { days: 30, label: '30 days', said: 'the last 30 days' },
] as const;

const nice = (day: string) => format(parseISO(day), 'EEEE d MMMM');

/** My rhythms: the ideal beside real days, where they drift, and one small thing to try. */
export function RhythmsScreen() {
  const now = today();
  const ideal = useIdeal();
  const month = useMemo(() => periodDays(now, 30), [now]);
  const days = useRealDays(month[0] ?? now);
  const adjustments = useAdjustments();
  return (
    <div className="rhythms stack-xl">
      <PageHeader
        title="My rhythms"
        eyebrow="Rituals and routines"
        actions={
          <>
            <ButtonLink to={pathTo('rhythms', 'log')} variant="primary">
              Note how today went
            </ButtonLink>
            <ButtonLink to={pathTo('rhythms', 'ideal')}>Your ideal day</ButtonLink>
          </>
        }
        about={
          <p>
            Your body and mind have their own pace. Sketch the days that suit you, note now and then how days
            really go, and see where the two part ways. Nothing here is a score: it is only a picture, and you
            choose what, if anything, to change.
          </p>
        }
      >
        <p>The days you would choose, beside the days you have.</p>
      </PageHeader>
      <QueryBoundary query={ideal} loading="Loading your rhythms…">
        {(idealKept) => (
          <>
            <QueryBoundary query={adjustments} loading="Loading what you are trying…">
              {(items) => <Revisit adjustments={items} today={now} />}
            </QueryBoundary>
            {idealKept ? (
              <QueryBoundary query={days} loading="Loading the days you noted…">
                {(real) => (
                  <>
                    <SideBySide ideal={idealKept} real={real} today={now} />
                    <QueryBoundary query={adjustments} loading="Loading what you are trying…">
                      {(items) => (
                        <Adjustments adjustments={items} today={now} ideal={idealKept} real={real} />
                      )}
                    </QueryBoundary>
                    <NotedDays real={real} />
                  </>
                )}
              </QueryBoundary>
            ) : (
              <EmptyState
                title="No ideal day yet"
                action={
                  <ButtonLink to={pathTo('rhythms', 'ideal')} variant="primary">
                    Lay out your ideal day
                  </ButtonLink>
                }
              >
                <p>
                  Start with the day you would choose: when you sleep, eat, rest and see people. A rough
                  sketch is plenty.
                </p>
              </EmptyState>
            )}
          </>
        )}
      </QueryBoundary>
    </div>
  );
}

function SideBySide({
  ideal,
  real,
  today: now,
}: {
  ideal: Kept<'rhythm_ideal'>;
  real: Kept<'rhythm_day'>[];
  today: string;
}) {
  const [span, setSpan] = useState<7 | 30>(7);
  const period = useMemo(() => periodDays(now, span), [now, span]);
  const result = compare(
    idealTemplates(ideal),
    real.map((r) => r.payload),
    period,
  );
  const widest = Math.max(60, ...result.categories.flatMap((c) => [c.ideal, c.real]));
  const spanLabel = PERIODS.find((p) => p.days === span)?.said ?? '';
  return (
    <section className="card stack rhythm-compare" aria-labelledby="rhythm-compare">
      <div className="rhythm-compare__head">
        <h2 id="rhythm-compare" className="section-title">
          Your ideal beside your days
        </h2>
        <fieldset className="segmented segmented--compact">
          <legend className="visually-hidden">Over the last</legend>
          <div className="segmented__options">
            {PERIODS.map((p) => (
              <label key={p.days} className="segmented__option">
                <input
                  type="radio"
                  name="rhythm-span"
                  checked={span === p.days}
                  onChange={() => setSpan(p.days)}
                />
                <span>{p.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {result.daysWithBlocks === 0 && result.daysWithSliders === 0 ? (
        <p className="muted">
          No days noted in {spanLabel}. That is fine: when you note one, it appears here beside your ideal.
        </p>
      ) : (
        <>
          {result.daysWithBlocks > 0 && (
            <div className="stack-s">
              <h3 className="subsection-title">Where your days drifted most</h3>
              {result.drifts.length === 0 ? (
                <p>Your days were close to your ideal, within half an hour a day for everything.</p>
              ) : (
                <ul className="rhythm-drifts" role="list">
                  {result.drifts.map((d) => (
                    <li key={d.key}>{saidDrift(d)}</li>
                  ))}
                </ul>
              )}
              <p className="muted">
                An average over {result.daysWithBlocks} {result.daysWithBlocks === 1 ? 'day' : 'days'} you
                noted as blocks, each beside the ideal for its day of the week.
              </p>
            </div>
          )}
          {result.categories.length > 0 && (
            <table className="rhythm-table">
              <caption className="visually-hidden">
                Hours a day, hoped for and as they went, over {spanLabel}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Kind of time</th>
                  <th scope="col">Hoped for and as it went, a day</th>
                </tr>
              </thead>
              <tbody>
                {result.categories.map((c) => {
                  const category = RHYTHM_CATEGORIES.find((r) => r.id === c.key)?.id ?? 'own';
                  return (
                    <tr key={c.key} className={`rhythm-tone-${CATEGORY_TONE[category]}`}>
                      <th scope="row">{c.label}</th>
                      <td>
                        <div className="rhythm-bars">
                          <div className="rhythm-bar rhythm-bar--ideal">
                            <span className="rhythm-bar__track">
                              <span
                                className="rhythm-bar__fill"
                                style={{ width: `${(c.ideal / widest) * 100}%` }}
                              />
                            </span>
                            <span className="rhythm-bar__text">Hoped {saidDuration(c.ideal)}</span>
                          </div>
                          <div className="rhythm-bar rhythm-bar--real">
                            <span className="rhythm-bar__track">
                              <span
                                className="rhythm-bar__fill"
                                style={{ width: `${(c.real / widest) * 100}%` }}
                              />
                            </span>
                            <span className="rhythm-bar__text">Went {saidDuration(c.real)}</span>
                          </div>
                        </div>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {result.sliders.length > 0 && (
            <div className="stack-s">
              <h3 className="subsection-title">How the days felt</h3>
              <p className="muted">
                From {result.daysWithSliders} {result.daysWithSliders === 1 ? 'day' : 'days'} you noted with
                the sliders, 0 to 10.
              </p>
              <dl className="rhythm-felt">
                {result.sliders.map((s) => (
                  <div key={s.id}>
                    <dt>{s.label}</dt>
                    <dd>{Math.round(s.average * 10) / 10}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function Revisit({ adjustments, today: now }: { adjustments: Kept<'rhythm_adjustment'>[]; today: string }) {
  const due = adjustments.find((a) => revisitDue(a.payload, now));
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [helped, setHelped] = useState<Helped | null>(null);
  const [note, setNote] = useState('');
  if (!due) return null;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        if (!helped)
          throw ProblemError.invalid('Choose an answer, or leave it for now.', [
            { path: 'helped', message: 'Choose an answer.' },
          ]);
        return changes.update(due.record.id, {
          payload: {
            ...due.payload,
            revisit: { on: now, helped, ...(note.trim() ? { note: note.trim() } : {}) },
          },
        });
      })
      .then((result) => {
        if (result.ok) toast.show('Kept. Whatever the answer, you tried something for yourself.', 'success');
      });
  };
  return (
    <section className="card rhythm-revisit stack" aria-labelledby="rhythm-revisit">
      <h2 id="rhythm-revisit" className="section-title">
        Did it help?
      </h2>
      <p>
        On {nice(due.payload.chosenOn)} you chose to try: <strong>{due.payload.what}</strong>. A week or so
        has passed. How has it been?
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <ErrorSummary
          problem={action.problem}
          fields={{ helped: { id: 'helped-yes', label: 'Did it help?' } }}
        />
        <fieldset className="rhythm-helped">
          <legend className="visually-hidden">Did it help?</legend>
          {HELPED.map((h) => (
            <label key={h.id} className="rhythm-helped__option">
              <input
                id={`helped-${h.id}`}
                type="radio"
                name="helped"
                checked={helped === h.id}
                onChange={() => setHelped(h.id)}
              />
              <span>{h.label}</span>
            </label>
          ))}
        </fieldset>
        <TextArea
          label="Anything you noticed (optional)"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep this answer
          </Button>
        </div>
      </form>
    </section>
  );
}

function Adjustments({
  adjustments,
  today: now,
  ideal,
  real,
}: {
  adjustments: Kept<'rhythm_adjustment'>[];
  today: string;
  ideal: Kept<'rhythm_ideal'>;
  real: Kept<'rhythm_day'>[];
}) {
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [what, setWhat] = useState('');
  const trying = adjustments.find((a) => !a.payload.revisit && !revisitDue(a.payload, now));
  const answered = adjustments.filter((a) => a.payload.revisit);
  const drift = compare(
    idealTemplates(ideal),
    real.map((r) => r.payload),
    periodDays(now, 7),
  ).drifts[0];

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        if (!what.trim())
          throw ProblemError.invalid('A few words are needed.', [
            { path: 'payload.what', message: 'Say what you would like to try.' },
          ]);
        return changes.create({
          kind: 'rhythm_adjustment',
          payload: { what: what.trim(), chosenOn: now, ...(drift ? { category: drift.key } : {}) },
        });
      })
      .then((result) => {
        if (!result.ok) return;
        setWhat('');
        toast.show('Chosen. In a week, Haven will ask how it went.', 'success');
      });
  };

  return (
    <section className="card stack rhythm-adjust" aria-labelledby="rhythm-adjust">
      <h2 id="rhythm-adjust" className="section-title">
        One small thing to try
      </h2>
      {trying ? (
        <div className="rhythm-trying stack-s">
          <p>
            You are trying: <strong>{trying.payload.what}</strong>
          </p>
          <p className="muted">
            Chosen on {nice(trying.payload.chosenOn)}. Around {nice(revisitOn(trying.payload.chosenOn))},
            Haven will ask whether it helped.
          </p>
        </div>
      ) : (
        <form className="stack" onSubmit={submit} noValidate>
          <p className="muted">
            {drift
              ? `If something stands out (${saidDrift(drift).split(',')[0]?.toLowerCase() ?? ''}), you might choose one small change. Small enough that it is easy is just right.`
              : 'If you like, choose one small change for the coming week. Small enough that it is easy is just right.'}
          </p>
          <ErrorSummary
            problem={action.problem}
            fields={{ 'payload.what': { id: 'rhythm-what', label: 'Something small to try' } }}
          />
          <TextField
            id="rhythm-what"
            label="Something small to try"
            hint="For example: lights out fifteen minutes earlier, or a proper lunch away from the desk."
            value={what}
            maxLength={200}
            error={action.fieldError('payload.what')}
            onChange={(e) => setWhat(e.currentTarget.value)}
          />
          <div className="button-row">
            <Button type="submit" busy={action.pending}>
              Try this for a week
            </Button>
          </div>
        </form>
      )}
      {answered.length > 0 && (
        <div className="stack-s">
          <h3 className="subsection-title">What you tried before</h3>
          <ul className="rhythm-tried" role="list">
            {answered.map((a) => (
              <li key={a.record.id}>
                <span>{a.payload.what}</span>{' '}
                <span className="muted">
                  · {HELPED.find((h) => h.id === a.payload.revisit?.helped)?.label.toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function NotedDays({ real }: { real: Kept<'rhythm_day'>[] }) {
  if (real.length === 0) return null;
  const recent = real.slice(0, 10);
  return (
    <section className="stack-s" aria-labelledby="rhythm-noted">
      <h2 id="rhythm-noted" className="section-title">
        Days you noted
      </h2>
      <ul className="rhythm-noted" role="list">
        {recent.map((r) => (
          <li key={r.record.id}>
            <Link to={`${pathTo('rhythms', 'log')}?day=${r.payload.day}`}>
              {WEEKDAY_LABELS[weekdayOf(r.payload.day)].long} {format(parseISO(r.payload.day), 'd MMMM')}
            </Link>
            <span className="muted">
              {r.payload.blocks ? ` · ${r.payload.blocks.length} blocks` : ''}
              {r.payload.sliders
                ? ` · ${SLIDERS.map((s) => `${s.label.toLowerCase()} ${r.payload.sliders?.[s.id] ?? 0}`).join(', ')}`
                : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
