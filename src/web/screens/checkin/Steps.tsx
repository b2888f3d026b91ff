import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { BODY_REGIONS, SENSATIONS } from '../../../core/attuning/body.js';
import { NEED_GROUP_LIST, needsIn } from '../../../core/attuning/needs.js';
import { senseInfo } from '../../../core/attuning/soothing.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useAllRecords } from '../../data/records.js';
import { Chip, ChipList, toggled } from '../attuning/Chips.js';
import type { StepProps } from './draft.js';
import { BodyMap } from './BodyMap.js';
import { RovingGroup } from './RovingGroup.js';
import { CriticEcho } from '../turning/CriticEcho.js';
import { pathTo } from '../../../core/practices/catalogue.js';

/** Ideas from the other HEARTS areas for "what can I do for myself right now", in Haven's words. */
const OTHER_PRACTICE_IDEAS: readonly { text: string; area: string }[] = [
  { text: 'Breathe slowly for a minute, a little longer out than in', area: 'Turning towards' },
  { text: 'Sit quietly for two minutes and notice what is here', area: 'Here' },
  { text: 'Say one kind sentence to myself, as a friend would', area: 'Expressed delight' },
  { text: 'Stretch, or take a short walk', area: 'Here' },
  { text: 'Write a few lines in my journal', area: 'Attuning' },
  { text: 'Take a small break and do one thing I enjoy', area: 'Rituals' },
];

/** A step a person may open or skip; it says how much is chosen in it. */
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

/** Step 3: where in the body, and what it feels like. */
export function BodyStep({ draft, update }: StepProps) {
  return (
    <OptionalStep
      number={3}
      title="Where do you feel it in your body?"
      count={draft.regions.length + draft.sensations.length}
    >
      <fieldset className="stack-s">
        <legend className="checkin-legend">Where</legend>
        <div className="body-where">
          <BodyMap
            chosen={draft.regions}
            onToggle={(id) => update({ regions: toggled(draft.regions, id) })}
          />
          <div className="stack-s">
            <p className="muted">Tap the outline, or choose from the list. The back is in the list.</p>
            <RovingGroup>
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
            </RovingGroup>
          </div>
        </div>
      </fieldset>
      <fieldset className="stack-s">
        <legend className="checkin-legend">What it feels like</legend>
        <RovingGroup>
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
        </RovingGroup>
      </fieldset>
    </OptionalStep>
  );
}

/** Step 4: needs marked met or unmet. */
export function NeedsStep({ draft, update }: StepProps) {
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
          <RovingGroup>
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
          </RovingGroup>
        </fieldset>
      ))}
    </OptionalStep>
  );
}

/** Step 5: something to do for myself, from the soothing kit or other practices. */
export function CareStep({ draft, update }: StepProps) {
  const soothing = useAllRecords('soothing_item');
  const kit = soothing.data ?? [];
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
          <RovingGroup>
            <ChipList>
              {kit.map((item) => suggestion(item.payload.text, senseInfo(item.payload.sense).label))}
            </ChipList>
          </RovingGroup>
        </div>
      )}
      {soothing.data?.length === 0 && (
        <p className="muted">
          Your <Link to={pathTo('soothing')}>soothing kit</Link> is empty for now. What you add there will
          show up here.
        </p>
      )}
      <div className="stack-s">
        <h3 className="checkin-legend">Ideas from other practices</h3>
        <RovingGroup>
          <ChipList>{OTHER_PRACTICE_IDEAS.map((idea) => suggestion(idea.text, idea.area))}</ChipList>
        </RovingGroup>
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
      <CriticEcho text={draft.note} />
    </OptionalStep>
  );
}
