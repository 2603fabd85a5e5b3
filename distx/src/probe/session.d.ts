import { type ProbeClient, type ProbeResponse } from './http-types.js';
import type { ProbeOptions } from './options.js';
import type { Target } from './target.js';
import type { Transport } from './transport.js';
/** A request as --dry-run lists it: header names only, never values. */
export interface PlannedRequest {
    check: string;
    method: string;
    url: string;
    headerNames: string[];
    bodyBytes: number;
}
export interface RateLimitSighting {
    check: string;
    url: string;
    status: number;
}
/**
 * The run-wide side of the client: one budget, one concurrency limit, one
 * deadline and one cache of read-only answers shared by every check.
 */
export interface ProbeSession {
    clientFor(check: {
        id: string;
        maxRequests: number;
        expectsRateLimit?: boolean;
    }): ProbeClient;
    readonly used: number;
    /** Every request that went out (or, in --dry-run, would have). */
    readonly planned: PlannedRequest[];
    /** Every answer received, in order, for checks that read headers across the run. */
    readonly responses: ProbeResponse[];
    /** The first 429/Retry-After seen by a check other than the rate-limit check. */
    readonly rateLimitSighting?: RateLimitSighting;
}
export declare function userAgent(): string;
export declare function createSession(target: Target, options: ProbeOptions, transport: Transport, signal: AbortSignal, dryRun: boolean): ProbeSession;
