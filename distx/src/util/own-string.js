/**
 * `text` with characters of its own. V8 keeps a substring of a dozen characters or more as a view into the string
 * it was cut from, and a concatenation as its two parts, so a name or snippet cut from a file's text keeps that
 * whole text alive: on the bench corpus, what rules reported and the names memos remember held 6,587 file texts
 * (40 MB) to the end of the run, each copied by the young generation's collector before it was promoted.
 * Concatenating and cutting again makes V8 copy the characters into a flat string first.
 */
export function ownString(text) {
    return ` ${text}`.slice(1);
}
