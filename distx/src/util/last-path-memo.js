/**
 * A per-path predicate that remembers its answer for the last path asked:
 * rules ask it for every node of the file being walked, always with the same path.
 */
export function lastPathMemo(test) {
    let lastPath;
    let lastAnswer = false;
    return (path) => {
        if (path !== lastPath) {
            lastAnswer = test(path);
            lastPath = path;
        }
        return lastAnswer;
    };
}
