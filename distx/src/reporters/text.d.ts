import type { Reporter } from './types.js';
/** Findings grouped by file with a code frame, then skips, parse errors and a summary line. */
export declare const text: Reporter;
