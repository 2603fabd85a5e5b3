import type { FileOutcome } from './file-analysis.js';
export declare const DEFAULT_CACHE_DIRECTORY = ".agent-harden-cache";
/**
 * `audit --cache`: per-file outcomes keyed by path, unit and content hash, in one
 * file under `dir`. A different tool version, config or rule set (the salt)
 * discards every entry; an edited file misses on its own key. Entries not used
 * by a run are dropped when it saves, so the file tracks the tree.
 */
export declare class AuditCache {
    readonly dir: string;
    /** Paths analysed by the last run because their entry was missing or stale. */
    readonly misses: string[];
    hits: number;
    private stored;
    private readonly used;
    private salt;
    constructor(dir: string);
    /** Loads entries written under the same salt; anything unreadable counts as empty. */
    open(salt: string): void;
    static key(path: string, unit: string, content: Buffer): string;
    get(key: string, path: string): FileOutcome | undefined;
    set(key: string, outcome: FileOutcome): void;
    /** Writes this run's entries (atomically: a crash leaves the old file or none). */
    save(): void;
}
/** The salt of a run: what, if changed, may change any file's outcome. */
export declare function cacheSalt(parts: unknown): string;
