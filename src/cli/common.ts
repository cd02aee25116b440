/**
 * What every command shares that does not need the store loaded, so `outturn project` can use it
 * and start fast: the error a user can fix, how a failure is reported, and where the store is.
 */

export const DEFAULT_STORE = "outturn.sqlite";

export function storeLocation(option: string | undefined): string {
  return option ?? process.env.OUTTURN_STORE ?? DEFAULT_STORE;
}

/**
 * An error the user can fix; the CLI prints its message alone, without a stack, and exits with
 * `exitCode` (1, or 2 when the user asked for something that does not exist or cannot be, e.g. an
 * unknown scenario or a date outside the data).
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** What the `outturn` program prints and the exit code it sets when a command fails. */
export function reportFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof UserError ? message : `outturn: ${message}`);
  process.exitCode = error instanceof UserError ? error.exitCode : 1;
}
