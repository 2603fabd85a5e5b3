import type { PyNode } from '../languages/python/tree.js';
import type { PythonVisitors } from '../languages/python/walk.js';
import type { TypeScriptVisitors } from '../languages/typescript/walk.js';
import type { CodeLanguage, FrameworkId } from '../engine/project-model.js';
/**
 * A framework or SDK the project model knows: which imports enable it and the
 * visitors that record its apps and routes (knip's plugin objects). Rules ask
 * the project model, never re-detect frameworks themselves.
 */
export interface Framework {
    id: FrameworkId;
    language: CodeLanguage;
    /** Module names whose import in a file enables the visitors for that file; empty (and no `paths`) means every file. */
    enablers: string[];
    /** Files at a path this matches (relative, `/`-separated) enable the visitors whatever they import. */
    paths?: RegExp;
    python?: PythonVisitors;
    typescript?: TypeScriptVisitors;
}
export declare function defineFramework(framework: Framework): Framework;
/** The name an app is bound to: `app = FastAPI()` → `app`. */
export declare function assignedName(call: PyNode): string | undefined;
/** Records an app wherever one of `constructors` (qualified names) is called. */
export declare function pythonAppConstructor(framework: FrameworkId, constructors: readonly string[]): PythonVisitors['call'];
/** Records decorator routes (`@app.get("/x")`, `@bp.route("/x", methods=[...])`). */
export declare const pythonDecoratorRoutes: (framework: FrameworkId) => PythonVisitors["function_definition"];
