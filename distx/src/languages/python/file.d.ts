import { FileMemos } from '../file-memo.js';
import type { PyNode as Node, PyTree as Tree } from './tree.js';
export type Literal = string | number | boolean | null | Literal[] | {
    [key: string]: Literal;
};
/** `undefined` means "not a literal we can evaluate statically". */
export type LiteralValue = Literal | undefined;
/**
 * Per-file queries over a Python syntax tree, computed once and shared by every
 * rule: import resolution, call arguments, literal values, enclosing scopes.
 */
export declare class PythonFile {
    readonly tree: Tree;
    readonly text: string;
    /** What helpers and rules compute once for this file (see FileMemos: never a module-level table). */
    readonly memos: FileMemos;
    /** Local name → qualified name (`C` → `fastapi.middleware.cors.CORSMiddleware`). */
    readonly imports: Map<string, string>;
    /** Local names imported from this package by relative imports (`from .errors import AppError`). */
    readonly relativeImports: Set<string>;
    /** Module-level `NAME = <expr>` assignments, for literal evaluation of constants. */
    readonly moduleAssignments: Map<string, Node>;
    /** Qualified module names imported anywhere at module level (`slowapi`, `fastapi.security`). */
    readonly importedModules: Set<string>;
    private readonly qualifiedNames;
    private readonly calleeNames;
    private readonly calleeMembers;
    private readonly importedPaths;
    private readonly routes;
    constructor(tree: Tree, text: string);
    get root(): Node;
    private scanModuleLevel;
    private recordImport;
    private recordFromImport;
    /** True when the file imports `module` or anything below it. Rules ask per call, of a handful of modules. */
    importsModule(module: string): boolean;
    /**
     * The dotted name an expression refers to, with imports resolved:
     * `C` → `fastapi.middleware.cors.CORSMiddleware`, `requests.get` → `requests.get`,
     * `self.client.post` → `self.client.post`. Calls resolve to their callee with `()`.
     */
    qualifiedName(node: Node | null | undefined): string | undefined;
    private resolveName;
    /** The qualified name of a call's callee. */
    calleeName(call: Node): string | undefined;
    /** The last segment of the callee (`get` for `client.get(...)`). */
    calleeMember(call: Node): string | undefined;
    keywordArgument(call: Node, name: string): Node | undefined;
    hasKeywordArgument(call: Node, name: string): boolean;
    /** True when the call passes `**kwargs`, which may carry any keyword. */
    hasSplatKeywords(call: Node): boolean;
    positionalArguments(call: Node): Node[];
    /**
     * Statically evaluates simple literals: strings (without interpolation), numbers,
     * booleans, None, lists/tuples/sets/dicts of those, and module-level constants.
     */
    literal(node: Node | null | undefined, depth?: number): LiteralValue;
    /** The string value of a literal or constant, else undefined. */
    stringValue(node: Node | null | undefined): string | undefined;
    enclosingFunction(node: Node): Node | undefined;
    /** The module-level function or class named `name` (the definition under its decorators, if any). */
    moduleDefinition(name: string, type: 'function_definition' | 'class_definition'): Node | undefined;
    enclosingClass(node: Node): Node | undefined;
    /** Decorator expressions of a function (or class) definition. */
    decorators(definition: Node): Node[];
    /** The node a route-level finding points at: the decorator line when decorated. */
    definitionAnchor(definition: Node): Node;
    /**
     * Route registration by decorator: `@app.get("/x")`, `@router.post(...)`,
     * `@app.route("/x", methods=["POST"])` (Flask, Quart), `@bp.route(...)`.
     */
    routeDecorator(definition: Node): PythonRoute | undefined;
    private findRouteDecorator;
    /** Function parameters as nodes with their names (`self` included). */
    parameters(definition: Node): {
        name: string;
        node: Node;
        annotation?: Node;
        default?: Node;
    }[];
    /**
     * Every named node of `types` below `node`, in source order (not inside nested
     * functions, lambdas or classes when `shallow`). Read from the tree's type index
     * by preorder range, so asking for the calls of every handler costs no re-walk.
     */
    descendants(node: Node, types: ReadonlySet<string>, shallow?: boolean): readonly Node[];
    /** A class's base-class expressions, resolved (`a2a.server.agent_execution.AgentExecutor`). */
    baseClasses(classDefinition: Node): string[];
}
export interface PythonRoute {
    decorator: Node;
    /** The object the route is registered on (`app`, `router`, `bp`). */
    receiver: string;
    path: string | null;
    methods: string[];
    definition: Node;
}
