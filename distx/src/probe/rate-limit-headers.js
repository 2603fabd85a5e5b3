function int(value) {
    if (value === undefined)
        return undefined;
    const number = Number.parseInt(value, 10);
    return Number.isFinite(number) ? number : undefined;
}
/** Structured-field parameters: `"default";q=100;w=60` (RateLimit-Policy, draft 8+) or `100;w=60` (draft 6/7). */
function parameters(value) {
    const out = {};
    for (const part of value.split(',')[0].split(';')) {
        const [key, raw] = part.trim().split('=');
        if (raw !== undefined)
            out[key.trim().toLowerCase()] = raw.trim();
        else if (/^\d+$/.test(key.trim()))
            out.q ??= key.trim();
    }
    return out;
}
/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim());
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - now) / 1000));
}
/**
 * Reads X-RateLimit-* (GitHub/express-rate-limit legacy), RateLimit-Limit/-Remaining/-Reset
 * (IETF draft 6/7) and RateLimit + RateLimit-Policy (draft 8 onwards), plus Retry-After.
 */
export function advertisedLimit(headers) {
    const result = {};
    result.limit = int(headers['x-ratelimit-limit']) ?? int(headers['ratelimit-limit']);
    result.remaining = int(headers['x-ratelimit-remaining']) ?? int(headers['ratelimit-remaining']);
    const policy = headers['ratelimit-policy'] ?? headers['x-ratelimit-policy'];
    if (policy) {
        const params = parameters(policy);
        result.limit ??= int(params.q);
        result.windowSeconds = int(params.w);
    }
    const combined = headers.ratelimit;
    if (combined) {
        const params = parameters(combined);
        result.remaining ??= int(params.r) ?? int(params.remaining);
        result.limit ??= int(params.limit);
    }
    result.retryAfterSeconds = retryAfterSeconds(headers['retry-after']);
    return Object.values(result).some((value) => value !== undefined) ? result : undefined;
}
