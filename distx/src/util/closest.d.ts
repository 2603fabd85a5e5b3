/** Levenshtein distance, for "did you mean" suggestions. */
export declare function editDistance(a: string, b: string): number;
/** Up to `limit` candidates closest to `input`: small edit distance, or sharing a word with it. */
export declare function closest(input: string, candidates: string[], limit?: number): string[];
