/** What a response says about the rate limit it is under, from any generation of headers. */
export interface AdvertisedLimit {
    limit?: number;
    remaining?: number;
    windowSeconds?: number;
    retryAfterSeconds?: number;
}
/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export declare function retryAfterSeconds(value: string | undefined, now?: number): number | undefined;
/**
 * Reads X-RateLimit-* (GitHub/express-rate-limit legacy), RateLimit-Limit/-Remaining/-Reset
 * (IETF draft 6/7) and RateLimit + RateLimit-Policy (draft 8 onwards), plus Retry-After.
 */
export declare function advertisedLimit(headers: Record<string, string>): AdvertisedLimit | undefined;
