/** A replacement of `text.slice(start, end)`; an insertion has start === end. Offsets are JS string indices. */
export interface TextEdit {
    start: number;
    end: number;
    text: string;
}
/** Applies non-overlapping edits; later offsets first so earlier ones stay valid. */
export declare function applyEdits(text: string, edits: TextEdit[]): string;
/** The indentation of the line holding `offset`. */
export declare function indentAt(text: string, offset: number): string;
export declare function lineEndAfter(text: string, offset: number): number;
