import agentRunWithoutTimeout from './agent-run-without-timeout.js';
import apiDocsExposed from './api-docs-exposed.js';
import artifactsInlinedBase64 from './artifacts-inlined-base64.js';
import broadExceptionHandler from './broad-exception-handler.js';
import clientTrustedIdentity from './client-trusted-identity.js';
import corsWildcard from './cors-wildcard.js';
import debugEnabled from './debug-enabled.js';
import devServerInProduction from './dev-server-in-production.js';
import dockerfileMissingHealthcheck from './dockerfile-missing-healthcheck.js';
import dockerfileRunsAsRoot from './dockerfile-runs-as-root.js';
import dockerfileUnpinnedBase from './dockerfile-unpinned-base.js';
import envFileCommitted from './env-file-committed.js';
import errorDetailLeak from './error-detail-leak.js';
import hardcodedBindConfig from './hardcoded-bind-config.js';
import hardcodedSecret from './hardcoded-secret.js';
import healthLeaksInternals from './health-leaks-internals.js';
import inMemoryState from './in-memory-state.js';
import insecureCookie from './insecure-cookie.js';
import missingAuth from './missing-auth.js';
import missingDockerfile from './missing-dockerfile.js';
import missingDockerignore from './missing-dockerignore.js';
import missingHealthEndpoint from './missing-health-endpoint.js';
import missingIdempotency from './missing-idempotency.js';
import missingMetrics from './missing-metrics.js';
import missingRateLimit from './missing-rate-limit.js';
import missingReadinessEndpoint from './missing-readiness-endpoint.js';
import missingRequestId from './missing-request-id.js';
import missingTracing from './missing-tracing.js';
import modelOutputExecuted from './model-output-executed.js';
import naiveTokenCount from './naive-token-count.js';
import noGracefulShutdown from './no-graceful-shutdown.js';
import noRetryOrCircuitBreaker from './no-retry-or-circuit-breaker.js';
import outboundCallWithoutTimeout from './outbound-call-without-timeout.js';
import printLogging from './print-logging.js';
import secretInDockerfile from './secret-in-dockerfile.js';
import sensitiveDataLogged from './sensitive-data-logged.js';
import sessionCreatedPerRequest from './session-created-per-request.js';
import sessionWithoutTtl from './session-without-ttl.js';
import staticHealthCheck from './static-health-check.js';
import unboundedLlmOutput from './unbounded-llm-output.js';
import unboundedRequestInput from './unbounded-request-input.js';
import unboundedSubprocess from './unbounded-subprocess.js';
import unstructuredLogging from './unstructured-logging.js';
import unsynchronizedSharedState from './unsynchronized-shared-state.js';
import unvalidatedConfig from './unvalidated-config.js';
import unvalidatedOutboundUrl from './unvalidated-outbound-url.js';
/**
 * Every rule, by id (= its file name). Listed rather than found in the directory at run time, so that the
 * CLI bundle (scripts/bundle.mjs) holds the rules; test/registry.test.ts keeps this list equal to the files.
 */
export const RULES_BY_ID = {
    'agent-run-without-timeout': agentRunWithoutTimeout,
    'api-docs-exposed': apiDocsExposed,
    'artifacts-inlined-base64': artifactsInlinedBase64,
    'broad-exception-handler': broadExceptionHandler,
    'client-trusted-identity': clientTrustedIdentity,
    'cors-wildcard': corsWildcard,
    'debug-enabled': debugEnabled,
    'dev-server-in-production': devServerInProduction,
    'dockerfile-missing-healthcheck': dockerfileMissingHealthcheck,
    'dockerfile-runs-as-root': dockerfileRunsAsRoot,
    'dockerfile-unpinned-base': dockerfileUnpinnedBase,
    'env-file-committed': envFileCommitted,
    'error-detail-leak': errorDetailLeak,
    'hardcoded-bind-config': hardcodedBindConfig,
    'hardcoded-secret': hardcodedSecret,
    'health-leaks-internals': healthLeaksInternals,
    'in-memory-state': inMemoryState,
    'insecure-cookie': insecureCookie,
    'missing-auth': missingAuth,
    'missing-dockerfile': missingDockerfile,
    'missing-dockerignore': missingDockerignore,
    'missing-health-endpoint': missingHealthEndpoint,
    'missing-idempotency': missingIdempotency,
    'missing-metrics': missingMetrics,
    'missing-rate-limit': missingRateLimit,
    'missing-readiness-endpoint': missingReadinessEndpoint,
    'missing-request-id': missingRequestId,
    'missing-tracing': missingTracing,
    'model-output-executed': modelOutputExecuted,
    'naive-token-count': naiveTokenCount,
    'no-graceful-shutdown': noGracefulShutdown,
    'no-retry-or-circuit-breaker': noRetryOrCircuitBreaker,
    'outbound-call-without-timeout': outboundCallWithoutTimeout,
    'print-logging': printLogging,
    'secret-in-dockerfile': secretInDockerfile,
    'sensitive-data-logged': sensitiveDataLogged,
    'session-created-per-request': sessionCreatedPerRequest,
    'session-without-ttl': sessionWithoutTtl,
    'static-health-check': staticHealthCheck,
    'unbounded-llm-output': unboundedLlmOutput,
    'unbounded-request-input': unboundedRequestInput,
    'unbounded-subprocess': unboundedSubprocess,
    'unstructured-logging': unstructuredLogging,
    'unsynchronized-shared-state': unsynchronizedSharedState,
    'unvalidated-config': unvalidatedConfig,
    'unvalidated-outbound-url': unvalidatedOutboundUrl,
};
