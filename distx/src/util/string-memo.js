import { ownString } from './own-string.js';
/**
 * `compute` remembered by its string argument, for the questions rules ask of the same names over and over (every
 * identifier of every condition, every callee member): each distinct string is computed once. Bounded, as a long run
 * sees every name of every project: past `limit` names the memo starts over. `compute` must depend on the string alone.
 */
export function memoByString(compute, limit) {
    const known = new Map();
    return (key) => {
        const value = known.get(key);
        if (value !== undefined || known.has(key))
            return value;
        // Kept past the file the name was read from: a copy, or the file's text would stay with it (see ownString).
        const own = ownString(key);
        const computed = compute(own);
        if (known.size >= limit)
            known.clear();
        known.set(own, computed);
        return computed;
    };
}
