import type { Tree } from 'web-tree-sitter';
import type { OpenCursor } from './cursor.js';
export interface Point {
    row: number;
    column: number;
}
/**
 * A Python syntax tree copied out of tree-sitter's wasm memory into plain JS
 * objects, once per file. web-tree-sitter builds a fresh `Node` and crosses
 * into wasm on every property read (`parent`, `childForFieldName`, `text`),
 * which cost rules several times the parse itself; after one cursor walk every
 * read here is a field access. Indices are UTF-16 code units, as web-tree-sitter's.
 */
export declare class PyTree {
    readonly text: string;
    /** `id` of the root; a node's id is this plus its preorder number. */
    readonly firstId: number;
    rootNode: PyNode;
    /** Every node in preorder (source order, parents before their children); `PyNode.order` indexes it. */
    readonly nodes: PyNode[];
    /** Named nodes by grammar symbol id, each list in preorder; filled by the copy (see `symbolSlot`). */
    readonly namedBySymbol: (PyNode[] | undefined)[];
    private readonly symbolsByType;
    private lineStarts;
    private readonly namedByType;
    constructor(text: string, symbolsByType: ReadonlyMap<string, readonly number[]>, symbolSlots: number);
    /**
     * Named nodes of one type, in preorder. The copy filed them by symbol as it
     * went (an array index, where a pass keyed by type name cost 2 % of a Python
     * audit); aliases give one name several symbols, whose lists are merged here once.
     */
    namedOfType(type: string): readonly PyNode[];
    /** Named nodes of any of these types, in preorder: the lists `namedOfType` keeps, merged by preorder number. */
    namedOfTypes(types: Iterable<string>): readonly PyNode[];
    /** Row and column of a string index; rows break at `\n` only, as tree-sitter's. */
    position(index: number): Point;
    /** The smallest node spanning a position (used to find a statement from a finding's location). */
    descendantForPosition(point: Point): PyNode;
}
/** The subset of web-tree-sitter's `Node` API that rules use, over plain fields. */
export declare class PyNode {
    readonly tree: PyTree;
    readonly type: string;
    private flags;
    readonly startIndex: number;
    readonly endIndex: number;
    readonly parent: PyNode | null;
    /** The field this node fills in its parent (`function`, `arguments`, …). */
    readonly field: string | null;
    /** Position among the parent's children. */
    readonly index: number;
    /** Preorder number in the tree, and the largest one in this node's subtree: descendants lie between. */
    readonly order: number;
    last: number;
    children: readonly PyNode[];
    private named;
    private cachedText;
    constructor(tree: PyTree, type: string, isNamed: boolean, isMissing: boolean, startIndex: number, endIndex: number, parent: PyNode | null, field: string | null, index: number, order: number);
    get id(): number;
    get isNamed(): boolean;
    get isMissing(): boolean;
    /** True when this node or a descendant is an ERROR or MISSING node. */
    get hasError(): boolean;
    /** Marks this node and its ancestors as holding an error (the copy's call, for ERROR and MISSING nodes). */
    markError(): void;
    get text(): string;
    get startPosition(): Point;
    get endPosition(): Point;
    get isError(): boolean;
    get namedChildren(): readonly PyNode[];
    get childCount(): number;
    get namedChildCount(): number;
    child(index: number): PyNode | null;
    namedChild(index: number): PyNode | null;
    get firstChild(): PyNode | null;
    get lastChild(): PyNode | null;
    get firstNamedChild(): PyNode | null;
    get lastNamedChild(): PyNode | null;
    get nextSibling(): PyNode | null;
    get previousSibling(): PyNode | null;
    get nextNamedSibling(): PyNode | null;
    get previousNamedSibling(): PyNode | null;
    childForFieldName(name: string): PyNode | null;
    childrenForFieldName(name: string): PyNode[];
    /** Every descendant (not this node) of the given types, in source order. */
    descendantsOfType(types: string | readonly string[]): PyNode[];
    /** The smallest node spanning a position. */
    descendantForPosition(point: Point): PyNode;
    equals(other: PyNode | null | undefined): boolean;
    toString(): string;
}
/**
 * Copies a tree-sitter tree into `PyNode`s with one cursor walk: the same
 * nodes, types, fields and spans as web-tree-sitter's `Node.children`.
 */
export declare function copyTree(raw: Tree, text: string, openCursor: OpenCursor): PyTree;
