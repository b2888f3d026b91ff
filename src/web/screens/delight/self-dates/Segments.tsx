import { useId } from 'react';
import { cx } from '../../../lib/cx.js';

/** A small set of choices drawn as a segmented control: radios underneath, for keyboard and screen readers. */
export function Segments<T extends string>({
  legend,
  options,
  value,
  onChange,
  compact = false,
  stacked = false,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  compact?: boolean;
  /** One choice a line, each with its radio shown: for choices too long for a pill. */
  stacked?: boolean;
}) {
  const name = useId();
  if (stacked) {
    return (
      <fieldset className="self-date-choices">
        <legend className="segmented__legend">{legend}</legend>
        {options.map((option) => (
          <label key={option.value} className="self-date-choices__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    );
  }
  return (
    <fieldset className={cx('segmented', 'self-date-segments', compact && 'self-date-segments--compact')}>
      <legend className="segmented__legend">{legend}</legend>
      <div className="segmented__options">
        {options.map((option) => (
          <label key={option.value} className="segmented__option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
