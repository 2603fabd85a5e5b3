/**
 * Where each line of `text` starts, lines ended by `\n` alone: tree-sitter's rows, and the lines of any text
 * without another line ending. `indexOf` is a native search.
 */
export function lineFeedStarts(text) {
    const starts = [0];
    for (let feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', feed + 1))
        starts.push(feed + 1);
    return starts;
}
/** The zero-based index of the line holding `position`, given the ascending starts of a text's lines (the first 0). */
export function lineContaining(starts, position) {
    // The last line that starts at or before `position`.
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle] <= position)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}
