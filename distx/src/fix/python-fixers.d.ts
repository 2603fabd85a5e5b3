import type { PyTree as Tree } from '../languages/python/tree.js';
import type { PythonFile } from '../languages/python/file.js';
import { type Repair } from './define-fixer.js';
/** A CORS configuration call (CORSMiddleware, flask-cors), with the repair that puts `origins` where it allows every origin. */
export interface PythonCorsConfig {
    line: number;
    repair?: Repair;
}
/**
 * Every recognisable CORS configuration in a Python file: `add_middleware(CORSMiddleware, …)`,
 * `Middleware(CORSMiddleware, …)`, flask-cors `CORS(app, …)` / `cross_origin(…)`. A repair is
 * offered where a wildcard (or flask-cors's default) allows every origin; `origins` is the
 * replacement expression. Shared by `fix` and `scaffold cors`.
 */
export declare function pythonCorsConfigs(tree: Tree, file: PythonFile, origins: string): PythonCorsConfig[];
export declare const pythonCors: import("./define-fixer.js").Fixer;
export declare const pythonDebug: import("./define-fixer.js").Fixer;
export declare const pythonErrorDetail: import("./define-fixer.js").Fixer;
export declare const pythonBroadExcept: import("./define-fixer.js").Fixer;
export declare const pythonPrint: import("./define-fixer.js").Fixer;
export declare const pythonRequestsTimeout: import("./define-fixer.js").Fixer;
export declare const pythonClientTimeout: import("./define-fixer.js").Fixer;
export declare const PYTHON_FIXERS: import("./define-fixer.js").Fixer[];
