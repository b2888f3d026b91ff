import { ProblemError } from '../../api/client.js';

/**
 * A catch handler for credential checks: a 401 becomes one generic message
 * that never says which part was wrong; anything else passes through.
 */
export function unauthorizedAs(title: string) {
  return (error: unknown): never => {
    if (error instanceof ProblemError && error.status === 401) throw new ProblemError({ status: 401, title });
    throw error;
  };
}

/** The server accepted the sign-in but the next request was not signed in: the cookie did not stick. */
export function sessionNotKept(): ProblemError {
  return new ProblemError({
    status: 0,
    title: "You're signed in, but this browser didn't keep the session.",
    detail: 'If cookies are blocked for this site, allowing them should help.',
  });
}
