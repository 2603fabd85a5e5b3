import type * as TypeScript from 'typescript';
import type { TypeScriptFile } from './file.js';
import type { TypeScriptPrefilter } from './walk.js';
/**
 * Shared meaning over TS/JS code that several rules need: which functions
 * handle requests, which calls run an agent or an LLM, which calls log.
 * Rules extend these here rather than keep their own lists.
 */
type FunctionLike = TypeScript.FunctionLikeDeclaration;
/**
 * True for functions the server calls per request: the last handler of a route
 * registration (`app.post('/x', auth, handler)`), a Fastify `handler:` option,
 * or an exported Next.js route handler.
 */
export declare function isRequestHandler(fn: FunctionLike, file: TypeScriptFile, path: string): boolean;
/** The request handler a node is inside, if any. */
export declare function enclosingHandler(node: TypeScript.Node, file: TypeScriptFile, path: string): FunctionLike | undefined;
/** The call sites, inside request handlers of the same file, of a helper function or method. */
export declare function handlerCallSites(fn: FunctionLike, file: TypeScriptFile, path: string): TypeScript.CallExpression[];
export declare const FETCH_FUNCTIONS: Set<string>;
export declare const AXIOS_CONFIG_INDEX: Map<string, number>;
export declare const UNDICI_REQUEST: Set<string>;
/** `'use client'` files run in the browser (a Next.js client component), not in the server. */
export declare function isClientComponent(file: TypeScriptFile): boolean;
/**
 * The label of a server-side outbound HTTP call (`fetch`, `axios.post`, `axios.create`,
 * `undici.request`), else undefined. Browser code and same-origin `fetch('/api/…')` are not outbound.
 */
export declare function outboundHttpCall(call: TypeScript.CallExpression, file: TypeScriptFile): string | undefined;
export type AgentCallKind = 'llm' | 'agent';
/**
 * What a call runs, if an agent or a model. Nearly every call ends in a segment no pattern accepts and is let go
 * with two lookups (its callee is the one `calleeName` answered last); the rest are decided once per call, as
 * rules ask of the same call in turn. Memoising every call had cost a map entry per call of the file.
 */
export declare function agentCallKind(call: TypeScript.CallExpression, file: TypeScriptFile): AgentCallKind | undefined;
/**
 * What a file must hold for `agentCallKind` to answer 'llm' for a call in it, as a rule prefilter. A callee's
 * last segment is the name of a property access or identifier in the file, or the imported name in an import
 * specifier, so it is among the parser's names: the AI SDK functions, and the members of LLM_MEMBER_CHAINS.
 * The openai v3 calls count only in a file that imports `openai`, which is that module. Not covered: a callee
 * that is a module specifier itself (a default import of a module named like `x.chat.completions.create`), or
 * an import by string name (`import { 'create' as c }`).
 */
export declare const LLM_CALL_PREFILTER: TypeScriptPrefilter;
/** As LLM_CALL_PREFILTER, for either kind: an agent run is a call of one of AGENT_RUN_MEMBERS (`run` is also the Agents SDK's). */
export declare const AGENT_CALL_PREFILTER: TypeScriptPrefilter;
/**
 * True when `call` runs under a deadline: a deadline option among its arguments
 * (or options we cannot read, such as a spread), or an enclosing `Promise.race`,
 * `pTimeout(...)` or `withTimeout(...)` between it and `outermost` (a handler).
 */
export declare function underDeadline(call: TypeScript.CallExpression, file: TypeScriptFile, outermost: TypeScript.Node): boolean;
/** `console.log(...)`, `logger.info(...)`, `req.log.error(...)`, `fastify.log.warn(...)`. */
export declare function isLogCall(call: TypeScript.CallExpression, file: TypeScriptFile): boolean;
/** A file where `isLogCall` holds names its method (the callee's last segment): a rule prefilter's names. */
export declare const LOG_CALL_NAMES: readonly string[];
/** `console.log(...)`, `process.stdout.write(...)`: output with no level, timestamp or context. */
export declare function isPrintCall(call: TypeScript.CallExpression, file: TypeScriptFile): boolean;
/** A file where `isPrintCall` holds names the console method or `write`: a rule prefilter's names. */
export declare const PRINT_CALL_NAMES: readonly string[];
/**
 * What a file where `isPrintCall` holds must have: the callee's root (`console`, `process`) and its member. Either
 * alone is in most files (`error`, `log` and `write` name much else), both in far fewer.
 */
export declare const PRINT_CALL_PREFILTER: TypeScriptPrefilter;
/**
 * A file that parses command-line arguments, starts with a shebang, or converses on the terminal
 * (`readline` over `process.stdin`: a chat REPL beside the server) is a tool, not the server.
 */
export declare function isCommandLineScript(file: TypeScriptFile): boolean;
/** `new Map()`, `new Set()`, `{}`, `[]`: a mutable in-process container. */
export declare function isMutableContainer(node: TypeScript.Node | undefined, file: TypeScriptFile): boolean;
export declare const CONTAINER_WRITE_METHODS: Set<string>;
/** The top-level `const sessions = new Map()` declaration a name refers to, when it is a mutable container. */
export declare function moduleContainer(name: string, file: TypeScriptFile): TypeScript.VariableDeclaration | undefined;
/** The container property (`private sessions = new Map()`) of the class that encloses `node`. */
export declare function classContainer(node: TypeScript.Node, name: string, file: TypeScriptFile): TypeScript.PropertyDeclaration | undefined;
/** True when the file binds an instance of the class at top level (`export const store = new OrderStore()`): one instance serves every request. */
export declare function instantiatedAtTopLevel(owner: TypeScript.ClassLikeDeclaration, file: TypeScriptFile): boolean;
/**
 * A readable name for a function in messages: its own name, the variable it is
 * bound to, `POST /chat` for an inline route handler, else the enclosing function's label.
 */
export declare function functionLabel(fn: FunctionLike, file: TypeScriptFile): string;
/** True inside an `if`/ternary/`&&` whose condition reads the environment or settings: a dev-only guard. With `outermost`, only guards inside it count. */
export declare function isEnvironmentGuarded(node: TypeScript.Node, file: TypeScriptFile, outermost?: TypeScript.Node): boolean;
export interface EnvRead {
    /** The variable's name when it is written literally. */
    name?: string;
    /** The expression that yields the value (`process.env.X`, `Deno.env.get('X')`). */
    node: TypeScript.Node;
}
/**
 * `process.env.X`, `process.env['X']`, `Bun.env.X`, `Deno.env.get('X')`.
 * Writes (`process.env.X = …`) are not reads.
 */
export declare function envRead(node: TypeScript.Node, file: TypeScriptFile): EnvRead | undefined;
export {};
