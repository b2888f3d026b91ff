import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HavenError, type ErrorCode, type FieldIssue } from '../core/errors.js';
import { CryptoError } from '../crypto/envelope.js';

/** An RFC 9457 problem document. `errors` lists failing fields, never their values. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: readonly FieldIssue[];
}

const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  invalid_input: { status: 400, title: 'Invalid request' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unauthenticated: { status: 401, title: 'Not signed in' },
  forbidden: { status: 403, title: 'Forbidden' },
  rate_limited: { status: 429, title: 'Too many requests' },
  payload_too_large: { status: 413, title: 'Request too large' },
};

export function problemFor(error: unknown): Problem {
  if (error instanceof HavenError) {
    const { status, title } = STATUS[error.code];
    return {
      type: `https://haven.invalid/problems/${error.code.replace(/_/g, '-')}`,
      title,
      status,
      detail: error.message,
      ...(error.fields.length > 0 ? { errors: error.fields } : {}),
    };
  }
  if (error instanceof CryptoError) {
    // A record that does not open is treated as absent: nothing about it is revealed.
    return problemFor(new HavenError('not_found', 'Nothing was found here.'));
  }
  const fastifyError = error as Partial<FastifyError>;
  const status = typeof fastifyError.statusCode === 'number' ? fastifyError.statusCode : 500;
  if (status >= 400 && status < 500) {
    return {
      type: `https://haven.invalid/problems/http-${status}`,
      title: httpTitle(status),
      status,
      detail: clientDetail(fastifyError.code, status),
    };
  }
  return {
    type: 'https://haven.invalid/problems/internal',
    title: 'Something went wrong',
    status: 500,
    detail: 'Haven hit a problem it did not expect. Nothing you wrote was lost; please try again.',
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

export function problemHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const problem = problemFor(error);
  if (problem.status >= 500) {
    // Log the error's kind and stack only: never a request body or anything a person wrote.
    const err =
      error instanceof Error
        ? { name: error.name, code: (error as { code?: unknown }).code, stack: error.stack }
        : {};
    request.log.error({ err }, 'request failed');
  }
  if (problem.status === 429 && reply.getHeader('retry-after') === undefined)
    reply.header('retry-after', '60');
  return sendProblem(reply, problem);
}

function httpTitle(status: number): string {
  const titles: Record<number, string> = {
    400: 'Invalid request',
    401: 'Not signed in',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
    413: 'Request too large',
    414: 'Address too long',
    415: 'Unsupported content type',
    429: 'Too many requests',
  };
  return titles[status] ?? 'Request not accepted';
}

function clientDetail(code: string | undefined, status: number): string {
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'What was sent is larger than Haven accepts here.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Haven expects JSON here.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body was empty.';
    case 'FST_ERR_BAD_URL':
      return 'The address of this request is not well formed.';
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return 'Part of the address of this request is too long.';
    default:
      if (status === 429) return 'Too many attempts. Please wait a little and try again.';
      if (status === 404) return 'Nothing was found here.';
      return 'The request could not be read. It needs to be valid JSON of the expected shape.';
  }
}
