import { IdeaChips } from './Chips.js';
import { useCallback, useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useLocation } from 'react-router';
import {
  profileItemSchema,
  selfAbandonmentSchema,
  type ProfileItemPayload,
  type SelfAbandonmentPayload,
} from '../../../core/attuning/kinds.js';
import {
  BOUNDARY_STANCES,
  BOUNDARY_STANCE_LABELS,
  PROFILE_SECTIONS,
  SELF_ABANDONMENT,
  type BoundaryStance,
  type ProfileSection,
  type ProfileSectionId,
} from '../../../core/attuning/profile.js';
import { ProblemError, toProblem } from '../../api/client.js';
import { useApi } from '../../app/session.js';
import { Button } from '../../components/Button.js';
import { Card } from '../../components/Card.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { InlineError, LoadFailed } from '../../components/InlineError.js';
import { Loading } from '../../components/Loading.js';
import { PageHeader } from '../../components/PageHeader.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAction } from '../../components/useAction.js';
import { useQuery } from '../../components/useQuery.js';
import { addedOrChanged, dayAndTime, listAll, type Kept } from './records.js';
import { RemovedNotice, type Removal } from './Removed.js';
import '../../styles/attuning.css';

/** What the "add" field of each section is called. */
const ADD_LABEL: Readonly<Record<ProfileSectionId, string>> = {
  values: 'Add a value',
  needs: 'Add a need',
  desires: 'Add a desire',
  interests: 'Add an interest',
  likes: 'Add something you like',
  dislikes: 'Add something you dislike',
  boundaries: 'Add a boundary',
};

const IDEAS_SHOWN = 8;

/** The self-knowledge profile: values, needs, desires, interests, likes, dislikes and boundaries, and the noticing log. */
export function ProfileScreen() {
  const api = useApi();
  const load = useCallback(
    (signal: AbortSignal) => listAll(api, 'profile_item', profileItemSchema, signal),
    [api],
  );
  const { state, reload } = useQuery(load);
  useScrollToHash(state.status === 'ready');

  return (
    <div className="attuning stack-xl">
      <PageHeader title="Knowing myself" eyebrow="Attuning">
        <p>
          What matters to you, what you need and love, and where your limits are. Change anything, any time;
          the dates show you how you have grown.
        </p>
      </PageHeader>
      <nav aria-label="Profile sections" className="on-this-page">
        <ul>
          {PROFILE_SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
            </li>
          ))}
          <li>
            <a href="#self-abandonment">Noticing</a>
          </li>
        </ul>
      </nav>
      {state.status === 'loading' && <Loading label="Loading your profile…" />}
      {state.status === 'failed' && <LoadFailed title={state.problem.title} onRetry={reload} />}
      {state.status === 'ready' &&
        PROFILE_SECTIONS.map((section) => (
          <ProfileSectionCard
            key={section.id}
            section={section}
            items={state.data.filter((item) => item.payload.section === section.id)}
            onChanged={reload}
          />
        ))}
      <SelfAbandonmentLog />
    </div>
  );
}

/** Brings the section named in the address into view once the page has its content. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  const done = useRef('');
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    done.current = hash;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [ready, hash]);
}

function ProfileSectionCard({
  section,
  items,
  onChanged,
}: {
  section: ProfileSection;
  items: Kept<ProfileItemPayload>[];
  onChanged: () => void;
}) {
  const api = useApi();
  const add = useAction();
  const [text, setText] = useState('');
  const [stance, setStance] = useState<BoundaryStance>('not-okay');
  const [allIdeas, setAllIdeas] = useState(false);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const boundaries = section.id === 'boundaries';
  const have = new Set(items.map((item) => item.payload.text.toLowerCase()));
  const ideas = section.suggestions.filter((idea) => !have.has(idea.toLowerCase()));
  const shownIdeas = allIdeas ? ideas : ideas.slice(0, IDEAS_SHOWN);

  const create = async (words: string) => {
    const trimmed = words.trim();
    if (!trimmed) return false;
    const payload: ProfileItemPayload = {
      section: section.id,
      text: trimmed,
      ...(boundaries ? { stance } : {}),
    };
    const result = await add.run(() => api.records.create({ kind: 'profile_item', payload }));
    if (result.ok) onChanged();
    return result.ok;
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (await create(text)) setText('');
  };

  return (
    <Card
      as="section"
      id={section.id}
      tabIndex={-1}
      aria-labelledby={`${section.id}-title`}
      className="stack profile-section"
    >
      <h2 id={`${section.id}-title`} className="section-title">
        {section.heading}
      </h2>
      <p className="muted">{section.description}</p>
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={() => setRemoval(null)}
          onRestored={() => {
            setRemoval(null);
            onChanged();
          }}
        />
      )}
      {items.length === 0 ? (
        <p className="muted profile-section__empty">Nothing here yet. Add your own, or pick an idea below.</p>
      ) : (
        <ul className="item-list" role="list">
          {items.map((item) => (
            <ProfileItemRow
              key={item.record.id}
              item={item}
              onChanged={onChanged}
              onRemoved={(label) => {
                setRemoval({ id: item.record.id, label });
                onChanged();
              }}
            />
          ))}
        </ul>
      )}
      <form className="add-form stack-s" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problem={add.problem} />
        <div className="add-form__row">
          <TextField
            label={ADD_LABEL[section.id]}
            value={text}
            maxLength={300}
            className="add-form__field"
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit" busy={add.pending}>
            Add
          </Button>
        </div>
        {boundaries && <StancePicker value={stance} onChange={setStance} legend="New boundaries are" />}
      </form>
      {ideas.length > 0 && (
        <div className="stack-s">
          <h3 className="ideas-title">Ideas to pick from</h3>
          <IdeaChips ideas={shownIdeas} onPick={(idea) => void create(idea)} />
          {ideas.length > IDEAS_SHOWN && (
            <div>
              <Button small variant="quiet" aria-expanded={allIdeas} onClick={() => setAllIdeas((a) => !a)}>
                {allIdeas ? 'Fewer ideas' : `More ideas (${ideas.length - IDEAS_SHOWN})`}
              </Button>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}

function StancePicker({
  value,
  onChange,
  legend,
}: {
  value: BoundaryStance;
  onChange: (stance: BoundaryStance) => void;
  legend: string;
}) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {BOUNDARY_STANCES.map((stance) => (
          <label key={stance} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={stance}
              checked={value === stance}
              onChange={() => onChange(stance)}
            />
            <span>{BOUNDARY_STANCE_LABELS[stance]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function ProfileItemRow({
  item,
  onChanged,
  onRemoved,
}: {
  item: Kept<ProfileItemPayload>;
  onChanged: () => void;
  onRemoved: (label: string) => void;
}) {
  const api = useApi();
  const save = useAction();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.payload.text);
  const [note, setNote] = useState(item.payload.note ?? '');
  const [stance, setStance] = useState<BoundaryStance>(item.payload.stance ?? 'not-okay');
  const [removing, setRemoving] = useState<{ pending: boolean; error: string | null }>({
    pending: false,
    error: null,
  });
  const editRef = useRef<HTMLButtonElement>(null);
  const boundary = item.payload.section === 'boundaries';

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload: ProfileItemPayload = {
      section: item.payload.section,
      text: text.trim(),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(boundary ? { stance } : {}),
    };
    const result = await save.run(() => api.records.update(item.record.id, { payload }));
    if (result.ok) {
      setEditing(false);
      onChanged();
      window.setTimeout(() => editRef.current?.focus());
    }
  };

  const remove = async () => {
    setRemoving({ pending: true, error: null });
    try {
      await api.records.remove(item.record.id);
      onRemoved(`“${item.payload.text}”`);
    } catch (error) {
      setRemoving({ pending: false, error: toProblem(error).title });
    }
  };

  if (editing) {
    return (
      <li className="item-list__item">
        <form className="stack-s item-edit" onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary problem={save.problem} />
          <TextField
            label="In your words"
            value={text}
            maxLength={300}
            error={save.fieldError('text')}
            onChange={(event) => setText(event.target.value)}
            autoFocus
          />
          <TextArea
            label="A note (optional)"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          {boundary && <StancePicker value={stance} onChange={setStance} legend="This is" />}
          <div className="button-row">
            <Button type="submit" variant="primary" small busy={save.pending}>
              Save
            </Button>
            <Button
              small
              variant="quiet"
              onClick={() => {
                setEditing(false);
                setText(item.payload.text);
                setNote(item.payload.note ?? '');
                window.setTimeout(() => editRef.current?.focus());
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="item-list__item">
      <div className="item-list__text">
        <p className="item-list__main">
          {item.payload.text}
          {item.payload.stance && (
            <span className={`stance stance--${item.payload.stance}`}>
              {BOUNDARY_STANCE_LABELS[item.payload.stance]}
            </span>
          )}
        </p>
        {item.payload.note && <p className="item-list__note">{item.payload.note}</p>}
        <p className="item-list__meta">{addedOrChanged(item.record)}</p>
        {removing.error && <InlineError>{removing.error}</InlineError>}
      </div>
      <div className="item-list__actions">
        <Button ref={editRef} small variant="quiet" onClick={() => setEditing(true)}>
          Edit<span className="visually-hidden"> “{item.payload.text}”</span>
        </Button>
        <Button small variant="quiet" busy={removing.pending} onClick={() => void remove()}>
          Remove<span className="visually-hidden"> “{item.payload.text}”</span>
        </Button>
      </div>
    </li>
  );
}

const EMPTY_MOMENT = { what: '', valueOrBoundary: '', felt: '', nextTime: '' };

/** Noticing self-abandonment: a quick, kind log of moments I set myself aside, and what I would like next time. */
function SelfAbandonmentLog() {
  const api = useApi();
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [moments, profile] = await Promise.all([
        listAll(api, 'self_abandonment', selfAbandonmentSchema, signal),
        listAll(api, 'profile_item', profileItemSchema, signal),
      ]);
      return {
        moments,
        anchors: profile.filter((p) => ['values', 'boundaries'].includes(p.payload.section)),
      };
    },
    [api],
  );
  const { state, reload } = useQuery(load);
  const action = useAction();
  const [form, setForm] = useState(EMPTY_MOMENT);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const listId = useId();
  const fields = {
    what: { id: `${listId}-what`, label: SELF_ABANDONMENT.fields.what },
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const payload: SelfAbandonmentPayload = {
      what: form.what.trim(),
      ...(form.valueOrBoundary.trim() ? { valueOrBoundary: form.valueOrBoundary.trim() } : {}),
      ...(form.felt.trim() ? { felt: form.felt.trim() } : {}),
      ...(form.nextTime.trim() ? { nextTime: form.nextTime.trim() } : {}),
    };
    const result = await action.run(async () => {
      if (!payload.what) {
        throw ProblemError.invalid('There is one thing to add first.', [
          { path: 'what', message: 'A few words about what happened are enough.' },
        ]);
      }
      return api.records.create({ kind: 'self_abandonment', payload });
    });
    if (result.ok) {
      setForm(EMPTY_MOMENT);
      reload();
    }
  };

  const remove = async (item: Kept<SelfAbandonmentPayload>) => {
    setRemoveError(null);
    try {
      await api.records.remove(item.record.id);
      setRemoval({ id: item.record.id, label: 'That moment' });
      reload();
    } catch (error) {
      setRemoveError(toProblem(error).title);
    }
  };

  return (
    <Card
      as="section"
      id="self-abandonment"
      tabIndex={-1}
      aria-labelledby="self-abandonment-title"
      className="stack profile-section"
    >
      <h2 id="self-abandonment-title" className="section-title">
        {SELF_ABANDONMENT.heading}
      </h2>
      <p className="muted">{SELF_ABANDONMENT.description}</p>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problem={action.problem} fields={fields} />
        <TextArea
          id={fields.what.id}
          label={SELF_ABANDONMENT.fields.what}
          rows={3}
          maxLength={2000}
          value={form.what}
          error={action.fieldError('what')}
          onChange={(event) => setForm({ ...form, what: event.target.value })}
        />
        <TextField
          label={SELF_ABANDONMENT.fields.valueOrBoundary}
          hint="Optional. Your values and boundaries are offered as you type."
          list={`${listId}-anchors`}
          maxLength={300}
          value={form.valueOrBoundary}
          onChange={(event) => setForm({ ...form, valueOrBoundary: event.target.value })}
        />
        <datalist id={`${listId}-anchors`}>
          {state.status === 'ready' &&
            state.data.anchors.map((a) => <option key={a.record.id} value={a.payload.text} />)}
        </datalist>
        <TextArea
          label={SELF_ABANDONMENT.fields.felt}
          hint="Optional."
          rows={2}
          maxLength={1000}
          value={form.felt}
          onChange={(event) => setForm({ ...form, felt: event.target.value })}
        />
        <TextArea
          label={SELF_ABANDONMENT.fields.nextTime}
          hint="Optional."
          rows={2}
          maxLength={1000}
          value={form.nextTime}
          onChange={(event) => setForm({ ...form, nextTime: event.target.value })}
        />
        <div>
          <Button type="submit" variant="primary" busy={action.pending}>
            Keep this moment
          </Button>
        </div>
      </form>
      {removal && (
        <RemovedNotice
          removal={removal}
          onClose={() => setRemoval(null)}
          onRestored={() => {
            setRemoval(null);
            reload();
          }}
        />
      )}
      {removeError && <InlineError>{removeError}</InlineError>}
      {state.status === 'loading' && <Loading label="Loading what you noticed…" />}
      {state.status === 'failed' && <InlineError>{state.problem.title}</InlineError>}
      {state.status === 'ready' &&
        (state.data.moments.length === 0 ? (
          <EmptyState title="Nothing noted yet">
            When you notice a moment like this, you might jot it down here. Noticing is already a step back
            towards yourself.
          </EmptyState>
        ) : (
          <ul className="moment-list" role="list">
            {state.data.moments.map((item) => (
              <li key={item.record.id} className="moment-list__item stack-s">
                <p className="item-list__meta">
                  <time dateTime={item.record.occurredAt}>{dayAndTime(item.record.occurredAt)}</time>
                </p>
                <p>{item.payload.what}</p>
                {item.payload.valueOrBoundary && (
                  <p>
                    <span className="moment-list__label">What I set aside:</span>{' '}
                    {item.payload.valueOrBoundary}
                  </p>
                )}
                {item.payload.felt && (
                  <p>
                    <span className="moment-list__label">What I felt:</span> {item.payload.felt}
                  </p>
                )}
                {item.payload.nextTime && (
                  <p>
                    <span className="moment-list__label">Next time:</span> {item.payload.nextTime}
                  </p>
                )}
                <div>
                  <Button small variant="quiet" onClick={() => void remove(item)}>
                    Remove<span className="visually-hidden"> this moment</span>
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        ))}
    </Card>
  );
}
