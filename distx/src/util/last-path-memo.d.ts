/**
 * A per-path predicate that remembers its answer for the last path asked:
 * rules ask it for every node of the file being walked, always with the same path.
 */
export declare function lastPathMemo(test: (path: string) => boolean): (path: string) => boolean;
