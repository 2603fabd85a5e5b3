import apiDocsExposed from './api-docs-exposed.js';
import corsWildcard from './cors-wildcard.js';
import errorDetailLeak from './error-detail-leak.js';
import healthLeaksInternals from './health-leaks-internals.js';
import insecureCookie from './insecure-cookie.js';
import missingAuth from './missing-auth.js';
import missingHealthEndpoint from './missing-health-endpoint.js';
import missingRateLimit from './missing-rate-limit.js';
import missingReadinessEndpoint from './missing-readiness-endpoint.js';
import staticHealthCheck from './static-health-check.js';
import unboundedRequestInput from './unbounded-request-input.js';
import probeA2aAgentCard from './probe-a2a-agent-card.js';
import probeHttpsRedirect from './probe-https-redirect.js';
import probeReachability from './probe-reachability.js';
import probeSecurityHeaders from './probe-security-headers.js';
import probeServerBanner from './probe-server-banner.js';
/**
 * The order is the contract: reachability gates the run; health answers feed
 * the health-body checks; the OpenAPI document feeds auth, error and body-size
 * checks; header checks read everything seen so far; rate limiting runs last
 * so a triggered limiter cannot starve the others.
 */
export const PROBE_CHECKS = [
    probeReachability,
    missingHealthEndpoint,
    missingReadinessEndpoint,
    staticHealthCheck,
    healthLeaksInternals,
    apiDocsExposed,
    missingAuth,
    corsWildcard,
    errorDetailLeak,
    unboundedRequestInput,
    probeA2aAgentCard,
    probeHttpsRedirect,
    probeSecurityHeaders,
    probeServerBanner,
    insecureCookie,
    missingRateLimit,
];
