import type { ReactNode } from 'react';
import { Button } from './Button.js';
import { ErrorSummary } from './ErrorSummary.js';
import type { SchemaForm as SchemaFormState } from './useSchemaForm.js';

export interface SchemaFormProps<Values extends Record<string, string>> {
  form: SchemaFormState<Values>;
  /** The primary button's name, which says what the form does. */
  submitLabel: string;
  children: ReactNode;
}

/** The frame of a form from `useSchemaForm`: the error summary, its fields, and its one primary button. */
export function SchemaForm<Values extends Record<string, string>>({
  form,
  submitLabel,
  children,
}: SchemaFormProps<Values>) {
  return (
    <form className="stack" onSubmit={form.onSubmit} noValidate>
      <ErrorSummary problem={form.problem} fields={form.fields} />
      {children}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={form.pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
