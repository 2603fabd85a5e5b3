import { defineProbe } from '../define-probe.js';
import { isRecord, isSuccess, jsonBody, pathOf } from '../response-kinds.js';
/** Keys that only say "up"; a body with nothing else names no dependency it checked. */
const BARE_STATUS_KEYS = new Set(['status', 'ok', 'healthy', 'ready', 'message', 'result', 'state', 'alive', 'success']);
const PASSING = new Set(['pass', 'ok', 'up', 'healthy', 'ready', 'true', 'green', 'available']);
const FAILING = new Set(['fail', 'down', 'unhealthy', 'not ready', 'not_ready', 'error', 'false', 'red', 'unavailable']);
export default defineProbe({
    id: 'static-health-check',
    category: 'observability',
    severity: 'medium',
    confidence: 'low',
    summary: 'Readiness reflects real dependency checks and its HTTP code matches its status',
    messages: {
        statusMismatch: '{{path}} reports status "{{status}}" but answers HTTP {{code}}; orchestrators read only the code',
        bareBody: '{{path}} answers a fixed {{body}} and names no dependency it checked',
    },
    fixHint: 'Check each dependency (model API, session store, queue) in the readiness handler, list them in the body, and answer 503 when one fails.',
    maxRequests: 0,
    async run(target, http, ctx) {
        const response = ctx.state.readiness;
        if (!response)
            return ctx.skip('no readiness endpoint to read');
        const path = pathOf(response.url);
        const body = jsonBody(response);
        if (isRecord(body)) {
            // application/health+json (draft-inadarei-api-health-check) and most ad-hoc bodies use `status`.
            const status = typeof body.status === 'string' || typeof body.status === 'boolean' ? String(body.status).toLowerCase() : undefined;
            if (status && ((FAILING.has(status) && isSuccess(response)) || (PASSING.has(status) && response.status >= 500))) {
                ctx.report({
                    messageId: 'statusMismatch',
                    data: { path, status, code: String(response.status) },
                    response,
                    evidence: `HTTP ${response.status} with status "${status}"`,
                    confidence: 'high',
                });
            }
            const keys = Object.keys(body);
            if (keys.length > 0 && keys.every((key) => BARE_STATUS_KEYS.has(key.toLowerCase()) && !isRecord(body[key]) && !Array.isArray(body[key]))) {
                ctx.report({ messageId: 'bareBody', data: { path, body: JSON.stringify(body).slice(0, 60) }, response, evidence: `HTTP ${response.status} ${JSON.stringify(body).slice(0, 60)}` });
            }
            return;
        }
        const text = response.body.trim();
        if (isSuccess(response) && text.length <= 16 && !text.includes('{')) {
            ctx.report({ messageId: 'bareBody', data: { path, body: JSON.stringify(text) }, response, evidence: `HTTP ${response.status} ${JSON.stringify(text)}` });
        }
    },
});
