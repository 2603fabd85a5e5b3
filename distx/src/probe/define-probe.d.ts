import type { Category, Confidence, Severity } from '../core/types.js';
import type { ProbeClient, ProbeResponse } from './http-types.js';
import type { ProbeOptions } from './options.js';
import type { Target } from './target.js';
/** A route learned during the run (from an exposed OpenAPI document or a named --endpoint). */
export interface KnownRoute {
    method: string;
    path: string;
    /** The OpenAPI operation declares a security requirement. */
    declaresSecurity: boolean;
    /** The request body schema has required properties, so `{}` cannot pass validation. */
    bodyHasRequiredFields: boolean;
    from: 'openapi' | 'endpoint';
}
/** What earlier checks learned and later checks read; checks run in a fixed order (see checks/index.ts). */
export interface ProbeState {
    /** The base URL's own answer (reachability). */
    root?: ProbeResponse;
    liveness?: ProbeResponse;
    readiness?: ProbeResponse;
    routes: KnownRoute[];
    /** Every answer received so far, for the header checks. */
    readonly responses: readonly ProbeResponse[];
}
export interface ProbeReport<M extends string> {
    messageId: M;
    data?: Record<string, string>;
    /** Where it was observed; the location every reporter prints. */
    response: Pick<ProbeResponse, 'method' | 'url'>;
    /** One line of evidence (status and the telling header); never a header value the user supplied. */
    evidence: string;
    severity?: Severity;
    confidence?: Confidence;
}
export interface ProbeContext<M extends string> {
    report(report: ProbeReport<M>): void;
    /** The check does not apply to this target (e.g. https redirect on an http target). */
    skip(reason: string): void;
    /** Passed, but with something a human should read (e.g. a limit advertised yet not reached). */
    warn(note: string): void;
    /** A short note shown beside the check in the table (e.g. which path answered). */
    note(text: string): void;
    /** Waits, but never past the run deadline (the rate-limit check paces its requests with it). */
    sleep(ms: number): Promise<void>;
    readonly state: ProbeState;
    readonly options: ProbeOptions;
}
export interface ProbeDefinition<M extends string = string> {
    /** A catalog rule id when the live gap is the static one; `probe-…` when only a probe can see it. */
    id: string;
    category: Category;
    severity: Severity;
    confidence: Confidence;
    /** One line, no period. */
    summary: string;
    messages: Record<M, string>;
    fixHint: string;
    /** The most requests this check may send; the session enforces it. */
    maxRequests: number | ((options: ProbeOptions) => number);
    /** Only the rate-limit check is meant to see 429s; every other check backs off on one. */
    expectsRateLimit?: boolean;
    run(target: Target, http: ProbeClient, ctx: ProbeContext<M>): Promise<void>;
}
/** Declares a probe check; author mistakes throw at load time so tests catch them. */
export declare function defineProbe<M extends string>(definition: ProbeDefinition<M>): ProbeDefinition<M>;
export declare function maxRequestsOf(definition: ProbeDefinition, options: ProbeOptions): number;
