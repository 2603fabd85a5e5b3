import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { FileOutcome } from './file-analysis.js';

/** Bumped when FileOutcome's shape changes, so an old cache file is never read as a new one. */
const FORMAT = 1;
const FILE_NAME = 'audit-cache.bin';
export const DEFAULT_CACHE_DIRECTORY = '.agent-harden-cache';

interface Stored {
  format: number;
  /** Hash of everything that decides every file's outcome: tool version, config, rule set. */
  salt: string;
  entries: Map<string, FileOutcome>;
}

/**
 * `audit --cache`: per-file outcomes keyed by path, unit and content hash, in one
 * file under `dir`. A different tool version, config or rule set (the salt)
 * discards every entry; an edited file misses on its own key. Entries not used
 * by a run are dropped when it saves, so the file tracks the tree.
 */
export class AuditCache {
  /** Paths analysed by the last run because their entry was missing or stale. */
  readonly misses: string[] = [];
  hits = 0;
  private stored: Map<string, FileOutcome> = new Map();
  private readonly used = new Map<string, FileOutcome>();
  private salt = '';

  constructor(readonly dir: string) {}

  /** Loads entries written under the same salt; anything unreadable counts as empty. */
  open(salt: string): void {
    this.salt = salt;
    try {
      const stored = deserialize(readFileSync(join(this.dir, FILE_NAME))) as Stored;
      if (stored.format === FORMAT && stored.salt === salt) this.stored = stored.entries;
    } catch {
      // Missing, truncated or from another Node version: start empty.
    }
  }

  static key(path: string, unit: string, content: Buffer): string {
    return createHash('sha256').update(path).update('\0').update(unit).update('\0').update(content).digest('base64url');
  }

  get(key: string, path: string): FileOutcome | undefined {
    const outcome = this.stored.get(key);
    if (outcome) {
      this.hits++;
      this.used.set(key, outcome);
    } else {
      this.misses.push(path);
    }
    return outcome;
  }

  set(key: string, outcome: FileOutcome): void {
    this.used.set(key, outcome);
  }

  /** Writes this run's entries (atomically: a crash leaves the old file or none). */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const temporary = join(this.dir, `${FILE_NAME}.${process.pid}.tmp`);
    writeFileSync(temporary, serialize({ format: FORMAT, salt: this.salt, entries: this.used } satisfies Stored));
    renameSync(temporary, join(this.dir, FILE_NAME));
  }
}

/** The salt of a run: what, if changed, may change any file's outcome. */
export function cacheSalt(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
