import { defineProbe } from '../define-probe.js';
import { isHtmlResponse, isSuccess, pathOf } from '../response-kinds.js';
export const READINESS_PATHS = ['/readyz', '/ready', '/health/ready', '/readiness', '/health/readiness'];
export default defineProbe({
    id: 'missing-readiness-endpoint',
    category: 'observability',
    severity: 'medium',
    confidence: 'medium',
    summary: 'A readiness endpoint answers without credentials',
    messages: { missing: 'no readiness endpoint answered without credentials (tried {{paths}})' },
    fixHint: 'Serve GET /readyz that checks the dependencies a request needs (model API, store) and answers 503 when one is down.',
    maxRequests: READINESS_PATHS.length,
    async run(target, http, ctx) {
        for (const path of READINESS_PATHS) {
            const response = await http.get(path, { anonymous: true });
            // 503 is a readiness endpoint saying "not ready", which is its job; an HTML page is a catch-all route, not one.
            if ((isSuccess(response) || response.status === 503) && !isHtmlResponse(response)) {
                ctx.state.readiness = response;
                ctx.note(`${pathOf(response.url)} → ${response.status}`);
                return;
            }
        }
        ctx.report({
            messageId: 'missing',
            data: { paths: READINESS_PATHS.join(', ') },
            response: { method: 'GET', url: target.resolve('/') },
            evidence: 'no 2xx or 503 on any readiness path',
        });
    },
});
