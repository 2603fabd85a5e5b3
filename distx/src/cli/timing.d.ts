import type { Timings } from '../engine/timing.js';
/**
 * `AGENT_HARDEN_TIMING=1` (or a row count, or `all`) prints where an audit's
 * time went to stderr, slowest first: rules, framework detectors and the
 * engine's own phases in parentheses. Unset or `0` turns it off.
 */
export declare function timingRows(value: string | undefined): number | undefined;
export declare function formatTimings(timings: Timings, rows: number): string;
