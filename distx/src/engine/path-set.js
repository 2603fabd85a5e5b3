/**
 * Relative POSIX paths (`.` or '' for the scan root) that answer `isWithin` (contexts.ts) against the whole set
 * with one lookup per level of the path asked about. Project rules ask such questions for every app or Dockerfile
 * of a tree, and a pass over the set per question was quadratic in a monorepo's services.
 */
export class PathSet {
    paths;
    // Every path of the set and every directory above it.
    enclosing = new Set();
    hasRoot;
    constructor(paths) {
        this.paths = new Set(paths);
        for (const path of this.paths) {
            this.enclosing.add(path);
            for (const directory of directoriesAbove(path))
                this.enclosing.add(directory);
        }
        this.hasRoot = this.paths.has('.') || this.paths.has('');
    }
    has(path) {
        return this.paths.has(path);
    }
    /** Whether some path of the set is `directory` or lies below it: `isWithin(member, directory)` for some member. */
    anyWithin(directory) {
        return this.paths.size > 0 && (directory === '.' || directory === '' || this.enclosing.has(directory));
    }
    /** Whether some path of the set is `path` or a directory above it: `isWithin(path, member)` for some member. */
    anyEnclosing(path) {
        if (this.hasRoot || this.paths.has(path))
            return true;
        for (const directory of directoriesAbove(path))
            if (this.paths.has(directory))
                return true;
        return false;
    }
}
/** `a/b` and `a` for `a/b/c`, nearest first: every proper prefix of a relative POSIX path that ends before a `/`. */
export function* directoriesAbove(path) {
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1))
        yield path.slice(0, slash);
}
