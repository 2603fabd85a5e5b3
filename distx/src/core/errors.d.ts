/**
 * Mistakes a user can fix: printed as one line without a stack, exit code 2.
 * The message says what is wrong and what to do.
 */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
/** A config file that does not validate; `file` and `key` locate the problem. */
export declare class ConfigError extends Error {
    readonly file?: string | undefined;
    readonly name = "ConfigError";
    constructor(message: string, file?: string | undefined);
}
export declare function isUserError(error: unknown): error is UsageError | ConfigError;
export declare const EXIT: {
    readonly ok: 0;
    readonly gateFailed: 1;
    readonly usage: 2;
    readonly internal: 3;
};
