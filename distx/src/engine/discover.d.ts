import type { SkippedFile } from '../core/types.js';
import { type FileKind } from './file-kinds.js';
export declare const DEFAULT_MAX_FILE_SIZE: number;
export interface DiscoveredFile {
    absolutePath: string;
    /** Relative to the working directory, POSIX form. */
    path: string;
    kind: FileKind;
    size: number;
    /** The scan root the file was found under. */
    root: string;
}
export interface DiscoverOptions {
    roots: string[];
    cwd: string;
    maxFileSize: number;
    /** Extra gitignore-style patterns from config, relative to `ignoreBase`. */
    ignorePatterns: string[];
    ignoreBase: string;
}
export interface Discovery {
    files: DiscoveredFile[];
    skipped: SkippedFile[];
    /** Directories (relative, POSIX) holding a manifest: service roots for the project model. */
    roots: string[];
}
/**
 * Walks the scan roots: honours .gitignore and .agent-hardenignore at every level,
 * skips dependency and build directories, oversized and unreadable files, and never
 * follows a symlink (one that points outside the root is reported). Each skip is
 * listed with its reason. Nothing found is executed or imported.
 */
export declare function discover(options: DiscoverOptions): Discovery;
