import {
  lastPathMemo
} from "./chunk-V6FMGJSC.js";
import {
  memoSlot
} from "./chunk-JQ7ZJZHD.js";
import {
  __export
} from "./chunk-PZ5AY32C.js";

// dist/src/engine/health-paths.js
var LIVENESS_SEGMENTS = /* @__PURE__ */ new Set(["health", "healthz", "healthcheck", "health-check", "health_check", "livez", "live", "liveness", "alive", "ping", "_health"]);
var READINESS_SEGMENTS = /* @__PURE__ */ new Set(["ready", "readyz", "readiness", "_ready"]);
var LIVENESS_WORD = /health|live|ping/iu;
var READINESS_WORD = /read/iu;
function segments(path) {
  return path.toLowerCase().split(/[/?#]/).filter(Boolean);
}
function isLivenessPath(path) {
  if (!LIVENESS_WORD.test(path))
    return false;
  const parts = segments(path);
  return parts.slice(-2).some((part) => LIVENESS_SEGMENTS.has(part));
}
function isReadinessPath(path) {
  if (!READINESS_WORD.test(path))
    return false;
  const parts = segments(path);
  return parts.slice(-2).some((part) => READINESS_SEGMENTS.has(part));
}

// dist/src/engine/code-paths.js
var NON_SERVER_DIRECTORY = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|fixtures?|scripts?|bin|tools|examples?|samples?|demos?|notebooks?|docs?|benchmarks?|bench|evals?|evaluation|migrations|alembic|\.github|cypress|playwright)\//i;
var NON_SERVER_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|setup\.py|noxfile\.py|tasks\.py|fabfile\.py|manage\.py|cli\.py|[^/]*\.(?:test|spec|e2e|stories)\.[cm]?[jt]sx?|[^/]*\.config\.[cm]?[jt]s|(?:gulpfile|gruntfile|jest\.setup|vitest\.setup|cli)\.[cm]?[jt]s)$/i;
var isNonServerPath = lastPathMemo((path) => NON_SERVER_DIRECTORY.test(path) || NON_SERVER_FILE.test(path));
var TEST_DIRECTORY = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|cypress|playwright)\//i;
var TEST_FILE = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.py|conftest\.py|[^/]*\.(?:test|spec|e2e)\.[cm]?[jt]sx?)$/i;
var isTestPath = lastPathMemo((path) => TEST_DIRECTORY.test(path) || TEST_FILE.test(path));

// dist/src/languages/python/semantics.js
var semantics_exports = {};
__export(semantics_exports, {
  AIOHTTP_SESSIONS: () => AIOHTTP_SESSIONS,
  CONTAINER_WRITE_METHODS: () => CONTAINER_WRITE_METHODS,
  HTTPX_CLIENTS: () => HTTPX_CLIENTS,
  HTTPX_FUNCTIONS: () => HTTPX_FUNCTIONS,
  HTTPX_METHODS: () => HTTPX_METHODS,
  REQUESTS_FUNCTIONS: () => REQUESTS_FUNCTIONS,
  REQUESTS_METHODS: () => REQUESTS_METHODS,
  REQUESTS_SESSIONS: () => REQUESTS_SESSIONS,
  URLOPEN: () => URLOPEN,
  agentCallKind: () => agentCallKind,
  boundHttpClients: () => boundHttpClients,
  caughtTypes: () => caughtTypes,
  classInstantiation: () => classInstantiation,
  constantNumber: () => constantNumber,
  enclosingHandler: () => enclosingHandler,
  envRead: () => envRead,
  handlerCallSites: () => handlerCallSites,
  inMainGuard: () => inMainGuard,
  instanceContainer: () => instanceContainer,
  instanceContainers: () => instanceContainers,
  isAgentTool: () => isAgentTool,
  isCommandLineScript: () => isCommandLineScript,
  isEnvironmentGuarded: () => isEnvironmentGuarded,
  isLogCall: () => isLogCall,
  isMutableContainer: () => isMutableContainer,
  isPrintCall: () => isPrintCall,
  isRequestHandler: () => isRequestHandler,
  moduleContainer: () => moduleContainer,
  moduleContainerNames: () => moduleContainerNames,
  outboundHttpCall: () => outboundHttpCall,
  runsAsScript: () => runsAsScript,
  underDeadline: () => underDeadline
});
var EXECUTOR_BASE = /(?:^|\.)AgentExecutor$/;
var HANDLER_DECORATOR_MEMBERS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "route", "api_route", "websocket"]);
var HANDLER_VERDICTS = memoSlot("handler verdicts");
function isRequestHandler(definition, file) {
  if (definition.type !== "function_definition")
    return false;
  const verdicts = file.memos.map(HANDLER_VERDICTS);
  let verdict = verdicts.get(definition);
  if (verdict === void 0)
    verdicts.set(definition, verdict = decideRequestHandler(definition, file));
  return verdict;
}
function decideRequestHandler(definition, file) {
  if (file.routeDecorator(definition))
    return true;
  for (const decorator of file.decorators(definition)) {
    const callee = decorator.type === "call" ? decorator.childForFieldName("function") : decorator;
    const member = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
    if (member && HANDLER_DECORATOR_MEMBERS.has(member))
      return true;
  }
  const name = definition.childForFieldName("name")?.text;
  const owner = file.enclosingClass(definition);
  if (owner && (name === "execute" || name === "cancel") && file.baseClasses(owner).some((base) => EXECUTOR_BASE.test(base)))
    return true;
  return !!name && registeredEndpoints(file).has(name);
}
var REGISTERED_ENDPOINTS = memoSlot("registered endpoints");
function registeredEndpoints(file) {
  return file.memos.get(REGISTERED_ENDPOINTS, () => {
    const names = /* @__PURE__ */ new Set();
    for (const call of file.descendants(file.root, CALL_TYPES)) {
      const callee = file.calleeName(call) ?? "";
      const member = file.calleeMember(call) ?? "";
      let endpoint;
      if (/(?:^|\.)(?:Route|WebSocketRoute)$/.test(callee))
        endpoint = file.keywordArgument(call, "endpoint") ?? file.positionalArguments(call)[1];
      else if (member === "add_api_route" || member === "add_route")
        endpoint = file.keywordArgument(call, "endpoint") ?? file.positionalArguments(call)[1];
      else if (member === "add_url_rule")
        endpoint = file.keywordArgument(call, "view_func") ?? file.positionalArguments(call)[2];
      if (endpoint?.type === "identifier")
        names.add(endpoint.text);
    }
    return names;
  });
}
function enclosingHandler(node, file) {
  for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn)) {
    if (isRequestHandler(fn, file))
      return fn;
  }
  return void 0;
}
var HANDLER_CALLS = memoSlot("calls made in handlers");
function handlerCalls(file) {
  return file.memos.get(HANDLER_CALLS, () => {
    const calls = /* @__PURE__ */ new Map();
    for (const call of file.descendants(file.root, CALL_TYPES)) {
      const fn = call.childForFieldName("function");
      const object = fn?.type === "attribute" ? fn.childForFieldName("object") : void 0;
      const key = fn?.type === "identifier" ? fn.text : object && (object.text === "self" || object.text === "cls") ? `self.${fn.childForFieldName("attribute")?.text}` : void 0;
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
function handlerCallSites(definition, file) {
  const name = definition.childForFieldName("name")?.text;
  if (!name || definition.type !== "function_definition")
    return [];
  return handlerCalls(file).get(file.enclosingClass(definition) ? `self.${name}` : name) ?? [];
}
var REQUESTS_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "request"]);
var REQUESTS_FUNCTIONS = new Set([...REQUESTS_METHODS].map((method) => `requests.${method}`));
var REQUESTS_SESSIONS = /* @__PURE__ */ new Set(["requests.Session", "requests.session", "requests.sessions.Session"]);
var HTTPX_FUNCTIONS = /* @__PURE__ */ new Set(["httpx.get", "httpx.post", "httpx.put", "httpx.patch", "httpx.delete", "httpx.head", "httpx.options", "httpx.request", "httpx.stream"]);
var HTTPX_CLIENTS = /* @__PURE__ */ new Set(["httpx.Client", "httpx.AsyncClient"]);
var HTTPX_METHODS = /* @__PURE__ */ new Set([...REQUESTS_METHODS, "stream", "send"]);
var AIOHTTP_SESSIONS = /* @__PURE__ */ new Set(["aiohttp.ClientSession", "aiohttp.client.ClientSession"]);
var URLOPEN = /* @__PURE__ */ new Set(["urllib.request.urlopen", "urllib2.urlopen"]);
var AS_PATTERN = /* @__PURE__ */ new Set(["as_pattern", "assignment"]);
var BOUND_HTTP_CLIENTS = memoSlot("bound HTTP clients");
function boundHttpClients(file) {
  return file.memos.get(BOUND_HTTP_CLIENTS, () => {
    const bound = /* @__PURE__ */ new Map();
    for (const node of file.descendants(file.root, AS_PATTERN)) {
      const value = node.type === "assignment" ? node.childForFieldName("right") : node.namedChild(0);
      const target = node.type === "assignment" ? node.childForFieldName("left") : node.childForFieldName("alias");
      if (value?.type !== "call" || !target)
        continue;
      const callee = file.calleeName(value);
      if (callee && (REQUESTS_SESSIONS.has(callee) || HTTPX_CLIENTS.has(callee)))
        bound.set(target.text, callee);
    }
    return bound;
  });
}
function outboundHttpCall(call, file) {
  const callee = file.calleeName(call);
  if (!callee)
    return void 0;
  if (REQUESTS_FUNCTIONS.has(callee) || HTTPX_FUNCTIONS.has(callee) || HTTPX_CLIENTS.has(callee) || REQUESTS_SESSIONS.has(callee))
    return callee;
  if (AIOHTTP_SESSIONS.has(callee) || callee === "aiohttp.request" || URLOPEN.has(callee))
    return callee;
  const member = file.calleeMember(call);
  const receiver = call.childForFieldName("function")?.childForFieldName("object");
  if (!member || !receiver)
    return void 0;
  const bound = receiver.type === "call" ? file.calleeName(receiver) : boundHttpClients(file).get(receiver.text);
  if (!bound)
    return void 0;
  if (REQUESTS_SESSIONS.has(bound) && REQUESTS_METHODS.has(member) || HTTPX_CLIENTS.has(bound) && HTTPX_METHODS.has(member))
    return `${receiver.text}.${member}`;
  return void 0;
}
var LLM_MEMBER_CHAINS = [
  /\.chat\.completions\.(?:create|parse|stream)$/,
  /\.completions\.create$/,
  /\.responses\.(?:create|parse|stream)$/,
  /\.messages\.(?:create|stream)$/,
  /\.models\.generate_content(?:_stream)?$/,
  /\.aio\.models\.generate_content(?:_stream)?$/,
  /(?:^|\.)generate_content(?:_async)?$/,
  /\.chat\.(?:complete|stream)(?:_async)?$/
];
var LLM_MEMBER_CHAIN = new RegExp(LLM_MEMBER_CHAINS.map((pattern) => `(?:${pattern.source})`).join("|"));
var LLM_FUNCTIONS = /* @__PURE__ */ new Set(["litellm.completion", "litellm.acompletion", "openai.ChatCompletion.create", "openai.ChatCompletion.acreate", "openai.Completion.create"]);
var AGENT_RUN_MEMBERS = /* @__PURE__ */ new Set(["run_async", "run_live", "invoke", "ainvoke", "stream", "astream", "astream_events", "batch", "abatch", "kickoff", "kickoff_async", "run", "run_sync", "run_streamed", "arun", "achat", "chat"]);
var AGENT_RECEIVER = /(?:^|[._])(?:runner|agent|agents|graph|workflow|chain|llm|model|chat_model|crew|executor|app|client)s?$/i;
var AGENT_FUNCTIONS = /^agents\.Runner\.(?:run|run_sync|run_streamed)$/;
var MESSAGES_CHAIN = /\.messages\.(?:create|stream)$/;
function sendsTwilioMessage(callee, file) {
  return MESSAGES_CHAIN.test(callee) && (/twilio/i.test(callee) || file.importsModule("twilio") && !file.importsModule("anthropic"));
}
function agentCallKind(call, file) {
  const callee = file.calleeName(call);
  if (!callee)
    return void 0;
  if (LLM_FUNCTIONS.has(callee) || LLM_MEMBER_CHAIN.test(callee) && !sendsTwilioMessage(callee, file))
    return "llm";
  if (AGENT_FUNCTIONS.test(callee))
    return "agent";
  const member = file.calleeMember(call);
  if (!member || !AGENT_RUN_MEMBERS.has(member))
    return void 0;
  const receiver = callee.slice(0, -(member.length + 1)).replace(/\(\)$/, "");
  if (!receiver || !AGENT_RECEIVER.test(receiver))
    return void 0;
  if (HTTP_METHOD_NAMES.has(file.stringValue(file.positionalArguments(call)[0])?.toUpperCase() ?? ""))
    return void 0;
  return "agent";
}
var HTTP_METHOD_NAMES = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);
var DEADLINE_CONTEXTS = /(?:^|\.)(?:timeout|timeout_at|fail_after|fail_at|move_on_after|move_on_at|Timeout)$/;
var DEADLINE_DECORATOR = /(?:^|\.)\w*(?:timeout|deadline)\w*$/i;
function underDeadline(node, file, outermost) {
  return enclosedByDeadline(node, file, outermost) || consumedUnderDeadline(node, file, outermost);
}
function consumedUnderDeadline(call, file, outermost) {
  const assignment = call.parent;
  const name = assignment?.type === "assignment" && assignment.childForFieldName("right")?.id === call.id ? assignment.childForFieldName("left") : void 0;
  if (name?.type !== "identifier")
    return false;
  const scope = file.enclosingFunction(call) ?? outermost;
  const consumers = file.descendants(scope, IDENTIFIER_TYPES).filter((use) => {
    if (use.text !== name.text || use.startIndex <= assignment.endIndex)
      return false;
    const parent = use.parent;
    return parent?.type === "await" || parent?.type === "for_statement" && parent.childForFieldName("right")?.id === use.id;
  });
  return consumers.length > 0 && consumers.every((use) => enclosedByDeadline(use, file, outermost));
}
var IDENTIFIER_TYPES = /* @__PURE__ */ new Set(["identifier"]);
function enclosedByDeadline(node, file, outermost) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "with_statement") {
      const clause = current.namedChildren.find((child) => child?.type === "with_clause");
      const managers = clause ? file.descendants(clause, CALL_TYPES) : [];
      if (managers.some((call) => DEADLINE_CONTEXTS.test(file.calleeName(call) ?? "") && file.literal(file.positionalArguments(call)[0]) !== null))
        return true;
    } else if (current.type === "call" && /(?:^|\.)wait_for$/.test(file.calleeName(current) ?? "")) {
      const limit = file.keywordArgument(current, "timeout") ?? file.positionalArguments(current)[1];
      if (limit && file.literal(limit) !== null)
        return true;
    } else if (current.type === "function_definition") {
      if (file.decorators(current).some((decorator) => DEADLINE_DECORATOR.test(file.qualifiedName(decorator.type === "call" ? decorator.childForFieldName("function") : decorator) ?? "")))
        return true;
    }
    if (current.id === outermost.id)
      break;
  }
  return false;
}
var CALL_TYPES = /* @__PURE__ */ new Set(["call"]);
var LOG_METHODS = /* @__PURE__ */ new Set(["debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log", "msg"]);
var LOGGER_RECEIVER = /(?:^|\.)(?:log|logger|logging|_logger|_log|LOGGER|LOG|structlog|logfire|loguru\.logger|app\.logger|current_app\.logger)$/;
function isLogCall(call, file) {
  const callee = file.calleeName(call);
  if (!callee)
    return false;
  if (callee === "print")
    return true;
  const member = file.calleeMember(call);
  if (!member || !LOG_METHODS.has(member))
    return false;
  const receiver = callee.slice(0, -(member.length + 1));
  return LOGGER_RECEIVER.test(receiver) || /get_?logger\(\)$/i.test(receiver) || /logger$/i.test(receiver);
}
var PRINT_CALLS = /* @__PURE__ */ new Set(["print", "pprint.pprint", "pprint.pp", "sys.stdout.write", "sys.stderr.write"]);
function isPrintCall(call, file) {
  const callee = file.calleeName(call);
  return !!callee && PRINT_CALLS.has(callee);
}
function caughtTypes(clause) {
  const value = clause.childForFieldName("value");
  const caught = value?.type === "as_pattern" ? value.namedChild(0) : value;
  if (!caught)
    return [];
  const items = caught.type === "tuple" || caught.type === "parenthesized_expression" ? caught.namedChildren : [caught];
  return items.filter((item) => !!item);
}
var MAIN_GUARD = /^__name__\s*==\s*["']__main__["']$|^["']__main__["']\s*==\s*__name__$/;
function inMainGuard(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "if_statement" && MAIN_GUARD.test(current.childForFieldName("condition")?.text.trim() ?? ""))
      return true;
  }
  return false;
}
var SCRIPT_ENTRY_POINTS = memoSlot("functions the main guard calls");
var ENTRY_POINT_NAME = /^_?(?:a?main|async_main|cli|run_cli)$/;
function scriptEntryPoints(file) {
  return file.memos.get(SCRIPT_ENTRY_POINTS, () => {
    const names = /* @__PURE__ */ new Set();
    for (const statement of file.root.namedChildren) {
      if (statement?.type !== "if_statement" || !MAIN_GUARD.test(statement.childForFieldName("condition")?.text.trim() ?? ""))
        continue;
      for (const call of file.descendants(statement, CALL_TYPES)) {
        const callee = call.childForFieldName("function");
        if (callee?.type === "identifier" && ENTRY_POINT_NAME.test(callee.text))
          names.add(callee.text);
      }
    }
    return names;
  });
}
function runsAsScript(node, file) {
  if (inMainGuard(node))
    return true;
  let outermost;
  for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn))
    outermost = fn;
  if (!outermost)
    return false;
  const definition = outermost.parent?.type === "decorated_definition" ? outermost.parent : outermost;
  return definition.parent?.type === "module" && scriptEntryPoints(file).has(outermost.childForFieldName("name")?.text ?? "");
}
var CLI_MODULES = ["argparse", "click", "typer", "fire", "docopt"];
var COMMAND_LINE_SCRIPT = memoSlot("command-line script");
function isCommandLineScript(file) {
  return file.memos.get(COMMAND_LINE_SCRIPT, () => CLI_MODULES.some((module) => file.importsModule(module)));
}
var CONTAINER_LITERALS = /* @__PURE__ */ new Set(["dictionary", "list", "set"]);
var CONTAINER_CONSTRUCTORS = /* @__PURE__ */ new Set(["dict", "list", "set", "collections.defaultdict", "collections.OrderedDict", "collections.deque", "collections.Counter", "defaultdict", "OrderedDict", "deque", "weakref.WeakValueDictionary"]);
function isMutableContainer(node, file) {
  if (!node)
    return false;
  if (CONTAINER_LITERALS.has(node.type))
    return true;
  return node.type === "call" && CONTAINER_CONSTRUCTORS.has(file.calleeName(node) ?? "");
}
var CONTAINER_WRITE_METHODS = /* @__PURE__ */ new Set(["update", "setdefault", "append", "extend", "insert", "add", "appendleft", "__setitem__"]);
var ENVIRONMENT_CONDITION = /\bos\.(?:getenv|environ)\b|\b(?:settings|config|cfg|conf|env|environment)\b|\b[A-Z_]*(?:ENV|DEBUG|DEV|LOCAL|PROD)[A-Z_]*\b|\b(?:is_)?(?:dev|debug|local|prod|production|development)(?:_mode)?\b/;
function isEnvironmentGuarded(node, outermost) {
  for (let current = node.parent; current; current = current.parent) {
    if (outermost && current.id === outermost.id)
      return false;
    if (current.type === "if_statement" || current.type === "elif_clause" || current.type === "conditional_expression") {
      const condition = current.type === "conditional_expression" ? current.namedChild(1) : current.childForFieldName("condition");
      const text = condition?.text ?? "";
      if (!/__name__/.test(text) && ENVIRONMENT_CONDITION.test(text))
        return true;
    }
    if (current.type === "else_clause" && current.parent?.type === "if_statement") {
      const text = current.parent.childForFieldName("condition")?.text ?? "";
      if (!/__name__/.test(text) && ENVIRONMENT_CONDITION.test(text))
        return true;
    }
    if (current.type === "function_definition" || current.type === "class_definition")
      return false;
  }
  return false;
}
var MODULE_CONTAINER_NAMES = memoSlot("module-level container names");
function moduleContainerNames(file) {
  return file.memos.get(MODULE_CONTAINER_NAMES, () => [...file.moduleAssignments].filter(([, value]) => isMutableContainer(value, file)).map(([name]) => name));
}
function moduleContainer(name, fn, file) {
  const value = file.moduleAssignments.get(name);
  if (!value || !isMutableContainer(value, file))
    return void 0;
  const declaredGlobal = file.descendants(fn, GLOBAL_TYPES, true).some((statement) => statement.namedChildren.some((n) => n?.text === name));
  if (declaredGlobal)
    return value;
  const shadowed = file.parameters(fn).some((param) => param.name === name) || file.descendants(fn, ASSIGNMENT_TYPES, true).some((a) => a.childForFieldName("left")?.text === name);
  return shadowed ? void 0 : value;
}
var GLOBAL_TYPES = /* @__PURE__ */ new Set(["global_statement"]);
var ASSIGNMENT_TYPES = /* @__PURE__ */ new Set(["assignment"]);
var INSTANCE_CONTAINERS = memoSlot("instance containers per class");
function instanceContainer(owner, name, file) {
  return instanceContainers(owner, file).get(name);
}
function instanceContainers(owner, file) {
  const byClass = file.memos.map(INSTANCE_CONTAINERS);
  let containers = byClass.get(owner);
  if (containers)
    return containers;
  containers = /* @__PURE__ */ new Map();
  for (const assignment of file.descendants(owner, ASSIGNMENT_TYPES)) {
    const left = assignment.childForFieldName("left");
    if (left?.type !== "attribute" || !left.text.startsWith("self."))
      continue;
    const name = left.text.slice("self.".length);
    if (containers.has(name) || !isMutableContainer(assignment.childForFieldName("right"), file))
      continue;
    if (file.enclosingFunction(assignment)?.childForFieldName("name")?.text === "__init__")
      containers.set(name, assignment);
  }
  byClass.set(owner, containers);
  return containers;
}
var TOOL_DECORATORS = /(?:^|\.)(?:tool|function_tool)$/;
function isAgentTool(fn, file) {
  if (file.decorators(fn).some((decorator) => TOOL_DECORATORS.test(file.qualifiedName(decorator.type === "call" ? decorator.childForFieldName("function") : decorator) ?? "")))
    return true;
  return file.parameters(fn).some((param) => /ToolContext$/.test(param.annotation?.text ?? ""));
}
var INSTANTIATIONS = memoSlot("where classes are instantiated");
function classInstantiation(owner, file) {
  const name = owner.childForFieldName("name")?.text;
  if (!name)
    return void 0;
  return instantiations(file).get(name);
}
function instantiations(file) {
  return file.memos.get(INSTANTIATIONS, () => {
    const where = /* @__PURE__ */ new Map();
    const moduleLevel = new Set(file.descendants(file.root, CALL_TYPES, true));
    for (const call of file.descendants(file.root, CALL_TYPES)) {
      const callee = file.calleeName(call);
      if (callee === void 0)
        continue;
      if (moduleLevel.has(call))
        where.set(callee, "module");
      else if (!where.has(callee))
        where.set(callee, "function");
    }
    return where;
  });
}
var ENV_READERS = /* @__PURE__ */ new Set(["os.getenv", "os.environ.get"]);
function envRead(call, file) {
  if (call.type !== "call" || !ENV_READERS.has(file.calleeName(call) ?? ""))
    return void 0;
  const [nameNode, positionalDefault] = file.positionalArguments(call);
  const key = nameNode ?? file.keywordArgument(call, "key");
  return { name: file.stringValue(key), nameNode: key, fallback: positionalDefault ?? file.keywordArgument(call, "default") };
}
function constantNumber(node, file) {
  if (!node)
    return void 0;
  if (node.type === "binary_operator") {
    const left = constantNumber(node.childForFieldName("left"), file);
    const right = constantNumber(node.childForFieldName("right"), file);
    const operator = node.childForFieldName("operator")?.text;
    if (left === void 0 || right === void 0)
      return void 0;
    return operator === "*" ? left * right : operator === "<<" ? left * 2 ** right : operator === "+" ? left + right : void 0;
  }
  const value = file.literal(node);
  return typeof value === "number" ? value : void 0;
}

export {
  isLivenessPath,
  isReadinessPath,
  isNonServerPath,
  isTestPath,
  enclosingHandler,
  REQUESTS_FUNCTIONS,
  REQUESTS_SESSIONS,
  HTTPX_CLIENTS,
  agentCallKind,
  underDeadline,
  isLogCall,
  inMainGuard,
  constantNumber,
  semantics_exports
};
//# sourceMappingURL=chunk-PPZQD3HO.js.map
