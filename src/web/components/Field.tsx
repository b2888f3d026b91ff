import { useId, type ReactNode } from 'react';
import { cx } from '../lib/cx.js';
import { InlineError } from './InlineError.js';

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
  /** The ids the control should name in aria-describedby. */
  describedBy: string | undefined;
}

/** Stable ids for a field's control, hint and error, honouring an id passed in. */
export function useFieldIds(
  idProp: string | undefined,
  hasHint: boolean,
  error: string | undefined,
  /** Another element describing the control, named `${id}-${suffix}`. */
  extraSuffix?: string,
): FieldIds {
  const generated = useId();
  const id = idProp ?? `field-${generated}`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const extra = extraSuffix ? `${id}-${extraSuffix}` : undefined;
  const describedBy = [error ? errorId : undefined, hasHint ? hintId : undefined, extra]
    .filter(Boolean)
    .join(' ');
  return { id, hintId, errorId, describedBy: describedBy || undefined };
}

export interface FieldProps {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
  children: ReactNode;
}

/** Label, hint and error around one control: the one layout every form field shares. */
export function Field({ ids, label, hint, error, className, children }: FieldProps) {
  return (
    <div className={cx('field', error && 'field--invalid', className)}>
      <label className="field__label" htmlFor={ids.id}>
        {label}
      </label>
      {hint && (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && <InlineError id={ids.errorId}>{error}</InlineError>}
      {children}
    </div>
  );
}
