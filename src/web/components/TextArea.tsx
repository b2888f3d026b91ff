import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field, useFieldIds } from './Field.js';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /**
   * Whether Haven's safety layer watches what is written here for signs that
   * someone may be in danger. On for every free-text field.
   */
  safetyAware?: boolean;
}

/** Multi-line writing space with its label, hint and inline error; grows with its text where the browser can. */
export function TextArea({
  label,
  hint,
  error,
  id,
  className,
  safetyAware = true,
  rows = 5,
  ...textarea
}: TextAreaProps) {
  const ids = useFieldIds(id, Boolean(hint), error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={ids.id}
        rows={rows}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        data-safety-aware={safetyAware ? 'true' : 'false'}
        {...textarea}
      />
    </Field>
  );
}
