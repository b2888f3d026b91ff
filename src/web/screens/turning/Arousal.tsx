import { useId } from 'react';
import { Button } from '../../components/Button.js';

const POINTS = Array.from({ length: 11 }, (_, i) => i);

/**
 * How stirred up, from 0 to 10: a row of radio buttons drawn as one strip,
 * with the ends named. Optional ratings can be cleared again.
 */
export function ArousalScale({
  legend,
  value,
  onChange,
  optional = false,
}: {
  legend: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  optional?: boolean;
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="arousal" aria-describedby={hintId}>
      <legend className="arousal__legend">
        {legend}
        {optional && <span className="muted"> (optional)</span>}
      </legend>
      <p id={hintId} className="arousal__ends muted">
        <span>0 is settled</span>
        <span>10 is flooded</span>
      </p>
      <div className="arousal__options">
        {POINTS.map((point) => (
          <label key={point} className="arousal__option">
            <input
              type="radio"
              name={name}
              value={point}
              checked={value === point}
              onChange={() => onChange(point)}
            />
            <span>{point}</span>
          </label>
        ))}
      </div>
      {optional && value !== undefined && (
        <Button small variant="quiet" onClick={() => onChange(undefined)}>
          Clear this rating
        </Button>
      )}
    </fieldset>
  );
}

/** "7 → 3", or just "7" when there is no after yet. */
export function arousalChange(before: number | undefined, after: number | undefined): string {
  if (before === undefined) return after === undefined ? '' : `${after} after`;
  return after === undefined ? `${before} before` : `${before} → ${after}`;
}
