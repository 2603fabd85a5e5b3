/**
 * What authentication looks like in source, by name and by what a function
 * body checks. Language-neutral (Python and TS/JS spell these alike); shared by
 * missing-auth and any rule that needs to know whether a route is protected.
 */
/** A dependency, decorator or middleware whose name says it authenticates or authorizes. */
export declare function isAuthName(name: string): boolean;
/** True when a handler, hook or middleware body visibly checks a credential. */
export declare function bodyChecksAuth(text: string): boolean;
export declare function isPublicPath(path: string): boolean;
