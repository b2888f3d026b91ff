import { STATUS_CODES } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { HavenError, type ErrorCode, type FieldIssue } from '../core/errors.js';
import { CryptoError } from '../crypto/envelope.js';
import { TooManyAttempts } from '../store/attempts.js';

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
  // A refused attempt knows how long its wait is; the rate-limit plugin sets its own header.
  if (error instanceof TooManyAttempts) reply.header('retry-after', String(error.retryAfterSeconds));
  else if (problem.status === 429 && reply.getHeader('retry-after') === undefined)
    reply.header('retry-after', '60');
  return sendProblem(reply, problem);
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (headers or an address too
 * large, bytes that are not HTTP, a request too slow to arrive) is answered on the socket
 * with the same problem shape as everything else, then the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(problemFor({ statusCode: status, code: error.code }));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        'Content-Type: application/problem+json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  }
  socket.destroy(error);
}

/** Node answers an `Expect` header other than 100-continue itself, with an empty 417; this answers it as a problem. */
export function expectationHandler(_request: IncomingMessage, response: ServerResponse): void {
  const body = JSON.stringify(problemFor({ statusCode: 417 }));
  response.writeHead(417, {
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
  });
  response.end(body);
}

function httpTitle(status: number): string {
  const titles: Record<number, string> = {
    400: 'Invalid request',
    401: 'Not signed in',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
    408: 'Request too slow',
    413: 'Request too large',
    414: 'Address too long',
    415: 'Unsupported content type',
    417: 'Expectation not supported',
    421: 'Wrong address',
    429: 'Too many requests',
    431: 'Headers too large',
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
    case 'HPE_HEADER_OVERFLOW':
      return 'The address or headers of this request are larger than Haven accepts.';
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 'The request took too long to arrive.';
    default:
      if (status === 429) return 'Too many attempts. Please wait a little and try again.';
      if (status === 404) return 'Nothing was found here.';
      if (code?.startsWith('HPE_')) return 'The request is not well-formed HTTP.';
      if (status === 417) return 'Haven does not support the Expect header sent with this request.';
      return 'The request could not be read. It needs to be valid JSON of the expected shape.';
  }
}
