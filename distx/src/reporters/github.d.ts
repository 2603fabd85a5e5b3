import type { Reporter } from './types.js';
/** GitHub shows at most this many annotations of each type (error, warning, notice) per step. */
export declare const ANNOTATIONS_PER_TYPE = 10;
/**
 * GitHub Actions workflow commands: one annotation per finding on its file and line (probe findings: on the run).
 * Past GitHub's per-step cap the most severe findings of each type are annotated and one notice counts the rest,
 * so the cap never hides silently which findings were left out.
 */
export declare const github: Reporter;
