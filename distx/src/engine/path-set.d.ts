/**
 * Relative POSIX paths (`.` or '' for the scan root) that answer `isWithin` (contexts.ts) against the whole set
 * with one lookup per level of the path asked about. Project rules ask such questions for every app or Dockerfile
 * of a tree, and a pass over the set per question was quadratic in a monorepo's services.
 */
export declare class PathSet {
    private readonly paths;
    private readonly enclosing;
    private readonly hasRoot;
    constructor(paths: Iterable<string>);
    has(path: string): boolean;
    /** Whether some path of the set is `directory` or lies below it: `isWithin(member, directory)` for some member. */
    anyWithin(directory: string): boolean;
    /** Whether some path of the set is `path` or a directory above it: `isWithin(path, member)` for some member. */
    anyEnclosing(path: string): boolean;
}
/** `a/b` and `a` for `a/b/c`, nearest first: every proper prefix of a relative POSIX path that ends before a `/`. */
export declare function directoriesAbove(path: string): Generator<string>;
