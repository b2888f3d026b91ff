import { useEffect, useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { QUADRANT_LABELS } from '../../../core/attuning/feelings.js';
import { clampAxis, describeMood, movePad, pointAt, positionOf, type PadPoint } from './pad.js';

export interface MoodPadProps {
  value: PadPoint | null;
  onChange: (point: PadPoint) => void;
}

/**
 * Step 1 of the check-in: one pad, pleasantness across and energy up. It
 * answers to pointer, touch and arrow keys, says where it is in words, and
 * mirrors two labelled sliders for anyone who would rather use those.
 */
export function MoodPad({ value, onChange }: MoodPadProps) {
  const padRef = useRef<HTMLDivElement>(null);
  const dotRef = useRef<HTMLSpanElement>(null);
  const dragging = useRef(false);
  const captionId = useId();
  const words = value ? describeMood(value) : null;

  // Positioned through the CSSOM, which the strict CSP allows (inline style attributes it does not).
  useEffect(() => {
    if (!value || !dotRef.current) return;
    const { left, top } = positionOf(value);
    dotRef.current.style.setProperty('--pad-x', `${left}%`);
    dotRef.current.style.setProperty('--pad-y', `${top}%`);
  }, [value]);

  const pick = (event: PointerEvent<HTMLDivElement>) => {
    const pad = padRef.current;
    if (!pad) return;
    const rect = pad.getBoundingClientRect();
    onChange(pointAt(event.clientX - rect.left, event.clientY - rect.top, rect.width, rect.height));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = movePad(value, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    onChange(next);
  };

  return (
    <div className="mood-pad">
      <div className="mood-pad__frame">
        <span className="mood-pad__axis mood-pad__axis--top" aria-hidden="true">
          More energy
        </span>
        <div
          ref={padRef}
          className="mood-pad__area"
          role="slider"
          tabIndex={0}
          aria-label="How you feel: pleasantness across, energy up"
          aria-describedby={captionId}
          aria-valuemin={-100}
          aria-valuemax={100}
          aria-valuenow={Math.round((value?.pleasantness ?? 0) * 100)}
          aria-valuetext={words ?? 'Not chosen yet'}
          data-chosen={value ? 'true' : undefined}
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
            event.currentTarget.focus({ preventScroll: true });
            pick(event);
          }}
          onPointerMove={(event) => {
            if (dragging.current) pick(event);
          }}
          onPointerUp={() => (dragging.current = false)}
          onPointerCancel={() => (dragging.current = false)}
          onKeyDown={onKeyDown}
        >
          <span className="mood-pad__corner mood-pad__corner--tl" aria-hidden="true">
            {QUADRANT_LABELS['unpleasant-high'].label}
          </span>
          <span className="mood-pad__corner mood-pad__corner--tr" aria-hidden="true">
            {QUADRANT_LABELS['pleasant-high'].label}
          </span>
          <span className="mood-pad__corner mood-pad__corner--bl" aria-hidden="true">
            {QUADRANT_LABELS['unpleasant-low'].label}
          </span>
          <span className="mood-pad__corner mood-pad__corner--br" aria-hidden="true">
            {QUADRANT_LABELS['pleasant-low'].label}
          </span>
          <span ref={dotRef} className="mood-pad__dot" hidden={!value} aria-hidden="true" />
        </div>
        <span className="mood-pad__axis mood-pad__axis--bottom" aria-hidden="true">
          Less energy
        </span>
        <span className="mood-pad__axis mood-pad__axis--left" aria-hidden="true">
          Unpleasant
        </span>
        <span className="mood-pad__axis mood-pad__axis--right" aria-hidden="true">
          Pleasant
        </span>
      </div>
      <p id={captionId} className="mood-pad__caption" aria-live="polite">
        {words ? (
          <>
            You are feeling <strong>{words}</strong>.
          </>
        ) : (
          'Tap where you are on the pad, or use the arrow keys.'
        )}
      </p>
      <div className="mood-pad__sliders">
        <AxisSlider
          label="Pleasantness"
          value={value?.pleasantness ?? 0}
          text={words}
          onChange={(pleasantness) => onChange({ pleasantness, energy: value?.energy ?? 0 })}
        />
        <AxisSlider
          label="Energy"
          value={value?.energy ?? 0}
          text={words}
          onChange={(energy) => onChange({ pleasantness: value?.pleasantness ?? 0, energy })}
        />
      </div>
    </div>
  );
}

function AxisSlider({
  label,
  value,
  text,
  onChange,
}: {
  label: string;
  value: number;
  text: string | null;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="mood-pad__slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={-100}
        max={100}
        step={5}
        value={Math.round(value * 100)}
        aria-valuetext={text ?? 'Not chosen yet'}
        onChange={(event) => onChange(clampAxis(Number(event.target.value) / 100))}
      />
    </div>
  );
}
