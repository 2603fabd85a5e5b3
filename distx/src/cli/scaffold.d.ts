import type { Command } from 'commander';
interface ScaffoldFlags {
    dir?: string;
    framework?: string;
    entry?: string;
    dryRun?: boolean;
    yes?: boolean;
    force?: boolean;
    port?: number;
    origin?: string[];
    name?: string;
    image?: string;
    lang?: string;
}
export declare function registerScaffold(program: Command, setExitCode: (code: number) => void): void;
export type { ScaffoldFlags };
