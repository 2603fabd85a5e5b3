import { CONFIDENCES, SEVERITIES } from './types.js';
/** Higher is more severe. */
export function severityRank(severity) {
    return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
export function atLeast(severity, threshold) {
    return severityRank(severity) >= severityRank(threshold);
}
export function confidenceRank(confidence) {
    return CONFIDENCES.length - CONFIDENCES.indexOf(confidence);
}
export function confidenceAtLeast(confidence, threshold) {
    return confidenceRank(confidence) >= confidenceRank(threshold);
}
export function maxSeverity(a, b) {
    return severityRank(a) >= severityRank(b) ? a : b;
}
