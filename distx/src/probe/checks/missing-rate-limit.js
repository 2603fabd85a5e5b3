import { defineProbe } from '../define-probe.js';
import { advertisedLimit } from '../rate-limit-headers.js';
import { isPublicByDesign } from '../public-paths.js';
import { isSuccess, pathOf } from '../response-kinds.js';
function describe(limit) {
    const parts = [
        limit.limit !== undefined ? `limit ${limit.limit}${limit.windowSeconds ? ` per ${limit.windowSeconds} s` : ''}` : '',
        limit.remaining !== undefined ? `${limit.remaining} remaining` : '',
        limit.retryAfterSeconds !== undefined ? `Retry-After ${limit.retryAfterSeconds} s` : '',
    ];
    return parts.filter(Boolean).join(', ');
}
/**
 * A route the limiter is likely to cover. Limiters often skip health routes and
 * unknown paths (a 404 never reaches a per-route limiter), so prefer a route
 * that already advertised a limit during the run, then an API route from
 * OpenAPI or a named GET endpoint, then one that answered 2xx, then the root.
 */
function limitedRoute(state, options) {
    const api = (response) => response.sent && response.method === 'GET' && !isPublicByDesign(pathOf(response.url));
    const advertising = state.responses.find((response) => api(response) && advertisedLimit(response.headers) !== undefined);
    if (advertising)
        return pathOf(advertising.url);
    const fromOpenApi = state.routes.find((route) => route.method === 'GET' && !isPublicByDesign(route.path));
    if (fromOpenApi)
        return fromOpenApi.path;
    const named = options.endpoints.find((endpoint) => endpoint.method === 'GET');
    if (named)
        return named.path;
    const answered = state.responses.find((response) => api(response) && isSuccess(response));
    return answered ? pathOf(answered.url) : '/';
}
export default defineProbe({
    id: 'missing-rate-limit',
    category: 'security',
    severity: 'medium',
    confidence: 'medium',
    summary: 'A burst of requests meets a 429 (or 503) from a rate limiter',
    messages: { notLimited: '{{count}} requests to {{path}} in {{seconds}} s were all answered without a 429 or a rate-limit header' },
    fixHint: 'Add a rate limiter in front of the agent routes (slowapi, express-rate-limit, @fastify/rate-limit, a gateway) that answers 429 with Retry-After.',
    maxRequests: (options) => options.rateLimitBurst,
    expectsRateLimit: true,
    // Runs last (see checks/index.ts) so a triggered limiter cannot starve the other checks.
    async run(target, http, ctx) {
        const earlier = ctx.state.responses.find((response) => response.status === 429);
        if (earlier)
            return ctx.note(`429 already seen at ${pathOf(earlier.url)}`);
        const path = limitedRoute(ctx.state, ctx.options);
        const interval = 1000 / ctx.options.rateLimitPerSecond;
        const started = performance.now();
        let last;
        let advertised;
        let count = 0;
        while (http.remaining > 0) {
            const sent = performance.now();
            last = await http.get(path, { headers: { 'cache-control': 'no-cache', 'x-agent-harden-probe': String(count) } });
            count++;
            if (!last.sent)
                continue;
            advertised = advertisedLimit(last.headers) ?? advertised;
            if (last.status === 429 || (last.status === 503 && last.headers['retry-after'] !== undefined)) {
                return ctx.note(`${last.status} after ${count} requests${advertised ? ` (${describe(advertised)})` : ''}`);
            }
            await ctx.sleep(Math.max(0, interval - (performance.now() - sent)));
        }
        if (!last?.sent)
            return;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        if (advertised)
            return ctx.warn(`a limit is advertised (${describe(advertised)}) but was not reached within ${count} requests`);
        ctx.report({
            messageId: 'notLimited',
            data: { count: String(count), path: pathOf(last.url), seconds },
            response: last,
            evidence: `HTTP ${last.status} to every request, no rate-limit headers`,
        });
    },
});
