import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from '../lib/cx.js';
import { useFieldIds } from './Field.js';
import { InlineError } from './InlineError.js';

export interface CheckboxProps extends Omit<ComponentPropsWithRef<'input'>, 'type' | 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function Checkbox({ label, hint, error, id, className, ...input }: CheckboxProps) {
  const ids = useFieldIds(id, Boolean(hint), error);
  return (
    <div className={cx('checkbox', error && 'field--invalid', className)}>
      {error && <InlineError id={ids.errorId}>{error}</InlineError>}
      <div className="checkbox__row">
        <input
          id={ids.id}
          type="checkbox"
          className="checkbox__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
          {...input}
        />
        <label className="checkbox__label" htmlFor={ids.id}>
          {label}
        </label>
      </div>
      {hint && (
        <p id={ids.hintId} className="field__hint checkbox__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
