import { useId, type ReactNode } from 'react';
import { cx } from '../lib/cx.js';

export interface SegmentedOption<T extends string> {
  value: T;
  label: ReactNode;
}

/**
 * One choice among a few, as native radios (keyboard and screen readers get a
 * radio group) drawn as a segmented control; `stacked` puts one choice on
 * each line with its radio shown, for choices too long for a pill.
 */
export function Segmented<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
  className,
  stacked = false,
}: {
  legend: string;
  hint?: string | undefined;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** The caller's own class for the fieldset (spacing, size). */
  className?: string | undefined;
  stacked?: boolean;
}) {
  const name = `choice-${useId()}`;
  const hintId = `${name}-hint`;
  const radios = options.map((option) => (
    <label key={option.value} className={stacked ? 'segmented-stack__option' : 'segmented__option'}>
      <input
        type="radio"
        name={name}
        value={option.value}
        checked={value === option.value}
        onChange={() => onChange(option.value)}
      />
      <span>{option.label}</span>
    </label>
  ));
  return (
    <fieldset
      className={cx(stacked ? 'segmented-stack' : 'segmented', className)}
      aria-describedby={hint ? hintId : undefined}
    >
      <legend className="segmented__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {stacked ? radios : <div className="segmented__options">{radios}</div>}
    </fieldset>
  );
}
