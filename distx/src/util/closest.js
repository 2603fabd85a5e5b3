/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/** Up to `limit` candidates closest to `input`: small edit distance, or sharing a word with it. */
export function closest(input, candidates, limit = 3) {
    const words = new Set(input.split(/[-_\s]+/).filter((word) => word.length > 2));
    return candidates
        .map((candidate) => {
        const shared = candidate.split('-').some((word) => words.has(word));
        return { candidate, distance: editDistance(input, candidate) - (shared ? 4 : 0) };
    })
        .filter(({ distance }) => distance <= Math.max(3, Math.floor(input.length / 3)))
        .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
}
