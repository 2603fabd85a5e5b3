import type { AuditResult, Confidence, Finding, Severity } from './types.js';
export interface GatePolicy {
    failOn: Severity | 'none';
    minConfidence: Confidence;
    minScore?: number;
}
export interface GateOutcome {
    passed: boolean;
    /** Findings that failed the gate. */
    blocking: Finding[];
    scoreBelowMinimum: boolean;
}
/**
 * Decides pass/fail separately from what is shown: a finding blocks when its
 * severity reaches `failOn` and its confidence reaches `minConfidence`.
 */
export declare function evaluateGate(result: Pick<AuditResult, 'findings' | 'score'>, policy: GatePolicy): GateOutcome;
