import { defineProbe } from '../define-probe.js';
import { isRecord, isSuccess, jsonBody, pathOf } from '../response-kinds.js';
// A2A spec: /.well-known/agent-card.json (v0.3), /.well-known/agent.json before it.
const CARD_PATHS = ['/.well-known/agent-card.json', '/.well-known/agent.json'];
const REQUIRED_FIELDS = ['name', 'url', 'version', 'capabilities', 'skills'];
const LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;
export default defineProbe({
    id: 'probe-a2a-agent-card',
    category: 'operations',
    severity: 'low',
    confidence: 'high',
    summary: 'The A2A agent card is valid JSON with the required fields and a reachable URL',
    messages: {
        notJson: '{{path}} is not a JSON agent card',
        missingFields: 'the agent card at {{path}} lacks {{fields}}',
        localUrl: 'the agent card advertises {{url}}, which clients elsewhere cannot reach',
        insecureUrl: 'the agent card advertises the plain-http URL {{url}} on an https server',
    },
    fixHint: 'Serve a complete agent card whose url is the public https address of the agent (set it from configuration, not a literal).',
    maxRequests: CARD_PATHS.length,
    async run(target, http, ctx) {
        for (const path of CARD_PATHS) {
            const response = await http.get(path, { anonymous: true });
            if (!isSuccess(response))
                continue;
            const card = jsonBody(response);
            if (!isRecord(card)) {
                ctx.report({ messageId: 'notJson', data: { path: pathOf(response.url) }, response, evidence: `HTTP ${response.status} ${response.headers['content-type'] ?? 'no content type'}` });
                return;
            }
            const missing = REQUIRED_FIELDS.filter((field) => card[field] === undefined);
            if (missing.length > 0)
                ctx.report({ messageId: 'missingFields', data: { path, fields: missing.join(', ') }, response, evidence: `HTTP ${response.status} card without ${missing.join(', ')}` });
            if (typeof card.url === 'string' && URL.canParse(card.url)) {
                const advertised = new URL(card.url);
                if (LOCAL_HOSTS.test(advertised.hostname) && !LOCAL_HOSTS.test(new URL(target.url).hostname)) {
                    ctx.report({ messageId: 'localUrl', data: { url: card.url }, response, evidence: `card url ${card.url}` });
                }
                else if (target.https && advertised.protocol === 'http:') {
                    ctx.report({ messageId: 'insecureUrl', data: { url: card.url }, response, evidence: `card url ${card.url}` });
                }
            }
            return ctx.note(`card at ${path}`);
        }
        ctx.skip('no agent card (not an A2A server)');
    },
});
