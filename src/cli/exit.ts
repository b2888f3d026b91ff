/** Exit codes that mean something, listed in `haven --help`. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  config: 3,
  database: 4,
  auth: 5,
} as const;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.failure) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
