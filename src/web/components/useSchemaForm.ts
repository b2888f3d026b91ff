import { useState, type ChangeEvent, type SubmitEvent } from 'react';
import { safeParse, type $ZodType } from 'zod/v4/core';
import { fieldIssues, type FieldIssue } from '../../core/errors.js';
import { ProblemError } from '../api/client.js';
import { useAction } from './useAction.js';

/** What the error summary needs to link an error to its field. */
export interface FormFieldLabel {
  id: string;
  label: string;
}

export interface SchemaFormOptions<Values extends Record<string, string>, Body> {
  /** The request body's schema, from core: its messages are the ones people see. */
  schema: $ZodType<Body, Values>;
  /** Each field's control id and label, by the schema's key. */
  fields: { [K in keyof Values]: FormFieldLabel };
  initial: Values | (() => Values);
  /** The error summary's title when the schema turns the values down. */
  invalidTitle: string;
  /** Sends the parsed body. Throw a ProblemError to show it; field errors land on their fields. */
  submit: (body: Body) => Promise<void>;
  /** Fields emptied once a submit succeeds, such as a passphrase. */
  forget?: readonly (keyof Values)[];
}

/** The props a field control takes from the form: spread them onto TextField or PassphraseField. */
export interface SchemaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  error: string | undefined;
}

export interface SchemaForm<Values extends Record<string, string>> {
  values: Values;
  fields: { [K in keyof Values]: FormFieldLabel };
  pending: boolean;
  problem: ProblemError | null;
  onSubmit: (event: SubmitEvent<HTMLFormElement>) => void;
  field: (name: keyof Values & string) => SchemaFieldProps;
}

/**
 * One form pattern for a form whose body has a schema in core: the values
 * are checked with that schema on submit, its messages show by each field and
 * in the error summary, nothing is sent until they pass, and a problem from
 * the server (its `errors` by field path) lands on the same fields.
 */
export function useSchemaForm<Values extends Record<string, string>, Body>(
  options: SchemaFormOptions<Values, Body>,
): SchemaForm<Values> {
  const { schema, fields, initial, invalidTitle, submit, forget = [] } = options;
  const [values, setValues] = useState<Values>(initial);
  const action = useAction();

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action
      .run(async () => {
        const parsed = safeParse(schema, values);
        if (!parsed.success)
          throw ProblemError.invalid(invalidTitle, firstPerField(fieldIssues(parsed.error.issues)));
        await submit(parsed.data);
      })
      .then((result) => {
        if (result.ok && forget.length > 0)
          setValues((current) => ({ ...current, ...Object.fromEntries(forget.map((name) => [name, ''])) }));
      });
  };

  const field = (name: keyof Values & string): SchemaFieldProps => ({
    id: fields[name].id,
    label: fields[name].label,
    value: values[name] ?? '',
    onChange: (event) => {
      const { value } = event.target;
      setValues((current) => ({ ...current, [name]: value }));
    },
    error: action.fieldError(name),
  });

  return { values, fields, pending: action.pending, problem: action.problem, onSubmit, field };
}

/** One message per field, the first the schema found, as a person fixes one thing at a time. */
function firstPerField(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => !seen.has(issue.path) && seen.add(issue.path));
}
