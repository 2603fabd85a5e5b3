import type { ProbeResult, RuleDescriptor } from '../core/types.js';
import { type ProbeDefinition } from './define-probe.js';
import type { ProbeOptions } from './options.js';
import { type PlannedRequest } from './session.js';
export interface ProbeRunOptions {
    url: string;
    options: ProbeOptions;
    dryRun?: boolean;
}
export interface ProbeRun {
    result: ProbeResult;
    /** Every request sent (or, in --dry-run, that would be sent). */
    planned: PlannedRequest[];
}
/** Shared ids link to the audit rule's page; `probe-…` ids to their section of docs/probe.md. */
export declare function describeProbe(check: ProbeDefinition): RuleDescriptor;
/**
 * Runs every enabled check in order against one target, within the request
 * budget and the run deadline, and returns the findings as data.
 */
export declare function probe({ url, options, dryRun }: ProbeRunOptions): Promise<ProbeRun>;
