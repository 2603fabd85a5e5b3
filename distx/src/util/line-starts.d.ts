/**
 * Where each line of `text` starts, lines ended by `\n` alone: tree-sitter's rows, and the lines of any text
 * without another line ending. `indexOf` is a native search.
 */
export declare function lineFeedStarts(text: string): number[];
/** The zero-based index of the line holding `position`, given the ascending starts of a text's lines (the first 0). */
export declare function lineContaining(starts: readonly number[], position: number): number;
