import { defineProbe } from '../define-probe.js';
import { ProbeTransportError } from '../http-types.js';
export default defineProbe({
    id: 'probe-reachability',
    category: 'reliability',
    severity: 'low',
    confidence: 'high',
    summary: 'The base URL answers HTTP on the same host',
    messages: { serverError: 'the base URL answers {{status}}: the server fails before any route runs' },
    fixHint: 'Make the base URL answer without a server error (a 404 is fine); check the logs for the failure.',
    maxRequests: 4,
    async run(target, http, ctx) {
        const response = await http.get('/');
        // These end the run (exit 2): nothing else can be probed meaningfully.
        if (response.offHostRedirect) {
            throw new ProbeTransportError('other', `it redirects to another host (${response.offHostRedirect}); probe that URL directly`);
        }
        if (response.redirectLimitReached)
            throw new ProbeTransportError('other', 'it redirects more than 3 times (a redirect loop?)');
        ctx.state.root = response;
        if (!response.sent)
            return;
        const server = response.headers.server ?? response.headers['x-powered-by'];
        ctx.note(`HTTP ${response.status}${server ? `, ${server}` : ''}${response.truncated ? `, body cut at ${ctx.options.maxBodyBytes} bytes` : ''}`);
        if (response.status >= 500)
            ctx.report({ messageId: 'serverError', data: { status: String(response.status) }, response, evidence: `HTTP ${response.status}` });
    },
});
