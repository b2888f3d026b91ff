import { format, parseISO } from 'date-fns';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { pathTo } from '../../../../core/practices/catalogue.js';
import type { RhythmDayPayload } from '../../../../core/rituals/rhythmKinds.js';
import {
  blockIssues,
  SLIDERS,
  sortBlocks,
  templateFor,
  type SliderId,
} from '../../../../core/rituals/rhythms.js';
import { DAY_PATTERN, weekdayOf } from '../../../../core/rituals/schedule.js';
import { ProblemError } from '../../../api/client.js';
import { Button, ButtonLink } from '../../../components/Button.js';
import { ErrorSummary } from '../../../components/ErrorSummary.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { QueryBoundary } from '../../../components/QueryBoundary.js';
import { TextArea } from '../../../components/TextArea.js';
import { useToast } from '../../../components/Toast.js';
import { useAction } from '../../../components/useAction.js';
import type { Kept } from '../../../data/records.js';
import { today } from '../data.js';
import { DayTrack } from './DayTrack.js';
import { idealTemplates, useIdeal, useRealDay, useSaveRealDay } from './data.js';
import '../../../styles/rhythms.css';

type Way = 'blocks' | 'sliders';

/** How a day really went: from the ideal's blocks, adjusted, or four sliders at the end of the day. */
export function RealDayScreen() {
  const [params, setParams] = useSearchParams();
  const now = today();
  const asked = params.get('day') ?? '';
  const day = DAY_PATTERN.test(asked) && asked <= now ? asked : now;
  const ideal = useIdeal();
  const held = useRealDay(day);
  const title = day === now ? 'How today went' : `How ${format(parseISO(day), 'EEEE d MMMM')} went`;
  return (
    <div className="rhythms stack-xl">
      <PageHeader title={title} eyebrow="My rhythms">
        <p>Roughly, not exactly: a rough picture is all that helps here, and a day can be changed later.</p>
      </PageHeader>
      <div className="rhythm-date">
        <label className="field__label" htmlFor="rhythm-day">
          The day
        </label>
        <input
          id="rhythm-day"
          className="input"
          type="date"
          max={now}
          value={day}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (DAY_PATTERN.test(value)) setParams({ day: value }, { replace: true });
          }}
        />
      </div>
      <QueryBoundary query={ideal} loading="Loading your ideal day…">
        {(idealKept) => (
          <QueryBoundary query={held} loading="Loading this day…">
            {(heldKept) => (
              <RealDayForm
                key={`${day}-${heldKept?.record.id ?? 'new'}`}
                day={day}
                ideal={idealKept}
                held={heldKept}
              />
            )}
          </QueryBoundary>
        )}
      </QueryBoundary>
    </div>
  );
}

function RealDayForm({
  day,
  ideal,
  held,
}: {
  day: string;
  ideal: Kept<'rhythm_ideal'> | null;
  held: Kept<'rhythm_day'> | null;
}) {
  const navigate = useNavigate();
  const toast = useToast();
  const action = useAction();
  const saveRealDay = useSaveRealDay();
  const template = templateFor(idealTemplates(ideal), weekdayOf(day));
  const [way, setWay] = useState<Way>(held?.payload.blocks || !held ? 'blocks' : 'sliders');
  const [blocks, setBlocks] = useState(() => [...(held?.payload.blocks ?? template?.blocks ?? [])]);
  const [sliders, setSliders] = useState<Record<SliderId, number>>(
    () => held?.payload.sliders ?? { sleep: 5, meals: 5, rest: 5, connection: 5 },
  );
  const [note, setNote] = useState(held?.payload.note ?? '');

  const save = () => {
    void action
      .run(async () => {
        if (way === 'blocks') {
          const issues = blockIssues(blocks).map((b) => ({
            path: `payload.blocks.${b.index}.${b.field}`,
            message: b.message,
          }));
          if (issues.length > 0) throw ProblemError.invalid('A block needs another look.', issues);
        }
        const keepBlocks = way === 'blocks' ? sortBlocks(blocks) : held?.payload.blocks;
        const keepSliders = way === 'sliders' ? sliders : held?.payload.sliders;
        const payload: RhythmDayPayload = {
          day,
          ...(way === 'blocks' && template && !held?.payload.blocks ? { templateId: template.id } : {}),
          ...(held?.payload.templateId ? { templateId: held.payload.templateId } : {}),
          ...(keepBlocks ? { blocks: keepBlocks } : {}),
          ...(keepSliders ? { sliders: keepSliders } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
        };
        return saveRealDay(payload);
      })
      .then((result) => {
        if (!result.ok) return;
        toast.show('Kept. Thank you for noticing how it went.', 'success');
        void navigate(pathTo('rhythms'));
      });
  };

  return (
    <div className="stack-l">
      <ErrorSummary problem={action.problem} />
      {held && (
        <p className="rhythm-note muted">You noted this day already; what you change here replaces it.</p>
      )}
      <fieldset className="segmented">
        <legend className="segmented__legend">How would you like to note it?</legend>
        <div className="segmented__options">
          {(
            [
              ['blocks', template?.blocks.length ? 'Like my ideal, except…' : 'As blocks of time'],
              ['sliders', 'A few sliders'],
            ] as const
          ).map(([value, text]) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name="rhythm-way"
                value={value}
                checked={way === value}
                onChange={() => setWay(value)}
              />
              <span>{text}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {way === 'blocks' ? (
        <section className="card stack" aria-labelledby="real-blocks">
          <h2 id="real-blocks" className="section-title">
            {template?.blocks.length && !held?.payload.blocks
              ? `Starting from your ideal ${template.name.toLowerCase() === 'every day' ? 'day' : `“${template.name}”`}`
              : 'The day, roughly'}
          </h2>
          <p className="muted">Move what went differently; leave what went as hoped.</p>
          <DayTrack label="How the day went, hour by hour" blocks={blocks} onChange={setBlocks} />
        </section>
      ) : (
        <section className="card stack" aria-labelledby="real-sliders">
          <h2 id="real-sliders" className="section-title">
            At the end of the day
          </h2>
          <div className="rhythm-sliders">
            {SLIDERS.map((s) => (
              <div key={s.id} className="rhythm-slider">
                <label htmlFor={`slider-${s.id}`} className="field__label">
                  {s.label}
                </label>
                <input
                  id={`slider-${s.id}`}
                  type="range"
                  min={0}
                  max={10}
                  step={1}
                  value={sliders[s.id]}
                  aria-valuetext={`${sliders[s.id]} of 10`}
                  onChange={(e) => {
                    const value = Number(e.currentTarget.value);
                    setSliders((all) => ({ ...all, [s.id]: value }));
                  }}
                />
                <div className="rhythm-slider__ends muted" aria-hidden="true">
                  <span>{s.low}</span>
                  <output>{sliders[s.id]}</output>
                  <span>{s.high}</span>
                </div>
              </div>
            ))}
          </div>
        </section>
      )}

      <TextArea
        label="Anything you want to remember about it (optional)"
        value={note}
        maxLength={1000}
        rows={3}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <div className="button-row">
        <Button variant="primary" busy={action.pending} onClick={save}>
          Keep this day
        </Button>
        <ButtonLink to={pathTo('rhythms')} variant="quiet">
          Back without saving
        </ButtonLink>
      </div>
    </div>
  );
}
