import type { PyNode as Node } from './tree.js';
import type { PythonFile } from './file.js';
/** True for functions the server calls per request: routes, A2A executors, Starlette endpoints. */
export declare function isRequestHandler(definition: Node, file: PythonFile): boolean;
/** The request handler a node is inside, if any (the nearest enclosing function that handles requests). */
export declare function enclosingHandler(node: Node, file: PythonFile): Node | undefined;
/** The call sites, inside request handlers of the same file, of a helper function or method. */
export declare function handlerCallSites(definition: Node, file: PythonFile): Node[];
export declare const REQUESTS_METHODS: Set<string>;
export declare const REQUESTS_FUNCTIONS: Set<string>;
export declare const REQUESTS_SESSIONS: Set<string>;
export declare const HTTPX_FUNCTIONS: Set<string>;
export declare const HTTPX_CLIENTS: Set<string>;
export declare const HTTPX_METHODS: Set<string>;
export declare const AIOHTTP_SESSIONS: Set<string>;
export declare const URLOPEN: Set<string>;
/**
 * Names bound to an HTTP session or client in this file: `session = requests.Session()`,
 * `self._http = httpx.AsyncClient(...)`, `with requests.Session() as s:`.
 * Maps the bound text to the constructor's qualified name.
 */
export declare function boundHttpClients(file: PythonFile): Map<string, string>;
/**
 * The label of an outbound HTTP call or client (`requests.post`, `httpx.AsyncClient`,
 * `session.get` on a requests Session bound in this file), else undefined.
 */
export declare function outboundHttpCall(call: Node, file: PythonFile): string | undefined;
export type AgentCallKind = 'llm' | 'agent';
/**
 * Whether a call runs a model or an agent, and which: provider SDK calls are
 * `llm`; runner/graph/chain invocations are `agent`. Receivers are judged by
 * name, since there are no types: `runner.run_async(...)`, `graph.ainvoke(...)`.
 */
export declare function agentCallKind(call: Node, file: PythonFile): AgentCallKind | undefined;
/**
 * True when `node` runs under a deadline set between it and `outermost` (a
 * handler, inclusive): `async with asyncio.timeout(30):`, `asyncio.wait_for(..., 30)`,
 * a `@timeout(...)`-style decorator. `timeout(None)` is no deadline.
 */
export declare function underDeadline(node: Node, file: PythonFile, outermost: Node): boolean;
/** `logging.info(...)`, `logger.error(...)`, `structlog.get_logger().info(...)`, `print(...)`. */
export declare function isLogCall(call: Node, file: PythonFile): boolean;
/** `print(...)`, `pprint.pprint(...)`, `sys.stdout.write(...)`: output with no level, timestamp or context. */
export declare function isPrintCall(call: Node, file: PythonFile): boolean;
/** The exception types an `except` clause names (`except (A, B) as e:` → A, B); none for a bare `except:`. */
export declare function caughtTypes(clause: Node): Node[];
/** True inside `if __name__ == "__main__":`: code that runs only when the file is executed as a script. */
export declare function inMainGuard(node: Node): boolean;
/**
 * True for code that runs only when the file is executed as a script: inside the main guard, or in the
 * module-level entry function that the guard calls (`async def main(): … print(report)` run by
 * `asyncio.run(main())`), where output is the script's, not a server's.
 */
export declare function runsAsScript(node: Node, file: PythonFile): boolean;
/** Asked per call by several rules; decided once per file. */
export declare function isCommandLineScript(file: PythonFile): boolean;
/** `{}`, `[]`, `dict()`, `defaultdict(list)`, `OrderedDict()`: a mutable in-process container. */
export declare function isMutableContainer(node: Node | null | undefined, file: PythonFile): boolean;
export declare const CONTAINER_WRITE_METHODS: Set<string>;
/**
 * True inside an `if`/conditional expression whose test reads the environment
 * or settings: a dev-only guard. `if __name__ == "__main__":` is not one (it runs
 * whenever the module is started as a script, production included). With
 * `outermost`, only guards inside it count.
 */
export declare function isEnvironmentGuarded(node: Node, outermost?: Node): boolean;
/** Names assigned a mutable container at module level: the candidates `moduleContainer` accepts. */
export declare function moduleContainerNames(file: PythonFile): readonly string[];
/**
 * The module-level container (`SESSIONS = {}`) that `name` refers to inside `fn`;
 * undefined when a parameter or a local assignment of the same name shadows it.
 */
export declare function moduleContainer(name: string, fn: Node, file: PythonFile): Node | undefined;
/** The `self.<name> = {}` assignment in the class's `__init__`: an instance-level container. */
export declare function instanceContainer(owner: Node, name: string, file: PythonFile): Node | undefined;
/**
 * Every instance-level container of a class, by attribute name, with its first `self.<name> = {}`
 * in `__init__`. Asked for every `self.<name>` in every coroutine of the class: one pass per class.
 */
export declare function instanceContainers(owner: Node, file: PythonFile): ReadonlyMap<string, Node>;
/** An agent tool: `@tool` / `@function_tool` (LangChain, OpenAI Agents SDK), or a function taking an ADK `ToolContext`. */
export declare function isAgentTool(fn: Node, file: PythonFile): boolean;
type Instantiation = 'module' | 'function';
/** Where this file builds instances of a class: `'module'` when at module level (one instance serves every request), else inside functions. */
export declare function classInstantiation(owner: Node, file: PythonFile): Instantiation | undefined;
export interface EnvRead {
    /** The variable's name when it is a literal or a module constant. */
    name?: string;
    nameNode?: Node;
    /** The default argument, when one is given. */
    fallback?: Node;
}
/** `os.getenv("X")`, `os.environ.get("X", default)`, `getenv("X")` after `from os import getenv`. */
export declare function envRead(call: Node, file: PythonFile): EnvRead | undefined;
/** A number written as a constant expression of literals (`200 * 1024 * 1024`, `1 << 20`, `1_000 + 24`), else undefined. */
export declare function constantNumber(node: Node | null | undefined, file: PythonFile): number | undefined;
export {};
