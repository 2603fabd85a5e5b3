import { defineProbe } from '../define-probe.js';
import { isSuccess, pathOf } from '../response-kinds.js';
/** Tried in this order; the first 2xx wins. Shares its vocabulary with src/engine/health-paths.ts. */
export const LIVENESS_PATHS = ['/livez', '/healthz', '/health', '/health/live', '/healthcheck', '/ping', '/_health', '/api/health'];
/** Kubernetes' default probe timeoutSeconds is 1. */
const KUBELET_TIMEOUT_MS = 1000;
export default defineProbe({
    id: 'missing-health-endpoint',
    category: 'observability',
    severity: 'medium',
    confidence: 'medium',
    summary: 'A liveness endpoint answers 2xx within 1 s without credentials',
    messages: {
        missing: 'no liveness endpoint answered 2xx without credentials (tried {{paths}})',
        slow: '{{path}} took {{ms}} ms; an orchestrator with a 1 s probe timeout would restart a healthy server',
    },
    fixHint: 'Serve a cheap, unauthenticated GET /livez (or /healthz) that answers 200 without touching dependencies.',
    maxRequests: LIVENESS_PATHS.length,
    async run(target, http, ctx) {
        for (const path of LIVENESS_PATHS) {
            // Orchestrator probes carry no credentials, so neither does this one.
            const response = await http.get(path, { anonymous: true });
            if (!isSuccess(response))
                continue;
            ctx.state.liveness = response;
            ctx.note(`${pathOf(response.url)} → ${response.status} in ${response.durationMs} ms`);
            if (response.durationMs > KUBELET_TIMEOUT_MS) {
                ctx.report({ messageId: 'slow', data: { path: pathOf(response.url), ms: String(response.durationMs) }, response, evidence: `HTTP ${response.status} after more than 1 s` });
            }
            return;
        }
        ctx.report({
            messageId: 'missing',
            data: { paths: LIVENESS_PATHS.join(', ') },
            response: { method: 'GET', url: target.resolve('/') },
            evidence: 'no 2xx on any liveness path',
        });
    },
});
