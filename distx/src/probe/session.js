import { toolVersion, TOOL_URI } from '../core/tool-info.js';
import { MAX_REDIRECTS, ProbeStop, READ_ONLY_METHODS, REDIRECT_STATUSES, } from './http-types.js';
export function userAgent() {
    return `agent-harden-probe/${toolVersion()} (+${TOOL_URI})`;
}
function semaphore(limit) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        active++;
        try {
            return await task();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
function bodyBytes(body) {
    if (body === undefined)
        return 0;
    return typeof body === 'string' ? Buffer.byteLength(body) : body.totalBytes;
}
/** Same host name and no downgrade from https to http, so credentials never leave the target. */
function staysOnHost(from, to) {
    return to.hostname === from.hostname && !(from.protocol === 'https:' && to.protocol === 'http:') && /^https?:$/.test(to.protocol);
}
export function createSession(target, options, transport, signal, dryRun) {
    const limit = semaphore(options.concurrency);
    const cache = new Map();
    const planned = [];
    const responses = [];
    let used = 0;
    let sighting;
    function isNamedEndpoint(method, url) {
        const path = new URL(url).pathname;
        return options.endpoints.some((endpoint) => endpoint.method === method && target.resolve(endpoint.path) === `${target.origin}${path}`);
    }
    function assertAllowed(method, request, url) {
        if (READ_ONLY_METHODS.has(method))
            return;
        if (method === 'POST' && request.bodyCannotValidate)
            return;
        if (options.allowMutating && isNamedEndpoint(method, url))
            return;
        // A check that tries anything else is a bug in agent-harden, not a user mistake.
        throw new TypeError(`refusing ${method} ${url}: state-changing requests need --allow-mutating and a named --endpoint`);
    }
    async function exchange(check, method, url, request) {
        if (signal.aborted)
            throw new ProbeStop('deadline', 'the run deadline passed');
        if (used >= options.budget)
            throw new ProbeStop('budget', `the run's request budget (${options.budget}) is spent`);
        if (check.used >= check.maxRequests)
            throw new ProbeStop('budget', `this check's declared maximum of ${check.maxRequests} requests is spent`);
        used++;
        check.used++;
        const headers = {
            ...(request.anonymous ? {} : options.headers),
            ...request.headers,
            'user-agent': userAgent(),
        };
        planned.push({ check: check.id, method, url, headerNames: Object.keys(headers).sort(), bodyBytes: bodyBytes(request.body) });
        const started = performance.now();
        if (dryRun) {
            return { method, url, status: 404, headers: {}, setCookies: [], body: '', truncated: false, durationMs: 0, redirectLimitReached: false, sent: false };
        }
        const raw = await limit(() => transport.send({ method, url, headers, body: request.body, signal, maxBodyBytes: options.maxBodyBytes }));
        return { method, url, ...raw, durationMs: Math.round(performance.now() - started), redirectLimitReached: false, sent: true };
    }
    async function follow(check, request) {
        const method = (request.method ?? 'GET').toUpperCase();
        let url = target.resolve(request.path);
        if (new URL(url).hostname !== new URL(target.url).hostname)
            throw new TypeError(`refusing ${url}: checks only call the target host`);
        assertAllowed(method, request, url);
        const canFollow = request.followRedirects !== false && READ_ONLY_METHODS.has(method);
        for (let hop = 0;; hop++) {
            const response = await exchange(check, method, url, request);
            const location = response.headers.location;
            if (!canFollow || !REDIRECT_STATUSES.has(response.status) || !location)
                return response;
            const next = new URL(location, url);
            if (!staysOnHost(new URL(url), next))
                return { ...response, offHostRedirect: next.href };
            if (hop === MAX_REDIRECTS)
                return { ...response, redirectLimitReached: true };
            url = next.href;
        }
    }
    return {
        get used() {
            return used;
        },
        planned,
        responses,
        get rateLimitSighting() {
            return sighting;
        },
        clientFor(check) {
            const counter = { id: check.id, maxRequests: check.maxRequests, used: 0 };
            async function request(request) {
                const method = (request.method ?? 'GET').toUpperCase();
                const cacheable = (method === 'GET' || method === 'HEAD') && request.body === undefined;
                const key = JSON.stringify([method, target.resolve(request.path), request.headers ?? {}, !!request.anonymous, request.followRedirects !== false]);
                let pending = cacheable ? cache.get(key) : undefined;
                if (!pending) {
                    pending = follow(counter, request);
                    if (cacheable) {
                        cache.set(key, pending);
                        // A failed exchange is not remembered: another check may retry it.
                        pending.catch(() => cache.delete(key));
                    }
                    const response = await pending;
                    responses.push(response);
                    if (response.sent && !check.expectsRateLimit && (response.status === 429 || response.headers['retry-after'] !== undefined)) {
                        sighting ??= { check: check.id, url: response.url, status: response.status };
                        throw new ProbeStop('backoff', `the server answered ${response.status}${response.headers['retry-after'] ? ' with Retry-After' : ''}; backed off`);
                    }
                    return response;
                }
                return pending;
            }
            return {
                request,
                get: (path, options) => request({ ...options, path, method: 'GET' }),
                get used() {
                    return counter.used;
                },
                get remaining() {
                    return Math.max(0, Math.min(counter.maxRequests - counter.used, options.budget - used));
                },
            };
        },
    };
}
