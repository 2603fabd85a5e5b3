/**
 * `compute` remembered by its string argument, for the questions rules ask of the same names over and over (every
 * identifier of every condition, every callee member): each distinct string is computed once. Bounded, as a long run
 * sees every name of every project: past `limit` names the memo starts over. `compute` must depend on the string alone.
 */
export function memoByString<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const known = new Map<string, V>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as V;
    const computed = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, computed);
    return computed;
  };
}
