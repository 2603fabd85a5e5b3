import type * as TypeScript from 'typescript';
import { FileMemos } from '../file-memo.js';
type Node = TypeScript.Node;
type Expression = TypeScript.Expression;
export type TsLiteral = string | number | boolean | null | TsLiteral[] | {
    [key: string]: TsLiteral;
};
export interface ImportBinding {
    module: string;
    /** `default`, `*` for a namespace or CommonJS `require`, or the exported name. */
    imported: string;
}
/** The callee member every `routeCall` starts from (`app.post(...)`, `fastify.route({...})`): what a rule reading routes needs in a file. */
export declare const ROUTE_CALL_MEMBERS: readonly string[];
/**
 * Per-file queries over a TypeScript/JavaScript AST, computed once and shared
 * by every rule: import resolution (ESM and `require`), properties of object
 * literals, literal values, enclosing functions and route handlers.
 */
export declare class TypeScriptFile {
    readonly source: TypeScript.SourceFile;
    readonly text: string;
    /** What helpers and rules compute once for this file (see FileMemos: never a module-level table). */
    readonly memos: FileMemos;
    readonly imports: Map<string, ImportBinding>;
    readonly importedModules: Set<string>;
    /** Top-level `const NAME = <expr>` declarations, for literal evaluation. */
    readonly constants: Map<string, TypeScript.Expression>;
    private readonly qualifiedNames;
    private readonly importedNames;
    private readonly routeCalls;
    private readonly importedPaths;
    private readonly descendantLists;
    private calls?;
    private lastCall?;
    private lastCallee?;
    private starts?;
    constructor(source: TypeScript.SourceFile, text: string);
    private scanTopLevel;
    private scanDeclaration;
    /**
     * The parser's own table of every identifier and property name it met in the file (with some string literal
     * texts), which prefilters read (see PrefilterIndex); undefined for a TypeScript build without it.
     */
    names(): ReadonlyMap<string, string> | undefined;
    /** Every module the file imports, and each of its `/`-prefixes (see importsModule). */
    importedModulePaths(): ReadonlySet<string>;
    /** The zero-based line and character of a position in the file, as `SourceFile.getLineAndCharacterOfPosition` answers. */
    lineAndCharacter(position: number): {
        line: number;
        character: number;
    };
    /** True when the file imports `module` or anything below it (`@opentelemetry` for `@opentelemetry/api`). */
    importsModule(module: string): boolean;
    /**
     * The dotted name an expression refers to, with imports resolved to
     * `module` (default or namespace) or `module.name` (named):
     * `cors` from `import cors from 'cors'` → `cors`; `rateLimit` from
     * `import { rateLimit } from 'express-rate-limit'` → `express-rate-limit.rateLimit`;
     * `axios.get` → `axios.get`; `this.client.chat` → `this.client.chat`.
     * Calls resolve to their callee with `()`.
     */
    qualifiedName(node: Node | undefined): string | undefined;
    private resolveName;
    calleeName(call: TypeScript.CallExpression | TypeScript.NewExpression): string | undefined;
    /** The last segment of a callee: `post` for `app.post(...)`. */
    calleeMember(call: TypeScript.CallExpression | TypeScript.NewExpression): string | undefined;
    /** A property of an object literal by name (`{ origin: '*' }` → the `'*'` node). */
    property(object: Node | undefined, name: string): Expression | undefined;
    hasProperty(object: Node | undefined, name: string): boolean;
    /** True when an object literal names any of `names` (one pass, for rules that look for several). */
    hasAnyProperty(object: Node | undefined, names: ReadonlySet<string>): boolean;
    /** True when an object literal spreads another object, which may carry any property. */
    hasSpread(object: Node | undefined): boolean;
    /** An object literal, directly or through a top-level constant. */
    resolveObject(node: Node | undefined): TypeScript.ObjectLiteralExpression | undefined;
    /** Strips parentheses, `as`, `satisfies` and non-null assertions. */
    unwrap(node: Node | undefined): Expression | undefined;
    /** Statically evaluates simple literals and top-level constants; undefined when unknown. */
    literal(node: Node | undefined, depth?: number): TsLiteral | undefined;
    stringValue(node: Node | undefined): string | undefined;
    enclosingFunction(node: Node): TypeScript.FunctionLikeDeclaration | undefined;
    /**
     * A route registration call: `app.post('/x', ...handlers)`, `router.get(...)`,
     * Hono's `app.post(...)`, Fastify's `fastify.post(...)` and `fastify.route({ method, url, handler })`.
     * The receiver's origin is not checked here; framework modules decide whether it is an app.
     */
    routeCall(call: TypeScript.CallExpression): TypeScriptRoute | undefined;
    /** Of the calls `routeCall` let through: a member call, `route` with one argument or a method with two or more. */
    private findRouteCall;
    /** The function a handler expression refers to, when it is inline or a same-file declaration. */
    handlerFunction(handler: Node): TypeScript.FunctionLikeDeclaration | undefined;
    /** Top-level functions by name (declarations, and `const f = () => …`), the first of each name; listed once, as every route asks. */
    private topLevelFunctions;
    /**
     * Takes the walk's list of every call of the file (`TypeScriptWalk.calls`, in the order of their start), from
     * which `descendants(node, ts.isCallExpression)` is answered without walking the node's subtree: rules ask it
     * of whole files and of every handler, and a walk of a whole file costs about what its parse's walk does.
     */
    indexCalls(calls: readonly TypeScript.CallExpression[]): void;
    /**
     * Every descendant matching `predicate`, not crossing into nested functions when `shallow`.
     * Remembered per node and predicate (rules ask for the calls of the same handler many times).
     */
    descendants<T extends Node>(node: Node, predicate: (node: Node) => node is T, shallow?: boolean): readonly T[];
    /**
     * The calls below `node`, in walk order: the calls within its span but itself, a run of `calls` found by its
     * start. Nodes nest (a descendant starts at or after its ancestor's start, leading trivia included, and ends by
     * its end), and no call around `node` lies within its span: a call's callee comes before its arguments, and
     * its `)` after them (test/typescript-file.test.ts holds this to a walk of the subtree).
     */
    private callsWithin;
    private collectDescendants;
}
export interface TypeScriptRoute {
    call: TypeScript.CallExpression;
    receiver: Expression;
    method: string;
    path: string;
    /** Middleware and the final handler, in registration order. */
    handlers: Expression[];
    /** Fastify route options (`{ preHandler, schema, config }`), when given. */
    options?: Expression;
}
export declare function propertyName(name: TypeScript.PropertyName | TypeScript.Node): string | undefined;
export {};
