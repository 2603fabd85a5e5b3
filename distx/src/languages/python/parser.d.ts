import type { Parser } from 'web-tree-sitter';
import { type PyTree } from './tree.js';
/** tree-sitter's Python parser, returning trees already copied out of wasm memory (see tree.ts). */
export interface PythonParser {
    parse(text: string): PyTree;
    /** Which cursor `parse` copies with: `direct` unless web-tree-sitter's internals have moved (see cursor.ts). */
    readonly cursor: 'direct' | 'public';
    /** `parse` through web-tree-sitter's public cursor: the reference the direct one is held to. */
    parseWithPublicCursor(text: string): PyTree;
    /** The web-tree-sitter parser itself (the bench's floor parses with it). */
    readonly treeSitter: Parser;
}
/** Loads web-tree-sitter and the Python grammar once per process, on first use. */
export declare function loadPythonParser(): Promise<PythonParser>;
/** Parses and copies the tree out of wasm memory, freeing tree-sitter's copy at once. */
export declare function parsePython(parser: PythonParser, text: string): PyTree;
export declare function sameNodes(a: PyTree, b: PyTree): boolean;
/** The first ERROR or MISSING node, descending only into subtrees that contain errors. */
export declare function firstSyntaxError(tree: PyTree): {
    row: number;
    column: number;
    message: string;
} | undefined;
