import { ProblemError } from '../../api/client.js';

/**
 * A catch handler for actions that re-check the passphrase: a 401 there means
 * the passphrase was not right (the client has already checked that the
 * session itself still stands), shown next to the field.
 */
export function wrongPassphrase(path: string) {
  return (error: unknown): never => {
    if (error instanceof ProblemError && error.status === 401) {
      throw ProblemError.invalid("That passphrase isn't the one for this account.", [
        { path, message: "That isn't your current passphrase." },
      ]);
    }
    throw error;
  };
}
