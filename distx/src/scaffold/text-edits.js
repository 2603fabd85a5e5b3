/** Applies non-overlapping edits; later offsets first so earlier ones stay valid. */
export function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].end > sorted[i - 1].start && sorted[i].start !== sorted[i - 1].start)
            throw new Error('overlapping edits');
    }
    let result = text;
    for (const edit of sorted)
        result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
}
/** The indentation of the line holding `offset`. */
export function indentAt(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
export function lineEndAfter(text, offset) {
    const end = text.indexOf('\n', offset);
    return end === -1 ? text.length : end + 1;
}
