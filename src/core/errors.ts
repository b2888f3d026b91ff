/**
 * Typed domain errors. They carry a string code and never any text a person
 * wrote; the server maps them to HTTP problem responses at its edge only.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited'
  | 'payload_too_large';

export interface FieldIssue {
  /** Dotted path to the failing field, e.g. `payload.words.0`. */
  path: string;
  message: string;
}

export class HavenError extends Error {
  readonly code: ErrorCode;
  readonly fields: readonly FieldIssue[];

  constructor(code: ErrorCode, message: string, fields: readonly FieldIssue[] = []) {
    super(message);
    this.name = 'HavenError';
    this.code = code;
    this.fields = fields;
  }
}

export const invalidInput = (message: string, fields: readonly FieldIssue[] = []) =>
  new HavenError('invalid_input', message, fields);
export const notFound = (message = 'Nothing was found here.') => new HavenError('not_found', message);
export const conflict = (message: string, fields: readonly FieldIssue[] = []) =>
  new HavenError('conflict', message, fields);
export const unauthenticated = (message = 'Please sign in to continue.') =>
  new HavenError('unauthenticated', message);
export const rateLimited = (message = 'Too many attempts. Please wait a little and try again.') =>
  new HavenError('rate_limited', message);

/** Turns zod issues into field issues, without ever echoing the input value. */
export function fieldIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix = '',
): FieldIssue[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}
