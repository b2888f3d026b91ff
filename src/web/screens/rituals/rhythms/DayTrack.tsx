import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  blockIssues,
  DAY_MINUTES,
  drawBlock,
  durationOf,
  freeStretch,
  labelOf,
  minutesOf,
  moveEdge,
  RHYTHM_CATEGORIES,
  saidBlock,
  saidDuration,
  segmentsOf,
  shiftTime,
  snap,
  sortBlocks,
  STEP_MINUTES,
  totals,
  type Block,
} from '../../../../core/rituals/rhythms.js';
import { Button } from '../../../components/Button.js';
import { InlineError } from '../../../components/InlineError.js';
import { TextField } from '../../../components/TextField.js';

type Category = Block['category'];

/** How a category is drawn: one of the pillar tints, so no colour means good or bad. */
export const CATEGORY_TONE: Readonly<Record<Category, string>> = {
  sleep: 'here',
  eating: 'delight',
  rest: 'attuning',
  moving: 'turning',
  work: 'secure',
  connecting: 'rituals',
  intimacy: 'delight',
  alone: 'attuning',
  own: 'rituals',
};

const HOURS = Array.from({ length: 25 }, (_, h) => h);
const KEY_STEPS: Readonly<Record<string, number>> = {
  ArrowDown: STEP_MINUTES,
  ArrowRight: STEP_MINUTES,
  ArrowUp: -STEP_MINUTES,
  ArrowLeft: -STEP_MINUTES,
  PageDown: 60,
  PageUp: -60,
};

/** The nearest way round the clock from one minute of the day to another (-720..720). */
function towards(from: number, to: number): number {
  const d = (((to - from) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return d > DAY_MINUTES / 2 ? d - DAY_MINUTES : d;
}

/**
 * A day as blocks on a vertical 24-hour track, editable three ways: by
 * pointer (draw on the free track, drag a block's start or end), by touch
 * (tap the free track for an hour, drag the handles), and by keyboard (each
 * edge is a slider moved in quarter hours by the arrow keys; every block also
 * has plain time fields). Every block's time is read out.
 */
export function DayTrack({
  blocks,
  onChange,
  label,
}: {
  blocks: readonly Block[];
  onChange: (blocks: Block[]) => void;
  /** What this day is, for the track's name: "Your ideal workday". */
  label: string;
}) {
  const id = useId();
  const trackRef = useRef<HTMLDivElement>(null);
  // The blocks as last changed, for handlers that run before the next render (keys held down, a drag).
  const latest = useRef(blocks);
  useLayoutEffect(() => {
    latest.current = blocks;
  }, [blocks]);
  const [category, setCategory] = useState<Category>('sleep');
  const [ownName, setOwnName] = useState('');
  const [said, setSaid] = useState('');
  const [removed, setRemoved] = useState<{ block: Block; at: number } | null>(null);
  const [drawing, setDrawing] = useState<{ from: number; to: number; pointerId: number } | null>(null);
  const dragging = useRef<{ index: number; edge: 'start' | 'end' } | null>(null);

  const issues = blockIssues(blocks);
  const order = sortBlocks(blocks.map((block, index) => ({ ...block, index })));

  const minuteAt = (clientY: number): number => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.height === 0) return 0;
    return ((clientY - rect.top) / rect.height) * DAY_MINUTES;
  };

  const change = (next: Block[], words?: string) => {
    latest.current = next;
    onChange(next);
    if (words) setSaid(words);
  };

  const add = (block: Block | undefined) => {
    if (!block) {
      setSaid('That time is taken already. Move or remove a block to make room.');
      return;
    }
    change([...latest.current, block], `Added ${saidBlock(block)}.`);
  };

  const ownLabel = category === 'own' ? ownName.trim() || 'Your own' : undefined;

  const addByKeyboard = () => {
    const last = sortBlocks(latest.current).at(-1);
    const from = last ? minutesOf(last.end) : 7 * 60;
    const start = freeStretch(latest.current, from);
    if (start === undefined) return add(undefined);
    add({
      category,
      ...(ownLabel ? { own: ownLabel } : {}),
      start,
      end: shiftTime(start, 60),
    });
  };

  // Drawing on the free track (mouse and pen draw a stretch; a tap adds an hour).
  const onTrackDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.button !== 0) return;
    const from = minuteAt(event.clientY);
    if (event.pointerType === 'touch') {
      const start = Math.floor(from / 60) * 60;
      add(drawBlock(latest.current, category, start, start + 60, ownLabel));
      return;
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrawing({ from, to: from, pointerId: event.pointerId });
  };
  const onTrackMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drawing?.pointerId !== event.pointerId) return;
    setDrawing({ ...drawing, to: minuteAt(event.clientY) });
  };
  const onTrackUp = (event: PointerEvent<HTMLDivElement>) => {
    if (drawing?.pointerId !== event.pointerId) return;
    setDrawing(null);
    add(drawBlock(latest.current, category, drawing.from, minuteAt(event.clientY), ownLabel));
  };
  const preview = drawing ? drawBlock(blocks, category, drawing.from, drawing.to, ownLabel) : undefined;

  // Moving a start or an end.
  const onHandleKey = (index: number, edge: 'start' | 'end') => (event: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEPS[event.key];
    const block = latest.current[index];
    if (!block) return;
    let next: Block[] | undefined;
    if (step !== undefined) next = moveEdge(latest.current, index, edge, step);
    if (event.key === 'Home') next = moveEdge(latest.current, index, edge, -DAY_MINUTES);
    if (event.key === 'End') next = moveEdge(latest.current, index, edge, DAY_MINUTES);
    if (!next) return;
    event.preventDefault();
    change(next);
  };
  const onHandleDown = (index: number, edge: 'start' | 'end') => (event: PointerEvent<HTMLDivElement>) => {
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus({ preventScroll: true });
    dragging.current = { index, edge };
  };
  const onHandleMove = (event: PointerEvent<HTMLDivElement>) => {
    const drag = dragging.current;
    const block = drag ? latest.current[drag.index] : undefined;
    if (!drag || !block) return;
    const target = snap(minuteAt(event.clientY)) % DAY_MINUTES;
    const delta = towards(minutesOf(block[drag.edge]), target);
    if (delta !== 0) change(moveEdge(latest.current, drag.index, drag.edge, delta));
  };
  const onHandleUp = () => {
    const drag = dragging.current;
    dragging.current = null;
    const block = drag ? latest.current[drag.index] : undefined;
    if (block) setSaid(`${saidBlock(block)}.`);
  };

  const update = (index: number, patch: Partial<Block>) =>
    change(latest.current.map((b, i) => (i === index ? { ...b, ...patch } : b)));

  const remove = (index: number) => {
    const block = latest.current[index];
    if (!block) return;
    change(
      latest.current.filter((_, i) => i !== index),
      `Removed ${saidBlock(block)}.`,
    );
    setRemoved({ block, at: index });
  };
  const undo = () => {
    if (!removed) return;
    const next = [...latest.current];
    next.splice(removed.at, 0, removed.block);
    change(next, `Brought back ${saidBlock(removed.block)}.`);
    setRemoved(null);
  };

  const total = totals(blocks);
  const planned = [...total.values()].reduce((sum, t) => sum + t.minutes, 0);

  return (
    <div className="rhythm-editor">
      <div className="rhythm-editor__palette stack-s">
        <div className="rhythm-editor__choose">
          <label className="field__label" htmlFor={`${id}-category`}>
            Kind of time to add
          </label>
          <select
            id={`${id}-category`}
            className="input rhythm-select"
            value={category}
            onChange={(e) => setCategory(e.currentTarget.value as Category)}
          >
            {RHYTHM_CATEGORIES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
            <option value="own">Your own…</option>
          </select>
        </div>
        {category === 'own' && (
          <TextField
            label="Its name"
            value={ownName}
            maxLength={40}
            onChange={(e) => setOwnName(e.currentTarget.value)}
            hint="Gardening, prayer, caring for someone: whatever fits."
          />
        )}
        <div className="button-row">
          <Button small onClick={addByKeyboard}>
            Add a block
          </Button>
        </div>
        <p className="muted rhythm-editor__how" id={`${id}-how`}>
          Draw on the day to add a block, or tap an hour. Drag a block’s ends, or focus one and use the arrow
          keys: down for later, up for earlier, a quarter hour at a time.
        </p>
      </div>

      <div className="rhythm-editor__track-wrap">
        <div className="rhythm-hours" aria-hidden="true">
          {HOURS.filter((h) => h % 3 === 0).map((h) => (
            <span key={h} className="rhythm-hours__label" style={{ top: `${(h / 24) * 100}%` }}>
              {String(h % 24).padStart(2, '0')}:00
            </span>
          ))}
        </div>
        <div
          ref={trackRef}
          className="rhythm-track"
          role="group"
          aria-label={label}
          aria-describedby={`${id}-how`}
          data-testid="rhythm-track"
          onPointerDown={onTrackDown}
          onPointerMove={onTrackMove}
          onPointerUp={onTrackUp}
          onPointerCancel={() => setDrawing(null)}
        >
          {HOURS.slice(1, 24).map((h) => (
            <span
              key={h}
              className={h % 6 === 0 ? 'rhythm-track__line rhythm-track__line--strong' : 'rhythm-track__line'}
              style={{ top: `${(h / 24) * 100}%` }}
              aria-hidden="true"
            />
          ))}
          {blocks.map((block, index) => {
            const segments = segmentsOf(block);
            const tone = CATEGORY_TONE[block.category];
            const invalid = issues.some((i) => i.index === index);
            return segments.map(([from, to], part) => (
              <div
                key={`${index}-${part}`}
                className={`rhythm-block rhythm-tone-${tone}${invalid ? ' rhythm-block--invalid' : ''}`}
                style={{
                  top: `${(from / DAY_MINUTES) * 100}%`,
                  height: `${((to - from) / DAY_MINUTES) * 100}%`,
                }}
              >
                {/* Each piece says what it is: a sleep past midnight shows at both ends of the day. */}
                {to - from >= 60 && (
                  <span
                    className={`rhythm-block__label${to - from < 90 ? ' rhythm-block__label--short' : ''}`}
                    aria-hidden="true"
                  >
                    {labelOf(block)}{' '}
                    <span className="rhythm-block__time">
                      {block.start}–{block.end}
                    </span>
                  </span>
                )}
                {from === minutesOf(block.start) && (
                  <Handle
                    block={block}
                    edge="start"
                    onKeyDown={onHandleKey(index, 'start')}
                    onPointerDown={onHandleDown(index, 'start')}
                    onPointerMove={onHandleMove}
                    onPointerUp={onHandleUp}
                  />
                )}
                {(segments.length === 1 || part === 1) && (
                  <Handle
                    block={block}
                    edge="end"
                    onKeyDown={onHandleKey(index, 'end')}
                    onPointerDown={onHandleDown(index, 'end')}
                    onPointerMove={onHandleMove}
                    onPointerUp={onHandleUp}
                  />
                )}
              </div>
            ));
          })}
          {preview && (
            <div
              className={`rhythm-block rhythm-block--preview rhythm-tone-${CATEGORY_TONE[preview.category]}`}
              style={{
                top: `${(minutesOf(preview.start) / DAY_MINUTES) * 100}%`,
                height: `${(durationOf(preview) / DAY_MINUTES) * 100}%`,
              }}
              aria-hidden="true"
            />
          )}
        </div>
      </div>

      <div className="rhythm-editor__list stack-s">
        <p className="visually-hidden" role="status">
          {said}
        </p>
        {removed && (
          <div className="rhythm-undo" role="group" aria-label="Removed">
            <p>Removed {labelOf(removed.block)}.</p>
            <Button small variant="quiet" onClick={undo}>
              Undo
            </Button>
          </div>
        )}
        {order.length === 0 ? (
          <p className="muted rhythm-editor__empty">
            Nothing laid out yet. You might start with sleep: when do you like to go to bed, and to wake?
          </p>
        ) : (
          <ol className="rhythm-block-list" role="list" aria-label="Blocks, in the order of the day">
            {order.map((block) => (
              <BlockRow
                key={block.index}
                block={block}
                issue={issues.find((i) => i.index === block.index)?.message}
                onChange={(patch) => update(block.index, patch)}
                onRemove={() => remove(block.index)}
              />
            ))}
          </ol>
        )}
        {total.size > 0 && (
          <div className="rhythm-totals">
            <h3 className="subsection-title">In all</h3>
            <ul role="list">
              {[...total.entries()].map(([key, t]) => (
                <li key={key}>
                  <span>{t.label}</span>{' '}
                  <span className="rhythm-totals__value">{saidDuration(t.minutes)}</span>
                </li>
              ))}
              <li className="muted">
                <span>Left open</span>{' '}
                <span className="rhythm-totals__value">
                  {saidDuration(Math.max(0, DAY_MINUTES - planned))}
                </span>
              </li>
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

function Handle({
  block,
  edge,
  ...events
}: {
  block: Block;
  edge: 'start' | 'end';
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLDivElement>) => void;
  onPointerUp: () => void;
}) {
  const value = minutesOf(block[edge]);
  const name = `${labelOf(block)} ${edge === 'start' ? 'starts' : 'ends'}`;
  return (
    <div
      role="slider"
      tabIndex={0}
      aria-label={name}
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={DAY_MINUTES - STEP_MINUTES}
      aria-valuenow={value}
      aria-valuetext={`${block[edge]}; ${saidBlock(block)}`}
      className={`rhythm-handle rhythm-handle--${edge}`}
      {...events}
    >
      <span className="rhythm-handle__grip" aria-hidden="true" />
    </div>
  );
}

function BlockRow({
  block,
  issue,
  onChange,
  onRemove,
}: {
  block: Block;
  issue: string | undefined;
  onChange: (patch: Partial<Block>) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const name = labelOf(block);
  return (
    <li className={`rhythm-row rhythm-tone-${CATEGORY_TONE[block.category]}`}>
      <div className="rhythm-row__head">
        <span className="rhythm-row__swatch" aria-hidden="true" />
        <label className="visually-hidden" htmlFor={`${id}-cat`}>
          Kind of time, {block.start} to {block.end}
        </label>
        <select
          id={`${id}-cat`}
          className="input rhythm-select rhythm-row__category"
          value={block.category}
          onChange={(e) => {
            const category = e.currentTarget.value as Category;
            onChange({ category, own: category === 'own' ? (block.own ?? 'My own') : undefined });
          }}
        >
          {RHYTHM_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
          <option value="own">{block.category === 'own' ? name : 'Your own…'}</option>
        </select>
        <span className="rhythm-row__length muted">{saidDuration(durationOf(block))}</span>
      </div>
      {block.category === 'own' && (
        <TextField
          label={`Name of this kind of time`}
          value={block.own ?? ''}
          maxLength={40}
          onChange={(e) => onChange({ own: e.currentTarget.value })}
        />
      )}
      <div className="rhythm-row__times">
        <div className="rhythm-time">
          <label htmlFor={`${id}-start`}>{name} from</label>
          <input
            id={`${id}-start`}
            className="input"
            type="time"
            step={STEP_MINUTES * 60}
            value={block.start}
            aria-invalid={issue ? true : undefined}
            onChange={(e) => e.currentTarget.value && onChange({ start: e.currentTarget.value })}
          />
        </div>
        <div className="rhythm-time">
          <label htmlFor={`${id}-end`}>{name} until</label>
          <input
            id={`${id}-end`}
            className="input"
            type="time"
            step={STEP_MINUTES * 60}
            value={block.end}
            aria-invalid={issue ? true : undefined}
            onChange={(e) => e.currentTarget.value && onChange({ end: e.currentTarget.value })}
          />
        </div>
        <Button small variant="quiet" className="rhythm-row__remove" onClick={onRemove}>
          Remove<span className="visually-hidden"> {saidBlock(block)}</span>
        </Button>
      </div>
      {issue && <InlineError>{issue}</InlineError>}
    </li>
  );
}
