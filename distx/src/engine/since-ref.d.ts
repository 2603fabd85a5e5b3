import type { LoadedConfig } from '../core/config.js';
import type { AuditResult, Finding } from '../core/types.js';
import { type Baseline } from './baseline.js';
/**
 * A baseline made by auditing `ref` in a temporary worktree with the same
 * config. Files renamed since then carry their old findings to the new path
 * (fingerprints recomputed there), so moved code stays quiet.
 */
export declare function baselineAtRef(ref: string, options: {
    paths: string[];
    cwd: string;
    config: LoadedConfig;
    maxFileSize?: number;
    inlineIgnores?: boolean;
}): Promise<Baseline>;
/**
 * Keeps the findings a change since `ref` is responsible for: for line rules,
 * findings that overlap a changed line; for project rules (decided per app),
 * findings whose unit has any changed file.
 */
export declare function limitToChangedSince(result: AuditResult, ref: string, cwd: string): Promise<Finding[]>;
