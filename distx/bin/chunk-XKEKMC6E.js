import {
  atLeast,
  confidenceAtLeast
} from "./chunk-KNFCEM4Y.js";

// dist/src/core/gate.js
function evaluateGate(result, policy) {
  const blocking = policy.failOn === "none" ? [] : result.findings.filter((finding) => atLeast(finding.severity, policy.failOn) && confidenceAtLeast(finding.confidence, policy.minConfidence));
  const overall = result.score.overall;
  const scoreBelowMinimum = policy.minScore !== void 0 && overall !== null && overall < policy.minScore;
  return { passed: blocking.length === 0 && !scoreBelowMinimum, blocking, scoreBelowMinimum };
}

export {
  evaluateGate
};
//# sourceMappingURL=chunk-XKEKMC6E.js.map
