import type { ChangeEvent, ComponentPropsWithRef, FocusEvent, ReactNode } from 'react';
import { SafetyNotice } from '../safety/SafetyNotice.js';
import { useSafetyWatch } from '../safety/useSafetyWatch.js';
import { Field, useFieldIds } from './Field.js';

export interface TextAreaProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /**
   * Whether Haven's safety layer watches what is written here for signs that
   * someone may be in danger, on the device as they type. On for every
   * free-text field. 'gentle' is for writing that is about hard times by
   * design (the safety plan): no offer on mere heaviness, and a quieter notice.
   */
  safetyAware?: boolean | 'gentle';
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
  onChange,
  onBlur,
  ...textarea
}: TextAreaProps) {
  const ids = useFieldIds(id, Boolean(hint), error);
  const watch = useSafetyWatch({
    enabled: safetyAware !== false,
    mode: safetyAware === 'gentle' ? 'gentle' : 'standard',
  });
  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    watch.onText(event.currentTarget.value);
    onChange?.(event);
  };
  const handleBlur = (event: FocusEvent<HTMLTextAreaElement>) => {
    watch.onLeave();
    onBlur?.(event);
  };
  return (
    <Field ids={ids} label={label} hint={hint} error={error} className={className}>
      <textarea
        id={ids.id}
        rows={rows}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        data-safety-aware={safetyAware === false ? 'false' : 'true'}
        onChange={handleChange}
        onBlur={handleBlur}
        {...textarea}
      />
      {safetyAware !== false && <SafetyNotice watch={watch} fieldId={ids.id} />}
    </Field>
  );
}
