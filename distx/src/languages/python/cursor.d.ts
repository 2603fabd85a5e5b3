import type { Tree } from 'web-tree-sitter';
/** The cursor moves and reads that copying a tree needs (see tree.ts `copyTree`). */
export interface CopyCursor {
    gotoFirstChild(): boolean;
    gotoNextSibling(): boolean;
    gotoParent(): boolean;
    typeId(): number;
    fieldId(): number;
    startIndex(): number;
    endIndex(): number;
    isMissing(): boolean;
    /** Frees the cursor; the tree stays. */
    close(): void;
}
export type OpenCursor = (tree: Tree) => CopyCursor;
/** Through web-tree-sitter's public `TreeCursor`. */
export declare const openPublicCursor: OpenCursor;
/**
 * The emscripten module object web-tree-sitter fills in when it is passed to
 * `Parser.init(module)`: the wasm exports and a view of wasm memory.
 */
export interface TreeSitterModule {
    HEAP32?: Int32Array;
    _ts_init?: () => number;
    _ts_tree_cursor_goto_first_child_wasm?: (tree: number) => number;
    _ts_tree_cursor_goto_next_sibling_wasm?: (tree: number) => number;
    _ts_tree_cursor_goto_parent_wasm?: (tree: number) => number;
    _ts_tree_cursor_current_node_type_id_wasm?: (tree: number) => number;
    _ts_tree_cursor_current_field_id_wasm?: (tree: number) => number;
    _ts_tree_cursor_start_index_wasm?: (tree: number) => number;
    _ts_tree_cursor_end_index_wasm?: (tree: number) => number;
    _ts_tree_cursor_current_node_is_missing_wasm?: (tree: number) => number;
}
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
export declare function directCursorOpener(module: TreeSitterModule): OpenCursor | undefined;
