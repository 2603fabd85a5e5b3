/** The top of the git work tree holding `cwd`; a one-line usage error when there is none. */
export declare function repositoryRoot(cwd: string, flag: string): string;
/** The commit a ref names; a one-line usage error when it names none. */
export declare function resolveCommit(ref: string, cwd: string, flag: string): string;
/**
 * Checks `commit` out into a temporary `git worktree`, runs `use` with the
 * directory that corresponds to `cwd` there, and always removes the worktree.
 */
export declare function withWorktree<T>(commit: string, cwd: string, use: (oldCwd: string, toOld: (path: string) => string) => Promise<T>): Promise<T>;
/** Files renamed between `commit` and the working tree, old path → new path, relative to `cwd`. */
export declare function renamesSince(commit: string, cwd: string): Map<string, string>;
/** Lines that differ from `commit`, per file relative to `cwd`: `'all'` for files new since then (untracked ones included). */
export declare function changedLinesSince(commit: string, cwd: string): Map<string, Set<number> | 'all'>;
