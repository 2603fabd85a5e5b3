import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
/** Bumped when FileOutcome's shape changes, so an old cache file is never read as a new one. */
const FORMAT = 1;
const FILE_NAME = 'audit-cache.bin';
export const DEFAULT_CACHE_DIRECTORY = '.agent-harden-cache';
/**
 * `audit --cache`: per-file outcomes keyed by path, unit and content hash, in one
 * file under `dir`. A different tool version, config or rule set (the salt)
 * discards every entry; an edited file misses on its own key. Entries not used
 * by a run are dropped when it saves, so the file tracks the tree.
 */
export class AuditCache {
    dir;
    /** Paths analysed by the last run because their entry was missing or stale. */
    misses = [];
    hits = 0;
    stored = new Map();
    used = new Map();
    salt = '';
    constructor(dir) {
        this.dir = dir;
    }
    /** Loads entries written under the same salt; anything unreadable counts as empty. */
    open(salt) {
        this.salt = salt;
        try {
            const stored = deserialize(readFileSync(join(this.dir, FILE_NAME)));
            if (stored.format === FORMAT && stored.salt === salt)
                this.stored = stored.entries;
        }
        catch {
            // Missing, truncated or from another Node version: start empty.
        }
    }
    static key(path, unit, content) {
        return createHash('sha256').update(path).update('\0').update(unit).update('\0').update(content).digest('base64url');
    }
    get(key, path) {
        const outcome = this.stored.get(key);
        if (outcome) {
            this.hits++;
            this.used.set(key, outcome);
        }
        else {
            this.misses.push(path);
        }
        return outcome;
    }
    set(key, outcome) {
        this.used.set(key, outcome);
    }
    /** Writes this run's entries (atomically: a crash leaves the old file or none). */
    save() {
        mkdirSync(this.dir, { recursive: true });
        const temporary = join(this.dir, `${FILE_NAME}.${process.pid}.tmp`);
        writeFileSync(temporary, serialize({ format: FORMAT, salt: this.salt, entries: this.used }));
        renameSync(temporary, join(this.dir, FILE_NAME));
    }
}
/** The salt of a run: what, if changed, may change any file's outcome. */
export function cacheSalt(parts) {
    return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
