/** Through web-tree-sitter's public `TreeCursor`. */
export const openPublicCursor = (tree) => {
    const cursor = tree.walk();
    return {
        gotoFirstChild: () => cursor.gotoFirstChild(),
        gotoNextSibling: () => cursor.gotoNextSibling(),
        gotoParent: () => cursor.gotoParent(),
        typeId: () => cursor.nodeTypeId,
        fieldId: () => cursor.currentFieldId,
        startIndex: () => cursor.startIndex,
        endIndex: () => cursor.endIndex,
        isMissing: () => cursor.nodeIsMissing,
        close: () => cursor.delete(),
    };
};
const CURSOR_WORDS = 4;
/**
 * A cursor that calls the wasm exports behind `TreeCursor` directly.
 *
 * `TreeCursor` copies its four words of state into wasm's transfer buffer
 * before every call and back out after every move; the exports read the cursor
 * from that buffer and write moves back to it. A walk that is the only user of
 * the buffer can load the state once and leave it there. Measured on the bench
 * corpus: parse alone 1.3 s; a walk reading type, field and span of every node
 * +1.5 s through `TreeCursor`, +0.3 s directly. Undefined when the module lacks
 * an export this relies on (a web-tree-sitter this was not written against).
 */
export function directCursorOpener(module) {
    const { _ts_init: init, _ts_tree_cursor_goto_first_child_wasm: gotoFirstChild, _ts_tree_cursor_goto_next_sibling_wasm: gotoNextSibling, _ts_tree_cursor_goto_parent_wasm: gotoParent, _ts_tree_cursor_current_node_type_id_wasm: typeId, _ts_tree_cursor_current_field_id_wasm: fieldId, _ts_tree_cursor_start_index_wasm: startIndex, _ts_tree_cursor_end_index_wasm: endIndex, _ts_tree_cursor_current_node_is_missing_wasm: isMissing, } = module;
    if (!init || !gotoFirstChild || !gotoNextSibling || !gotoParent || !typeId || !fieldId || !startIndex || !endIndex || !isMissing || !module.HEAP32)
        return undefined;
    // `ts_init` only reports the buffer's address (and the ABI versions, into the buffer): safe to ask again.
    const transferWord = init() >> 2;
    return (tree) => {
        const cursor = tree.walk();
        const handles = cursor;
        const address = tree[0];
        // Memory may grow (and HEAP32 be replaced) during a parse, so the view is read at each use.
        const heap = module.HEAP32;
        for (let word = 0; word < CURSOR_WORDS; word++)
            heap[transferWord + word] = handles[word];
        return {
            gotoFirstChild: () => gotoFirstChild(address) === 1,
            gotoNextSibling: () => gotoNextSibling(address) === 1,
            gotoParent: () => gotoParent(address) === 1,
            typeId: () => typeId(address),
            fieldId: () => fieldId(address),
            startIndex: () => startIndex(address),
            endIndex: () => endIndex(address),
            isMissing: () => isMissing(address) === 1,
            close: () => {
                // Moves may have reallocated the cursor's stack: hand its current state back before freeing it.
                const current = module.HEAP32;
                for (let word = 0; word < CURSOR_WORDS; word++)
                    handles[word] = current[transferWord + word];
                cursor.delete();
            },
        };
    };
}
