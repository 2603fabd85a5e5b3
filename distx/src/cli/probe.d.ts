import type { Command } from 'commander';
import type { Confidence } from '../core/types.js';
import { type GateLevel } from './options.js';
export interface ProbeCommandFlags {
    format: string;
    output?: string;
    failOn?: GateLevel;
    minConfidence?: Confidence;
    config?: string;
    color?: boolean;
    header: string[];
    endpoint: string[];
    allowMutating?: boolean;
    budget?: number;
    deadline?: number;
    timeout?: number;
    concurrency?: number;
    rateLimitBurst?: number;
    dryRun?: boolean;
}
export declare function registerProbe(program: Command, setExitCode: (code: number) => void): void;
