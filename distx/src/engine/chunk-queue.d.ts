import type { DiscoveredFile } from './discover.js';
/**
 * The files of a threaded audit, handed out in chunks of one lane, each lane largest file first. Thread `t` keeps to
 * code lane `t` (round robin over the languages present, most bytes first) while it lasts, then takes from the lane
 * with the most bytes left; a chunk given back by a worker that died goes first. A thread that keeps to one language
 * has one parser's and one rule set's code compiled and hot: with chunks of both languages spread over both
 * threads, the bench corpus's default-jobs audit took 11.5–14.5 s, and 9.5–12.0 s with lanes (six alternating runs).
 */
export declare class ChunkQueue {
    private readonly files;
    private readonly lanes;
    private readonly codeLanes;
    private readonly returned;
    constructor(files: DiscoveredFile[]);
    giveBack(chunk: number[]): void;
    /** The next chunk for thread `thread` (0 is the main thread); empty when every file is handed out. */
    take(thread: number): number[];
}
