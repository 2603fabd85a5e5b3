import { type Confidence, type Severity } from './types.js';
/** Higher is more severe. */
export declare function severityRank(severity: Severity): number;
export declare function atLeast(severity: Severity, threshold: Severity): boolean;
export declare function confidenceRank(confidence: Confidence): number;
export declare function confidenceAtLeast(confidence: Confidence, threshold: Confidence): boolean;
export declare function maxSeverity(a: Severity, b: Severity): Severity;
