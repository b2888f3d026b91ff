import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field, useFieldIds } from './Field.js';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /**
   * Whether Haven's safety layer watches what is typed here for signs that
   * someone may be in danger. On for every free-text field; off only for
   * things like account names and passphrases.
   */
  safetyAware?: boolean;
}

/** A single-line text input with its label, hint and inline error. */
export function TextField({
  label,
  hint,
  error,
  id,
  className,
  safetyAware = true,
  type = 'text',
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id, Boolean(hint), error);
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        id={ids.id}
        type={type}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        data-safety-aware={safetyAware ? 'true' : 'false'}
        {...input}
      />
    </Field>
  );
}
