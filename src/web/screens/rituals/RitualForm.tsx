import { useState, type SubmitEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { pathTo } from '../../../core/practices/catalogue.js';
import { NEUTRAL_CALENDAR_TITLE, RITUAL_IDEAS, type RitualIdea } from '../../../core/rituals/ideas.js';
import type { RitualPayload } from '../../../core/rituals/kinds.js';
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../../core/rituals/schedule.js';
import { PILLARS } from '../../../core/pillars.js';
import { ProblemError } from '../../api/client.js';
import { Button, ButtonLink } from '../../components/Button.js';
import { Checkbox } from '../../components/Checkbox.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryBoundary } from '../../components/QueryBoundary.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useToast } from '../../components/Toast.js';
import { useAction } from '../../components/useAction.js';
import { useRecord, useRecordChanges, type Kept } from '../../data/records.js';
import { browserTimeZone } from './data.js';
import { LettingGo } from './LettingGo.js';
import { notificationsSupported } from './reminders.js';
import '../../styles/rituals.css';

const FIELDS = {
  'payload.title': { id: 'ritual-title', label: 'What is it?' },
  'payload.minutes': { id: 'ritual-minutes', label: 'How long' },
  'payload.days': { id: 'ritual-days', label: 'Which days' },
  'payload.time': { id: 'ritual-time', label: 'At what time' },
  'payload.why': { id: 'ritual-why', label: 'Why it matters to you' },
  'payload.calendarTitle': { id: 'ritual-calendar-own', label: 'Your own calendar title' },
};

const MINUTE_CHOICES = [2, 5, 10, 15];
type CalendarChoice = 'neutral' | 'title' | 'own' | 'none';

/** A new ritual. */
export function NewRitualScreen() {
  return (
    <div className="rituals stack-xl">
      <PageHeader title="Create a ritual" eyebrow="Small rituals">
        <p>
          Small is the point. Five minutes a day is enough, and a ritual you skip is still yours to come back
          to.
        </p>
      </PageHeader>
      <RitualForm />
    </div>
  );
}

/** One ritual, to change, rest or let go. */
export function RitualScreen() {
  const { ritualId = '' } = useParams();
  const ritual = useRecord(ritualId, 'ritual');
  return (
    <div className="rituals stack-xl">
      <QueryBoundary
        query={ritual}
        loading="Loading this ritual…"
        actions={<ButtonLink to={pathTo('rituals')}>Back to your rituals</ButtonLink>}
      >
        {(kept) => (
          <>
            <PageHeader title={kept.payload.title} eyebrow="Small rituals">
              <p>Change anything here; it takes effect from now on, in your calendar too.</p>
            </PageHeader>
            <RitualForm existing={kept} />
          </>
        )}
      </QueryBoundary>
    </div>
  );
}

function RitualForm({ existing }: { existing?: Kept<'ritual'> }) {
  const start = existing?.payload;
  const [params] = useSearchParams();
  // A new ritual can start from an idea another page points to (`?idea=secure-self`).
  const asked = start ? undefined : RITUAL_IDEAS.find((idea) => idea.id === params.get('idea'));
  const navigate = useNavigate();
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [ideaId, setIdeaId] = useState<string | undefined>(start?.ideaId ?? asked?.id);
  const [title, setTitle] = useState(start?.title ?? asked?.title ?? '');
  const [minutes, setMinutes] = useState(start?.minutes ?? asked?.minutes ?? 5);
  const [days, setDays] = useState<readonly Weekday[]>(start?.days ?? WEEKDAYS);
  const [timed, setTimed] = useState(start ? start.time !== undefined : true);
  const [time, setTime] = useState(start?.time ?? '08:00');
  const [why, setWhy] = useState(start?.why ?? '');
  const [calendar, setCalendar] = useState<CalendarChoice>(calendarChoice(start));
  const [ownCalendarTitle, setOwnCalendarTitle] = useState(
    calendarChoice(start) === 'own' ? (start?.calendarTitle ?? '') : '',
  );
  const [notify, setNotify] = useState(start?.notify ?? false);

  const chooseIdea = (idea: RitualIdea) => {
    setIdeaId(idea.id);
    setTitle(idea.title);
    setMinutes(idea.minutes);
  };
  const toggleDay = (day: Weekday) =>
    setDays((now) =>
      now.includes(day) ? now.filter((d) => d !== day) : WEEKDAYS.filter((d) => d === day || now.includes(d)),
    );

  const askForNotifications = async (wanted: boolean) => {
    setNotify(wanted);
    if (wanted && notificationsSupported() && Notification.permission === 'default') {
      await Notification.requestPermission();
    }
  };

  const payload = (): RitualPayload => {
    const calendarTitle =
      calendar === 'neutral'
        ? NEUTRAL_CALENDAR_TITLE
        : calendar === 'title'
          ? title.trim().slice(0, 80)
          : calendar === 'own'
            ? ownCalendarTitle.trim()
            : undefined;
    return {
      title: title.trim(),
      ...(ideaId ? { ideaId } : {}),
      minutes,
      days: [...days],
      ...(timed ? { time } : {}),
      timeZone: start?.timeZone ?? browserTimeZone(),
      ...(why.trim() ? { why: why.trim() } : {}),
      ...(calendarTitle !== undefined ? { calendarTitle } : {}),
      notify,
      paused: start?.paused ?? false,
    };
  };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        const issues = [];
        if (!title.trim()) issues.push({ path: 'payload.title', message: 'Give your ritual a name.' });
        if (days.length === 0) issues.push({ path: 'payload.days', message: 'Choose at least one day.' });
        if (calendar === 'own' && !ownCalendarTitle.trim())
          issues.push({ path: 'payload.calendarTitle', message: 'Write the title your calendar shows.' });
        if (issues.length > 0) throw ProblemError.invalid('A little more is needed.', issues);
        return existing
          ? changes.update(existing.record.id, { payload: payload() })
          : changes.create({ kind: 'ritual', payload: payload() });
      })
      .then((result) => {
        if (!result.ok) return;
        toast.show(existing ? 'Saved your changes.' : 'Your ritual is ready.', 'success');
        void navigate(pathTo('rituals'));
      });
  };

  const setPaused = (paused: boolean) => {
    if (!existing) return;
    void action
      .run(() => changes.update(existing.record.id, { payload: { ...existing.payload, paused } }))
      .then((result) => {
        if (result.ok)
          toast.show(paused ? 'This ritual is resting.' : 'Welcome back to this ritual.', 'success');
      });
  };

  return (
    <form className="stack-l ritual-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={action.problem} fields={FIELDS} />
      {!existing && (
        <fieldset className="stack-s ritual-ideas">
          <legend className="subsection-title">Start from an idea, or write your own</legend>
          <ul className="ritual-ideas__list" role="list">
            {RITUAL_IDEAS.map((idea) => (
              <li key={idea.id}>
                <button
                  type="button"
                  className="ritual-idea"
                  aria-pressed={ideaId === idea.id}
                  onClick={() => chooseIdea(idea)}
                >
                  <span className="ritual-idea__title">{idea.title}</span>
                  <span className="ritual-idea__line">{idea.line}</span>
                  <span className="ritual-idea__meta">
                    {PILLARS.find((p) => p.id === idea.pillar)?.name}, {idea.minutes} min
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}

      <TextField
        id={FIELDS['payload.title'].id}
        label={FIELDS['payload.title'].label}
        value={title}
        maxLength={120}
        required
        onChange={(event) => {
          setTitle(event.target.value);
          setIdeaId(undefined);
        }}
        error={action.fieldError('payload.title')}
      />

      <fieldset className="stack-s" id={FIELDS['payload.minutes'].id}>
        <legend className="field__label">{FIELDS['payload.minutes'].label}</legend>
        <p className="field__hint">Five minutes a day is enough. Less is fine too.</p>
        <div className="ritual-toggles">
          {MINUTE_CHOICES.map((m) => (
            <button
              key={m}
              type="button"
              className="ritual-toggle"
              aria-pressed={minutes === m}
              onClick={() => setMinutes(m)}
            >
              {m} min
            </button>
          ))}
          <label className="ritual-minutes-own">
            <span className="visually-hidden">Minutes, your own number</span>
            <input
              className="input"
              type="number"
              min={1}
              max={240}
              value={minutes}
              onChange={(event) => setMinutes(Math.max(1, Math.min(240, Number(event.target.value) || 1)))}
            />
            <span aria-hidden="true">min</span>
          </label>
        </div>
      </fieldset>

      <fieldset className="stack-s" id={FIELDS['payload.days'].id}>
        <legend className="field__label">{FIELDS['payload.days'].label}</legend>
        {action.fieldError('payload.days') && (
          <p className="field__error">{action.fieldError('payload.days')}</p>
        )}
        <div className="ritual-toggles">
          {WEEKDAYS.map((day) => (
            <button
              key={day}
              type="button"
              className="ritual-toggle ritual-toggle--day"
              aria-pressed={days.includes(day)}
              onClick={() => toggleDay(day)}
            >
              <span aria-hidden="true">{WEEKDAY_LABELS[day].short}</span>
              <span className="visually-hidden">{WEEKDAY_LABELS[day].long}</span>
            </button>
          ))}
        </div>
        <div className="button-row">
          <Button small variant="quiet" onClick={() => setDays(WEEKDAYS)}>
            Every day
          </Button>
          <Button small variant="quiet" onClick={() => setDays(['mo', 'tu', 'we', 'th', 'fr'])}>
            Weekdays
          </Button>
          <Button small variant="quiet" onClick={() => setDays(['sa', 'su'])}>
            Weekends
          </Button>
        </div>
      </fieldset>

      <fieldset className="stack-s">
        <legend className="field__label">When in the day</legend>
        <label className="ritual-radio">
          <input type="radio" name="when" checked={timed} onChange={() => setTimed(true)} />
          At a time
        </label>
        {timed && (
          <label className="field ritual-time" htmlFor={FIELDS['payload.time'].id}>
            <span className="field__label">{FIELDS['payload.time'].label}</span>
            <input
              id={FIELDS['payload.time'].id}
              className="input"
              type="time"
              value={time}
              required
              onChange={(event) => setTime(event.target.value)}
            />
          </label>
        )}
        <label className="ritual-radio">
          <input type="radio" name="when" checked={!timed} onChange={() => setTimed(false)} />
          Any time that day
        </label>
      </fieldset>

      <TextArea
        id={FIELDS['payload.why'].id}
        label={FIELDS['payload.why'].label}
        hint="Optional. A line to come back to on days it feels hard to begin."
        rows={3}
        maxLength={1000}
        value={why}
        onChange={(event) => setWhy(event.target.value)}
      />

      <fieldset className="stack-s">
        <legend className="field__label">In your calendar</legend>
        <p className="field__hint">
          If you turn on the calendar feed, this is the only thing it shows about this ritual. Calendars are
          often shared, so a neutral title may suit.
        </p>
        <label className="ritual-radio">
          <input
            type="radio"
            name="calendar"
            checked={calendar === 'neutral'}
            onChange={() => setCalendar('neutral')}
          />
          &ldquo;{NEUTRAL_CALENDAR_TITLE}&rdquo;
        </label>
        <label className="ritual-radio">
          <input
            type="radio"
            name="calendar"
            checked={calendar === 'title'}
            onChange={() => setCalendar('title')}
          />
          Its own name{title.trim() ? `: “${title.trim()}”` : ''}
        </label>
        <label className="ritual-radio">
          <input
            type="radio"
            name="calendar"
            checked={calendar === 'own'}
            onChange={() => setCalendar('own')}
          />
          Something else
        </label>
        {calendar === 'own' && (
          <TextField
            id={FIELDS['payload.calendarTitle'].id}
            label={FIELDS['payload.calendarTitle'].label}
            value={ownCalendarTitle}
            maxLength={80}
            onChange={(event) => setOwnCalendarTitle(event.target.value)}
            error={action.fieldError('payload.calendarTitle')}
          />
        )}
        <label className="ritual-radio">
          <input
            type="radio"
            name="calendar"
            checked={calendar === 'none'}
            onChange={() => setCalendar('none')}
          />
          Keep it out of my calendar
        </label>
      </fieldset>

      {notificationsSupported() && (
        <Checkbox
          label="Also remind me with a notification while Haven is open"
          hint="Your browser will ask first. It shows only the calendar title."
          checked={notify}
          onChange={(event) => void askForNotifications(event.target.checked)}
        />
      )}

      <div className="button-row">
        <Button type="submit" variant="primary" busy={action.pending}>
          {existing ? 'Save changes' : 'Save this ritual'}
        </Button>
        <ButtonLink to={pathTo('rituals')} variant="quiet">
          Cancel
        </ButtonLink>
      </div>

      {existing && (
        <LettingGo
          id="ritual-more"
          heading="Resting or letting go"
          kind="ritual"
          recordId={existing.record.id}
          deleteLabel="Delete this ritual"
          question="Delete this ritual?"
          description="It moves to the trash and leaves your calendar. What you marked done stays."
          back={pathTo('rituals')}
          actions={
            <Button onClick={() => setPaused(!existing.payload.paused)} busy={action.pending}>
              {existing.payload.paused ? 'Pick it up again' : 'Let it rest'}
            </Button>
          }
        >
          A resting ritual stays here but leaves today&rsquo;s list and your calendar until you pick it up
          again.
        </LettingGo>
      )}
    </form>
  );
}

function calendarChoice(payload: RitualPayload | undefined): CalendarChoice {
  if (!payload) return 'neutral';
  if (payload.calendarTitle === undefined) return 'none';
  if (payload.calendarTitle === NEUTRAL_CALENDAR_TITLE) return 'neutral';
  if (payload.calendarTitle === payload.title) return 'title';
  return 'own';
}
