import type { ProbeDefinition } from '../define-probe.js';
/**
 * The order is the contract: reachability gates the run; health answers feed
 * the health-body checks; the OpenAPI document feeds auth, error and body-size
 * checks; header checks read everything seen so far; rate limiting runs last
 * so a triggered limiter cannot starve the others.
 */
export declare const PROBE_CHECKS: ProbeDefinition[];
