/**
 * Mistakes a user can fix: printed as one line without a stack, exit code 2.
 * The message says what is wrong and what to do.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A config file that does not validate; `file` and `key` locate the problem. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
  }
}

export function isUserError(error: unknown): error is UsageError | ConfigError {
  return error instanceof UsageError || error instanceof ConfigError;
}

export const EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  internal: 3,
} as const;
