import { atLeast, confidenceAtLeast } from './severity.js';
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
export function evaluateGate(result: Pick<AuditResult, 'findings' | 'score'>, policy: GatePolicy): GateOutcome {
  const blocking =
    policy.failOn === 'none'
      ? []
      : result.findings.filter((finding) => atLeast(finding.severity, policy.failOn as Severity) && confidenceAtLeast(finding.confidence, policy.minConfidence));
  const overall = result.score.overall;
  const scoreBelowMinimum = policy.minScore !== undefined && overall !== null && overall < policy.minScore;
  return { passed: blocking.length === 0 && !scoreBelowMinimum, blocking, scoreBelowMinimum };
}
