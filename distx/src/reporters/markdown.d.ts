import type { Reporter } from './types.js';
/** A pull-request comment: score, counts, category scores, the top findings and the rest folded. */
export declare const markdown: Reporter;
