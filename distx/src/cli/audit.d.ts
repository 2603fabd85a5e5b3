import { type Command } from 'commander';
import type { Confidence } from '../core/types.js';
import { type GateLevel } from './options.js';
export interface AuditFlags {
    format: string;
    output?: string;
    failOn?: GateLevel;
    minConfidence?: Confidence;
    minScore?: number;
    config?: string;
    maxFileSize?: number;
    jobs?: number;
    cache?: boolean;
    cacheLocation?: string;
    color?: boolean;
    writeBaseline?: string;
    baseline?: string;
    pruneBaseline?: boolean;
    baselineRef?: string;
    changedSince?: string;
    inlineIgnores?: boolean;
    sarifOutput?: string;
    jsonOutput?: string;
    junitOutput?: string;
    markdownOutput?: string;
}
/** Every flag also reads `AGENT_HARDEN_<FLAG>` (`--fail-on` → `AGENT_HARDEN_FAIL_ON`); a flag on the command line wins. */
export declare function environmentVariable(longFlag: string): string;
export declare function registerAudit(program: Command, setExitCode: (code: number) => void): void;
