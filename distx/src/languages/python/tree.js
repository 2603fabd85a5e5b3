import { lineContaining, lineFeedStarts } from '../../util/line-starts.js';
const NO_CHILDREN = Object.freeze([]);
/** The first id of the next tree: ids are unique across the process, so nodes of different files never collide in a rule's map. */
let nextId = 1;
const NAMED = 1;
const MISSING = 2;
const HAS_ERROR = 4;
/**
 * A Python syntax tree copied out of tree-sitter's wasm memory into plain JS
 * objects, once per file. web-tree-sitter builds a fresh `Node` and crosses
 * into wasm on every property read (`parent`, `childForFieldName`, `text`),
 * which cost rules several times the parse itself; after one cursor walk every
 * read here is a field access. Indices are UTF-16 code units, as web-tree-sitter's.
 */
export class PyTree {
    constructor(text, symbolsByType, symbolSlots) {
        this.text = text;
        this.firstId = nextId;
        this.nodes = [];
        this.namedBySymbol = new Array(symbolSlots);
        this.symbolsByType = symbolsByType;
        this.lineStarts = undefined;
        this.namedByType = new Map();
    }
    /**
     * Named nodes of one type, in preorder. The copy filed them by symbol as it
     * went (an array index, where a pass keyed by type name cost 2 % of a Python
     * audit); aliases give one name several symbols, whose lists are merged here once.
     */
    namedOfType(type) {
        let found = this.namedByType.get(type);
        if (!found) {
            const lists = [];
            for (const symbol of this.symbolsByType.get(type) ?? []) {
                const list = this.namedBySymbol[symbol];
                if (list)
                    lists.push(list);
            }
            found = lists.length === 0 ? NO_CHILDREN : lists.length === 1 ? lists[0] : lists.flat().sort((a, b) => a.order - b.order);
            this.namedByType.set(type, found);
        }
        return found;
    }
    /** Named nodes of any of these types, in preorder: the lists `namedOfType` keeps, merged by preorder number. */
    namedOfTypes(types) {
        const lists = [];
        let count = 0;
        for (const type of types) {
            const list = this.namedOfType(type);
            if (list.length === 0)
                continue;
            lists.push(list);
            count += list.length;
        }
        if (lists.length <= 1)
            return lists[0] ?? NO_CHILDREN;
        // A node has one type, so the lists are disjoint: sorting their preorder numbers merges them.
        const orders = new Int32Array(count);
        let at = 0;
        for (const list of lists)
            for (const node of list)
                orders[at++] = node.order;
        orders.sort();
        const merged = new Array(count);
        for (let index = 0; index < count; index++)
            merged[index] = this.nodes[orders[index]];
        return merged;
    }
    /** Row and column of a string index; rows break at `\n` only, as tree-sitter's. */
    position(index) {
        const starts = (this.lineStarts ??= lineFeedStarts(this.text));
        const row = lineContaining(starts, index);
        return { row, column: index - starts[row] };
    }
    /** The smallest node spanning a position (used to find a statement from a finding's location). */
    descendantForPosition(point) {
        this.lineStarts ??= lineFeedStarts(this.text);
        const index = (this.lineStarts[point.row] ?? this.text.length) + point.column;
        let node = this.rootNode;
        for (;;) {
            const next = node.children.find((child) => child.startIndex <= index && index < child.endIndex);
            if (!next)
                return node;
            node = next;
        }
    }
}
/** The subset of web-tree-sitter's `Node` API that rules use, over plain fields. */
export class PyNode {
    constructor(tree, type, isNamed, isMissing, startIndex, endIndex, parent, field, index, order) {
        this.order = order;
        this.last = order;
        this.tree = tree;
        this.type = type;
        this.flags = (isNamed ? NAMED : 0) | (isMissing ? MISSING : 0);
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.parent = parent;
        this.field = field;
        this.index = index;
        this.children = NO_CHILDREN;
        this.named = undefined;
        this.cachedText = undefined;
    }
    get id() {
        return this.tree.firstId + this.order;
    }
    get isNamed() {
        return (this.flags & NAMED) !== 0;
    }
    get isMissing() {
        return (this.flags & MISSING) !== 0;
    }
    /** True when this node or a descendant is an ERROR or MISSING node. */
    get hasError() {
        return (this.flags & HAS_ERROR) !== 0;
    }
    /** Marks this node and its ancestors as holding an error (the copy's call, for ERROR and MISSING nodes). */
    markError() {
        for (let node = this; node && !node.hasError; node = node.parent)
            node.flags |= HAS_ERROR;
    }
    get text() {
        return (this.cachedText ??= this.tree.text.slice(this.startIndex, this.endIndex));
    }
    get startPosition() {
        return this.tree.position(this.startIndex);
    }
    get endPosition() {
        return this.tree.position(this.endIndex);
    }
    get isError() {
        return this.type === 'ERROR';
    }
    get namedChildren() {
        return (this.named ??= this.children.every((child) => child.isNamed) ? this.children : this.children.filter((child) => child.isNamed));
    }
    get childCount() {
        return this.children.length;
    }
    get namedChildCount() {
        return this.namedChildren.length;
    }
    child(index) {
        return this.children[index] ?? null;
    }
    namedChild(index) {
        return this.namedChildren[index] ?? null;
    }
    get firstChild() {
        return this.children[0] ?? null;
    }
    get lastChild() {
        return this.children[this.children.length - 1] ?? null;
    }
    get firstNamedChild() {
        return this.namedChildren[0] ?? null;
    }
    get lastNamedChild() {
        const named = this.namedChildren;
        return named[named.length - 1] ?? null;
    }
    get nextSibling() {
        return this.parent?.children[this.index + 1] ?? null;
    }
    get previousSibling() {
        return this.parent?.children[this.index - 1] ?? null;
    }
    get nextNamedSibling() {
        const siblings = this.parent?.children ?? NO_CHILDREN;
        for (let index = this.index + 1; index < siblings.length; index++)
            if (siblings[index].isNamed)
                return siblings[index];
        return null;
    }
    get previousNamedSibling() {
        const siblings = this.parent?.children ?? NO_CHILDREN;
        for (let index = this.index - 1; index >= 0; index--)
            if (siblings[index].isNamed)
                return siblings[index];
        return null;
    }
    childForFieldName(name) {
        // Asked millions of times per run: an index loop allocates no iterator while a caller still runs unoptimised.
        const children = this.children;
        for (let index = 0; index < children.length; index++)
            if (children[index].field === name)
                return children[index];
        return null;
    }
    childrenForFieldName(name) {
        return this.children.filter((child) => child.field === name);
    }
    /** Every descendant (not this node) of the given types, in source order. */
    descendantsOfType(types) {
        const wanted = typeof types === 'string' ? [types] : types;
        const found = [];
        const stack = [...this.children].reverse();
        while (stack.length > 0) {
            const node = stack.pop();
            if (wanted.includes(node.type))
                found.push(node);
            for (let index = node.children.length - 1; index >= 0; index--)
                stack.push(node.children[index]);
        }
        return found;
    }
    /** The smallest node spanning a position. */
    descendantForPosition(point) {
        return this.tree.descendantForPosition(point);
    }
    equals(other) {
        return this === other;
    }
    toString() {
        return `(${this.type})`;
    }
}
const tablesByLanguage = new WeakMap();
function grammarTables(language) {
    let tables = tablesByLanguage.get(language);
    if (!tables) {
        const symbolsByType = new Map();
        language.types.forEach((type, symbol) => {
            if (type)
                symbolsByType.set(type, [...(symbolsByType.get(type) ?? []), symbol]);
        });
        symbolsByType.set('ERROR', [...(symbolsByType.get('ERROR') ?? []), language.types.length]);
        tables = { named: [], symbolsByType };
        tablesByLanguage.set(language, tables);
    }
    return tables;
}
/**
 * A node's slot in per-symbol tables: its symbol id, or one slot past the grammar's table for an id
 * without a name there (ERROR is 65535, which would turn a dense array into a dictionary).
 */
function symbolSlot(types, typeId) {
    return types[typeId] ? typeId : types.length;
}
/**
 * Copies a tree-sitter tree into `PyNode`s with one cursor walk: the same
 * nodes, types, fields and spans as web-tree-sitter's `Node.children`.
 */
export function copyTree(raw, text, openCursor) {
    const { named, symbolsByType } = grammarTables(raw.language);
    const types = raw.language.types;
    const tree = new PyTree(text, symbolsByType, types.length + 1);
    const fields = raw.language.fields;
    const namedBySymbol = tree.namedBySymbol;
    // MISSING nodes exist only in trees with errors; only then pay for asking.
    const mayHaveErrors = raw.rootNode.hasError;
    // The children met so far at each depth of the walk (the first `pendingCount[depth]` entries of a
    // reused list; truncating it would be a runtime call per parent), handed to their parent as an exact
    // copy when the walk leaves it: arrays grown by push keep slack for sixteen more, on millions of nodes.
    const pending = [[]];
    const pendingCount = [0];
    let depth = 0;
    const cursor = openCursor(raw);
    const make = (parent, index) => {
        const typeId = cursor.typeId();
        const slot = symbolSlot(types, typeId);
        const type = slot === types.length ? 'ERROR' : types[typeId];
        const missing = mayHaveErrors && cursor.isMissing();
        // Named-ness is a property of the (alias) symbol, so one question per symbol, not per node.
        const isNamed = (named[slot] ??= raw.language.nodeTypeIsNamed(typeId));
        const node = new PyNode(tree, type, isNamed, missing, cursor.startIndex(), cursor.endIndex(), parent, parent ? (fields[cursor.fieldId()] ?? null) : null, index, tree.nodes.length);
        tree.nodes.push(node);
        if (isNamed) {
            const ofSymbol = namedBySymbol[slot];
            if (ofSymbol)
                ofSymbol.push(node);
            else
                namedBySymbol[slot] = [node];
        }
        if (parent)
            pending[depth][pendingCount[depth]++] = node;
        if (missing || type === 'ERROR') {
            node.markError();
        }
        return node;
    };
    try {
        tree.rootNode = make(null, 0);
        let current = tree.rootNode;
        for (;;) {
            if (cursor.gotoFirstChild()) {
                depth += 1;
                if (pending.length === depth) {
                    pending.push([]);
                    pendingCount.push(0);
                }
                else
                    pendingCount[depth] = 0;
                current = make(current, 0);
                continue;
            }
            for (;;) {
                if (cursor.gotoNextSibling()) {
                    current = make(current.parent, current.index + 1);
                    break;
                }
                if (!cursor.gotoParent())
                    return tree;
                // Every child of the parent is copied, and each child's subtree closed before it.
                current = current.parent;
                const children = pending[depth].slice(0, pendingCount[depth]);
                current.children = children;
                current.last = children[children.length - 1].last;
                depth -= 1;
            }
        }
    }
    finally {
        cursor.close();
        nextId += tree.nodes.length;
    }
}
