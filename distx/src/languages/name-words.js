import { memoByString } from '../util/string-memo.js';
// Rules split the same identifiers over and over (every assignment target, keyword and parameter).
const MAX_REMEMBERED_NAMES = 20_000;
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
function charKind(code) {
    if (code >= 97 && code <= 122)
        return LOWER;
    if (code >= 65 && code <= 90)
        return UPPER;
    if (code >= 48 && code <= 57)
        return DIGIT;
    return OTHER;
}
/** The reference splitting; non-ASCII names take it, since lower-casing can turn a letter into ASCII (`K` → `k`). */
function splitByPatterns(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/**
 * The same words as `splitByPatterns` in one pass over an ASCII name: a word
 * ends at a non-alphanumeric, before an upper-case letter that follows a
 * lower-case letter or digit, and before the last capital of a run that a
 * lower-case letter follows (`HTTPServer` → http, server). Several times faster
 * than the two replaces; a large tree holds tens of thousands of distinct names.
 */
function splitAscii(name) {
    const words = [];
    let start = -1;
    let previous = OTHER;
    for (let index = 0; index < name.length; index++) {
        const code = name.charCodeAt(index);
        if (code > 127)
            return undefined;
        const kind = charKind(code);
        if (kind === OTHER) {
            if (start >= 0)
                words.push(name.slice(start, index).toLowerCase());
            start = -1;
        }
        else if (start < 0) {
            start = index;
        }
        else if (kind === UPPER && (previous !== UPPER || charKind(name.charCodeAt(index + 1)) === LOWER)) {
            words.push(name.slice(start, index).toLowerCase());
            start = index;
        }
        previous = kind;
    }
    if (start >= 0)
        words.push(name.slice(start).toLowerCase());
    return words;
}
/**
 * Splits an identifier into lower-case words for name heuristics: `OPENAI_API_KEY`, `openaiAPIKey`,
 * `x-api-key` → [openai, api, key] / [x, api, key]; `createPaymentIntent` → [create, payment, intent].
 */
export const nameWords = memoByString((name) => splitAscii(name) ?? splitByPatterns(name), MAX_REMEMBERED_NAMES);
