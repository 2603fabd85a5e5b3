import { createRequire } from 'node:module';
import { directCursorOpener, openPublicCursor } from './cursor.js';
import { copyTree } from './tree.js';
const require = createRequire(import.meta.url);
let loading;
/** Loads web-tree-sitter and the Python grammar once per process, on first use. */
export function loadPythonParser() {
    loading ??= (async () => {
        const { Parser, Language } = await import('web-tree-sitter');
        const module = {};
        await Parser.init(module);
        const python = await Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
        const parser = new Parser();
        parser.setLanguage(python);
        const direct = directCursorOpener(module);
        const useDirect = !!direct && copiesAgree(parser, direct);
        return {
            treeSitter: parser,
            cursor: useDirect ? 'direct' : 'public',
            parse: (text) => parseWith(parser, useDirect ? direct : openPublicCursor, text),
            parseWithPublicCursor: (text) => parseWith(parser, openPublicCursor, text),
        };
    })();
    return loading;
}
/** Parses and copies the tree out of wasm memory, freeing tree-sitter's copy at once. */
export function parsePython(parser, text) {
    return parser.parse(text);
}
function parseWith(parser, openCursor, text) {
    const raw = parser.parse(text);
    if (!raw)
        throw new Error('tree-sitter returned no tree');
    try {
        return copyTree(raw, text, openCursor);
    }
    finally {
        raw.delete();
    }
}
// Fields, a syntax error, a MISSING token, non-ASCII text (spans are UTF-16) and nesting deep enough to regrow the cursor's stack.
const AGREEMENT_PROBE = `import os as o\n@app.get("/é", x=1)\ndef f(a: int = 2, *b, **c):\n    return [${'('.repeat(40)}a${')'.repeat(40)} for a in b if a]\nclass C(B, metaclass=M):\n    x = f(1,\n    def\nprint("ünï" f"{a!r}"`;
/**
 * Whether the direct cursor copies the probe exactly as web-tree-sitter's
 * public cursor does: checked once per process, so a web-tree-sitter whose
 * internals moved falls back to the public (slower) cursor instead of copying wrong trees.
 */
function copiesAgree(parser, direct) {
    const raw = parser.parse(AGREEMENT_PROBE);
    if (!raw)
        return false;
    try {
        return sameNodes(copyTree(raw, AGREEMENT_PROBE, direct), copyTree(raw, AGREEMENT_PROBE, openPublicCursor));
    }
    catch {
        return false;
    }
    finally {
        raw.delete();
    }
}
export function sameNodes(a, b) {
    if (a.nodes.length !== b.nodes.length)
        return false;
    return a.nodes.every((node, order) => {
        const other = b.nodes[order];
        return node.type === other.type && node.field === other.field && node.startIndex === other.startIndex && node.endIndex === other.endIndex && node.isMissing === other.isMissing && node.index === other.index && node.last === other.last && node.hasError === other.hasError;
    });
}
/** The first ERROR or MISSING node, descending only into subtrees that contain errors. */
export function firstSyntaxError(tree) {
    if (!tree.rootNode.hasError)
        return undefined;
    let node = tree.rootNode;
    for (;;) {
        if (node.type === 'ERROR' || node.isMissing) {
            return { row: node.startPosition.row, column: node.startPosition.column, message: node.isMissing ? `missing ${node.type}` : 'invalid syntax' };
        }
        const next = node.children.find((child) => child && (child.hasError || child.isMissing || child.type === 'ERROR'));
        if (!next)
            return { row: node.startPosition.row, column: node.startPosition.column, message: 'invalid syntax' };
        node = next;
    }
}
