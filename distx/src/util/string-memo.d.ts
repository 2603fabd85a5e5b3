/**
 * `compute` remembered by its string argument, for the questions rules ask of the same names over and over (every
 * identifier of every condition, every callee member): each distinct string is computed once. Bounded, as a long run
 * sees every name of every project: past `limit` names the memo starts over. `compute` must depend on the string alone.
 */
export declare function memoByString<V>(compute: (key: string) => V, limit: number): (key: string) => V;
