import { atLeast, confidenceAtLeast } from './severity.js';
/**
 * Decides pass/fail separately from what is shown: a finding blocks when its
 * severity reaches `failOn` and its confidence reaches `minConfidence`.
 */
export function evaluateGate(result, policy) {
    const blocking = policy.failOn === 'none'
        ? []
        : result.findings.filter((finding) => atLeast(finding.severity, policy.failOn) && confidenceAtLeast(finding.confidence, policy.minConfidence));
    const overall = result.score.overall;
    const scoreBelowMinimum = policy.minScore !== undefined && overall !== null && overall < policy.minScore;
    return { passed: blocking.length === 0 && !scoreBelowMinimum, blocking, scoreBelowMinimum };
}
