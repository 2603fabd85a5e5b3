import { defineProbe } from '../define-probe.js';
export default defineProbe({
    id: 'probe-server-banner',
    category: 'security',
    severity: 'info',
    confidence: 'high',
    summary: 'Answers do not name the server software and its version',
    messages: {
        versioned: 'the Server header names software and version ({{banner}})',
        poweredBy: 'the X-Powered-By header names the framework ({{banner}})',
        product: 'the Server header names the software ({{banner}})',
    },
    fixHint: 'Drop X-Powered-By (app.disable("x-powered-by") or helmet) and the Server version (uvicorn --no-server-header, proxy server_tokens off).',
    maxRequests: 0,
    async run(target, http, ctx) {
        const seen = ctx.state.responses.filter((response) => response.sent);
        if (seen.length === 0)
            return ctx.skip('no answer to read');
        const server = seen.map((response) => ({ response, banner: response.headers.server })).find((entry) => entry.banner);
        if (server?.banner) {
            const versioned = /\d+\.\d+/.test(server.banner);
            ctx.report({
                messageId: versioned ? 'versioned' : 'product',
                data: { banner: server.banner },
                response: server.response,
                evidence: `server: ${server.banner}`,
                ...(versioned ? { severity: 'low' } : {}),
            });
        }
        const powered = seen.map((response) => ({ response, banner: response.headers['x-powered-by'] })).find((entry) => entry.banner);
        if (powered?.banner)
            ctx.report({ messageId: 'poweredBy', data: { banner: powered.banner }, response: powered.response, evidence: `x-powered-by: ${powered.banner}`, severity: 'low' });
    },
});
