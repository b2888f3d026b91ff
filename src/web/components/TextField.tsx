import type { ChangeEvent, ComponentPropsWithRef, FocusEvent, ReactNode } from 'react';
import { SafetyNotice } from '../safety/SafetyNotice.js';
import { useSafetyWatch } from '../safety/useSafetyWatch.js';
import { Field, useFieldIds } from './Field.js';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /**
   * Whether Haven's safety layer watches what is typed here for signs that
   * someone may be in danger, on the device as they type. On for every
   * free-text field; off for things like account names, passphrases, codes
   * and search boxes. When not given, it is on for `type="text"` and off for
   * other types (search, email, tel, url, number...), which are not writing.
   * 'gentle' is for writing that is about hard times by design (the safety
   * plan): no offer on mere heaviness, and a quieter notice.
   */
  safetyAware?: boolean | 'gentle';
}

/** A single-line text input with its label, hint and inline error. */
export function TextField({
  label,
  hint,
  error,
  id,
  className,
  safetyAware: safetyAwareProp,
  type = 'text',
  onChange,
  onBlur,
  ...input
}: TextFieldProps) {
  const ids = useFieldIds(id, Boolean(hint), error);
  const safetyAware = safetyAwareProp ?? type === 'text';
  const watch = useSafetyWatch({
    enabled: safetyAware !== false,
    mode: safetyAware === 'gentle' ? 'gentle' : 'standard',
  });
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    watch.onText(event.currentTarget.value);
    onChange?.(event);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    watch.onLeave();
    onBlur?.(event);
  };
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <input
        id={ids.id}
        type={type}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        data-safety-aware={safetyAware === false ? 'false' : 'true'}
        onChange={handleChange}
        onBlur={handleBlur}
        {...input}
      />
      {safetyAware !== false && <SafetyNotice watch={watch} fieldId={ids.id} />}
    </Field>
  );
}
