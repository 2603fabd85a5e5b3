/** The server under probe: its origin and the base path every check's path is joined to. */
export interface Target {
    /** The URL as the user gave it, normalised (no credentials, no fragment). */
    url: string;
    origin: string;
    /** `''` or a path without a trailing slash, e.g. `/api`. */
    basePath: string;
    https: boolean;
    host: string;
    /** An absolute URL for a check path (`/healthz`), under the base path. */
    resolve(path: string): string;
}
export declare function parseTarget(raw: string): Target;
