import type { FieldIssue } from '../../core/errors.js';

/**
 * The one error shape of the web client: an RFC 9457 problem as the server
 * sends it, or one made here (network down, a form checked before sending).
 * Every screen shows errors from this class and nothing else.
 */
export class ProblemError extends Error {
  readonly type: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly FieldIssue[];

  constructor(init: {
    type?: string;
    status: number;
    title: string;
    detail?: string;
    errors?: FieldIssue[];
  }) {
    super(init.detail ? `${init.title} ${init.detail}` : init.title);
    this.name = 'ProblemError';
    this.type = init.type ?? 'about:blank';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = (init.errors ?? []).map((e) => ({ path: normalisePath(e.path), message: e.message }));
  }

  /** The message for one field, matched by its path (`name`, `passphrase`, `payload.words.0`). */
  fieldError(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.message;
  }

  /** A problem found before anything was sent, shaped like the server's 400. */
  static invalid(title: string, errors: FieldIssue[] = [], detail?: string): ProblemError {
    return new ProblemError({ status: 400, title, errors, ...(detail ? { detail } : {}) });
  }

  /** The request never reached Haven's server. */
  static network(): ProblemError {
    return new ProblemError({
      type: 'haven:network',
      status: 0,
      title: "Haven can't reach its server right now.",
      detail: 'Check that Haven is running and your connection is on, then try again.',
    });
  }
}

/**
 * Reads a response body into a ProblemError. A body that is not a problem
 * document (a proxy's HTML page, nothing at all) still gets a calm title
 * chosen by status, so a screen never shows raw server output.
 */
export function parseProblem(status: number, body: unknown): ProblemError {
  const fallback = fallbackTitle(status);
  if (!isRecord(body)) return new ProblemError({ status, title: fallback });
  const title = nonEmptyString(body.title) ?? fallback;
  const detail = nonEmptyString(body.detail);
  return new ProblemError({
    status: typeof body.status === 'number' && body.status >= 400 ? body.status : status,
    title,
    ...(typeof body.type === 'string' ? { type: body.type } : {}),
    ...(detail ? { detail } : {}),
    errors: fieldIssuesFrom(body.errors),
  });
}

/** Turns anything thrown into a ProblemError, so catch blocks have one thing to show. */
export function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof TypeError) return ProblemError.network();
  return new ProblemError({ status: 0, title: fallbackTitle(500) });
}

function fallbackTitle(status: number): string {
  if (status === 400 || status === 422) return 'Something here needs another look.';
  if (status === 401) return 'Please sign in to continue.';
  if (status === 403) return "That isn't allowed.";
  if (status === 404) return 'Nothing was found here.';
  if (status === 409) return 'That clashes with something already here.';
  if (status === 413) return 'That is too large to send.';
  if (status === 429) return 'Too many attempts. Please wait a little and try again.';
  return "Something went wrong on Haven's side. You could try again in a moment.";
}

function fieldIssuesFrom(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (!isRecord(item) || typeof item.message !== 'string') return [];
    const path = Array.isArray(item.path)
      ? item.path.filter(isPathSegment).map(String).join('.')
      : typeof item.path === 'string'
        ? item.path
        : '';
    return [{ path, message: item.message }];
  });
}

/** Accepts `name`, `/name` (JSON pointer) and `body.name`, and stores them all as `name`. */
function normalisePath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/^body\./, '');
}

function isPathSegment(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
