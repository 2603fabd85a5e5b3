/**
 * Route paths that serve liveness or readiness. Shared by the health rules and
 * the probe so "audit says no /readyz" and "probe finds none" agree.
 */
export const LIVENESS_SEGMENTS = new Set(['health', 'healthz', 'healthcheck', 'health-check', 'health_check', 'livez', 'live', 'liveness', 'alive', 'ping', '_health']);
export const READINESS_SEGMENTS = new Set(['ready', 'readyz', 'readiness', '_ready']);
// Every segment above holds one of these words, so a path without them (nearly every route) is let go before it
// is lower-cased and split. `u` makes `i` fold as `toLowerCase` does.
const LIVENESS_WORD = /health|live|ping/iu;
const READINESS_WORD = /read/iu;
function segments(path) {
    return path.toLowerCase().split(/[/?#]/).filter(Boolean);
}
/** `/health`, `/api/healthz`, `/health/live`: the last one or two segments name a liveness check. */
export function isLivenessPath(path) {
    if (!LIVENESS_WORD.test(path))
        return false;
    const parts = segments(path);
    return parts.slice(-2).some((part) => LIVENESS_SEGMENTS.has(part));
}
/** `/ready`, `/readyz`, `/health/ready`: a readiness check. */
export function isReadinessPath(path) {
    if (!READINESS_WORD.test(path))
        return false;
    const parts = segments(path);
    return parts.slice(-2).some((part) => READINESS_SEGMENTS.has(part));
}
