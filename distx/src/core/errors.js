/**
 * Mistakes a user can fix: printed as one line without a stack, exit code 2.
 * The message says what is wrong and what to do.
 */
export class UsageError extends Error {
    name = 'UsageError';
}
/** A config file that does not validate; `file` and `key` locate the problem. */
export class ConfigError extends Error {
    file;
    name = 'ConfigError';
    constructor(message, file) {
        super(file ? `${file}: ${message}` : message);
        this.file = file;
    }
}
export function isUserError(error) {
    return error instanceof UsageError || error instanceof ConfigError;
}
export const EXIT = {
    ok: 0,
    gateFailed: 1,
    usage: 2,
    internal: 3,
};
