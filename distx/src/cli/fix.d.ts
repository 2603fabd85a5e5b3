import type { Command } from 'commander';
export interface FixFlags {
    dir?: string;
    rule?: string[];
    dryRun?: boolean;
    yes?: boolean;
}
export declare function registerFix(program: Command, setExitCode: (code: number) => void): void;
