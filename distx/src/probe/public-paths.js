import { LIVENESS_PATHS } from './checks/missing-health-endpoint.js';
import { READINESS_PATHS } from './checks/missing-readiness-endpoint.js';
/** Public by design: health, docs, discovery documents and the root page. Auth and rate-limit checks look elsewhere. */
export function isPublicByDesign(path) {
    return (path === '/' ||
        [...LIVENESS_PATHS, ...READINESS_PATHS].includes(path) ||
        /^\/(docs|redoc|openapi|swagger|api-docs|documentation|\.well-known|favicon|static|metrics)\b/.test(path));
}
