import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type SubmitEvent,
} from 'react';
import { Link, useSearchParams } from 'react-router';
import { z } from 'zod';
import { BODY_REGIONS, SENSATIONS } from '../../../core/attuning/body.js';
import {
  QUADRANT_LABELS,
  feelingsFor,
  findFeeling,
  quadrantOf,
  searchFeelings,
  type Feeling,
} from '../../../core/attuning/feelings.js';
import { checkinSchema, soothingItemSchema, type CheckinPayload } from '../../../core/attuning/kinds.js';
import { NEED_GROUP_LIST, needsIn } from '../../../core/attuning/needs.js';
import { reflect } from '../../../core/attuning/selfEmpathy.js';
import { senseInfo } from '../../../core/attuning/soothing.js';
import { useApi, useSignedInUser } from '../../app/session.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError, LoadFailed } from '../../components/InlineError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { useQuery } from '../../components/useQuery.js';
import { Chip, ChipList, toggled } from './Chips.js';
import { clearDraft, deviceStorage, draftKey, readDraft, writeDraft } from './drafts.js';
import { MoodPad } from './MoodPad.js';
import { describeMood, type PadPoint } from './pad.js';
import { dayAndTime, listAll, type Kept } from './records.js';
import { usePagedRecords } from './usePaged.js';
import '../../styles/attuning.css';

/** Below this, a check-in counts as a low moment and the soothing kit is offered back. */
const LOW_PLEASANTNESS = -0.3;
const MAX_FEELINGS = 12;

/** Ideas from the other HEARTS areas for "what can I do for myself right now", in Haven's words. */
const OTHER_PRACTICE_IDEAS: readonly { text: string; area: string }[] = [
  { text: 'Breathe slowly for a minute, a little longer out than in', area: 'Turning towards' },
  { text: 'Sit quietly for two minutes and notice what is here', area: 'Here' },
  { text: 'Say one kind sentence to myself, as a friend would', area: 'Expressed delight' },
  { text: 'Stretch, or take a short walk', area: 'Here' },
  { text: 'Write a few lines in my journal', area: 'Attuning' },
  { text: 'Take a small break and do one thing I enjoy', area: 'Rituals' },
];

const draftShape = z.object({
  point: z.object({ pleasantness: z.number(), energy: z.number() }).nullable(),
  feelings: z.array(z.string()),
  regions: z.array(z.string()),
  sensations: z.array(z.string()),
  met: z.array(z.string()),
  unmet: z.array(z.string()),
  care: z.string(),
  note: z.string(),
});
type CheckinDraft = z.infer<typeof draftShape>;

const EMPTY: CheckinDraft = {
  point: null,
  feelings: [],
  regions: [],
  sensations: [],
  met: [],
  unmet: [],
  care: '',
  note: '',
};

/** The check-in: how pleasant and energised, which words, then optional body, needs and care. */
export function CheckInScreen() {
  const api = useApi();
  const user = useSignedInUser();
  const [params] = useSearchParams();
  const journalId = z.uuid().safeParse(params.get('journal')).data;
  // The check-in in progress stays on this device only until it is saved (see drafts.ts).
  const key = draftKey(user.id, 'checkin');
  const [draft, setDraft] = useState<CheckinDraft>(
    () => readDraft(deviceStorage(), key, (v) => draftShape.safeParse(v).data)?.value ?? EMPTY,
  );
  const [saved, setSaved] = useState<Kept<CheckinPayload> | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);
  const action = useAction();
  const [missing, setMissing] = useState<string | null>(null);

  useEffect(() => {
    if (draft === EMPTY) return;
    writeDraft(deviceStorage(), key, draft);
  }, [draft, key]);

  const update = (patch: Partial<CheckinDraft>) => {
    setMissing(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const save = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (action.pending) return;
    if (!draft.point) return setMissing('Choose a point on the pad first.');
    if (draft.feelings.length === 0) return setMissing('Pick a word or two first, or add your own.');
    const payload = toPayload(draft, draft.point, journalId);
    const result = await action.run(() => api.records.create({ kind: 'checkin', payload }));
    if (!result.ok) return;
    clearDraft(deviceStorage(), key);
    setSaved({ record: result.value, payload });
    setDraft(EMPTY);
    setHistoryVersion((v) => v + 1);
  };

  const startAgain = () => {
    setSaved(null);
    setDraft(EMPTY);
    window.scrollTo(0, 0);
  };

  return (
    <div className="attuning stack-xl">
      <PageHeader title="Check in" eyebrow="Attuning">
        <p>A minute to ask yourself how you are. Two steps are enough; the rest is there if you want it.</p>
      </PageHeader>
      {journalId && !saved && (
        <p className="attuning-note">
          This check-in will be linked to{' '}
          <Link to={`/journal/${journalId}`}>the journal entry you were writing</Link>.
        </p>
      )}
      {saved ? (
        <AfterCheckin saved={saved} onAgain={startAgain} />
      ) : (
        <form className="checkin stack-l" onSubmit={(event) => void save(event)} noValidate>
          <ErrorSummary problem={action.problem} />
          <section className="checkin-step stack" aria-labelledby="step-pad">
            <h2 id="step-pad" className="checkin-step__title">
              <span className="checkin-step__number">1</span> How pleasant, and how much energy?
            </h2>
            <MoodPad value={draft.point} onChange={(point) => update({ point })} />
          </section>
          {draft.point && (
            <FeelingWords
              point={draft.point}
              chosen={draft.feelings}
              onChange={(feelings) => update({ feelings })}
            />
          )}
          {draft.point && (
            <>
              <section className="stack" aria-labelledby="step-more">
                <h2 id="step-more" className="checkin-step__title">
                  If you would like to go further
                </h2>
                <p className="muted">Each of these is optional. Skip any or all of them.</p>
                <BodyStep draft={draft} update={update} />
                <NeedsStep draft={draft} update={update} />
                <CareStep draft={draft} update={update} />
              </section>
              {/* Sticky at the foot of the screen once a word is chosen, so saving is one tap away from any step. */}
              {(draft.feelings.length > 0 || missing) && (
                <div className="checkin-savebar">
                  <p className="checkin-savebar__summary">
                    <span className="visually-hidden">Chosen: </span>
                    {draft.feelings.join(', ')}
                  </p>
                  <Button type="submit" variant="primary" busy={action.pending}>
                    Save check-in
                  </Button>
                  {missing && (
                    <div className="checkin-savebar__missing">
                      <InlineError>{missing}</InlineError>
                    </div>
                  )}
                </div>
              )}
            </>
          )}
        </form>
      )}
      <CheckinHistory key={historyVersion} />
    </div>
  );
}

function toPayload(draft: CheckinDraft, point: PadPoint, journalId: string | undefined): CheckinPayload {
  const body =
    draft.regions.length > 0 || draft.sensations.length > 0
      ? { regions: draft.regions, sensations: draft.sensations }
      : undefined;
  const needs =
    draft.met.length > 0 || draft.unmet.length > 0 ? { met: draft.met, unmet: draft.unmet } : undefined;
  return {
    pleasantness: point.pleasantness,
    energy: point.energy,
    feelings: draft.feelings,
    ...(body ? { body } : {}),
    ...(needs ? { needs } : {}),
    ...(draft.care.trim() ? { care: draft.care.trim() } : {}),
    ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
    ...(journalId ? { journalId } : {}),
  };
}

function FeelingWords({
  point,
  chosen,
  onChange,
}: {
  point: PadPoint;
  chosen: string[];
  onChange: (feelings: string[]) => void;
}) {
  const quadrant = quadrantOf(point.pleasantness, point.energy);
  const [query, setQuery] = useState('');
  const [lastTouched, setLastTouched] = useState<Feeling | null>(null);
  const results = useMemo(() => searchFeelings(query), [query]);
  const shown = query.trim() ? results : feelingsFor(quadrant);
  const shownWords = new Set(shown.map((f) => f.word));
  const others = chosen.filter((word) => !shownWords.has(word));
  const own = query.trim().replace(/\s+/g, ' ').slice(0, 60);
  const full = chosen.length >= MAX_FEELINGS;
  const idBase = useId();

  const toggle = (word: string) => {
    const feeling = findFeeling(word);
    if (feeling && !chosen.includes(word)) setLastTouched(feeling);
    if (!chosen.includes(word) && full) return;
    onChange(toggled(chosen, word));
  };

  return (
    <section className="checkin-step stack" aria-labelledby="step-words">
      <h2 id="step-words" className="checkin-step__title">
        <span className="checkin-step__number">2</span> Which words fit?
      </h2>
      <p className="muted">
        {query.trim()
          ? 'Words from across the whole list.'
          : `${QUADRANT_LABELS[quadrant].label}: ${QUADRANT_LABELS[quadrant].hint} Pick one or a few.`}
      </p>
      {others.length > 0 && (
        <ChipList label="Your chosen words">
          {others.map((word) => (
            <li key={word}>
              <Chip pressed onToggle={() => toggle(word)}>
                {word}
              </Chip>
            </li>
          ))}
        </ChipList>
      )}
      <ChipList label="Feeling words">
        {shown.map((feeling) => (
          <li key={feeling.word}>
            <Chip
              pressed={chosen.includes(feeling.word)}
              onToggle={() => toggle(feeling.word)}
              describedBy={`${idBase}-${wordId(feeling.word)}`}
              title={feeling.meaning}
            >
              {feeling.word}
            </Chip>
            <span id={`${idBase}-${wordId(feeling.word)}`} hidden>
              {feeling.meaning}
            </span>
          </li>
        ))}
      </ChipList>
      {query.trim() && shown.length === 0 && <p className="muted">No word in Haven’s list matches that.</p>}
      {lastTouched && chosen.includes(lastTouched.word) && (
        <p className="feeling-meaning">
          <strong>{lastTouched.word}</strong>: {lastTouched.meaning}
        </p>
      )}
      {full && <p className="muted">That is twelve words, the most one check-in holds.</p>}
      <div className="feeling-search">
        <TextField
          label="Look for another word"
          hint="Search all the words, or add one of your own."
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        {own && !findFeeling(own) && !chosen.includes(own) && !full && (
          <div>
            <Button
              small
              onClick={() => {
                onChange([...chosen, own]);
                setQuery('');
              }}
            >
              Add “{own}” as my own word
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}

const wordId = (word: string) => word.replace(/[^a-z]+/gi, '-');

interface StepProps {
  draft: CheckinDraft;
  update: (patch: Partial<CheckinDraft>) => void;
}

function OptionalStep({
  number,
  title,
  count,
  children,
}: {
  number: number;
  title: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <details className="checkin-optional" open={count > 0 || undefined}>
      <summary className="checkin-optional__summary">
        <span className="checkin-step__number" aria-hidden="true">
          {number}
        </span>
        <span>{title}</span>
        <span className="checkin-optional__tag">{count > 0 ? `${count} chosen` : 'optional'}</span>
      </summary>
      <div className="checkin-optional__body stack">{children}</div>
    </details>
  );
}

function BodyStep({ draft, update }: StepProps) {
  return (
    <OptionalStep
      number={3}
      title="Where do you feel it in your body?"
      count={draft.regions.length + draft.sensations.length}
    >
      <fieldset className="stack-s">
        <legend className="checkin-legend">Where</legend>
        <ChipList>
          {BODY_REGIONS.map((region) => (
            <li key={region.id}>
              <Chip
                pressed={draft.regions.includes(region.id)}
                onToggle={() => update({ regions: toggled(draft.regions, region.id) })}
              >
                {region.label}
              </Chip>
            </li>
          ))}
        </ChipList>
      </fieldset>
      <fieldset className="stack-s">
        <legend className="checkin-legend">What it feels like</legend>
        <ChipList>
          {SENSATIONS.map((sensation) => (
            <li key={sensation.id}>
              <Chip
                pressed={draft.sensations.includes(sensation.id)}
                onToggle={() => update({ sensations: toggled(draft.sensations, sensation.id) })}
              >
                {sensation.label}
              </Chip>
            </li>
          ))}
        </ChipList>
      </fieldset>
    </OptionalStep>
  );
}

function NeedsStep({ draft, update }: StepProps) {
  const [mode, setMode] = useState<'unmet' | 'met'>('unmet');
  const name = useId();
  const toggle = (id: string) => {
    if (mode === 'unmet') update({ unmet: toggled(draft.unmet, id), met: draft.met.filter((n) => n !== id) });
    else update({ met: toggled(draft.met, id), unmet: draft.unmet.filter((n) => n !== id) });
  };
  return (
    <OptionalStep
      number={4}
      title="Which needs feel met, or unmet?"
      count={draft.met.length + draft.unmet.length}
    >
      <fieldset className="segmented">
        <legend className="segmented__legend">I am marking needs that feel</legend>
        <div className="segmented__options">
          {(['unmet', 'met'] as const).map((value) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name={name}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              <span>{value === 'unmet' ? 'Unmet' : 'Met'}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {NEED_GROUP_LIST.map((group) => (
        <fieldset key={group.id} className="stack-s">
          <legend className="checkin-legend">
            {group.label} <span className="muted checkin-legend__hint">{group.hint}</span>
          </legend>
          <ChipList>
            {needsIn(group.id).map((need) => {
              const state = draft.unmet.includes(need.id)
                ? 'unmet'
                : draft.met.includes(need.id)
                  ? 'met'
                  : null;
              return (
                <li key={need.id}>
                  <Chip
                    pressed={state === mode}
                    tone={state && state !== mode ? 'other' : undefined}
                    onToggle={() => toggle(need.id)}
                  >
                    {need.label}
                    {state && state !== mode && <span className="chip__state"> ({state})</span>}
                  </Chip>
                </li>
              );
            })}
          </ChipList>
        </fieldset>
      ))}
    </OptionalStep>
  );
}

function CareStep({ draft, update }: StepProps) {
  const api = useApi();
  const load = useCallback(
    (signal: AbortSignal) => listAll(api, 'soothing_item', soothingItemSchema, signal),
    [api],
  );
  const { state } = useQuery(load);
  const kit = state.status === 'ready' ? state.data : [];
  const count = (draft.care.trim() ? 1 : 0) + (draft.note.trim() ? 1 : 0);
  const suggestion = (text: string, from: string) => (
    <li key={`${from}-${text}`}>
      <Chip pressed={draft.care === text} onToggle={() => update({ care: draft.care === text ? '' : text })}>
        {text}
        <span className="chip__from"> · {from}</span>
      </Chip>
    </li>
  );
  return (
    <OptionalStep number={5} title="What can you do for yourself right now?" count={count}>
      {kit.length > 0 && (
        <div className="stack-s">
          <h3 className="checkin-legend">From your soothing kit</h3>
          <ChipList>
            {kit.map((item) => suggestion(item.payload.text, senseInfo(item.payload.sense).label))}
          </ChipList>
        </div>
      )}
      {state.status === 'ready' && kit.length === 0 && (
        <p className="muted">
          Your <Link to="/soothing">soothing kit</Link> is empty for now. What you add there will show up
          here.
        </p>
      )}
      <div className="stack-s">
        <h3 className="checkin-legend">Ideas from other practices</h3>
        <ChipList>{OTHER_PRACTICE_IDEAS.map((idea) => suggestion(idea.text, idea.area))}</ChipList>
      </div>
      <TextField
        label="Something I can do for myself"
        value={draft.care}
        maxLength={500}
        onChange={(event) => update({ care: event.target.value })}
      />
      <TextArea
        label="A note, if you like"
        rows={3}
        value={draft.note}
        maxLength={2000}
        onChange={(event) => update({ note: event.target.value })}
      />
    </OptionalStep>
  );
}

/** After saving: a kind reflection to keep or skip, and the soothing kit after a low moment. */
function AfterCheckin({ saved, onAgain }: { saved: Kept<CheckinPayload>; onAgain: () => void }) {
  const api = useApi();
  const toast = useToast();
  const action = useAction();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [reflection, setReflection] = useState('');
  const [kept, setKept] = useState(false);
  const low = saved.payload.pleasantness < LOW_PLEASANTNESS;
  const text = reflect({
    feelings: saved.payload.feelings,
    unmetNeeds: saved.payload.needs?.unmet ?? [],
    metNeeds: saved.payload.needs?.met ?? [],
  });

  useEffect(() => headingRef.current?.focus(), []);

  const keepReflection = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reflection.trim()) return;
    const payload = { ...saved.payload, reflection: reflection.trim() };
    const result = await action.run(() => api.records.update(saved.record.id, { payload }));
    if (result.ok) {
      setKept(true);
      toast.show('Kept with your check-in.', 'success');
    }
  };

  return (
    <div className="stack-l">
      <section className="card stack after-checkin" aria-labelledby="after-title">
        <h2 id="after-title" ref={headingRef} tabIndex={-1} className="section-title">
          Saved. Thank you for checking in.
        </h2>
        <p className="reflection">{text}</p>
        {kept ? (
          <p className="muted">Your answer is kept with this check-in.</p>
        ) : (
          <form className="stack" onSubmit={(event) => void keepReflection(event)} noValidate>
            <ErrorSummary problem={action.problem} />
            <TextArea
              label="What can I give myself?"
              hint="Optional. A line or two is plenty."
              rows={3}
              maxLength={2000}
              value={reflection}
              onChange={(event) => setReflection(event.target.value)}
            />
            <div className="button-row">
              <Button type="submit" variant="secondary" busy={action.pending}>
                Keep this with my check-in
              </Button>
            </div>
          </form>
        )}
        <div className="button-row">
          <Button variant="quiet" onClick={onAgain}>
            Check in again
          </Button>
          <ButtonLink to="/" variant="quiet">
            Back to home
          </ButtonLink>
        </div>
      </section>
      {low && <SoothingForLowMoments />}
    </div>
  );
}

function SoothingForLowMoments() {
  const api = useApi();
  const load = useCallback(
    (signal: AbortSignal) => listAll(api, 'soothing_item', soothingItemSchema, signal),
    [api],
  );
  const { state } = useQuery(load);
  return (
    <section className="card card--quiet stack soothing-offer" aria-labelledby="soothing-offer-title">
      <h2 id="soothing-offer-title" className="subsection-title">
        Something soft, if it helps
      </h2>
      {state.status === 'loading' && <Loading label="Finding your soothing kit…" />}
      {state.status === 'failed' && <InlineError>{state.problem.title}</InlineError>}
      {state.status === 'ready' &&
        (state.data.length > 0 ? (
          <>
            <p>It sounds like a hard moment. These are things you said can calm you:</p>
            <ul className="soothing-offer__list">
              {state.data.slice(0, 8).map((item) => (
                <li key={item.record.id}>
                  <span className="soothing-offer__sense">{senseInfo(item.payload.sense).label}</span>{' '}
                  {item.payload.text}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>
            It sounds like a hard moment. When you feel ready, you might gather a few calming sights, sounds
            or textures in your <Link to="/soothing">soothing kit</Link>, so they are here next time.
          </p>
        ))}
    </section>
  );
}

/** The most recent check-ins, newest first. */
function CheckinHistory() {
  const { state, reload, items, hasMore, showMore, loadingMore } = usePagedRecords(
    'checkin',
    checkinSchema,
    10,
  );
  return (
    <section className="stack" aria-labelledby="history-title">
      <h2 id="history-title" className="section-title">
        Your recent check-ins
      </h2>
      {state.status === 'loading' && <Loading label="Loading your check-ins…" />}
      {state.status === 'failed' && <LoadFailed title={state.problem.title} onRetry={reload} />}
      {state.status === 'ready' &&
        (items.length === 0 ? (
          <EmptyState title="No check-ins yet">Your check-ins will gather here, newest first.</EmptyState>
        ) : (
          <>
            <ul className="entry-list" role="list">
              {items.map((item) => (
                <li key={item.record.id} className="entry-list__item">
                  <p className="entry-list__title">{item.payload.feelings.join(', ')}</p>
                  <p className="entry-list__meta">
                    <time dateTime={item.record.occurredAt}>{dayAndTime(item.record.occurredAt)}</time> ·{' '}
                    {describeMood(item.payload)}
                  </p>
                  {item.payload.care && (
                    <p className="entry-list__excerpt">For myself: {item.payload.care}</p>
                  )}
                </li>
              ))}
            </ul>
            {loadingMore.error && <InlineError>{loadingMore.error}</InlineError>}
            {hasMore && (
              <div>
                <Button small busy={loadingMore.pending} onClick={() => void showMore()}>
                  Show more
                </Button>
              </div>
            )}
          </>
        ))}
    </section>
  );
}
