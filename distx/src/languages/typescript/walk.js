import { ts } from './runtime.js';
/** Turns name-keyed visitor lists into arrays indexed by `SyntaxKind` for O(1) dispatch. */
export function kindTables(byName) {
    const enter = [];
    const exit = [];
    for (const [key, bound] of byName) {
        const [name, phase] = key.split(':');
        const kind = ts.SyntaxKind[name];
        if (kind === undefined)
            throw new TypeError(`unknown TypeScript SyntaxKind "${name}" in a visitor key`);
        const table = phase === 'exit' ? exit : enter;
        table[kind] = [...(table[kind] ?? []), ...bound];
    }
    return { enter, exit };
}
/**
 * The one traversal of a parsed file. It sets every node's parent, as
 * `createSourceFile`'s `setParentNodes` would (there are no JSDoc nodes:
 * `parseTypeScript` leaves JSDoc unparsed), at half its cost: that option's
 * generic work-list walk was 28 % of the parse on the bench corpus. It also
 * lists, in depth-first order, the visits the tables ask for, and every call
 * (rules ask for the calls below many nodes). Rules read parents anywhere in
 * the file, so they run after this, from the list.
 * Recursive, no deeper than the parser itself.
 */
export function planWalk(source, tables) {
    const { enter, exit } = tables;
    const walk = { nodes: [], visitors: [], calls: [] };
    const { nodes, visitors, calls } = walk;
    const callKind = ts.SyntaxKind.CallExpression;
    let parent = source;
    const bind = (child) => {
        child.parent = parent;
        const kind = child.kind;
        if (kind === callKind)
            calls.push(child);
        const entering = enter[kind];
        if (entering !== undefined) {
            nodes.push(child);
            visitors.push(entering);
        }
        const outer = parent;
        parent = child;
        ts.forEachChild(child, bind);
        parent = outer;
        const exiting = exit[kind];
        if (exiting !== undefined) {
            nodes.push(child);
            visitors.push(exiting);
        }
    };
    const enteringFile = enter[source.kind];
    const exitingFile = exit[source.kind];
    if (enteringFile) {
        nodes.push(source);
        visitors.push(enteringFile);
    }
    ts.forEachChild(source, bind);
    if (exitingFile) {
        nodes.push(source);
        visitors.push(exitingFile);
    }
    return walk;
}
/** Runs the planned visits; a visitor that throws is reported with its owner and the walk goes on. */
export function walkTypeScript(walk, onError) {
    const { nodes, visitors } = walk;
    for (let index = 0; index < nodes.length; index++) {
        const node = nodes[index];
        for (const { visit, ctx, owner } of visitors[index]) {
            try {
                visit(node, ctx);
            }
            catch (error) {
                onError(owner, error);
            }
        }
    }
}
