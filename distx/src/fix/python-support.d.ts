import type { PyNode as Node, PyTree as Tree } from '../languages/python/tree.js';
import type { PythonFile } from '../languages/python/file.js';
import { lineEndAfter, type TextEdit } from '../scaffold/text-edits.js';
/**
 * The module-level logger to call, plus the edits that create one when the
 * module has none: `import logging` and `logger = logging.getLogger(__name__)`
 * after the imports.
 */
export declare function moduleLogger(tree: Tree, file: PythonFile, text: string): {
    name: string;
    edits: TextEdit[];
};
/** `import os` at the import block unless `os` is already bound. */
export declare function ensureImport(tree: Tree, file: PythonFile, text: string, module: string): TextEdit[];
/** The first statement of a block, for inserting a line before it at its indentation. */
export declare function blockStart(block: Node, text: string): {
    offset: number;
    indent: string;
};
export { lineEndAfter };
