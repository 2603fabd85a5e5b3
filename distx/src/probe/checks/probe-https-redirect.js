import { defineProbe } from '../define-probe.js';
import { ProbeTransportError } from '../http-types.js';
export default defineProbe({
    id: 'probe-https-redirect',
    category: 'security',
    severity: 'low',
    confidence: 'high',
    summary: 'Plain http on the same host redirects to https',
    messages: { noRedirect: 'http://{{host}}/ answers {{status}} instead of redirecting to https' },
    fixHint: 'Redirect every plain-http request to https with 301 or 308 (at the load balancer or proxy), and send HSTS.',
    maxRequests: 1,
    async run(target, http, ctx) {
        if (!target.https)
            return ctx.skip('the target is not https');
        const url = `http://${new URL(target.url).hostname}/`;
        try {
            const response = await http.get(url, { followRedirects: false, anonymous: true });
            const location = response.headers.location ?? '';
            if ([301, 302, 307, 308].includes(response.status) && location.startsWith('https://'))
                return ctx.note(`${response.status} to https`);
            ctx.report({ messageId: 'noRedirect', data: { host: new URL(target.url).hostname, status: String(response.status) }, response, evidence: `HTTP ${response.status}` });
        }
        catch (error) {
            // Nothing listening on port 80 is as good as a redirect: no plain-http surface.
            if (error instanceof ProbeTransportError && (error.failure === 'refused' || error.failure === 'timeout'))
                return ctx.note('port 80 does not answer');
            throw error;
        }
    },
});
