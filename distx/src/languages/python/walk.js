/**
 * One depth-first walk over the tree, dispatching every named node to the
 * visitors registered for its type. Iterative (the copy's per-type lists of
 * named nodes, or parent links and sibling indices when exits are asked for),
 * so pathological nesting cannot overflow the stack.
 */
export function walkPython(tree, enter, exit, onError) {
    const dispatch = (bound, node) => {
        if (!bound)
            return;
        for (const { visit, ctx, owner } of bound) {
            try {
                visit(node, ctx);
            }
            catch (error) {
                onError(owner, error);
            }
        }
    };
    if (exit.size === 0) {
        // Without exit visitors only the nodes some visitor wants are met, in preorder; the copy filed them
        // by type. Nodes of a visited type are about a sixth of the named ones in the bench corpus.
        for (const node of tree.namedOfTypes(enter.keys()))
            dispatch(enter.get(node.type), node);
        return;
    }
    const root = tree.rootNode;
    let node = root;
    for (;;) {
        if (node.isNamed)
            dispatch(enter.get(node.type), node);
        if (node.children.length > 0) {
            node = node.children[0];
            continue;
        }
        for (;;) {
            if (node.isNamed)
                dispatch(exit.get(node.type), node);
            if (node === root)
                return;
            const parent = node.parent;
            const sibling = parent.children[node.index + 1];
            if (sibling) {
                node = sibling;
                break;
            }
            node = parent;
        }
    }
}
