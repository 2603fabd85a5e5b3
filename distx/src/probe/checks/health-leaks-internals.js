import { defineProbe } from '../define-probe.js';
import { isSuccess, pathOf } from '../response-kinds.js';
// What an anonymous caller can use to fingerprint and target the deployment (seed 004).
const LEAK_PATTERNS = [
    { what: 'model names', pattern: /\b(gpt-[\w.-]+|o[134](?:-mini)?\b|claude-[\w.-]+|gemini-[\w.-]+|llama[\w.-]*|mistral-[\w.-]+|text-embedding-[\w.-]+)/i },
    { what: 'model settings', pattern: /"(model|model_name|modelName|llm|llm_model|temperature|max_tokens)"\s*:/ },
    { what: 'runtime versions', pattern: /\b(python|node|fastapi|express|uvicorn|starlette|langchain|openai|google-adk)["\s/:=v]*\d+\.\d+/i },
    { what: 'versions', pattern: /"[\w-]*version"\s*:\s*"[^"]+"/i },
    { what: 'counters', pattern: /"(requests?_(count|total|served)|total_requests|active_sessions|sessions?_count|tokens?_used|error_count|uptime(_seconds)?|memory(_mb|_bytes)?|cpu(_percent)?|queue_(depth|size)|in_flight)"\s*:/i },
    { what: 'host names or addresses', pattern: /"(hostname|host_name|pod|pod_name|node_name)"\s*:|\b(10\.\d{1,3}|172\.(1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}\b|\.svc\.cluster\.local\b|\.internal\b/i },
    { what: 'connection strings', pattern: /\b(postgres(ql)?|mysql|redis|mongodb(\+srv)?|amqp):\/\/\S+/i },
];
function leaks(response) {
    return LEAK_PATTERNS.filter(({ pattern }) => pattern.test(response.body)).map(({ what }) => what);
}
export default defineProbe({
    id: 'health-leaks-internals',
    category: 'security',
    severity: 'low',
    confidence: 'medium',
    summary: 'Health endpoints do not tell anonymous callers about models, versions, counters or hosts',
    messages: { leaks: '{{path}} tells anonymous callers its {{what}}' },
    fixHint: 'Return only a status (and per-dependency ok/fail) from unauthenticated health endpoints; move details behind auth or into metrics.',
    maxRequests: 0,
    async run(target, http, ctx) {
        const answers = [ctx.state.liveness, ctx.state.readiness].filter((response) => response !== undefined);
        if (answers.length === 0)
            return ctx.skip('no health endpoint to read');
        const seen = new Set();
        for (const response of answers) {
            if (seen.has(response.url) || !(isSuccess(response) || response.status === 503))
                continue;
            seen.add(response.url);
            const found = leaks(response);
            if (found.length === 0)
                continue;
            ctx.report({ messageId: 'leaks', data: { path: pathOf(response.url), what: found.join(', ') }, response, evidence: `HTTP ${response.status} body mentions ${found.join(', ')}` });
        }
    },
});
