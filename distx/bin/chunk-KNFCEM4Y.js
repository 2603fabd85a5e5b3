import {
  CONFIDENCES,
  SEVERITIES
} from "./chunk-6B4KTA3T.js";

// dist/src/core/severity.js
function severityRank(severity) {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}
function confidenceRank(confidence) {
  return CONFIDENCES.length - CONFIDENCES.indexOf(confidence);
}
function confidenceAtLeast(confidence, threshold) {
  return confidenceRank(confidence) >= confidenceRank(threshold);
}
function maxSeverity(a, b) {
  return severityRank(a) >= severityRank(b) ? a : b;
}

export {
  severityRank,
  atLeast,
  confidenceAtLeast,
  maxSeverity
};
//# sourceMappingURL=chunk-KNFCEM4Y.js.map
