import { defineProbe } from '../define-probe.js';
import { isHtmlResponse, isJsonResponse, isSuccess, pathOf } from '../response-kinds.js';
export default defineProbe({
    id: 'probe-security-headers',
    category: 'security',
    severity: 'low',
    confidence: 'high',
    summary: 'JSON answers send nosniff and no-store, https sends HSTS, HTML sends a CSP',
    messages: {
        noNosniff: 'JSON from {{path}} comes without X-Content-Type-Options: nosniff',
        cacheable: 'JSON from {{path}} comes without Cache-Control: no-store, so proxies and browsers may keep it',
        noHsts: 'https answers from {{path}} come without Strict-Transport-Security',
        noCsp: 'the HTML page {{path}} comes without a Content-Security-Policy',
    },
    fixHint: 'Add the headers in one middleware (helmet for Node, secure or a Starlette middleware for Python), with Cache-Control: no-store on API answers.',
    maxRequests: 0,
    async run(target, http, ctx) {
        // Headers are read from answers the earlier checks already received: no extra requests.
        const seen = ctx.state.responses.filter((response) => response.sent && isSuccess(response));
        const json = seen.filter(isJsonResponse);
        const html = seen.filter(isHtmlResponse);
        if (json.length === 0 && html.length === 0)
            return ctx.skip('no successful JSON or HTML answer to read');
        const first = (responses, missing) => responses.find(missing);
        const noSniff = first(json, (r) => !/nosniff/i.test(r.headers['x-content-type-options'] ?? ''));
        if (noSniff)
            ctx.report({ messageId: 'noNosniff', data: { path: pathOf(noSniff.url) }, response: noSniff, evidence: `HTTP ${noSniff.status} without x-content-type-options` });
        const cacheable = first(json, (r) => !/no-store/i.test(r.headers['cache-control'] ?? ''));
        if (cacheable) {
            ctx.report({ messageId: 'cacheable', data: { path: pathOf(cacheable.url) }, response: cacheable, evidence: `HTTP ${cacheable.status} cache-control: ${cacheable.headers['cache-control'] ?? '(none)'}`, confidence: 'medium' });
        }
        if (target.https) {
            const noHsts = first(seen, (r) => r.url.startsWith('https:') && !r.headers['strict-transport-security']);
            if (noHsts)
                ctx.report({ messageId: 'noHsts', data: { path: pathOf(noHsts.url) }, response: noHsts, evidence: `HTTP ${noHsts.status} without strict-transport-security` });
        }
        const noCsp = first(html, (r) => !r.headers['content-security-policy']);
        if (noCsp)
            ctx.report({ messageId: 'noCsp', data: { path: pathOf(noCsp.url) }, response: noCsp, evidence: `HTTP ${noCsp.status} text/html without content-security-policy` });
    },
});
