import type { PyNode as Node, PyTree as Tree } from '../languages/python/tree.js';
import { PythonFile } from '../languages/python/file.js';
/** Parses Python text and hands the tree and its query object to `use`. */
export declare function withPythonTree<T>(text: string, use: (tree: Tree, file: PythonFile) => T): Promise<T>;
/** The statement (direct child of the module or of a block) that holds the 1-based line. */
export declare function statementAtLine(tree: Tree, line: number, column?: number): Node | undefined;
/** Where a new top-level import goes: after the last module-level import, else after the docstring. */
export declare function importInsertionOffset(tree: Tree, text: string): number;
/** Whether a statement with exactly this text sits in the same block as `anchor` (the idempotency guard). */
export declare function blockHasStatement(anchor: Node, statement: string): boolean;
export interface PythonAttachment {
    /** `from x import y` lines added unless the names are already imported. */
    imports: {
        line: string;
        binds: string;
    }[];
    /** Statements placed right after the app's construction, same indentation. */
    statements: string[];
}
/** Adds imports and statements after the app constructor; returns the text unchanged when already attached. */
export declare function attachToPythonApp(text: string, appLine: number, appColumn: number, attachment: PythonAttachment): Promise<string>;
/**
 * How the entry file should import a sibling module, judged from its own
 * imports: relative inside a package that imports relatively, package-qualified
 * when it imports its package by name, else a plain top-level module.
 */
export declare function siblingImport(entryText: string, moduleName: string, packagePath: string | undefined): Promise<string>;
/**
 * An A2A SDK app is served by what `<server>.build()` returns: the
 * Starlette/FastAPI app to attach to is the variable assigned from that call
 * in the constructor's block.
 */
export declare function builtA2aApp(text: string, serverName: string, line: number, column: number): Promise<{
    name: string;
    line: number;
    column: number;
} | undefined>;
/** Whether the statement at a line sits at module level (not inside a function such as `main()`). */
export declare function isModuleLevel(text: string, line: number, column: number): Promise<boolean>;
