import type { SourceFile } from 'ts-morph';
import { type RetryRewrite } from './types.js';
/** `./resilience.js` from `from` to the module at `modulePath`, with the extension style of the file's own relative imports. */
export declare function moduleSpecifier(file: SourceFile, from: string, modulePath: string): string;
/**
 * Rewrites a TypeScript file's single-attempt outbound calls to retry through the
 * generated module at `modulePath`: global `fetch(...)` → `fetchWithRetry(...)`,
 * `axios.create(...)` → `withRetries(axios.create(...))`, and a file that sends
 * requests through the default `axios` gets `withRetries(axios);` after its imports
 * (installed once per instance, however many files do it). Browser code is left alone.
 */
export declare function rewriteTypescriptCalls(path: string, text: string, modulePath: string): Promise<RetryRewrite>;
