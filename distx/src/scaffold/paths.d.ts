/**
 * The absolute path of `path` under `root`, refusing anything that would land
 * outside it: absolute paths, `..` segments, or a symlinked directory on the way out.
 */
export declare function resolveInside(root: string, path: string): string;
