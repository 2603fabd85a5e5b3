/**
 * Route paths that serve liveness or readiness. Shared by the health rules and
 * the probe so "audit says no /readyz" and "probe finds none" agree.
 */
export declare const LIVENESS_SEGMENTS: Set<string>;
export declare const READINESS_SEGMENTS: Set<string>;
/** `/health`, `/api/healthz`, `/health/live`: the last one or two segments name a liveness check. */
export declare function isLivenessPath(path: string): boolean;
/** `/ready`, `/readyz`, `/health/ready`: a readiness check. */
export declare function isReadinessPath(path: string): boolean;
