import type { Finding } from '../core/types.js';
/**
 * A baseline records what a tree already had, so the gate can be turned on
 * without fixing old findings first. Entries are counted per file × rule ×
 * fingerprint; the fingerprint ignores line numbers, so moved code stays quiet.
 */
export interface BaselineEntry {
    file: string;
    ruleId: string;
    fingerprint: string;
    count: number;
}
export interface Baseline {
    version: 1;
    entries: BaselineEntry[];
}
export interface BaselineComparison {
    /** Findings the baseline does not account for: the ones to report and gate on. */
    fresh: Finding[];
    /** How many findings the baseline accounted for. */
    matched: number;
    /** Baseline entries (with the count left over) that no current finding matches. */
    stale: BaselineEntry[];
}
export declare function createBaseline(findings: readonly Finding[]): Baseline;
export declare function serializeBaseline(baseline: Baseline): string;
/** Reads and validates a baseline file; zod loads only here, not on every audit. */
export declare function readBaseline(file: string): Promise<Baseline>;
export declare function compareWithBaseline(findings: readonly Finding[], baseline: Baseline): BaselineComparison;
/** The baseline minus what no longer matches. */
export declare function pruneBaseline(baseline: Baseline, stale: readonly BaselineEntry[]): Baseline;
