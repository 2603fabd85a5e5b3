import type { PyNode as Node } from '../languages/python/tree.js';
import type { PythonFile } from '../languages/python/file.js';
import { type TextEdit } from './text-edits.js';
/** The call an app statement makes: `app = FastAPI(...)` → the `FastAPI(...)` call node. */
export declare function assignedCall(statement: Node | undefined): Node | undefined;
/** Inserts `text` as a new last item of an argument list or list literal, right after the last item so a multi-line call keeps its layout. */
export declare function appendItemEdit(list: Node, text: string): TextEdit;
/**
 * `from module import name`: joined to an existing module-level `from module
 * import …` when there is one, else a new line after the imports; nothing when
 * the name is already bound to it.
 */
export declare function fromImportEdits(file: PythonFile, text: string, module: string, name: string): TextEdit[];
export interface ListKeywordEdit {
    /** The keyword whose list gets the element: `dependencies`. */
    keyword: string;
    /** The element's exact text: `Depends(require_api_key)`; its presence is the idempotency guard. */
    element: string;
    /** Names the element needs: `{ module: 'fastapi', name: 'Depends' }`. */
    imports: {
        module: string;
        name: string;
    }[];
}
/**
 * Adds `element` to the list passed as `keyword=` to the constructor call of the
 * app's statement, creating the keyword when absent. Undefined when the
 * statement is not `name = Call(...)`, the call takes `**kwargs`, or the keyword
 * holds something other than a list literal; the text unchanged when the element is there.
 */
export declare function addToConstructorList(text: string, line: number, column: number, edit: ListKeywordEdit): Promise<string | undefined>;
/** The qualified callee of the app statement's constructor call: `fastapi.FastAPI` for `app = FastAPI(...)`. */
export declare function constructorCallee(text: string, line: number, column: number): Promise<string | undefined>;
