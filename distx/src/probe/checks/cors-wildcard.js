import { defineProbe } from '../define-probe.js';
const FOREIGN_ORIGIN = 'https://agent-harden-probe.invalid';
function verdict(response, origin) {
    const allowed = response.headers['access-control-allow-origin']?.trim();
    if (!allowed)
        return undefined;
    if (allowed === '*')
        return 'wildcard';
    if (allowed !== origin)
        return undefined;
    if (origin === 'null')
        return 'nullOrigin';
    return origin.startsWith('http://') && origin !== FOREIGN_ORIGIN ? 'httpOrigin' : 'reflectsOrigin';
}
export default defineProbe({
    id: 'cors-wildcard',
    category: 'security',
    severity: 'high',
    confidence: 'high',
    summary: 'CORS allows any origin',
    messages: {
        wildcard: 'CORS answers Access-Control-Allow-Origin: * to a foreign origin',
        reflectsOrigin: 'CORS reflects a foreign origin ({{origin}}) back as allowed',
        nullOrigin: 'CORS allows the "null" origin (sandboxed iframes and local files)',
        httpOrigin: 'CORS allows the plain-http origin {{origin}} on an https server',
        withCredentials: 'CORS allows {{origin}} and also allows credentials, so any site can call this API as the logged-in user',
    },
    fixHint: 'List the exact origins allowed to call this server; never reflect the Origin header or combine a wildcard with credentials.',
    maxRequests: 4,
    async run(target, http, ctx) {
        const origins = [FOREIGN_ORIGIN, 'null', ...(target.https ? [`http://${target.host}`] : [])];
        const responses = await Promise.all(origins.map((origin) => http.get('/', { headers: { origin } })));
        const exchanges = origins.map((origin, index) => ({ origin, response: responses[index] }));
        const preflight = await http.request({
            method: 'OPTIONS',
            path: '/',
            headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
        });
        exchanges.push({ origin: FOREIGN_ORIGIN, response: preflight });
        const reported = new Set();
        for (const { origin, response } of exchanges) {
            const found = verdict(response, origin);
            if (!found)
                continue;
            const credentials = response.headers['access-control-allow-credentials']?.trim().toLowerCase() === 'true';
            const messageId = credentials ? 'withCredentials' : found;
            if (reported.has(messageId))
                continue;
            reported.add(messageId);
            const evidence = `HTTP ${response.status} access-control-allow-origin: ${response.headers['access-control-allow-origin']}${credentials ? ', access-control-allow-credentials: true' : ''}`;
            ctx.report({
                messageId,
                data: { origin: found === 'wildcard' ? '*' : origin },
                response,
                evidence,
                ...(credentials ? { severity: 'critical' } : {}),
            });
        }
    },
});
