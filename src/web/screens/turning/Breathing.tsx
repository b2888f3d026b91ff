import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { pathTo } from '../../../core/practices/catalogue.js';
import {
  breathsPerMinute,
  DEFAULT_MINUTES,
  DEFAULT_RHYTHM,
  isUsablePattern,
  LENGTHS_MINUTES,
  PATTERN_LIMITS,
  PHASE_WORDS,
  rhythmById,
  RHYTHMS,
  sessionMs,
  type BreathPattern,
  type RhythmId,
} from '../../../core/turning/breathing.js';
import { breathingLine } from '../../../core/turning/kinds.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError } from '../../components/InlineError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { usePagedRecords, useRecord, useRecordChanges } from '../../data/records.js';
import { ArousalScale, arousalChange } from './Arousal.js';
import { openTones, type Tones } from './tones.js';
import { usePacer } from './usePacer.js';
import '../../styles/turning.css';
import { arrival } from '../../components/motion.js';
import { cx } from '../../lib/cx.js';

interface Plan {
  rhythm: RhythmId;
  pattern: BreathPattern;
  minutes: number;
  tones: boolean;
  arousalBefore: number | undefined;
}

type Stage =
  | { at: 'choosing' }
  | { at: 'breathing'; plan: Plan; total: number }
  | { at: 'after'; plan: Plan; total: number; breathed: number };

/** The paced breathing guide: choose a rhythm and a length, breathe with the pacer, and note how you are after. */
export function BreathingScreen() {
  const [params] = useSearchParams();
  const triggerId = z.uuid().safeParse(params.get('trigger')).data ?? null;
  const minutes = Number(params.get('minutes'));
  const trigger = useRecord(triggerId, 'trigger');
  const [stage, setStage] = useState<Stage>({ at: 'choosing' });

  return (
    <div className="turning stack-xl">
      <PageHeader title="Paced breathing" eyebrow="Turning towards">
        <p>
          Slow breaths, a little deeper into the belly, can help a racing body settle. Keep your eyes open if
          you like, and stop whenever you want.
        </p>
      </PageHeader>
      {triggerId && (
        <p className="turning-note">
          You came here from <Link to={pathTo('trigger-log', triggerId)}>your trigger log</Link>. When you
          finish, you can go straight back to it.
        </p>
      )}
      {stage.at === 'choosing' && (
        <Choose
          initialMinutes={LENGTHS_MINUTES.includes(minutes as 1) ? minutes : DEFAULT_MINUTES}
          initialArousal={trigger.data?.payload.arousalAfter ?? trigger.data?.payload.arousalBefore}
          onStart={(plan) =>
            setStage({ at: 'breathing', plan, total: sessionMs(plan.pattern, plan.minutes) })
          }
        />
      )}
      {stage.at === 'breathing' && (
        <Session
          plan={stage.plan}
          total={stage.total}
          onEnd={(breathed) => setStage({ at: 'after', plan: stage.plan, total: stage.total, breathed })}
        />
      )}
      {stage.at === 'after' && (
        <After
          plan={stage.plan}
          total={stage.total}
          breathed={stage.breathed}
          triggerId={triggerId}
          onAgain={() => setStage({ at: 'choosing' })}
        />
      )}
      {stage.at !== 'breathing' && <RecentSessions />}
    </div>
  );
}

function Choose({
  initialMinutes,
  initialArousal,
  onStart,
}: {
  initialMinutes: number;
  initialArousal: number | undefined;
  onStart: (plan: Plan) => void;
}) {
  const [rhythm, setRhythm] = useState<RhythmId>(DEFAULT_RHYTHM);
  const [custom, setCustom] = useState<BreathPattern>(rhythmById('custom').pattern);
  const [minutes, setMinutes] = useState(initialMinutes);
  const [tones, setTones] = useState(false);
  const [arousal, setArousal] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const name = useId();
  const shownArousal = arousal ?? initialArousal;
  const pattern = rhythm === 'custom' ? custom : rhythmById(rhythm).pattern;

  const start = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isUsablePattern(pattern)) {
      setProblem(
        `Breaths in and out can be ${PATTERN_LIMITS.breath.min} to ${PATTERN_LIMITS.breath.max} seconds, holds 0 to ${PATTERN_LIMITS.hold.max}, in whole seconds.`,
      );
      return;
    }
    onStart({ rhythm, pattern, minutes, tones, arousalBefore: shownArousal });
  };

  const seconds = (key: keyof BreathPattern, label: string, hold: boolean) => (
    <TextField
      type="number"
      inputMode="numeric"
      label={label}
      min={hold ? PATTERN_LIMITS.hold.min : PATTERN_LIMITS.breath.min}
      max={hold ? PATTERN_LIMITS.hold.max : PATTERN_LIMITS.breath.max}
      step={1}
      value={String(custom[key])}
      onChange={(event) => {
        setProblem(null);
        setCustom((c) => ({ ...c, [key]: Number(event.target.value) }));
      }}
    />
  );

  return (
    <form className="stack-l" onSubmit={start} noValidate>
      <fieldset className="stack-s breathing-rhythms">
        <legend className="subsection-title">Choose a rhythm</legend>
        {RHYTHMS.map((r) => (
          <label key={r.id} className="breathing-rhythm">
            <input
              type="radio"
              name={`${name}-rhythm`}
              value={r.id}
              checked={rhythm === r.id}
              onChange={() => {
                setProblem(null);
                setRhythm(r.id);
              }}
            />
            <span className="breathing-rhythm__text">
              <span className="breathing-rhythm__label">{r.label}</span>
              <span className="muted">{r.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {rhythm === 'custom' && (
        <div className="breathing-custom">
          {seconds('inhale', 'In (seconds)', false)}
          {seconds('holdIn', 'Hold (seconds)', true)}
          {seconds('exhale', 'Out (seconds)', false)}
          {seconds('holdOut', 'Rest (seconds)', true)}
        </div>
      )}
      {problem && <InlineError>{problem}</InlineError>}
      <fieldset className="segmented">
        <legend className="segmented__legend">For how long</legend>
        <div className="segmented__options">
          {LENGTHS_MINUTES.map((m) => (
            <label key={m} className="segmented__option">
              <input
                type="radio"
                name={`${name}-length`}
                value={m}
                checked={minutes === m}
                aria-label={`${m} minute${m === 1 ? '' : 's'}`}
                onChange={() => setMinutes(m)}
              />
              <span aria-hidden="true">{m} min</span>
            </label>
          ))}
        </div>
      </fieldset>
      <Checkbox
        label="Soft tones at each change"
        checked={tones}
        onChange={(event) => setTones(event.target.checked)}
      />
      <ArousalScale
        legend="How stirred up are you now?"
        optional
        value={shownArousal}
        onChange={setArousal}
      />
      <div className="button-row">
        <Button type="submit" variant="primary">
          Start breathing
        </Button>
      </div>
    </form>
  );
}

function Session({ plan, total, onEnd }: { plan: Plan; total: number; onEnd: (breathed: number) => void }) {
  const { state, clock, elapsed, paused, pause, resume } = usePacer(plan.pattern, total);
  const tones = useRef<Tones | null>(null);
  const stopRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (plan.tones) tones.current = openTones();
    stopRef.current?.focus();
    return () => tones.current?.close();
  }, [plan.tones]);

  useEffect(() => {
    if (!state.done && !paused) tones.current?.play(state.phase);
  }, [state.step, state.done, state.phase, paused]);

  const ended = useRef(false);
  useEffect(() => {
    if (!state.done || ended.current) return;
    ended.current = true;
    onEnd(Math.round(total / 1000));
  }, [state.done, total, onEnd]);

  const word = PHASE_WORDS[state.phase];
  const expanded = state.phase === 'in' || state.phase === 'hold-in';
  const phaseMs = state.endsAt - state.startedAt;
  const minutesLeft = Math.max(0, Math.ceil((total - elapsed) / 60_000));

  return (
    <section className="breathing-session stack-l" aria-label="Breathing guide">
      <div
        className="pacer"
        data-phase={state.phase}
        data-step={state.step}
        data-started-at={clock.startedAt}
        data-paused-for={clock.pausedFor}
        data-paused={paused || undefined}
      >
        <div
          className="pacer__shape"
          data-expanded={expanded || undefined}
          style={{ transitionDuration: `${phaseMs}ms` }}
          aria-hidden="true"
        />
        <div className="pacer__words" aria-hidden="true">
          <p className="pacer__cue">{paused ? 'Paused' : word}</p>
          <p className="pacer__count">{state.secondsLeft}</p>
        </div>
      </div>
      {/* Phase changes only, never the count: enough to follow with a screen reader, without chatter. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {paused ? 'Paused' : word}
      </p>
      <p className="muted breathing-session__left" aria-hidden="true">
        About {minutesLeft} minute{minutesLeft === 1 ? '' : 's'} left · {breathsPerMinute(plan.pattern)}{' '}
        breaths a minute
      </p>
      <div className="button-row breathing-controls">
        {paused ? (
          <Button variant="primary" onClick={resume}>
            Carry on
          </Button>
        ) : (
          <Button onClick={pause}>Pause</Button>
        )}
        <Button ref={stopRef} variant="quiet" onClick={() => onEnd(Math.round(elapsed / 1000))}>
          Stop
        </Button>
      </div>
      <p className="muted">
        If anything feels like too much, you can stop, breathe normally, and feel your feet on the floor.
      </p>
    </section>
  );
}

function After({
  plan,
  total,
  breathed,
  triggerId,
  onAgain,
}: {
  plan: Plan;
  total: number;
  breathed: number;
  triggerId: string | null;
  onAgain: () => void;
}) {
  const [after, setAfter] = useState<number | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const changes = useRecordChanges();
  const action = useAction();
  const navigate = useNavigate();
  const toast = useToast();
  const trigger = useRecord(triggerId, 'trigger');
  const finished = breathed * 1000 >= total;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const save = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.pending) return;
    const result = await action.run(async () => {
      await changes.create({
        kind: 'breathing_session',
        payload: {
          rhythm: plan.rhythm,
          pattern: plan.pattern,
          plannedSeconds: Math.round(total / 1000),
          breathedSeconds: breathed,
          ...(plan.arousalBefore !== undefined ? { arousalBefore: plan.arousalBefore } : {}),
          ...(after !== undefined ? { arousalAfter: after } : {}),
          ...(triggerId ? { triggerId } : {}),
        },
      });
      // Back in the log: breathing is among what helped, and how stirred up now is the "after".
      const log = trigger.data;
      if (log) {
        const p = log.payload;
        const breathing = p.regulated.some((r) => r.way === 'breathing');
        await changes.update(log.record.id, {
          payload: {
            ...p,
            regulated: breathing
              ? p.regulated
              : [...p.regulated, { way: 'breathing', text: 'Paced breathing' }],
            ...(after !== undefined ? { arousalAfter: after } : {}),
          },
        });
      }
    });
    if (!result.ok) return;
    if (triggerId) {
      toast.show('Your breathing is kept with your log.', 'success');
      void navigate(pathTo('trigger-log', triggerId));
    } else setSaved(true);
  };

  if (saved) {
    return (
      <Card className="stack" aria-live="polite">
        <h2 className="subsection-title">Saved</h2>
        <p>Thank you for taking this time.</p>
        <div className="button-row">
          <Button onClick={onAgain}>Breathe again</Button>
        </div>
      </Card>
    );
  }

  return (
    <Card as="section" aria-labelledby="breathing-after" className="stack">
      <h2 id="breathing-after" className="subsection-title" tabIndex={-1} ref={heading}>
        {finished ? 'That is the end of the session' : 'You stopped, and that is fine'}
      </h2>
      <form className="stack" onSubmit={(event) => void save(event)} noValidate>
        <ErrorSummary problem={action.problem} />
        <ArousalScale legend="How stirred up are you now?" optional value={after} onChange={setAfter} />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={action.pending}>
            {triggerId ? 'Save and go back to my log' : 'Save this session'}
          </Button>
          {triggerId ? (
            <Link to={pathTo('trigger-log', triggerId)}>Back to my log without saving</Link>
          ) : (
            <Button variant="quiet" onClick={onAgain}>
              Do not save
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}

function RecentSessions() {
  const sessions = usePagedRecords('breathing_session', 5);
  const items = sessions.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="stack-s" aria-labelledby="recent-breathing">
      <h2 id="recent-breathing" className="section-title">
        Lately
      </h2>
      <ul className="turning-list" role="list">
        {items.map(({ record, payload }) => (
          <li key={record.id} className={cx('turning-list__item card', arrival(record))}>
            <p>{breathingLine(payload)}</p>
            <p className="turning-list__meta muted">
              <span>
                {new Date(record.occurredAt).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })}
              </span>
              {payload.arousalBefore !== undefined && (
                <span>How stirred up: {arousalChange(payload.arousalBefore, payload.arousalAfter)}</span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
