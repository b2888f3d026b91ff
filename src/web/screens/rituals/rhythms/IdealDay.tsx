import { useState } from 'react';
import { useNavigate } from 'react-router';
import { pathTo } from '../../../../core/practices/catalogue.js';
import type { RhythmIdealPayload } from '../../../../core/rituals/rhythmKinds.js';
import { blockIssues, sortBlocks } from '../../../../core/rituals/rhythms.js';
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from '../../../../core/rituals/schedule.js';
import { ProblemError } from '../../../api/client.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { TextField } from '../../../components/TextField.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import { useRecordChanges, type Kept } from '../../../data/records.js';
import { DayTrack } from './DayTrack.js';
import { idealTemplates, useIdeal } from './data.js';
import '../../../styles/rhythms.css';

type Template = RhythmIdealPayload['templates'][number];

/** The ideal day, and where it differs, ideal days for some days of the week. */
export function IdealDayScreen() {
  const ideal = useIdeal();
  return (
    <div className="rhythms stack-xl">
      <PageHeader
        title="Your ideal day"
        eyebrow="My rhythms"
        about={
          <p>
            This is a picture of the days that suit you, not a timetable to keep. If some days of the week
            differ, a workday and a rest day say, give each its own ideal. Sleep can run past midnight: a
            block from 23:00 to 07:00 counts as that day’s sleep.
          </p>
        }
      >
        <p>
          Lay out the day you would choose, if it were up to you: when you sleep, eat, rest, move and meet.
        </p>
      </PageHeader>
      <QueryBoundary query={ideal} loading="Loading your ideal day…">
        {(kept) => <IdealEditor existing={kept} />}
      </QueryBoundary>
    </div>
  );
}

function IdealEditor({ existing }: { existing: Kept<'rhythm_ideal'> | null }) {
  const navigate = useNavigate();
  const changes = useRecordChanges();
  const action = useAction();
  const toast = useToast();
  const [templates, setTemplates] = useState<Template[]>(() => idealTemplates(existing));
  const [current, setCurrent] = useState(0);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const template = templates[current] ?? templates[0];
  if (!template) return null;

  const patch = (change: Partial<Template>) =>
    setTemplates((all) => all.map((t, i) => (i === current ? { ...t, ...change } : t)));

  const toggleDay = (day: Weekday) =>
    setTemplates((all) =>
      all.map((t, i) => {
        if (i === current)
          return {
            ...t,
            days: t.days.includes(day)
              ? t.days.filter((d) => d !== day)
              : WEEKDAYS.filter((d) => d === day || t.days.includes(d)),
          };
        // A day belongs to one ideal: giving it to this one takes it from another.
        return { ...t, days: t.days.filter((d) => d !== day || template.days.includes(day)) };
      }),
    );

  const addTemplate = () => {
    const n = templates.length + 1;
    const name = templates.some((t) => t.name === 'A rest day') ? `Another day (${n})` : 'A rest day';
    const fresh: Template = { id: `day-${Date.now().toString(36)}`, name, days: [], blocks: [] };
    setTemplates((all) => [...all, fresh]);
    setCurrent(templates.length);
  };

  const removeTemplate = () => {
    setTemplates((all) => all.filter((_, i) => i !== current));
    setCurrent(0);
    setConfirmRemove(false);
    toast.show('That ideal day is gone from here. Save to keep the change.', 'info');
  };

  const save = () => {
    void action
      .run(async () => {
        const issues = templates.flatMap((t, i) => [
          ...(t.name.trim()
            ? []
            : [{ path: `payload.templates.${i}.name`, message: 'Give this ideal day a name.' }]),
          ...blockIssues(t.blocks).map((b) => ({
            path: `payload.templates.${i}.blocks.${b.index}.${b.field}`,
            message: `${t.name}: ${b.message}`,
          })),
        ]);
        if (issues.length > 0) throw ProblemError.invalid('A little more is needed.', issues);
        const payload: RhythmIdealPayload = {
          templates: templates.map((t) => ({ ...t, name: t.name.trim(), blocks: sortBlocks(t.blocks) })),
        };
        return existing
          ? changes.update(existing.record.id, { payload })
          : changes.create({ kind: 'rhythm_ideal', payload });
      })
      .then((result) => {
        if (!result.ok) return;
        toast.show('Your ideal day is kept.', 'success');
        void navigate(pathTo('rhythms'));
      });
  };

  return (
    <div className="stack-l">
      <ErrorSummary problem={action.problem} />
      <div className="rhythm-templates" role="group" aria-label="Your ideal days">
        {templates.map((t, i) => (
          <button
            key={t.id}
            type="button"
            className="rhythm-chip"
            aria-pressed={i === current}
            onClick={() => setCurrent(i)}
          >
            {t.name || 'Unnamed'}
            <span className="rhythm-chip__days">
              {t.days.length === 7
                ? 'all week'
                : t.days.map((d) => WEEKDAY_LABELS[d].short).join(' ') || 'no day yet'}
            </span>
          </button>
        ))}
        {templates.length < 7 && (
          <Button small variant="quiet" onClick={addTemplate}>
            + A different day
          </Button>
        )}
      </div>

      <section className="card stack" aria-labelledby="ideal-current">
        <h2 id="ideal-current" className="section-title">
          {template.name || 'This ideal day'}
        </h2>
        <div className="rhythm-template-head">
          <TextField
            label="Its name"
            value={template.name}
            maxLength={60}
            onChange={(e) => patch({ name: e.currentTarget.value })}
          />
          <fieldset className="rhythm-days">
            <legend className="field__label">The days it is for</legend>
            <div className="ritual-toggles">
              {WEEKDAYS.map((d) => (
                <button
                  key={d}
                  type="button"
                  className="rhythm-day-toggle"
                  aria-pressed={template.days.includes(d)}
                  onClick={() => toggleDay(d)}
                >
                  {WEEKDAY_LABELS[d].short}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
        <DayTrack
          key={template.id}
          label={`${template.name || 'Your ideal day'}, hour by hour`}
          blocks={template.blocks}
          onChange={(blocks) => patch({ blocks })}
        />
      </section>

      <div className="button-row rhythm-save-row">
        <Button variant="primary" busy={action.pending} onClick={save}>
          Save your ideal day
        </Button>
        <ButtonLink to={pathTo('rhythms')} variant="quiet">
          Back without saving
        </ButtonLink>
        {templates.length > 1 && (
          <Button variant="quiet" onClick={() => setConfirmRemove(true)}>
            Remove “{template.name || 'this day'}”
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirmRemove}
        onOpenChange={setConfirmRemove}
        title={`Remove “${template.name || 'this day'}”?`}
        description={<p>Its blocks go with it. Its days then follow your first ideal day.</p>}
        confirmLabel="Remove it"
        onConfirm={removeTemplate}
      />
    </div>
  );
}
