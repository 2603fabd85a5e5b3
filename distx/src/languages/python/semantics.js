import { memoSlot } from '../file-memo.js';
/**
 * Shared meaning over Python code that several rules need: which functions
 * handle requests, which calls run an agent or an LLM, which calls log.
 * Rules extend these here rather than keep their own lists.
 */
// A2A: `class X(AgentExecutor): async def execute(self, context, event_queue)` handles each request.
const EXECUTOR_BASE = /(?:^|\.)AgentExecutor$/;
const HANDLER_DECORATOR_MEMBERS = new Set(['get', 'post', 'put', 'patch', 'delete', 'route', 'api_route', 'websocket']);
const HANDLER_VERDICTS = memoSlot('handler verdicts');
/** True for functions the server calls per request: routes, A2A executors, Starlette endpoints. */
export function isRequestHandler(definition, file) {
    if (definition.type !== 'function_definition')
        return false;
    // Rules ask for every node they visit (through enclosingHandler); decide once per function.
    const verdicts = file.memos.map(HANDLER_VERDICTS);
    let verdict = verdicts.get(definition);
    if (verdict === undefined)
        verdicts.set(definition, (verdict = decideRequestHandler(definition, file)));
    return verdict;
}
function decideRequestHandler(definition, file) {
    if (file.routeDecorator(definition))
        return true;
    for (const decorator of file.decorators(definition)) {
        const callee = decorator.type === 'call' ? decorator.childForFieldName('function') : decorator;
        const member = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
        if (member && HANDLER_DECORATOR_MEMBERS.has(member))
            return true;
    }
    const name = definition.childForFieldName('name')?.text;
    const owner = file.enclosingClass(definition);
    if (owner && (name === 'execute' || name === 'cancel') && file.baseClasses(owner).some((base) => EXECUTOR_BASE.test(base)))
        return true;
    return !!name && registeredEndpoints(file).has(name);
}
const REGISTERED_ENDPOINTS = memoSlot('registered endpoints');
/** Names passed as endpoints: `Route("/x", endpoint=handler)`, `app.add_api_route("/x", handler)`, `app.add_url_rule(..., view_func=h)`. */
function registeredEndpoints(file) {
    return file.memos.get(REGISTERED_ENDPOINTS, () => {
        const names = new Set();
        for (const call of file.descendants(file.root, CALL_TYPES)) {
            const callee = file.calleeName(call) ?? '';
            const member = file.calleeMember(call) ?? '';
            let endpoint;
            if (/(?:^|\.)(?:Route|WebSocketRoute)$/.test(callee))
                endpoint = file.keywordArgument(call, 'endpoint') ?? file.positionalArguments(call)[1];
            else if (member === 'add_api_route' || member === 'add_route')
                endpoint = file.keywordArgument(call, 'endpoint') ?? file.positionalArguments(call)[1];
            else if (member === 'add_url_rule')
                endpoint = file.keywordArgument(call, 'view_func') ?? file.positionalArguments(call)[2];
            if (endpoint?.type === 'identifier')
                names.add(endpoint.text);
        }
        return names;
    });
}
/** The request handler a node is inside, if any (the nearest enclosing function that handles requests). */
export function enclosingHandler(node, file) {
    for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn)) {
        if (isRequestHandler(fn, file))
            return fn;
    }
    return undefined;
}
const HANDLER_CALLS = memoSlot('calls made in handlers');
/**
 * Calls made directly inside request handlers of this file, keyed by callee as
 * written for same-file targets (`run_agent`, `self._run`): one level of reach,
 * for work a handler delegates to a helper (an A2A `execute` calling `self._process`).
 */
function handlerCalls(file) {
    return file.memos.get(HANDLER_CALLS, () => {
        const calls = new Map();
        for (const call of file.descendants(file.root, CALL_TYPES)) {
            const fn = call.childForFieldName('function');
            const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : undefined;
            const key = fn?.type === 'identifier' ? fn.text : object && (object.text === 'self' || object.text === 'cls') ? `self.${fn.childForFieldName('attribute')?.text}` : undefined;
            if (!key || !enclosingHandler(call, file))
                continue;
            const sites = calls.get(key);
            if (sites)
                sites.push(call);
            else
                calls.set(key, [call]);
        }
        return calls;
    });
}
/** The call sites, inside request handlers of the same file, of a helper function or method. */
export function handlerCallSites(definition, file) {
    const name = definition.childForFieldName('name')?.text;
    if (!name || definition.type !== 'function_definition')
        return [];
    return handlerCalls(file).get(file.enclosingClass(definition) ? `self.${name}` : name) ?? [];
}
// Outbound HTTP clients: requests (functions and sessions), httpx (functions and clients), aiohttp, urllib.
export const REQUESTS_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request']);
export const REQUESTS_FUNCTIONS = new Set([...REQUESTS_METHODS].map((method) => `requests.${method}`));
export const REQUESTS_SESSIONS = new Set(['requests.Session', 'requests.session', 'requests.sessions.Session']);
export const HTTPX_FUNCTIONS = new Set(['httpx.get', 'httpx.post', 'httpx.put', 'httpx.patch', 'httpx.delete', 'httpx.head', 'httpx.options', 'httpx.request', 'httpx.stream']);
export const HTTPX_CLIENTS = new Set(['httpx.Client', 'httpx.AsyncClient']);
export const HTTPX_METHODS = new Set([...REQUESTS_METHODS, 'stream', 'send']);
export const AIOHTTP_SESSIONS = new Set(['aiohttp.ClientSession', 'aiohttp.client.ClientSession']);
export const URLOPEN = new Set(['urllib.request.urlopen', 'urllib2.urlopen']);
const AS_PATTERN = new Set(['as_pattern', 'assignment']);
const BOUND_HTTP_CLIENTS = memoSlot('bound HTTP clients');
/**
 * Names bound to an HTTP session or client in this file: `session = requests.Session()`,
 * `self._http = httpx.AsyncClient(...)`, `with requests.Session() as s:`.
 * Maps the bound text to the constructor's qualified name.
 */
export function boundHttpClients(file) {
    return file.memos.get(BOUND_HTTP_CLIENTS, () => {
        const bound = new Map();
        for (const node of file.descendants(file.root, AS_PATTERN)) {
            const value = node.type === 'assignment' ? node.childForFieldName('right') : node.namedChild(0);
            const target = node.type === 'assignment' ? node.childForFieldName('left') : node.childForFieldName('alias');
            if (value?.type !== 'call' || !target)
                continue;
            const callee = file.calleeName(value);
            if (callee && (REQUESTS_SESSIONS.has(callee) || HTTPX_CLIENTS.has(callee)))
                bound.set(target.text, callee);
        }
        return bound;
    });
}
/**
 * The label of an outbound HTTP call or client (`requests.post`, `httpx.AsyncClient`,
 * `session.get` on a requests Session bound in this file), else undefined.
 */
export function outboundHttpCall(call, file) {
    const callee = file.calleeName(call);
    if (!callee)
        return undefined;
    if (REQUESTS_FUNCTIONS.has(callee) || HTTPX_FUNCTIONS.has(callee) || HTTPX_CLIENTS.has(callee) || REQUESTS_SESSIONS.has(callee))
        return callee;
    if (AIOHTTP_SESSIONS.has(callee) || callee === 'aiohttp.request' || URLOPEN.has(callee))
        return callee;
    const member = file.calleeMember(call);
    const receiver = call.childForFieldName('function')?.childForFieldName('object');
    if (!member || !receiver)
        return undefined;
    const bound = receiver.type === 'call' ? file.calleeName(receiver) : boundHttpClients(file).get(receiver.text);
    if (!bound)
        return undefined;
    if ((REQUESTS_SESSIONS.has(bound) && REQUESTS_METHODS.has(member)) || (HTTPX_CLIENTS.has(bound) && HTTPX_METHODS.has(member)))
        return `${receiver.text}.${member}`;
    return undefined;
}
// Provider SDK methods that call a model: openai / anthropic / google-genai / mistral / cohere / litellm.
const LLM_MEMBER_CHAINS = [
    /\.chat\.completions\.(?:create|parse|stream)$/,
    /\.completions\.create$/,
    /\.responses\.(?:create|parse|stream)$/,
    /\.messages\.(?:create|stream)$/,
    /\.models\.generate_content(?:_stream)?$/,
    /\.aio\.models\.generate_content(?:_stream)?$/,
    /(?:^|\.)generate_content(?:_async)?$/,
    /\.chat\.(?:complete|stream)(?:_async)?$/,
];
// One pattern for the chains above: tested for every call, so one regex run instead of eight.
const LLM_MEMBER_CHAIN = new RegExp(LLM_MEMBER_CHAINS.map((pattern) => `(?:${pattern.source})`).join('|'));
const LLM_FUNCTIONS = new Set(['litellm.completion', 'litellm.acompletion', 'openai.ChatCompletion.create', 'openai.ChatCompletion.acreate', 'openai.Completion.create']);
// ADK runners, LangGraph graphs, LangChain runnables, CrewAI crews, OpenAI Agents SDK `Runner.run`.
const AGENT_RUN_MEMBERS = new Set(['run_async', 'run_live', 'invoke', 'ainvoke', 'stream', 'astream', 'astream_events', 'batch', 'abatch', 'kickoff', 'kickoff_async', 'run', 'run_sync', 'run_streamed', 'arun', 'achat', 'chat']);
const AGENT_RECEIVER = /(?:^|[._])(?:runner|agent|agents|graph|workflow|chain|llm|model|chat_model|crew|executor|app|client)s?$/i;
const AGENT_FUNCTIONS = /^agents\.Runner\.(?:run|run_sync|run_streamed)$/;
// Twilio's `client.messages.create(body=…, to=…)` sends an SMS through the same chain as Anthropic's Messages API.
const MESSAGES_CHAIN = /\.messages\.(?:create|stream)$/;
/** `twilio_client.messages.create(...)`, or `client.messages.create(...)` in a file that uses Twilio and not `anthropic`. */
function sendsTwilioMessage(callee, file) {
    return MESSAGES_CHAIN.test(callee) && (/twilio/i.test(callee) || (file.importsModule('twilio') && !file.importsModule('anthropic')));
}
/**
 * Whether a call runs a model or an agent, and which: provider SDK calls are
 * `llm`; runner/graph/chain invocations are `agent`. Receivers are judged by
 * name, since there are no types: `runner.run_async(...)`, `graph.ainvoke(...)`.
 */
export function agentCallKind(call, file) {
    const callee = file.calleeName(call);
    if (!callee)
        return undefined;
    if (LLM_FUNCTIONS.has(callee) || (LLM_MEMBER_CHAIN.test(callee) && !sendsTwilioMessage(callee, file)))
        return 'llm';
    if (AGENT_FUNCTIONS.test(callee))
        return 'agent';
    const member = file.calleeMember(call);
    if (!member || !AGENT_RUN_MEMBERS.has(member))
        return undefined;
    const receiver = callee.slice(0, -(member.length + 1)).replace(/\(\)$/, '');
    if (!receiver || !AGENT_RECEIVER.test(receiver))
        return undefined;
    // httpx `client.stream("GET", url)` / `client.send(...)`: an HTTP request, not an agent run.
    if (HTTP_METHOD_NAMES.has(file.stringValue(file.positionalArguments(call)[0])?.toUpperCase() ?? ''))
        return undefined;
    return 'agent';
}
const HTTP_METHOD_NAMES = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
// Context managers that bound the code inside them: asyncio.timeout/timeout_at, anyio and trio
// fail_after/move_on_after, async_timeout.timeout, and project `timeout(...)` helpers (seed 003).
const DEADLINE_CONTEXTS = /(?:^|\.)(?:timeout|timeout_at|fail_after|fail_at|move_on_after|move_on_at|Timeout)$/;
const DEADLINE_DECORATOR = /(?:^|\.)\w*(?:timeout|deadline)\w*$/i;
/**
 * True when `node` runs under a deadline set between it and `outermost` (a
 * handler, inclusive): `async with asyncio.timeout(30):`, `asyncio.wait_for(..., 30)`,
 * a `@timeout(...)`-style decorator. `timeout(None)` is no deadline.
 */
export function underDeadline(node, file, outermost) {
    return enclosedByDeadline(node, file, outermost) || consumedUnderDeadline(node, file, outermost);
}
/**
 * A run bound to a name and consumed later runs where it is consumed: `stream = llm.astream(q)`
 * then `async with asyncio.timeout(s): async for chunk in stream:` (generators and coroutines do
 * nothing until iterated or awaited).
 */
function consumedUnderDeadline(call, file, outermost) {
    const assignment = call.parent;
    const name = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === call.id ? assignment.childForFieldName('left') : undefined;
    if (name?.type !== 'identifier')
        return false;
    const scope = file.enclosingFunction(call) ?? outermost;
    const consumers = file.descendants(scope, IDENTIFIER_TYPES).filter((use) => {
        if (use.text !== name.text || use.startIndex <= assignment.endIndex)
            return false;
        const parent = use.parent;
        return parent?.type === 'await' || (parent?.type === 'for_statement' && parent.childForFieldName('right')?.id === use.id);
    });
    return consumers.length > 0 && consumers.every((use) => enclosedByDeadline(use, file, outermost));
}
const IDENTIFIER_TYPES = new Set(['identifier']);
function enclosedByDeadline(node, file, outermost) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === 'with_statement') {
            const clause = current.namedChildren.find((child) => child?.type === 'with_clause');
            const managers = clause ? file.descendants(clause, CALL_TYPES) : [];
            if (managers.some((call) => DEADLINE_CONTEXTS.test(file.calleeName(call) ?? '') && file.literal(file.positionalArguments(call)[0]) !== null))
                return true;
        }
        else if (current.type === 'call' && /(?:^|\.)wait_for$/.test(file.calleeName(current) ?? '')) {
            const limit = file.keywordArgument(current, 'timeout') ?? file.positionalArguments(current)[1];
            if (limit && file.literal(limit) !== null)
                return true;
        }
        else if (current.type === 'function_definition') {
            if (file.decorators(current).some((decorator) => DEADLINE_DECORATOR.test(file.qualifiedName(decorator.type === 'call' ? decorator.childForFieldName('function') : decorator) ?? '')))
                return true;
        }
        if (current.id === outermost.id)
            break;
    }
    return false;
}
const CALL_TYPES = new Set(['call']);
const LOG_METHODS = new Set(['debug', 'info', 'warning', 'warn', 'error', 'exception', 'critical', 'fatal', 'log', 'msg']);
const LOGGER_RECEIVER = /(?:^|\.)(?:log|logger|logging|_logger|_log|LOGGER|LOG|structlog|logfire|loguru\.logger|app\.logger|current_app\.logger)$/;
/** `logging.info(...)`, `logger.error(...)`, `structlog.get_logger().info(...)`, `print(...)`. */
export function isLogCall(call, file) {
    const callee = file.calleeName(call);
    if (!callee)
        return false;
    if (callee === 'print')
        return true;
    const member = file.calleeMember(call);
    if (!member || !LOG_METHODS.has(member))
        return false;
    const receiver = callee.slice(0, -(member.length + 1));
    return LOGGER_RECEIVER.test(receiver) || /get_?logger\(\)$/i.test(receiver) || /logger$/i.test(receiver);
}
const PRINT_CALLS = new Set(['print', 'pprint.pprint', 'pprint.pp', 'sys.stdout.write', 'sys.stderr.write']);
/** `print(...)`, `pprint.pprint(...)`, `sys.stdout.write(...)`: output with no level, timestamp or context. */
export function isPrintCall(call, file) {
    const callee = file.calleeName(call);
    return !!callee && PRINT_CALLS.has(callee);
}
/** The exception types an `except` clause names (`except (A, B) as e:` → A, B); none for a bare `except:`. */
export function caughtTypes(clause) {
    const value = clause.childForFieldName('value');
    const caught = value?.type === 'as_pattern' ? value.namedChild(0) : value;
    if (!caught)
        return [];
    const items = caught.type === 'tuple' || caught.type === 'parenthesized_expression' ? caught.namedChildren : [caught];
    return items.filter((item) => !!item);
}
const MAIN_GUARD = /^__name__\s*==\s*["']__main__["']$|^["']__main__["']\s*==\s*__name__$/;
/** True inside `if __name__ == "__main__":`: code that runs only when the file is executed as a script. */
export function inMainGuard(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === 'if_statement' && MAIN_GUARD.test(current.childForFieldName('condition')?.text.trim() ?? ''))
            return true;
    }
    return false;
}
const SCRIPT_ENTRY_POINTS = memoSlot('functions the main guard calls');
// Names of a script's entry function. Any other function the main guard calls may be a library function
// with a self-test below it (`generate_text` called from `__main__` and imported by the server).
const ENTRY_POINT_NAME = /^_?(?:a?main|async_main|cli|run_cli)$/;
/** Entry functions the file's `if __name__ == "__main__":` block calls: `main` in `asyncio.run(main())`. */
function scriptEntryPoints(file) {
    return file.memos.get(SCRIPT_ENTRY_POINTS, () => {
        const names = new Set();
        for (const statement of file.root.namedChildren) {
            if (statement?.type !== 'if_statement' || !MAIN_GUARD.test(statement.childForFieldName('condition')?.text.trim() ?? ''))
                continue;
            for (const call of file.descendants(statement, CALL_TYPES)) {
                const callee = call.childForFieldName('function');
                if (callee?.type === 'identifier' && ENTRY_POINT_NAME.test(callee.text))
                    names.add(callee.text);
            }
        }
        return names;
    });
}
/**
 * True for code that runs only when the file is executed as a script: inside the main guard, or in the
 * module-level entry function that the guard calls (`async def main(): … print(report)` run by
 * `asyncio.run(main())`), where output is the script's, not a server's.
 */
export function runsAsScript(node, file) {
    if (inMainGuard(node))
        return true;
    let outermost;
    for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn))
        outermost = fn;
    if (!outermost)
        return false;
    const definition = outermost.parent?.type === 'decorated_definition' ? outermost.parent : outermost;
    return definition.parent?.type === 'module' && scriptEntryPoints(file).has(outermost.childForFieldName('name')?.text ?? '');
}
// Command-line entry points: a file that parses arguments is a tool, not the server.
const CLI_MODULES = ['argparse', 'click', 'typer', 'fire', 'docopt'];
const COMMAND_LINE_SCRIPT = memoSlot('command-line script');
/** Asked per call by several rules; decided once per file. */
export function isCommandLineScript(file) {
    return file.memos.get(COMMAND_LINE_SCRIPT, () => CLI_MODULES.some((module) => file.importsModule(module)));
}
const CONTAINER_LITERALS = new Set(['dictionary', 'list', 'set']);
const CONTAINER_CONSTRUCTORS = new Set(['dict', 'list', 'set', 'collections.defaultdict', 'collections.OrderedDict', 'collections.deque', 'collections.Counter', 'defaultdict', 'OrderedDict', 'deque', 'weakref.WeakValueDictionary']);
/** `{}`, `[]`, `dict()`, `defaultdict(list)`, `OrderedDict()`: a mutable in-process container. */
export function isMutableContainer(node, file) {
    if (!node)
        return false;
    if (CONTAINER_LITERALS.has(node.type))
        return true;
    return node.type === 'call' && CONTAINER_CONSTRUCTORS.has(file.calleeName(node) ?? '');
}
// Methods that write into a dict, list or set.
export const CONTAINER_WRITE_METHODS = new Set(['update', 'setdefault', 'append', 'extend', 'insert', 'add', 'appendleft', '__setitem__']);
// A condition that reads the environment or settings: `os.getenv("ENV") == "dev"`, `settings.debug`, `if DEV_MODE:`.
const ENVIRONMENT_CONDITION = /\bos\.(?:getenv|environ)\b|\b(?:settings|config|cfg|conf|env|environment)\b|\b[A-Z_]*(?:ENV|DEBUG|DEV|LOCAL|PROD)[A-Z_]*\b|\b(?:is_)?(?:dev|debug|local|prod|production|development)(?:_mode)?\b/;
/**
 * True inside an `if`/conditional expression whose test reads the environment
 * or settings: a dev-only guard. `if __name__ == "__main__":` is not one (it runs
 * whenever the module is started as a script, production included). With
 * `outermost`, only guards inside it count.
 */
export function isEnvironmentGuarded(node, outermost) {
    for (let current = node.parent; current; current = current.parent) {
        if (outermost && current.id === outermost.id)
            return false;
        if (current.type === 'if_statement' || current.type === 'elif_clause' || current.type === 'conditional_expression') {
            const condition = current.type === 'conditional_expression' ? current.namedChild(1) : current.childForFieldName('condition');
            const text = condition?.text ?? '';
            if (!/__name__/.test(text) && ENVIRONMENT_CONDITION.test(text))
                return true;
        }
        if (current.type === 'else_clause' && current.parent?.type === 'if_statement') {
            const text = current.parent.childForFieldName('condition')?.text ?? '';
            if (!/__name__/.test(text) && ENVIRONMENT_CONDITION.test(text))
                return true;
        }
        if (current.type === 'function_definition' || current.type === 'class_definition')
            return false;
    }
    return false;
}
const MODULE_CONTAINER_NAMES = memoSlot('module-level container names');
/** Names assigned a mutable container at module level: the candidates `moduleContainer` accepts. */
export function moduleContainerNames(file) {
    return file.memos.get(MODULE_CONTAINER_NAMES, () => [...file.moduleAssignments].filter(([, value]) => isMutableContainer(value, file)).map(([name]) => name));
}
/**
 * The module-level container (`SESSIONS = {}`) that `name` refers to inside `fn`;
 * undefined when a parameter or a local assignment of the same name shadows it.
 */
export function moduleContainer(name, fn, file) {
    const value = file.moduleAssignments.get(name);
    if (!value || !isMutableContainer(value, file))
        return undefined;
    const declaredGlobal = file.descendants(fn, GLOBAL_TYPES, true).some((statement) => statement.namedChildren.some((n) => n?.text === name));
    if (declaredGlobal)
        return value;
    const shadowed = file.parameters(fn).some((param) => param.name === name) || file.descendants(fn, ASSIGNMENT_TYPES, true).some((a) => a.childForFieldName('left')?.text === name);
    return shadowed ? undefined : value;
}
const GLOBAL_TYPES = new Set(['global_statement']);
const ASSIGNMENT_TYPES = new Set(['assignment']);
const INSTANCE_CONTAINERS = memoSlot('instance containers per class');
/** The `self.<name> = {}` assignment in the class's `__init__`: an instance-level container. */
export function instanceContainer(owner, name, file) {
    return instanceContainers(owner, file).get(name);
}
/**
 * Every instance-level container of a class, by attribute name, with its first `self.<name> = {}`
 * in `__init__`. Asked for every `self.<name>` in every coroutine of the class: one pass per class.
 */
export function instanceContainers(owner, file) {
    const byClass = file.memos.map(INSTANCE_CONTAINERS);
    let containers = byClass.get(owner);
    if (containers)
        return containers;
    containers = new Map();
    for (const assignment of file.descendants(owner, ASSIGNMENT_TYPES)) {
        const left = assignment.childForFieldName('left');
        if (left?.type !== 'attribute' || !left.text.startsWith('self.'))
            continue;
        const name = left.text.slice('self.'.length);
        if (containers.has(name) || !isMutableContainer(assignment.childForFieldName('right'), file))
            continue;
        if (file.enclosingFunction(assignment)?.childForFieldName('name')?.text === '__init__')
            containers.set(name, assignment);
    }
    byClass.set(owner, containers);
    return containers;
}
const TOOL_DECORATORS = /(?:^|\.)(?:tool|function_tool)$/;
/** An agent tool: `@tool` / `@function_tool` (LangChain, OpenAI Agents SDK), or a function taking an ADK `ToolContext`. */
export function isAgentTool(fn, file) {
    if (file.decorators(fn).some((decorator) => TOOL_DECORATORS.test(file.qualifiedName(decorator.type === 'call' ? decorator.childForFieldName('function') : decorator) ?? '')))
        return true;
    return file.parameters(fn).some((param) => /ToolContext$/.test(param.annotation?.text ?? ''));
}
const INSTANTIATIONS = memoSlot('where classes are instantiated');
/** Where this file builds instances of a class: `'module'` when at module level (one instance serves every request), else inside functions. */
export function classInstantiation(owner, file) {
    const name = owner.childForFieldName('name')?.text;
    if (!name)
        return undefined;
    return instantiations(file).get(name);
}
/** Every callee name of the file's calls, with `'module'` when one call of it runs at module level: one pass, not two per class. */
function instantiations(file) {
    return file.memos.get(INSTANTIATIONS, () => {
        const where = new Map();
        const moduleLevel = new Set(file.descendants(file.root, CALL_TYPES, true));
        for (const call of file.descendants(file.root, CALL_TYPES)) {
            const callee = file.calleeName(call);
            if (callee === undefined)
                continue;
            if (moduleLevel.has(call))
                where.set(callee, 'module');
            else if (!where.has(callee))
                where.set(callee, 'function');
        }
        return where;
    });
}
const ENV_READERS = new Set(['os.getenv', 'os.environ.get']);
/** `os.getenv("X")`, `os.environ.get("X", default)`, `getenv("X")` after `from os import getenv`. */
export function envRead(call, file) {
    if (call.type !== 'call' || !ENV_READERS.has(file.calleeName(call) ?? ''))
        return undefined;
    const [nameNode, positionalDefault] = file.positionalArguments(call);
    const key = nameNode ?? file.keywordArgument(call, 'key');
    return { name: file.stringValue(key), nameNode: key, fallback: positionalDefault ?? file.keywordArgument(call, 'default') };
}
/** A number written as a constant expression of literals (`200 * 1024 * 1024`, `1 << 20`, `1_000 + 24`), else undefined. */
export function constantNumber(node, file) {
    if (!node)
        return undefined;
    if (node.type === 'binary_operator') {
        const left = constantNumber(node.childForFieldName('left'), file);
        const right = constantNumber(node.childForFieldName('right'), file);
        const operator = node.childForFieldName('operator')?.text;
        if (left === undefined || right === undefined)
            return undefined;
        return operator === '*' ? left * right : operator === '<<' ? left * 2 ** right : operator === '+' ? left + right : undefined;
    }
    const value = file.literal(node);
    return typeof value === 'number' ? value : undefined;
}
