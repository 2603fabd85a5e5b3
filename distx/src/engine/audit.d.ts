import { type LoadedConfig } from '../core/config.js';
import type { AuditResult } from '../core/types.js';
import { AuditCache } from './cache.js';
import { ProjectModel } from './project-model.js';
import type { Timings } from './timing.js';
export interface AuditOptions {
    /** Files or directories to scan, relative to `cwd`. */
    paths: string[];
    cwd?: string;
    /** An explicit config file; otherwise the nearest one at or above the first path. */
    configFile?: string;
    /** A config the caller already loaded with `loadAuditConfig` (the CLI needs its gate keys too). */
    config?: LoadedConfig;
    maxFileSize?: number;
    /** False audits with every inline suppression off (`--no-inline-ignores`). */
    inlineIgnores?: boolean;
    /** Run only these rules (docs examples, rule fixtures). */
    onlyRules?: string[];
    /** Receives the project model after the project phase (scaffold reads apps and entry files from it). */
    onProject?: (project: ProjectModel) => void;
    /** Collects time per rule and engine phase (`AGENT_HARDEN_TIMING`). */
    timings?: Timings;
    /** False runs every rule on every file, ignoring rules' prefilters (`AGENT_HARDEN_PREFILTER=off`). */
    prefilters?: boolean;
    /** Reuses per-file outcomes of unchanged files from an earlier run (`--cache`). */
    cache?: AuditCache;
    /**
     * Worker threads for per-file analysis. Default: the machine's available parallelism when the scan
     * has enough code to repay their start-up, else this thread. Given explicitly, used as given; 1 is this thread.
     */
    jobs?: number;
}
/** Finds, reads and validates the config that applies to an audit of `paths`. */
export declare function loadAuditConfig(options: {
    paths: string[];
    cwd?: string;
    configFile?: string;
}): Promise<LoadedConfig>;
/**
 * Runs every enabled rule over the given paths: discover → parse once → one
 * merged walk per file → project phase → suppressions, fingerprints, score.
 * Returns data only; presentation and the exit code are the caller's.
 */
export declare function audit(options: AuditOptions): Promise<AuditResult>;
