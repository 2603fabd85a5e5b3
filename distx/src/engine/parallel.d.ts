import type { LoadedConfig } from '../core/config.js';
import type { DiscoveredFile } from './discover.js';
import { type AnalyserSetup, type FileOutcome } from './file-analysis.js';
import { type FileKind } from './file-kinds.js';
import type { Timings } from './timing.js';
/** What a worker needs to bind the same rules the main thread would. */
export interface WorkerSetup {
    config: LoadedConfig;
    onlyRules?: string[];
    kinds: FileKind[];
    roots: string[];
    timing: boolean;
    prefilters?: boolean;
}
export type ToWorker = {
    chunk: {
        index: number;
        file: DiscoveredFile;
    }[];
} | {
    done: true;
};
export type FromWorker = {
    ready: true;
} | {
    outcomes: {
        index: number;
        outcome: FileOutcome;
    }[];
} | {
    timings: [string, number][];
};
/** Workers when asked for explicitly (`--jobs N`), else only when there is enough code to repay their start-up. */
export declare function useWorkers(files: DiscoveredFile[], jobs: number, explicit: boolean): boolean;
export declare function analyseInThread(files: DiscoveredFile[], setup: AnalyserSetup): Promise<FileOutcome[]>;
/**
 * Spreads files over `jobs` threads, this one and `jobs - 1` workers, in small
 * chunks handed out as threads finish (so one huge file does not serialize the
 * run). Each thread keeps to one language while it has files (see ChunkQueue).
 * This thread analyses from the start, while the workers load; each worker holds
 * a second chunk so it never waits on this thread between chunks. Outcomes come
 * back indexed by discovery order. A worker that dies gives its unfinished
 * chunks back; whatever no worker finished is analysed here.
 */
export declare function analyseInWorkers(files: DiscoveredFile[], jobs: number, setup: WorkerSetup & {
    active: AnalyserSetup['active'];
    knownRuleIds: ReadonlySet<string>;
}, timings: Timings | undefined): Promise<FileOutcome[]>;
