import {
  field_bounds_exports,
  money_actions_exports,
  request_size_exports,
  sensitiveValueKind
} from "./chunk-X5CN6JYH.js";
import {
  enclosingHandler,
  isLivenessPath,
  isNonServerPath,
  isReadinessPath,
  isTestPath,
  semantics_exports
} from "./chunk-PPZQD3HO.js";
import {
  defineRule,
  escapeRegExp,
  isPlaceholderSecret,
  isSecretName,
  memoByString,
  nameWords,
  providerKeyIn,
  secrets_exports
} from "./chunk-V6FMGJSC.js";
import {
  NodeAnswers,
  PathSet,
  ROUTE_CALL_MEMBERS,
  commandText,
  instructionAnchor,
  isDevelopmentFile,
  isWithin,
  memoSlot,
  resolvedImage,
  stageInstructions,
  ts
} from "./chunk-JQ7ZJZHD.js";
import {
  __export
} from "./chunk-PZ5AY32C.js";

// dist/src/languages/typescript/prefilters.js
var IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
function calleePrefilter(callees, names = []) {
  const roots = /* @__PURE__ */ new Set([...names, "require"]);
  const modules = /* @__PURE__ */ new Set();
  for (const callee of callees) {
    if (/^this\.|^new |\(/.test(callee))
      throw new TypeError(`calleePrefilter: no root to require for "${callee}"`);
    const segments = callee.split(".");
    if (IDENTIFIER.test(segments[0]))
      roots.add(segments[0]);
    for (let count = 1; count <= segments.length; count++)
      modules.add(segments.slice(0, count).join("."));
  }
  return { names: [...roots], modules: [...modules] };
}
function memberPrefilter(callees, extra = {}) {
  const names = new Set(extra.names);
  const modules = new Set(extra.modules);
  for (const callee of callees) {
    const dot = callee.lastIndexOf(".");
    if (dot < 0)
      throw new TypeError(`memberPrefilter: "${callee}" has no member`);
    names.add(callee.slice(dot + 1));
    modules.add(callee.slice(0, dot)).add(callee);
  }
  return { names: [...names], modules: [...modules] };
}

// dist/src/languages/text/secret-values.js
var URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i;
function isSecretLookingEntry(key, value) {
  const trimmed = value.trim();
  if (providerKeyIn(trimmed))
    return true;
  const inUrl = URL_WITH_PASSWORD.exec(trimmed);
  if (inUrl)
    return !isPlaceholderSecret(inUrl[1]) && !/^(?:pass(?:word)?|changeme)$/i.test(inUrl[1]);
  return isSecretName(key) && !isPlaceholderSecret(trimmed);
}

// dist/src/languages/text/yaml-config.js
import { createRequire } from "node:module";
var yaml;
var last;
function parseYaml(text) {
  if (last?.text === text)
    return last.parsed;
  yaml ??= createRequire(import.meta.url)("yaml");
  const lines = new yaml.LineCounter();
  let documents;
  try {
    const parsed = yaml.parseAllDocuments(text, { lineCounter: lines, logLevel: "silent" });
    documents = Array.isArray(parsed) ? parsed : [];
  } catch {
    documents = [];
  }
  last = { text, parsed: { yaml, documents, lines } };
  return last.parsed;
}
function readYamlDocuments(text) {
  return parseYaml(text).documents.filter((document) => document.errors.length === 0).map((document) => document.toJS());
}

// dist/src/languages/text/orchestrator-probes.js
var PROBE_KEYS = /* @__PURE__ */ new Set(["livenessProbe", "readinessProbe", "startupProbe"]);
var PROBE_LINE = /^\s*-?\s*(?:livenessProbe|readinessProbe|startupProbe)\s*:/m;
function hasProbeKey(value, depth = 0) {
  if (depth > 40 || value === null || typeof value !== "object")
    return false;
  if (Array.isArray(value))
    return value.some((item) => hasProbeKey(item, depth + 1));
  return Object.entries(value).some(([key, child]) => PROBE_KEYS.has(key) && child || hasProbeKey(child, depth + 1));
}
function composeHealthcheck(document) {
  const services = document?.services;
  if (!services || typeof services !== "object")
    return false;
  return Object.values(services).some((service) => {
    const check = service?.healthcheck;
    if (!check || check.disable === true)
      return false;
    return !(Array.isArray(check.test) && check.test[0] === "NONE");
  });
}
function declaresOrchestratorProbe(kind, text) {
  const documents = readYamlDocuments(text);
  if (kind === "compose")
    return documents.some(composeHealthcheck);
  return documents.some((document) => hasProbeKey(document)) || text.includes("{{") && PROBE_LINE.test(text);
}

// dist/src/languages/text/container-commands.js
var yaml2;
var COMPOSE_KEYS = ["entrypoint", "command"];
var KUBERNETES_KEYS = ["command", "args"];
var CONTAINER_LISTS = /* @__PURE__ */ new Set(["containers", "initContainers", "ephemeralContainers"]);
var COMMAND_KEY = /^(\s*)(?:-\s+)?(?:command|args|entrypoint)\s*:/;
function commandWords(value) {
  const { isScalar, isSeq } = yaml2;
  if (isScalar(value))
    return value.value === null || value.value === void 0 ? void 0 : String(value.value);
  if (isSeq(value))
    return value.items.map((item) => isScalar(item) ? String(item.value ?? "") : "").join(" ");
  return void 0;
}
function fieldsOf(map, keys, text, lines) {
  const fields = [];
  for (const key of keys) {
    const pair = map.items.find((item) => yaml2.isScalar(item.key) && item.key.value === key);
    const words = pair && commandWords(pair.value);
    const keyRange = pair?.key?.range;
    const valueRange = pair?.value?.range;
    if (words === void 0 || !keyRange || !valueRange)
      continue;
    const end = text.slice(0, valueRange[1]).trimEnd().length;
    fields.push({ text: words, line: lines.linePos(keyRange[0]).line, endLine: lines.linePos(Math.max(keyRange[0], end - 1)).line });
  }
  return fields;
}
function composeServices(document, text, lines) {
  const services = yaml2.isMap(document.contents) ? document.contents.get("services", true) : void 0;
  if (!yaml2.isMap(services))
    return [];
  return services.items.flatMap((item) => yaml2.isMap(item.value) ? [{ name: yaml2.isScalar(item.key) ? String(item.key.value) : void 0, fields: fieldsOf(item.value, COMPOSE_KEYS, text, lines) }] : []);
}
function kubernetesContainers(node, text, lines, depth = 0) {
  const { isMap, isSeq, isScalar } = yaml2;
  if (depth > 40)
    return [];
  if (isSeq(node))
    return node.items.flatMap((item) => kubernetesContainers(item, text, lines, depth + 1));
  if (!isMap(node))
    return [];
  return node.items.flatMap((item) => {
    if (isScalar(item.key) && CONTAINER_LISTS.has(String(item.key.value)) && isSeq(item.value)) {
      return item.value.items.flatMap((container) => isMap(container) ? [{ name: container.get("name")?.toString(), fields: fieldsOf(container, KUBERNETES_KEYS, text, lines) }] : []);
    }
    return kubernetesContainers(item.value, text, lines, depth + 1);
  });
}
function templateCommands(text) {
  const rows = text.split("\n");
  const commands = [];
  for (let index = 0; index < rows.length; index++) {
    const match = COMMAND_KEY.exec(rows[index]);
    if (!match || rows[index].trim().startsWith("#"))
      continue;
    const indent = match[1].length + (rows[index].trimStart().startsWith("-") ? 2 : 0);
    const block = [rows[index].slice(rows[index].indexOf(":") + 1)];
    let last2 = index;
    for (let next = index + 1; next < rows.length; next++) {
      const row = rows[next];
      if (row.trim() === "" || row.trim().startsWith("#"))
        continue;
      const rowIndent = row.length - row.trimStart().length;
      if (rowIndent > indent || rowIndent === indent && row.trimStart().startsWith("- ")) {
        block.push(row.trimStart().replace(/^-\s+/, ""));
        last2 = next;
      } else
        break;
    }
    commands.push({ fields: [{ text: block.join(" ").replace(/["'[\],]/g, " "), line: index + 1, endLine: last2 + 1 }] });
    index = last2;
  }
  return commands;
}
function containerCommands(kind, text) {
  const parsed = parseYaml(text);
  yaml2 = parsed.yaml;
  const { documents, lines } = parsed;
  if (documents.some((document) => document.errors.length > 0))
    return kind === "kubernetes" ? templateCommands(text) : [];
  return documents.flatMap((document) => kind === "compose" ? composeServices(document, text, lines) : kubernetesContainers(document.contents, text, lines));
}

// dist/src/languages/setting-names.js
var OPTIONAL_INTEGRATIONS = /^(?:SENTRY|LANGSMITH|LANGCHAIN|LANGFUSE|OTEL|OTLP|HONEYCOMB|DD|DATADOG|NEW_RELIC|NEWRELIC|HELICONE|PHOENIX|ARIZE|WANDB|LOGFIRE|MLFLOW|BRAINTRUST|TRACELOOP)_/;
var PROVIDER_ENDPOINT_OVERRIDES = /^(?:OPENAI|ANTHROPIC|GEMINI|GOOGLE_GENAI|GROQ|MISTRAL|COHERE|DEEPSEEK|XAI|TOGETHER|FIREWORKS|PERPLEXITY|HF|HUGGINGFACE)_(?:API_)?BASE(?:_URL)?$/;
var NOT_SERVER_SETTINGS = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|PUBLIC_)|^NODE_ENV$/;
var SERVICE_URL = /(?:^|_)(?:URL|URI|DSN|ENDPOINT|CONNECTION_STRING|CONN_STR|CONN_STRING)$/;
var RESOURCE_ID = /(?:^|_)(?:PROJECT|PROJECT_ID|PROJECT_NUMBER|BUCKET|BUCKET_NAME)$|.(?:_ID)$/;
function settingKey(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/[^A-Za-z0-9]+/g, "_").toUpperCase();
}
var KIND_MEMO_LIMIT = 1e4;
var requiredSettingKind = memoByString(judgeSetting, KIND_MEMO_LIMIT);
function judgeSetting(name) {
  const key = settingKey(name);
  if (OPTIONAL_INTEGRATIONS.test(key) || NOT_SERVER_SETTINGS.test(key) || PROVIDER_ENDPOINT_OVERRIDES.test(key))
    return void 0;
  if (SERVICE_URL.test(key))
    return "service URL";
  if (sensitiveValueKind(key))
    return "secret";
  if (RESOURCE_ID.test(key))
    return "resource id";
  return void 0;
}
function settingMatchKey(name) {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

// dist/src/languages/state-names.js
var STATE_WORDS = /(?:session|order|task|checkout|cart|conversation|histor|thread|chat|message|job|state|context|payment|booking|reservation|memor|store|db|database|user|account|ticket|upload|subscription|run|result|pending|inflight|transaction|invoice|profile|feedback|document|record|\w(?<!meta)data)(?:s|es|ies)?$/i;
var NOT_STATE = /cache|memo|lru|lock|semaphore|metric|counter|limit|throttl|bucket|stat(?:s|istics)?$|registry|registries|handler|route|plugin|tool|config|setting|option|default|constant|schema|template|prompt|type|lookup|index|_re$|pattern/i;
var DELIBERATE_CLASS_WORDS = /* @__PURE__ */ new Set(["cache", "lru", "lock", "semaphore", "metric", "metrics", "counter", "counters", "limiter", "ratelimiter", "throttle", "throttler"]);
function looksLikeStateStore(name) {
  const bare = name.replace(/^_+/, "");
  return STATE_WORDS.test(bare) && !NOT_STATE.test(bare);
}
function isDeliberatelyInMemory(name) {
  return NOT_STATE.test(name.replace(/^_+/, ""));
}
function isInMemoryByDesign(className) {
  const words = nameWords(className);
  if (words.some((word) => DELIBERATE_CLASS_WORDS.has(word)))
    return true;
  return words.includes("inmemory") || words.some((word, index) => word === "in" && words[index + 1] === "memory");
}

// dist/src/languages/auth-evidence.js
var AUTH_NAME = /auth(?!or)|login_?required|jwt|bearer|api_?key|token(?!s|iz)|current_?\w*user|superuser|active_?user|verify|permission|require_?user|requires|protect|guard|principal|credential|signed_?in|oauth|oidc|clerk|passport|firebase_?user|access_?control|rbac|acl\b|session_?user|is_?admin|admin_?required|signature/i;
function isAuthName(name) {
  return AUTH_NAME.test(name);
}
var AUTH_CHECK = new RegExp([
  /\b(?:verify_?(?:id_?)?token|verifyIdToken|verify_?jwt|jwtVerify|jwt\.(?:decode|verify)|decode_?token|verifyToken|validate_?token|check_?auth|require_?auth|authenticate|is_authenticated|isAuthenticated)\s*\(/.source,
  /\b(?:getServerSession|currentUser|getAuth|getToken|auth)\s*\(/.source,
  /\b(?:HTTP_401_UNAUTHORIZED|HTTP_403_FORBIDDEN|Unauthorized|Forbidden)\b/.source,
  /status(?:_code)?\s*[=:(]\s*40[13]\b/.source,
  /\b(?:abort|code|status)\(\s*40[13]\b/.source,
  /\b(?:compare_digest|timingSafeEqual)\b/.source,
  /\b(?:req|request)\.(?:user|auth)\b/.source,
  /\bcurrent_user\b/.source
].join("|"), "i");
function bodyChecksAuth(text) {
  return AUTH_CHECK.test(text);
}
var PUBLIC_SEGMENT = /^(?:login|logout|signin|sign-in|sign_in|signup|sign-up|sign_up|register|token|refresh|oauth2?|callback|auth|webhooks?|forgot-password|reset-password|password-reset|\.well-known|health|healthz|healthcheck|livez|live|liveness|readyz|ready|readiness|metrics|ping)$/i;
function isPublicPath(path) {
  return path.split(/[/?#]/).filter(Boolean).some((segment) => PUBLIC_SEGMENT.test(segment));
}

// dist/src/languages/typescript/semantics.js
var semantics_exports2 = {};
__export(semantics_exports2, {
  AGENT_CALL_PREFILTER: () => AGENT_CALL_PREFILTER,
  AXIOS_CONFIG_INDEX: () => AXIOS_CONFIG_INDEX,
  CONTAINER_WRITE_METHODS: () => CONTAINER_WRITE_METHODS,
  FETCH_FUNCTIONS: () => FETCH_FUNCTIONS,
  LLM_CALL_PREFILTER: () => LLM_CALL_PREFILTER,
  LOG_CALL_NAMES: () => LOG_CALL_NAMES,
  PRINT_CALL_NAMES: () => PRINT_CALL_NAMES,
  PRINT_CALL_PREFILTER: () => PRINT_CALL_PREFILTER,
  UNDICI_REQUEST: () => UNDICI_REQUEST,
  agentCallKind: () => agentCallKind,
  classContainer: () => classContainer,
  enclosingHandler: () => enclosingHandler2,
  envRead: () => envRead,
  functionLabel: () => functionLabel,
  handlerCallSites: () => handlerCallSites,
  instantiatedAtTopLevel: () => instantiatedAtTopLevel,
  isClientComponent: () => isClientComponent,
  isCommandLineScript: () => isCommandLineScript,
  isEnvironmentGuarded: () => isEnvironmentGuarded,
  isLogCall: () => isLogCall,
  isMutableContainer: () => isMutableContainer,
  isPrintCall: () => isPrintCall,
  isRequestHandler: () => isRequestHandler,
  moduleContainer: () => moduleContainer,
  outboundHttpCall: () => outboundHttpCall,
  underDeadline: () => underDeadline
});
var NEXT_ROUTE_FILE = /(?:^|\/)(?:app\/(?:.*\/)?route|pages\/api\/.*)\.(?:ts|js|mjs|tsx|jsx)$/;
var NEXT_METHODS = /* @__PURE__ */ new Set(["GET", "POST", "PUT", "PATCH", "DELETE"]);
function isRequestHandler(fn, file, path) {
  const verdicts = file.memos.map(HANDLER_VERDICTS);
  let verdict = verdicts.get(fn);
  if (verdict === void 0)
    verdicts.set(fn, verdict = decideRequestHandler(fn, file, path));
  return verdict;
}
var HANDLER_VERDICTS = memoSlot("handler verdicts");
function decideRequestHandler(fn, file, path) {
  const parent = fn.parent;
  if (parent && ts.isCallExpression(parent) && parent.arguments.includes(fn)) {
    const route = file.routeCall(parent);
    if (route && route.handlers.at(-1) === fn)
      return true;
  }
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text === "handler") {
    const options2 = parent.parent;
    if (ts.isObjectLiteralExpression(options2) && ts.isCallExpression(options2.parent) && file.routeCall(options2.parent))
      return true;
  }
  if (NEXT_ROUTE_FILE.test(path)) {
    if (ts.isFunctionDeclaration(fn) && fn.name && NEXT_METHODS.has(fn.name.text) && fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      return true;
    if (ts.isFunctionDeclaration(fn) && fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword))
      return true;
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name) && NEXT_METHODS.has(parent.name.text))
      return true;
  }
  return isNamedRouteHandler(fn, file);
}
function isNamedRouteHandler(fn, file) {
  let name;
  if (ts.isFunctionDeclaration(fn))
    name = fn.name?.text;
  else if (fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name))
    name = fn.parent.name.text;
  return !!name && routeHandlerNames(file).has(name);
}
var ROUTE_HANDLER_NAMES = memoSlot("route handler names");
function routeHandlerNames(file) {
  return file.memos.get(ROUTE_HANDLER_NAMES, () => {
    const names = /* @__PURE__ */ new Set();
    for (const call of file.descendants(file.source, ts.isCallExpression)) {
      const last2 = file.routeCall(call)?.handlers.at(-1);
      if (last2 && ts.isIdentifier(last2))
        names.add(last2.text);
    }
    return names;
  });
}
function enclosingHandler2(node, file, path) {
  const fn = file.enclosingFunction(node);
  return fn && handlerAround(fn, file, path);
}
var HANDLERS_AROUND = memoSlot("handlers around functions");
function handlerAround(fn, file, path) {
  const handlersAround = file.memos.map(HANDLERS_AROUND);
  let handler = handlersAround.get(fn);
  if (handler === void 0) {
    if (isRequestHandler(fn, file, path))
      handler = fn;
    else {
      const outer = file.enclosingFunction(fn);
      handler = (outer && handlerAround(outer, file, path)) ?? null;
    }
    handlersAround.set(fn, handler);
  }
  return handler ?? void 0;
}
var HANDLER_CALLS = memoSlot("calls made in handlers");
function handlerCalls(file, path) {
  return file.memos.get(HANDLER_CALLS, () => {
    const calls = /* @__PURE__ */ new Map();
    for (const call of file.descendants(file.source, ts.isCallExpression)) {
      const callee = call.expression;
      const key = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword ? `this.${callee.name.text}` : void 0;
      if (!key || !enclosingHandler2(call, file, path))
        continue;
      calls.set(key, [...calls.get(key) ?? [], call]);
    }
    return calls;
  });
}
function handlerCallSites(fn, file, path) {
  let key;
  if (ts.isMethodDeclaration(fn) && ts.isIdentifier(fn.name))
    key = `this.${fn.name.text}`;
  else if (ts.isFunctionDeclaration(fn))
    key = fn.name?.text;
  else if (fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name))
    key = fn.parent.name.text;
  return key ? handlerCalls(file, path).get(key) ?? [] : [];
}
var FETCH_FUNCTIONS = /* @__PURE__ */ new Set(["fetch", "undici.fetch", "node-fetch", "node-fetch.default", "cross-fetch", "cross-fetch.fetch"]);
var AXIOS_CONFIG_INDEX = /* @__PURE__ */ new Map([
  ["get", 1],
  ["delete", 1],
  ["head", 1],
  ["options", 1],
  ["post", 2],
  ["put", 2],
  ["patch", 2],
  ["postForm", 2],
  ["putForm", 2],
  ["patchForm", 2],
  ["request", 0]
]);
var UNDICI_REQUEST = /* @__PURE__ */ new Set(["undici.request", "undici.stream"]);
function isClientComponent(file) {
  const first = file.source.statements[0];
  return !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client";
}
function outboundHttpCall(call, file) {
  const callee = file.calleeName(call);
  if (!callee)
    return void 0;
  if (FETCH_FUNCTIONS.has(callee)) {
    if (isClientComponent(file) || file.stringValue(call.arguments[0])?.startsWith("/"))
      return void 0;
    return callee;
  }
  if (callee === "axios" || callee === "axios.create" || callee.startsWith("axios.") && AXIOS_CONFIG_INDEX.has(callee.slice("axios.".length)))
    return callee;
  return UNDICI_REQUEST.has(callee) ? callee : void 0;
}
var LLM_MEMBER_CHAINS = [
  { receivers: "chat.completions", members: ["create", "parse", "stream"] },
  { receivers: "completions", members: ["create"] },
  { receivers: "responses", members: ["create", "parse", "stream"] },
  { receivers: "messages", members: ["create", "stream"] },
  { receivers: "", members: ["generateContent", "generateContentStream"] },
  { receivers: "chat", members: ["complete", "stream"] }
];
var LLM_MEMBER_CHAIN = new RegExp(LLM_MEMBER_CHAINS.map(({ receivers, members }) => `${receivers ? `\\.${escapeRegExp(receivers)}\\.` : "(?:^|\\.)"}(?:${members.join("|")})$`).join("|"));
var AI_SDK_NAMES = ["generateText", "streamText", "generateObject", "streamObject"];
var AI_SDK_FUNCTIONS = new RegExp(`^ai\\.(?:${AI_SDK_NAMES.join("|")})$`);
var AGENT_SDK_FUNCTION = "run";
var AGENT_SDK_FUNCTIONS = new RegExp(`^@openai\\/agents(?:-core)?\\.${AGENT_SDK_FUNCTION}$`);
var AGENT_RUN_MEMBERS = /* @__PURE__ */ new Set(["invoke", "stream", "streamEvents", "batch", "generate", "run", "call"]);
var AGENT_RECEIVER = /(?:^|\.)(?:agent|agents|graph|workflow|chain|llm|model|chatModel|executor|runner|crew)$/i;
var AGENT_RECEIVER_SUFFIX = /(?:^|\.)[a-z]\w*(?:Agent|Graph|Workflow|Chain|Executor|Runner|Crew|Llm|LLM)$/;
var OPENAI_V3_MEMBERS = ["createCompletion", "createChatCompletion"];
var OPENAI_V3_CALLS = new RegExp(`\\.(?:${OPENAI_V3_MEMBERS.join("|")})$`);
var MODEL_CALL_LAST_SEGMENTS = /* @__PURE__ */ new Set([...AI_SDK_NAMES, ...LLM_MEMBER_CHAINS.flatMap((chain) => chain.members), ...OPENAI_V3_MEMBERS, AGENT_SDK_FUNCTION]);
var MESSAGES_CHAIN = /\.messages\.(?:create|stream)$/;
var ANTHROPIC_MODULES = ["@anthropic-ai/sdk", "@anthropic-ai/bedrock-sdk", "@anthropic-ai/vertex-sdk"];
function sendsTwilioMessage(callee, file) {
  return MESSAGES_CHAIN.test(callee) && (/twilio/i.test(callee) || file.importsModule("twilio") && !ANTHROPIC_MODULES.some((module) => file.importsModule(module)));
}
var AGENT_CALL_KINDS = memoSlot("agent call kinds");
function agentCallKind(call, file) {
  const callee = file.calleeName(call);
  if (!callee)
    return void 0;
  const member = file.calleeMember(call);
  if (!MODEL_CALL_LAST_SEGMENTS.has(lastSegment(callee, member)) && !AGENT_RUN_MEMBERS.has(member ?? ""))
    return void 0;
  return file.memos.get(AGENT_CALL_KINDS, () => new NodeAnswers((node) => decideAgentCallKind(file.calleeName(node), file.calleeMember(node), file))).get(call);
}
function lastSegment(callee, member) {
  if (member !== void 0 && callee.endsWith(member) && (callee.length === member.length || callee.charCodeAt(callee.length - member.length - 1) === 46))
    return member;
  return callee.slice(callee.lastIndexOf(".") + 1);
}
function decideAgentCallKind(callee, member, file) {
  if (AI_SDK_FUNCTIONS.test(callee) || LLM_MEMBER_CHAIN.test(callee) && !sendsTwilioMessage(callee, file))
    return "llm";
  if (OPENAI_V3_CALLS.test(callee) && file.importsModule("openai"))
    return "llm";
  if (AGENT_SDK_FUNCTIONS.test(callee))
    return "agent";
  if (!member || !AGENT_RUN_MEMBERS.has(member))
    return void 0;
  const receiver = callee.slice(0, -(member.length + 1)).replace(/\(\)$/, "");
  return receiver && (AGENT_RECEIVER.test(receiver) || AGENT_RECEIVER_SUFFIX.test(receiver)) ? "agent" : void 0;
}
var LLM_CALL_PREFILTER = {
  names: [.../* @__PURE__ */ new Set([...AI_SDK_NAMES, ...LLM_MEMBER_CHAINS.flatMap((chain) => chain.members)])],
  modules: ["openai"]
};
var AGENT_CALL_PREFILTER = {
  names: [.../* @__PURE__ */ new Set([...LLM_CALL_PREFILTER.names, ...AGENT_RUN_MEMBERS])],
  modules: LLM_CALL_PREFILTER.modules
};
var DEADLINE_OPTIONS = ["signal", "abortSignal", "timeout"];
var DEADLINE_WRAPPER = /(?:^|\.)(?:race|\w*(?:[Tt]imeout|[Dd]eadline)\w*)$/;
var TIMER_FUNCTIONS = /* @__PURE__ */ new Set(["setTimeout", "clearTimeout", "setInterval", "timers/promises.setTimeout"]);
function underDeadline(call, file, outermost) {
  if (call.arguments.some((argument) => carriesDeadline(argument, call, file, 0)))
    return true;
  for (let current = call.parent; current && current !== outermost; current = current.parent) {
    if (!ts.isCallExpression(current))
      continue;
    const callee = file.calleeName(current) ?? "";
    if (TIMER_FUNCTIONS.has(callee))
      continue;
    if (callee === "p-timeout" || callee.startsWith("p-timeout.") || DEADLINE_WRAPPER.test(callee))
      return true;
  }
  return false;
}
var ABORT_SIGNAL_FACTORIES = /^AbortSignal\.(?:timeout|any)$/;
function carriesDeadline(argument, call, file, depth) {
  const expression = file.unwrap(argument);
  if (!expression || depth > 3)
    return false;
  if (ts.isCallExpression(expression) && ABORT_SIGNAL_FACTORIES.test(file.calleeName(expression) ?? ""))
    return true;
  const options2 = file.resolveObject(expression);
  if (options2)
    return file.hasSpread(options2) || DEADLINE_OPTIONS.some((name) => file.hasProperty(options2, name));
  if (!ts.isIdentifier(expression))
    return false;
  if (/signal$/i.test(expression.text))
    return true;
  const initializer = localInitializer(expression.text, call, file);
  return !!initializer && carriesDeadline(initializer, call, file, depth + 1);
}
function localInitializer(name, node, file) {
  for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn)) {
    const declaration = file.descendants(fn, ts.isVariableDeclaration, true).find((d) => ts.isIdentifier(d.name) && d.name.text === name);
    if (declaration)
      return declaration.initializer;
  }
  return void 0;
}
var LOG_METHODS = /* @__PURE__ */ new Set(["log", "info", "warn", "error", "debug", "trace", "fatal"]);
var LOGGER_RECEIVER = /(?:^|\.)(?:console|logger|log|pino|winston|_logger|LOGGER)$/;
function isLogCall(call, file) {
  const member = file.calleeMember(call);
  if (!member || !LOG_METHODS.has(member))
    return false;
  const callee = file.calleeName(call);
  if (!callee)
    return false;
  const receiver = callee.slice(0, -(member.length + 1));
  return LOGGER_RECEIVER.test(receiver) || /logger$/i.test(receiver);
}
var LOG_CALL_NAMES = [...LOG_METHODS];
var CONSOLE_METHODS = /* @__PURE__ */ new Set(["log", "info", "warn", "error", "debug", "trace", "dir", "table"]);
function isPrintCall(call, file) {
  const member = file.calleeMember(call);
  if (member === "write") {
    const callee = file.calleeName(call);
    return callee === "process.stdout.write" || callee === "process.stderr.write";
  }
  return !!member && CONSOLE_METHODS.has(member) && file.calleeName(call) === `console.${member}`;
}
var PRINT_CALL_NAMES = [...CONSOLE_METHODS, "write"];
var PRINT_CALLEES = [...[...CONSOLE_METHODS].map((method) => `console.${method}`), "process.stdout.write", "process.stderr.write"];
var PRINT_CALL_PREFILTER = { ...calleePrefilter(PRINT_CALLEES), and: memberPrefilter(PRINT_CALLEES) };
var CLI_MODULES = ["commander", "yargs", "meow", "cac", "minimist", "citty", "@oclif/core"];
var PROMPT_MODULES = ["readline", "node:readline"];
var isStdinAccess = (node) => ts.isPropertyAccessExpression(node) && node.name.text === "stdin" && ts.isIdentifier(node.expression) && node.expression.text === "process";
var COMMAND_LINE_SCRIPT = memoSlot("command-line script");
function isCommandLineScript(file) {
  return file.memos.get(COMMAND_LINE_SCRIPT, () => file.source.text.startsWith("#!") || CLI_MODULES.some((module) => file.importsModule(module)) || PROMPT_MODULES.some((module) => file.importsModule(module)) && file.descendants(file.source, isStdinAccess).length > 0);
}
function isMutableContainer(node, file) {
  const expression = file.unwrap(node);
  if (!expression)
    return false;
  if (ts.isObjectLiteralExpression(expression))
    return expression.properties.length === 0;
  if (ts.isArrayLiteralExpression(expression))
    return expression.elements.length === 0;
  return ts.isNewExpression(expression) && ts.isIdentifier(expression.expression) && ["Map", "Set"].includes(expression.expression.text);
}
var CONTAINER_WRITE_METHODS = /* @__PURE__ */ new Set(["set", "push", "add", "unshift", "splice"]);
function moduleContainer(name, file) {
  for (const statement of file.source.statements) {
    if (!ts.isVariableStatement(statement))
      continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name && isMutableContainer(declaration.initializer, file))
        return declaration;
    }
  }
  return void 0;
}
function classContainer(node, name, file) {
  for (let current = node.parent; current; current = current.parent) {
    if (!ts.isClassDeclaration(current) && !ts.isClassExpression(current))
      continue;
    for (const member of current.members) {
      if (ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name && isMutableContainer(member.initializer, file))
        return member;
    }
    return void 0;
  }
  return void 0;
}
var TOP_LEVEL_INSTANCES = memoSlot("classes instantiated at top level");
function instantiatedAtTopLevel(owner, file) {
  const name = owner.name?.text;
  if (!name)
    return false;
  const instantiated = file.memos.get(TOP_LEVEL_INSTANCES, () => {
    const names = /* @__PURE__ */ new Set();
    for (const value of file.constants.values()) {
      const expression = file.unwrap(value);
      if (expression && ts.isNewExpression(expression) && ts.isIdentifier(expression.expression))
        names.add(expression.expression.text);
    }
    return names;
  });
  return instantiated.has(name);
}
function functionLabel(fn, file) {
  if (fn.name && ts.isIdentifier(fn.name))
    return fn.name.text;
  const parent = fn.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name))
    return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name) && parent.name.text !== "handler")
    return parent.name.text;
  const route = parent && ts.isCallExpression(parent) ? file.routeCall(parent) : void 0;
  if (route)
    return `${route.method} ${route.path}`;
  if (parent && ts.isPropertyAssignment(parent) && ts.isCallExpression(parent.parent.parent)) {
    const options2 = file.routeCall(parent.parent.parent);
    if (options2)
      return `${options2.method} ${options2.path}`;
  }
  const outer = file.enclosingFunction(fn);
  return outer ? functionLabel(outer, file) : "an anonymous function";
}
var ENVIRONMENT_CONDITION = /\bprocess\.env\b|\bimport\.meta\.env\b|\b(?:config|settings|env|environment)\b|\bNODE_ENV\b|\bis(?:Dev|Development|Prod|Production|Local|Debug)\b|\b[A-Z_]*(?:ENV|DEBUG|DEV|PROD)[A-Z_]*\b/;
function isEnvironmentGuarded(node, file, outermost) {
  for (let current = node; current.parent; current = current.parent) {
    if (current === outermost)
      return false;
    const parent = current.parent;
    let condition;
    if (ts.isIfStatement(parent) && parent.expression !== current)
      condition = parent.expression;
    else if (ts.isConditionalExpression(parent) && parent.condition !== current)
      condition = parent.condition;
    else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && parent.right === current)
      condition = parent.left;
    if (condition && ENVIRONMENT_CONDITION.test(condition.getText(file.source)))
      return true;
    if (ts.isSourceFile(parent))
      return false;
  }
  return false;
}
var ENV_OBJECTS = /* @__PURE__ */ new Set(["process.env", "Bun.env"]);
function envRead(node, file) {
  let name;
  const isAccess = ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node);
  if (isAccess && !(ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "env"))
    return void 0;
  if (ts.isPropertyAccessExpression(node) && ENV_OBJECTS.has(file.qualifiedName(node.expression) ?? ""))
    name = node.name.text;
  else if (ts.isElementAccessExpression(node) && ENV_OBJECTS.has(file.qualifiedName(node.expression) ?? ""))
    name = file.stringValue(node.argumentExpression);
  else if (ts.isCallExpression(node) && file.calleeName(node) === "Deno.env.get")
    name = file.stringValue(node.arguments[0]);
  else
    return void 0;
  const parent = node.parent;
  if (parent && ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment)
    return void 0;
  if (parent && (ts.isDeleteExpression(parent) || ts.isTypeOfExpression(parent)))
    return void 0;
  return { name, node };
}

// dist/src/languages/python/request-input.js
var request_input_exports = {};
__export(request_input_exports, {
  bodyParameterTypes: () => bodyParameterTypes,
  clientValue: () => clientValue,
  clientValuePrefix: () => clientValuePrefix,
  isInjectedParameter: () => isInjectedParameter
});
var REQUEST_NAMES = /* @__PURE__ */ new Set(["request", "req", "flask.request", "quart.request"]);
var HEADER_ATTRS = /* @__PURE__ */ new Set(["headers"]);
var QUERY_ATTRS = /* @__PURE__ */ new Set(["query_params", "args", "values"]);
var BODY_ATTRS = /* @__PURE__ */ new Set(["json", "form", "data", "files", "get_json", "body", "stream"]);
var COOKIE_ATTRS = /* @__PURE__ */ new Set(["cookies"]);
var PATH_ATTRS = /* @__PURE__ */ new Set(["path_params", "view_args"]);
var NON_INPUT_ANNOTATION = /\b(?:Request|WebSocket|Response|BackgroundTasks|HTTPConnection|Session|AsyncSession|RequestContext|EventQueue)\b/;
var DERIVING_METHODS = /* @__PURE__ */ new Set(["get", "getlist", "strip", "lower", "upper", "pop", "decode", "lstrip", "rstrip", "casefold"]);
var DERIVING_FUNCTIONS = /* @__PURE__ */ new Set(["str", "int", "UUID", "uuid.UUID"]);
function attributeKind(attribute) {
  if (HEADER_ATTRS.has(attribute))
    return "header";
  if (QUERY_ATTRS.has(attribute))
    return "query parameter";
  if (BODY_ATTRS.has(attribute))
    return "request body";
  if (COOKIE_ATTRS.has(attribute))
    return "cookie";
  if (PATH_ATTRS.has(attribute))
    return "path parameter";
  return void 0;
}
function keyAbove(node, file) {
  const parent = node.parent;
  if (parent?.type === "subscript" && parent.childForFieldName("value")?.id === node.id)
    return file.stringValue(parent.childForFieldName("subscript"));
  if (parent?.type === "attribute" && parent.childForFieldName("object")?.id === node.id) {
    const call = parent.parent;
    if (call?.type === "call" && /^(?:get|getlist)$/.test(parent.childForFieldName("attribute")?.text ?? ""))
      return file.stringValue(file.positionalArguments(call)[0]);
    if (call?.type !== "call")
      return parent.childForFieldName("attribute")?.text;
  }
  return void 0;
}
var HANDLER_INPUTS = memoSlot("client inputs per handler");
var DEPENDENCY_CALL = /\b(?:Depends|Security)\(/;
var DEPENDENCY_ALIAS_NAME = /(?:Dep|Deps|Dependency)$|^(?:Current|Auth|Authenticated|Verified|Authorized|Logged(?:In)?)[A-Z]\w*$|Principal$|Claims$|Identity$/;
var DEPENDENCY_MODULE = /(?:^|[._])(?:auth\w*|deps|dependencies|dependency|security|identity|principal|permissions?|guards?)(?:$|[._])/;
var BODY_MODEL_NAME = /(?:Request|Body|Payload|Input|In|Create|Update|Form|Model|Params|Query|Message)$/;
var LIBRARY_MODULE = /^(?:typing|typing_extensions|pydantic|fastapi|starlette|datetime|uuid|enum|collections|decimal)(?:\.|$)/;
function isInjectedParameter(param, file) {
  const annotation = param.annotation;
  if (DEPENDENCY_CALL.test(`${param.default?.text ?? ""} ${annotation?.text ?? ""}`))
    return true;
  if (!annotation || annotation.type !== "identifier" && annotation.type !== "attribute" && annotation.type !== "type")
    return false;
  const name = annotation.text.trim();
  if (!/^[A-Za-z_][\w.]*$/.test(name))
    return false;
  const local = file.moduleAssignments.get(name) ?? typeAlias(name, file);
  if (local)
    return DEPENDENCY_CALL.test(local.text);
  const qualified = file.qualifiedName(annotation.type === "type" ? annotation.namedChild(0) : annotation) ?? name;
  if (qualified === name || LIBRARY_MODULE.test(qualified))
    return false;
  const module = qualified.slice(0, qualified.lastIndexOf("."));
  const bare = name.split(".").at(-1);
  return DEPENDENCY_ALIAS_NAME.test(bare) || DEPENDENCY_MODULE.test(module) && !BODY_MODEL_NAME.test(bare);
}
var TYPE_ALIASES = memoSlot("module-level type aliases");
function typeAlias(name, file) {
  return file.memos.get(TYPE_ALIASES, () => {
    const aliases = /* @__PURE__ */ new Map();
    for (const statement of file.root.namedChildren) {
      const alias = statement?.type === "type_alias_statement" ? statement.namedChild(0)?.text : void 0;
      if (alias !== void 0 && !aliases.has(alias))
        aliases.set(alias, statement);
    }
    return aliases;
  }).get(name);
}
function parameterInputs(handler, file) {
  const names = /* @__PURE__ */ new Map();
  if (!file.routeDecorator(handler) || !file.importsModule("fastapi"))
    return names;
  for (const param of file.parameters(handler)) {
    if (param.name === "self" || param.name === "cls")
      continue;
    const annotation = param.annotation?.text ?? "";
    const fallback = param.default?.text ?? "";
    if (NON_INPUT_ANNOTATION.test(annotation) || isInjectedParameter(param, file))
      continue;
    const kind = /Header\(/.test(fallback + annotation) ? "header" : /Cookie\(/.test(fallback + annotation) ? "cookie" : /Query\(/.test(fallback + annotation) ? "query parameter" : "request parameter";
    names.set(param.name, { source: kind === "header" ? `header "${param.name.replace(/_/g, "-")}"` : `${kind} ${param.name}`, field: param.name });
  }
  return names;
}
function inputsOf(handler, file) {
  const byHandler = file.memos.map(HANDLER_INPUTS);
  const cached = byHandler.get(handler.id);
  if (cached)
    return cached;
  const inputs = { names: parameterInputs(handler, file) };
  byHandler.set(handler.id, inputs);
  const body = handler.childForFieldName("body");
  if (body) {
    const assignments = file.descendants(body, /* @__PURE__ */ new Set(["assignment"]), true);
    for (let pass = 0; pass < 2; pass++) {
      for (const assignment of assignments) {
        const left = assignment.childForFieldName("left");
        const right = assignment.childForFieldName("right");
        if (left?.type !== "identifier" || !right || inputs.names.has(left.text))
          continue;
        const value = clientValueIn(right, handler, file, inputs);
        if (value)
          inputs.names.set(left.text, value);
      }
    }
  }
  return inputs;
}
function clientValueIn(node, handler, file, inputs) {
  switch (node.type) {
    case "identifier": {
      const known = inputs.names.get(node.text);
      if (known)
        return known;
      return void 0;
    }
    case "await":
    case "parenthesized_expression":
      return node.namedChild(0) ? clientValueIn(node.namedChild(0), handler, file, inputs) : void 0;
    case "attribute": {
      const object = node.childForFieldName("object");
      const attribute = node.childForFieldName("attribute")?.text ?? "";
      if (!object)
        return void 0;
      const known = object.type === "identifier" ? inputs.names.get(object.text) : void 0;
      if (known)
        return { source: known.source.startsWith("request parameter") ? `request body field "${attribute}"` : known.source, field: attribute };
      const root = file.qualifiedName(object);
      if (root && REQUEST_NAMES.has(root)) {
        const kind = attributeKind(attribute);
        if (!kind)
          return void 0;
        const field = keyAbove(node, file);
        return { source: kind === "header" && field ? `header "${field}"` : field ? `${kind} field "${field}"` : kind, field };
      }
      if (attribute === "context_id" || attribute === "task_id" || attribute === "message") {
        if (object.type === "identifier" && /^(?:context|request_context|ctx)$/.test(object.text) && isExecutorMethod(handler, file))
          return { source: `A2A ${attribute}`, field: attribute };
      }
      const inner = clientValueIn(object, handler, file, inputs);
      return inner ? { source: inner.source, field: attribute } : void 0;
    }
    case "subscript": {
      const value = node.childForFieldName("value");
      const key = file.stringValue(node.childForFieldName("subscript"));
      if (key === "headers" && /\.call_context\.state$/.test(value?.text ?? ""))
        return { source: "header" };
      const inner = value && clientValueIn(value, handler, file, inputs);
      return inner ? { source: inner.field && inner.source.startsWith("header") ? inner.source : key && !inner.source.includes('"') ? `${inner.source} field "${key}"` : inner.source, field: key ?? inner.field } : void 0;
    }
    case "call": {
      const fn = node.childForFieldName("function");
      const callee = file.calleeName(node) ?? "";
      if (fn?.type === "attribute") {
        const member = fn.childForFieldName("attribute")?.text ?? "";
        const receiver = fn.childForFieldName("object");
        const root = receiver ? file.qualifiedName(receiver) : void 0;
        if (root && REQUEST_NAMES.has(root) && attributeKind(member))
          return { source: attributeKind(member) };
        if (member === "get_user_input" && isExecutorMethod(handler, file))
          return { source: "A2A message text" };
        if (DERIVING_METHODS.has(member) && receiver) {
          const inner = clientValueIn(receiver, handler, file, inputs);
          if (!inner)
            return void 0;
          const key = member === "get" || member === "getlist" ? file.stringValue(file.positionalArguments(node)[0]) : void 0;
          if (!key)
            return inner;
          return { source: inner.source === "header" ? `header "${key}"` : `${inner.source} field "${key}"`, field: key };
        }
      }
      if (DERIVING_FUNCTIONS.has(callee)) {
        const arg = file.positionalArguments(node)[0];
        return arg ? clientValueIn(arg, handler, file, inputs) : void 0;
      }
      return void 0;
    }
    default:
      return void 0;
  }
}
function isExecutorMethod(handler, file) {
  const owner = file.enclosingClass(handler);
  return !!owner && file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
}
function clientValue(node, file) {
  const handler = enclosingHandler(node, file);
  if (!handler)
    return void 0;
  return clientValueIn(node, handler, file, inputsOf(handler, file));
}
function clientValuePrefix(node, file) {
  if (node.type === "string") {
    const first = node.namedChildren.find((child) => child?.type === "string_content" || child?.type === "interpolation");
    return first?.type === "interpolation" && first.childForFieldName("expression") ? clientValue(first.childForFieldName("expression"), file) : void 0;
  }
  if (node.type === "binary_operator") {
    const left = node.childForFieldName("left");
    return left ? clientValuePrefix(left, file) ?? clientValue(left, file) : void 0;
  }
  return clientValue(node, file);
}
var NON_BODY_MARKER = /\b(?:Query|Path|Header|Cookie|Depends|Security|File|Form|UploadFile)\(/;
var TYPING_WORDS = /* @__PURE__ */ new Set(["list", "List", "Optional", "Annotated", "Union", "dict", "Dict", "Sequence", "set", "Set", "tuple", "Tuple", "Any", "None", "Body", "str", "int", "float", "bool", "bytes", "typing", "fastapi", "embed", "True", "False", "Literal"]);
function bodyParameterTypes(handler, file) {
  const names = [];
  for (const param of file.parameters(handler)) {
    const annotation = param.annotation;
    if (!annotation || param.name === "self" || param.name === "cls")
      continue;
    const text = `${annotation.text} ${param.default?.text ?? ""}`;
    if (NON_INPUT_ANNOTATION.test(annotation.text) || NON_BODY_MARKER.test(text) || isInjectedParameter(param, file))
      continue;
    for (const identifier of [annotation, ...file.descendants(annotation, IDENTIFIERS)]) {
      if (identifier.type !== "identifier" || TYPING_WORDS.has(identifier.text))
        continue;
      if (identifier.parent?.type === "attribute" && identifier.parent.childForFieldName("object")?.id === identifier.id)
        continue;
      names.push((file.qualifiedName(identifier) ?? identifier.text).split(".").at(-1));
    }
  }
  return names;
}
var IDENTIFIERS = /* @__PURE__ */ new Set(["identifier"]);

// dist/src/languages/typescript/request-input.js
var request_input_exports2 = {};
__export(request_input_exports2, {
  CLIENT_VALUE_MEMBERS: () => CLIENT_VALUE_MEMBERS,
  clientValue: () => clientValue2,
  clientValuePrefix: () => clientValuePrefix2
});
var KIND_OF_MEMBER = new Map(Object.entries({
  body: "request body",
  json: "request body",
  parseBody: "request body",
  formData: "request body",
  text: "request body",
  valid: "request body",
  query: "query parameter",
  queries: "query parameter",
  searchParams: "query parameter",
  params: "path parameter",
  param: "path parameter",
  headers: "header",
  header: "header",
  get: "header",
  cookies: "cookie",
  cookie: "cookie"
}));
var CLIENT_VALUE_MEMBERS = [...KIND_OF_MEMBER.keys()];
function requestParamNames(handler) {
  const names = /* @__PURE__ */ new Set();
  const first = handler.parameters[0];
  if (first && ts.isIdentifier(first.name))
    names.add(first.name.text);
  return names;
}
function chainFromRequest(node, requestNames, file) {
  const members = [];
  let current = node;
  for (; ; ) {
    current = file.unwrap(current) ?? current;
    if (ts.isAwaitExpression(current)) {
      current = current.expression;
      continue;
    }
    if (ts.isCallExpression(current)) {
      const callee = current.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        members.unshift({ name: callee.name.text, arg: file.stringValue(current.arguments[0]) });
        current = callee.expression;
        continue;
      }
      return void 0;
    }
    if (ts.isPropertyAccessExpression(current)) {
      members.unshift({ name: current.name.text });
      current = current.expression;
      continue;
    }
    if (ts.isElementAccessExpression(current)) {
      members.unshift({ name: "[]", arg: file.stringValue(current.argumentExpression) });
      current = current.expression;
      continue;
    }
    break;
  }
  if (!ts.isIdentifier(current))
    return void 0;
  const root = current.text;
  let rest = members;
  if (!requestNames.has(root) && !/^(?:req|request)$/.test(root))
    return void 0;
  if (rest[0]?.name === "req" || rest[0]?.name === "request")
    rest = rest.slice(1);
  if (rest[0]?.name === "nextUrl")
    rest = rest.slice(1);
  const head = rest[0];
  if (!head)
    return void 0;
  const kind = KIND_OF_MEMBER.get(head.name);
  if (!kind || head.name === "get" && head.arg === void 0)
    return void 0;
  const field = head.arg ?? rest.slice(1).find((m) => m.name !== "get" || m.arg)?.arg ?? rest[1]?.name;
  const fieldName = field && field !== "[]" ? field : void 0;
  return { source: kind === "header" && fieldName ? `header "${fieldName}"` : fieldName ? `${kind} field "${fieldName}"` : kind, field: fieldName };
}
var BOUND_NAMES = memoSlot("client-value names per handler");
function boundNames(handler, file) {
  const byHandler = file.memos.map(BOUND_NAMES);
  let names = byHandler.get(handler);
  if (names)
    return names;
  names = /* @__PURE__ */ new Map();
  byHandler.set(handler, names);
  const requestNames = requestParamNames(handler);
  const declarations2 = handler.body ? file.descendants(handler.body, ts.isVariableDeclaration, true) : [];
  for (let pass = 0; pass < 2; pass++) {
    for (const declaration of declarations2) {
      if (!declaration.initializer)
        continue;
      const value = valueOf(declaration.initializer, requestNames, names, file);
      if (!value)
        continue;
      if (ts.isIdentifier(declaration.name))
        names.set(declaration.name.text, value);
      else if (ts.isObjectBindingPattern(declaration.name)) {
        for (const element of declaration.name.elements) {
          if (!ts.isIdentifier(element.name))
            continue;
          const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
          names.set(element.name.text, { source: value.source.startsWith('header "') ? value.source : `${value.source.replace(/ field ".*"$/, "")} field "${key}"`, field: key });
        }
      }
    }
  }
  return names;
}
function valueOf(node, requestNames, names, file) {
  const expression = file.unwrap(node) ?? node;
  if (ts.isIdentifier(expression))
    return names.get(expression.text);
  if (ts.isCallExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === "String" && expression.arguments[0]) {
    return valueOf(expression.arguments[0], requestNames, names, file);
  }
  if (ts.isNewExpression(expression) && ts.isIdentifier(expression.expression) && expression.expression.text === "URL" && expression.arguments?.[0]) {
    return valueOf(expression.arguments[0], requestNames, names, file);
  }
  const direct = chainFromRequest(expression, requestNames, file);
  if (direct)
    return direct;
  let current = expression;
  let field;
  for (; ; ) {
    current = file.unwrap(current) ?? current;
    if (ts.isAwaitExpression(current))
      current = current.expression;
    else if (ts.isPropertyAccessExpression(current)) {
      field ??= current.name.text;
      current = current.expression;
    } else if (ts.isElementAccessExpression(current)) {
      field ??= file.stringValue(current.argumentExpression);
      current = current.expression;
    } else if (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression) && ["get", "trim", "toLowerCase", "toString"].includes(current.expression.name.text)) {
      field ??= file.stringValue(current.arguments[0]);
      current = current.expression.expression;
    } else if (ts.isCallExpression(current) && ts.isIdentifier(current.expression) && current.expression.text === "String" && current.arguments[0]) {
      current = current.arguments[0];
    } else
      break;
  }
  if (current === expression || !ts.isIdentifier(current))
    return void 0;
  const base = names.get(current.text);
  if (!base)
    return void 0;
  return field ? { source: base.source.startsWith('header "') ? base.source : `${base.source.replace(/ field ".*"$/, "")} field "${field}"`, field } : base;
}
function clientValue2(node, file, path) {
  const handler = enclosingHandler2(node, file, path);
  if (!handler)
    return void 0;
  return valueOf(node, requestParamNames(handler), boundNames(handler, file), file);
}
function clientValuePrefix2(node, file, path) {
  const expression = file.unwrap(node) ?? node;
  if (ts.isTemplateExpression(expression))
    return expression.head.text === "" ? clientValue2(expression.templateSpans[0].expression, file, path) : void 0;
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return clientValuePrefix2(expression.left, file, path);
  return clientValue2(expression, file, path);
}

// dist/src/rule-kit/project-signals.js
function importsAny(file, modules) {
  if (modules.some((module) => file.importsModule(module)))
    return true;
  if (!("moduleAssignments" in file))
    return false;
  for (const qualified of file.imports.values()) {
    if (modules.some((module) => qualified === module || qualified.startsWith(`${module}.`)))
      return true;
  }
  return false;
}
function appsWithout(project, key, dependencies) {
  const lacking = [];
  for (const apps of project.appsByUnit()) {
    const app = apps[0];
    if (project.hasFact(app, key))
      continue;
    if ([...project.dependenciesOf(app.unit)].some((dependency) => dependencies.has(dependency)))
      continue;
    lacking.push(app);
  }
  return lacking;
}
function startCommandsMatch(project, unit, pattern) {
  return (startCommandsByUnit(project).get(unit) ?? []).some((command) => pattern.test(command));
}
var START_COMMAND_FILES = /* @__PURE__ */ new Set(["procfile", "compose", "kubernetes"]);
var startCommands = /* @__PURE__ */ new WeakMap();
function startCommandsByUnit(project) {
  const known = startCommands.get(project);
  if (known)
    return known;
  const byUnit = /* @__PURE__ */ new Map();
  const add = (path, command) => {
    const unit = project.unitOf(path);
    const commands = byUnit.get(unit);
    if (commands)
      commands.push(command);
    else
      byUnit.set(unit, [command]);
  };
  for (const [path, dockerfile] of project.dockerfiles) {
    for (const instruction of dockerfile.instructions) {
      if (instruction.keyword === "CMD" || instruction.keyword === "ENTRYPOINT" || instruction.keyword === "ENV")
        add(path, commandText(instruction.args));
    }
  }
  for (const file of project.files) {
    const text = START_COMMAND_FILES.has(file.kind) ? project.configTexts.get(file.path) : void 0;
    if (text !== void 0)
      add(file.path, text);
  }
  for (const [path, manifest] of project.manifests) {
    for (const script of Object.values(manifest.scripts))
      add(path, script);
  }
  startCommands.set(project, byUnit);
  return byUnit;
}

// dist/src/languages/resilience.js
var resilience_exports = {};
__export(resilience_exports, {
  PYTHON_RESILIENCE_MODULES: () => PYTHON_RESILIENCE_MODULES,
  PYTHON_RETRYING_LLM_CLIENTS: () => PYTHON_RETRYING_LLM_CLIENTS,
  PYTHON_RETRY_KEYWORDS: () => PYTHON_RETRY_KEYWORDS,
  PYTHON_SINGLE_ATTEMPT_LLM: () => PYTHON_SINGLE_ATTEMPT_LLM,
  RETRY_COUNTER_WORDS: () => RETRY_COUNTER_WORDS,
  RETRY_NAME_WORDS: () => RETRY_NAME_WORDS,
  TS_AI_SDK_CALLS: () => TS_AI_SDK_CALLS,
  TS_RESILIENCE_MODULES: () => TS_RESILIENCE_MODULES,
  TS_RETRYING_LLM_CLIENTS: () => TS_RETRYING_LLM_CLIENTS,
  TS_RETRY_OPTIONS: () => TS_RETRY_OPTIONS,
  TS_SINGLE_ATTEMPT_LLM: () => TS_SINGLE_ATTEMPT_LLM,
  URLLIB3_RETRY: () => URLLIB3_RETRY,
  isBreakerName: () => isBreakerName,
  isRetryHelperName: () => isRetryHelperName,
  moduleMatcher: () => moduleMatcher,
  namesRetryCounter: () => namesRetryCounter,
  tsSingleAttemptLlm: () => tsSingleAttemptLlm
});
var PYTHON_RESILIENCE_MODULES = [
  "tenacity",
  "backoff",
  "stamina",
  "retrying",
  "retry",
  "google.api_core.retry",
  "google.api_core.retry_async",
  "aiohttp_retry",
  "httpx_retries",
  "pybreaker",
  "aiobreaker",
  "purgatory",
  "circuitbreaker"
];
var URLLIB3_RETRY = /^(?:urllib3(?:\.util)?(?:\.retry)?|requests\.adapters|requests\.packages\.urllib3(?:\.util)?(?:\.retry)?)\.Retry$/;
var TS_RESILIENCE_MODULES = [
  "p-retry",
  "async-retry",
  "promise-retry",
  "retry",
  "exponential-backoff",
  "fetch-retry",
  "axios-retry",
  "retry-axios",
  "@lifeomic/attempt",
  "ts-retry-promise",
  "cockatiel",
  "opossum",
  "mollitia"
];
function snake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}
var RETRY_HELPER = /^(?:(?:with|run|call|do)_)?retr(?:y|ies|ying)(?:_(?:with_\w+|async|call|request|operation|on_\w+|policy|wrapper|decorator))?$|_with_(?:retr(?:y|ies)|backoff)$|^(?:with_)?(?:exponential_)?backoff$/;
var BREAKER = /(?:^|_)(?:circuit_?)?breaker$/;
var RETRY_WORD = /retr|backoff/iu;
var BREAKER_WORD = /breaker/iu;
function isRetryHelperName(name) {
  return RETRY_WORD.test(name) && RETRY_HELPER.test(snake(name));
}
function isBreakerName(name) {
  return BREAKER_WORD.test(name) && BREAKER.test(snake(name));
}
var RETRY_COUNTER = /\b(?:attempts?|attempt_\w+|retr(?:y|ies)|retry_\w+|tries|try_count|n_tries|\w*Attempts?|\w*Retr(?:y|ies))\b/i;
function namesRetryCounter(text) {
  return RETRY_COUNTER.test(text);
}
var RETRY_NAME_WORDS = [...RETRY_WORD.source.split("|"), BREAKER_WORD.source];
var RETRY_COUNTER_WORDS = ["attempt", "retr", "tries", "try_count"];
function moduleMatcher(modules, separator) {
  const names = modules.map(escapeRegExp);
  const pattern = names.length === 0 ? /(?!)/ : new RegExp(`^(${names.join("|")})(?:$|${separator === "/" ? "[./]" : "\\."})`);
  const starts = modules.every((module) => module.length >= 2) ? new Set(modules.map(firstTwo)) : void 0;
  return (qualified) => starts && !starts.has(firstTwo(qualified)) ? void 0 : pattern.exec(qualified)?.[1];
}
function firstTwo(text) {
  return text.charCodeAt(0) * 65536 + text.charCodeAt(1);
}
var PYTHON_RETRYING_LLM_CLIENTS = /^(?:(?:openai|anthropic|groq)(?:\.\w+)*\.(?:Async)?(?:OpenAI|AzureOpenAI|Anthropic|AnthropicBedrock|AnthropicVertex|Groq)|langchain_(?:openai|anthropic|google_genai|google_vertexai|groq)\.\w*Chat\w*)$/;
var TS_RETRYING_LLM_CLIENTS = /^(?:openai(?:\.OpenAI|\.AzureOpenAI)?|@anthropic-ai\/sdk(?:\.Anthropic|\.default)?|groq-sdk(?:\.Groq|\.default)?|@langchain\/(?:openai|anthropic|google-genai|google-vertexai|groq)\.\w*Chat\w*)$/;
var TS_AI_SDK_CALLS = /^ai\.(?:generateText|streamText|generateObject|streamObject|embed|embedMany)$/;
var PYTHON_SINGLE_ATTEMPT_LLM = [
  { pattern: /^google\.genai(?:\.client)?\.Client$/, label: "a google-genai Client (one attempt by default)" },
  { pattern: /^google\.adk(?:\.agents)?(?:\.llm_agent)?\.(?:Llm)?Agent$/, label: "an ADK LlmAgent (Gemini through google-genai, one attempt by default)" },
  { pattern: /^google\.adk\.models(?:\.google_llm)?\.Gemini$/, label: "an ADK Gemini model without retry_options" },
  { pattern: /^google\.adk\.models(?:\.lite_llm)?\.LiteLlm$/, label: "an ADK LiteLlm model without num_retries" },
  { pattern: /^litellm\.a?completion$/, label: "litellm completion without num_retries" }
];
var TS_SINGLE_ATTEMPT_LLM = [
  { module: "@google/genai", exports: ["GoogleGenAI"], label: "a @google/genai client (one attempt by default)" },
  { module: "@google/generative-ai", exports: ["GoogleGenerativeAI"], label: "a @google/generative-ai client (one attempt)" },
  { module: "@google/adk", exports: ["Agent", "LlmAgent"], label: "an ADK LlmAgent (Gemini, one attempt by default)" }
];
function tsSingleAttemptLlm(callee) {
  return TS_SINGLE_ATTEMPT_LLM.find(({ module, exports }) => callee.startsWith(module) && callee[module.length] === "." && exports.includes(callee.slice(module.length + 1)));
}
var PYTHON_RETRY_KEYWORDS = ["max_retries", "num_retries", "retries", "retry_options", "retry_config", "retry_policy"];
var TS_RETRY_OPTIONS = ["maxRetries", "retries", "retry", "retryOptions", "retryConfig"];

// dist/rules/agent-run-without-timeout.js
var PYTHON_TIMEOUT_KEYWORDS = ["timeout", "request_timeout"];
var MODULE_FUNCTIONS = /^(?:ai|litellm)\./;
function clientNote(callee, clientTimeout) {
  if (MODULE_FUNCTIONS.test(callee))
    return { clientNote: "" };
  if (clientTimeout === void 0)
    return { clientNote: " (its client is built elsewhere and may carry a timeout)", confidence: "medium" };
  return { clientNote: " and its client sets no timeout" };
}
function pythonHandlerName(handler) {
  return handler.childForFieldName("name")?.text ?? "handler";
}
function pythonUnboundedIn(node, file) {
  const handler = semantics_exports.enclosingHandler(node, file);
  if (handler)
    return semantics_exports.underDeadline(node, file, handler) ? void 0 : pythonHandlerName(handler);
  const helper = file.enclosingFunction(node);
  if (!helper || semantics_exports.underDeadline(node, file, helper))
    return void 0;
  const site = semantics_exports.handlerCallSites(helper, file).find((call) => !semantics_exports.underDeadline(call, file, semantics_exports.enclosingHandler(call, file)));
  return site ? `${pythonHandlerName(semantics_exports.enclosingHandler(site, file))} (through ${pythonHandlerName(helper)})` : void 0;
}
function tsUnboundedIn(node, file, path) {
  const handler = semantics_exports2.enclosingHandler(node, file, path);
  if (handler)
    return semantics_exports2.underDeadline(node, file, handler) ? void 0 : semantics_exports2.functionLabel(handler, file);
  const helper = file.enclosingFunction(node);
  if (!helper || semantics_exports2.underDeadline(node, file, helper))
    return void 0;
  const site = semantics_exports2.handlerCallSites(helper, file, path).find((call) => !semantics_exports2.underDeadline(call, file, semantics_exports2.enclosingHandler(call, file, path)));
  return site ? `${semantics_exports2.functionLabel(semantics_exports2.enclosingHandler(site, file, path), file)} (through ${semantics_exports2.functionLabel(helper, file)})` : void 0;
}
function pythonClientTimeout(call, file) {
  const root = file.calleeName(call)?.split(".")[0];
  const assigned = root ? file.moduleAssignments.get(root) : void 0;
  if (assigned?.type !== "call")
    return void 0;
  return file.hasSplatKeywords(assigned) || PYTHON_TIMEOUT_KEYWORDS.some((name) => file.hasKeywordArgument(assigned, name));
}
function tsClientTimeout(call, file) {
  const root = file.calleeName(call)?.split(".")[0];
  const constant = root ? file.unwrap(file.constants.get(root)) : void 0;
  if (!constant || !ts.isNewExpression(constant))
    return void 0;
  const options2 = constant.arguments?.[0];
  if (!options2)
    return false;
  return !file.resolveObject(options2) || file.hasSpread(options2) || file.hasProperty(options2, "timeout");
}
var agent_run_without_timeout_default = defineRule({
  id: "agent-run-without-timeout",
  category: "reliability",
  severity: "high",
  confidence: "high",
  seeds: ["003", "004"],
  summary: "Agent or LLM run in a request handler without a deadline",
  messages: {
    agentRun: "Agent run {{call}}(...) in request handler {{handler}} has no deadline; a looping agent or stuck tool holds the request, its worker and the model budget until the client gives up",
    llmCall: "Model call {{call}}(...) in request handler {{handler}} has no deadline{{clientNote}}; a stalled completion holds the request and its worker"
  },
  fixHint: "Bound the run: wrap it in `async with asyncio.timeout(s)` / `asyncio.wait_for(..., s)` (Python) or pass `signal: AbortSignal.timeout(ms)` (TS), answer 504 on expiry, and read the budget from settings.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const kind = semantics_exports.agentCallKind(node, file);
        if (!kind)
          return;
        const handler = pythonUnboundedIn(node, file);
        if (!handler)
          return;
        const call = node.childForFieldName("function")?.text ?? "call";
        const callee = file.calleeName(node) ?? call;
        const data = { call, handler };
        if (kind === "agent") {
          ctx.report({ node, messageId: "agentRun", data });
          return;
        }
        if (file.hasSplatKeywords(node) || PYTHON_TIMEOUT_KEYWORDS.some((name) => file.hasKeywordArgument(node, name)))
          return;
        const clientTimeout = pythonClientTimeout(node, file);
        if (clientTimeout)
          return;
        const { clientNote: note, confidence } = clientNote(callee, clientTimeout);
        ctx.report({ node, messageId: "llmCall", confidence, data: { ...data, clientNote: note } });
      }
    }
  },
  typescript: {
    // Every report is of a call agentCallKind names, in a file that holds what that needs.
    prefilter: semantics_exports2.AGENT_CALL_PREFILTER,
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const kind = semantics_exports2.agentCallKind(node, file);
        if (!kind)
          return;
        const handler = tsUnboundedIn(node, file, ctx.path);
        if (!handler)
          return;
        const data = { call: node.expression.getText(file.source), handler };
        if (kind === "agent") {
          ctx.report({ node, messageId: "agentRun", data });
          return;
        }
        const clientTimeout = tsClientTimeout(node, file);
        if (clientTimeout)
          return;
        const { clientNote: note, confidence } = clientNote(file.calleeName(node) ?? data.call, clientTimeout);
        ctx.report({ node, messageId: "llmCall", confidence, data: { ...data, clientNote: note } });
      }
    }
  }
});

// dist/rules/api-docs-exposed.js
var FASTAPI_CONSTRUCTORS = /* @__PURE__ */ new Set(["fastapi.FastAPI", "fastapi.applications.FastAPI"]);
var FASTAPI_DOCS = [
  { setting: "docs_url", path: "/docs" },
  { setting: "redoc_url", path: "/redoc" }
];
var FLASK_DOC_EXTENSIONS = /* @__PURE__ */ new Map([
  ["flask_restx.Api", "doc"],
  ["flask_restplus.Api", "doc"],
  ["flasgger.Swagger", ""]
]);
var TS_DOC_UI = /^(?:swagger-ui-express(?:\.(?:setup|serve|serveFiles))?|@fastify\/swagger-ui|@hono\/swagger-ui\.swaggerUI|@scalar\/(?:express|hono|fastify|nextjs)-api-reference(?:\.apiReference|\.ApiReference)?|redoc-express|express-openapi-ui)$/;
var api_docs_exposed_default = defineRule({
  id: "api-docs-exposed",
  category: "security",
  severity: "info",
  confidence: "high",
  seeds: ["004"],
  summary: "Interactive API docs are served unconditionally",
  messages: {
    fastapi: "FastAPI app serves interactive docs ({{paths}}) in every environment; they map every endpoint and schema for anyone who finds them",
    extension: "{{name}} serves Swagger UI in every environment; it maps every endpoint and schema for anyone who finds it"
  },
  fixHint: "Turn the docs off outside development: `FastAPI(docs_url=None, redoc_url=None, openapi_url=None)` from a setting, or mount the docs UI only when an env flag says so (or behind auth).",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node) ?? "";
        if (!FASTAPI_CONSTRUCTORS.has(callee) && !FLASK_DOC_EXTENSIONS.has(callee))
          return;
        if (file.hasSplatKeywords(node) || semantics_exports.isEnvironmentGuarded(node))
          return;
        if (FASTAPI_CONSTRUCTORS.has(callee)) {
          const openapi = file.keywordArgument(node, "openapi_url");
          if (openapi && typeof file.literal(openapi) !== "string")
            return;
          const paths = [];
          for (const { setting, path } of FASTAPI_DOCS) {
            const value = file.keywordArgument(node, setting);
            if (!value)
              paths.push(path);
            else if (typeof file.literal(value) === "string")
              paths.push(file.stringValue(value));
            else if (file.literal(value) !== null)
              return;
          }
          if (paths.length === 0)
            return;
          ctx.report({ node, messageId: "fastapi", data: { paths: paths.join(", ") } });
          return;
        }
        if (FLASK_DOC_EXTENSIONS.has(callee)) {
          const setting = FLASK_DOC_EXTENSIONS.get(callee);
          const value = setting ? file.keywordArgument(node, setting) : void 0;
          if (value && typeof file.literal(value) !== "string")
            return;
          ctx.report({ node, messageId: "extension", data: { name: callee.split(".")[0] } });
        }
      }
    }
  },
  typescript: {
    // A docs UI is found by its resolved name, which starts with its module (no identifier spells `swagger-ui-express`):
    // the file imports it, or `require`s it inline. The modules are the roots of TS_DOC_UI.
    prefilter: { modules: ["swagger-ui-express", "@fastify/swagger-ui", "@hono/swagger-ui", "@scalar", "redoc-express", "express-openapi-ui"], names: ["require"] },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const member = ctx.file.calleeMember(node);
        if (member !== "use" && member !== "register" && member !== "get")
          return;
        const ui = node.arguments.find((arg) => isDocsUi(arg, ctx.file));
        if (!ui || semantics_exports2.isEnvironmentGuarded(node, ctx.file))
          return;
        ctx.report({ node, messageId: "extension", data: { name: (ctx.file.qualifiedName(ts.isCallExpression(ui) ? ui.expression : ui) ?? "docs UI").split(".")[0] } });
      }
    }
  }
});
function isDocsUi(arg, file) {
  const target = ts.isCallExpression(arg) ? arg.expression : arg;
  const name = file.qualifiedName(target);
  return !!name && TS_DOC_UI.test(name);
}

// dist/rules/artifacts-inlined-base64.js
var PY_ENCODERS = /* @__PURE__ */ new Set(["base64.b64encode", "base64.standard_b64encode", "base64.urlsafe_b64encode", "base64.encodebytes"]);
var PY_WHOLE_READS = /* @__PURE__ */ new Set(["read", "read_bytes", "read_text"]);
var TS_READERS = /^(?:(?:node:)?fs(?:\/promises)?\.(?:readFile|readFileSync|promises\.readFile)|fs-extra\.(?:readFile|readFileSync))$/;
var MODEL_INPUT = /image_url|inline_data|inlineData|input_image|input_file|data:(?:image|application)|from_bytes|fromBytes|mime_type.*data|type:\s*['"]image/;
function pyIsWholeRead(node, ctx) {
  let expression = node;
  if (expression?.type === "await")
    expression = expression.namedChild(0) ?? void 0;
  if (expression?.type !== "call")
    return false;
  return PY_WHOLE_READS.has(ctx.file.calleeMember(expression) ?? "") && ctx.file.positionalArguments(expression).length === 0;
}
function pyReadsWholeFile(arg, ctx) {
  if (!arg)
    return false;
  if (pyIsWholeRead(arg, ctx))
    return true;
  if (arg.type !== "identifier")
    return false;
  const scope = ctx.file.enclosingFunction(arg) ?? ctx.file.root;
  const assigned = ctx.file.descendants(scope, /* @__PURE__ */ new Set(["assignment"])).filter((a) => a.childForFieldName("left")?.text === arg.text && a.startIndex < arg.startIndex).at(-1);
  return pyIsWholeRead(assigned?.childForFieldName("right") ?? void 0, ctx);
}
function pyInsideJson(node) {
  for (let current = node.parent; current && current.type !== "function_definition"; current = current.parent) {
    if (current.type === "dictionary" || current.type === "return_statement")
      return true;
    if (current.type === "assignment" && current.childForFieldName("left")?.type === "subscript")
      return true;
  }
  return false;
}
function pyFeedsModel(scope, ctx) {
  if (MODEL_INPUT.test(scope.text))
    return true;
  return ctx.file.descendants(scope, /* @__PURE__ */ new Set(["call"])).some((call) => semantics_exports.agentCallKind(call, ctx.file) === "llm");
}
function tsIsRead(node, ctx) {
  let expression = ctx.file.unwrap(node);
  if (expression && ts.isAwaitExpression(expression))
    expression = ctx.file.unwrap(expression.expression);
  return !!expression && ts.isCallExpression(expression) && TS_READERS.test(ctx.file.calleeName(expression) ?? "");
}
function tsReadsWholeFile(node, ctx) {
  const expression = ctx.file.unwrap(node);
  if (!expression)
    return false;
  if (tsIsRead(expression, ctx))
    return true;
  if (ts.isCallExpression(expression) && ctx.file.calleeName(expression) === "Buffer.from")
    return tsReadsWholeFile(expression.arguments[0], ctx);
  if (!ts.isIdentifier(expression))
    return false;
  const scope = ctx.file.enclosingFunction(expression) ?? ctx.file.source;
  const declaration = ctx.file.descendants(scope, ts.isVariableDeclaration).find((d) => ts.isIdentifier(d.name) && d.name.text === expression.text);
  return tsIsRead(declaration?.initializer, ctx);
}
function tsInsideJson(node) {
  for (let current = node.parent; current && !ts.isFunctionLike(current); current = current.parent) {
    if (ts.isObjectLiteralExpression(current) || ts.isReturnStatement(current))
      return true;
  }
  return false;
}
function tsFeedsModel(scope, ctx) {
  if (MODEL_INPUT.test(scope.getText(ctx.file.source)))
    return true;
  return ctx.file.descendants(scope, ts.isCallExpression).some((call) => semantics_exports2.agentCallKind(call, ctx.file) === "llm");
}
var artifacts_inlined_base64_default = defineRule({
  id: "artifacts-inlined-base64",
  category: "reliability",
  severity: "medium",
  confidence: "high",
  seeds: ["003"],
  summary: "Files read whole and base64-encoded into JSON responses",
  messages: {
    inHandler: "request handler {{handler}} reads a whole file and base64-encodes it into the response; memory grows with file size (file + bytes + base64, a third larger) and nothing streams",
    inResult: "{{fn}} reads a whole file and base64-encodes it into a result object (inferred to be returned as JSON); large artefacts exhaust memory and bloat responses by a third"
  },
  fixHint: "Store artefacts in object storage or an artifact service and return their ids or signed URLs; serve file bodies with a streaming response (FileResponse, res.sendFile, stream.pipe).",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (!PY_ENCODERS.has(file.calleeName(node) ?? ""))
          return;
        if (!pyReadsWholeFile(file.positionalArguments(node)[0], ctx))
          return;
        const scope = file.enclosingFunction(node);
        if (!scope || pyFeedsModel(scope, ctx))
          return;
        const handler = semantics_exports.enclosingHandler(node, file);
        if (handler) {
          ctx.report({ node, messageId: "inHandler", data: { handler: handler.childForFieldName("name")?.text ?? "handler" } });
        } else if (pyInsideJson(node)) {
          ctx.report({ node, messageId: "inResult", confidence: "medium", data: { fn: scope.childForFieldName("name")?.text ?? "a function" } });
        }
      }
    }
  },
  typescript: {
    // Both paths need a TS_READERS call, whose resolved name ends in one of these: the property or import specifier
    // that names it is in the file, whatever the alias.
    prefilter: { names: ["readFile", "readFileSync"] },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        let encoded = false;
        if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "toString" && file.stringValue(node.arguments[0]) === "base64") {
          encoded = tsReadsWholeFile(node.expression.expression, ctx);
        } else if (TS_READERS.test(file.calleeName(node) ?? "")) {
          const encoding = file.stringValue(node.arguments[1]) ?? file.stringValue(file.property(node.arguments[1], "encoding"));
          encoded = encoding === "base64";
        }
        if (!encoded)
          return;
        const scope = file.enclosingFunction(node);
        if (!scope || tsFeedsModel(scope, ctx))
          return;
        const handler = semantics_exports2.enclosingHandler(node, file, ctx.path);
        if (handler) {
          ctx.report({ node, messageId: "inHandler", data: { handler: semantics_exports2.functionLabel(handler, ctx.file) } });
        } else if (tsInsideJson(node)) {
          ctx.report({ node, messageId: "inResult", confidence: "medium", data: { fn: semantics_exports2.functionLabel(scope, ctx.file) } });
        }
      }
    }
  }
});

// dist/rules/broad-exception-handler.js
var CATCH_ALL = /* @__PURE__ */ new Set(["Exception", "BaseException", "builtins.Exception", "builtins.BaseException"]);
var SHALLOW_STATEMENTS = /* @__PURE__ */ new Set(["raise_statement", "call", "return_statement", "assignment"]);
var IDENTIFIER2 = /* @__PURE__ */ new Set(["identifier"]);
var STRING = /* @__PURE__ */ new Set(["string"]);
var LOG_METHOD = /^(?:log|debug|info|warn|warning|error|exception|critical|fatal)$/;
var TS_LOG_NAMED = new RegExp(`${LOG_METHOD.source}|^log[A-Z]`);
var FAILURE_VALUE = /^(?:fail|failed|failure|error|unhealthy|down|unavailable|degraded|not[_ ]?ready)$/i;
var HTTP_ERRORS = /(?:^|\.)(?:HTTPException|abort|JSONResponse|Response|ServerError)$/;
var DEFAULT_RETURNS = /* @__PURE__ */ new Set(["none", "true", "false", "integer", "float", "string", "list", "dictionary", "tuple", "set"]);
var SUCCESS_STATE = /["']?\b(?:status|state|result)\b["']?\s*[:=]\s*["'](?:ok|success|succeeded|healthy|completed|done)["']|["']?\b(?:success|ok)\b["']?\s*[:=]\s*(?:True|true)\b/;
function isTracebackReport(callee) {
  return /(?:^|\.)(?:print_exc|format_exc|print_exception|capture_exception|record_exception|log_exception|report_exception|exception)$/.test(callee);
}
function boundError(clause) {
  const value = clause.childForFieldName("value");
  if (value?.type !== "as_pattern")
    return void 0;
  const name = value.childForFieldName("alias")?.namedChild(0);
  return name?.type === "identifier" ? name.text : void 0;
}
function pythonReturnsSuccess(statement) {
  const value = statement.namedChild(0);
  return !!value && (value.type === "true" || SUCCESS_STATE.test(value.text));
}
function checkExceptClause(clause, ctx) {
  const { file } = ctx;
  const types = semantics_exports.caughtTypes(clause).map((item) => file.qualifiedName(item) ?? item.text);
  const bare = types.length === 0;
  const base = types.some((type) => type === "BaseException" || type === "builtins.BaseException");
  if (!bare && !types.some((type) => CATCH_ALL.has(type)))
    return;
  const block = clause.namedChildren.find((child) => child?.type === "block");
  if (!block)
    return;
  const inner = file.descendants(block, SHALLOW_STATEMENTS, true);
  const raises = inner.filter((node) => node.type === "raise_statement");
  const propagates = raises.some((statement) => {
    const raised = statement.namedChild(0);
    if (!raised)
      return true;
    const callee = raised.type === "call" ? file.calleeName(raised) : file.qualifiedName(raised);
    return !callee || !HTTP_ERRORS.test(callee);
  });
  if (propagates)
    return;
  if (bare || base) {
    ctx.report({ node: clause, messageId: bare ? "bareExcept" : "baseException" });
    return;
  }
  const returns = inner.filter((node) => node.type === "return_statement");
  if (returns.some(pythonReturnsSuccess)) {
    ctx.report({ node: clause, messageId: "successState" });
    return;
  }
  const error = boundError(clause);
  const mentionsError = (node) => !!node && !!error && file.descendants(node, IDENTIFIER2, true).some((name) => name.text === error);
  const recordsError = (call) => LOG_METHOD.test(file.calleeMember(call) ?? "") && mentionsError(call.childForFieldName("arguments"));
  const logged = inner.some((node) => node.type === "call" && (semantics_exports.isLogCall(node, file) || isTracebackReport(file.calleeName(node) ?? "") || recordsError(node)));
  if (logged)
    return;
  const recordsFailure = inner.some((node) => {
    if (node.type !== "assignment")
      return false;
    const right = node.childForFieldName("right");
    return right?.type === "false" || FAILURE_VALUE.test(file.stringValue(right) ?? "");
  });
  if (recordsFailure)
    return;
  const statements = block.namedChildren.filter((child) => !!child && child.type !== "comment");
  const carriesError = (value) => mentionsError(value) || [value, ...file.descendants(value, STRING, true)].some((literal) => FAILURE_VALUE.test(file.stringValue(literal) ?? ""));
  const swallows = statements.every((statement) => {
    if (statement.type === "pass_statement" || statement.type === "continue_statement" || statement.type === "break_statement")
      return true;
    if (statement.type === "expression_statement" && statement.namedChild(0)?.type === "ellipsis")
      return true;
    if (statement.type !== "return_statement")
      return false;
    const value = statement.namedChild(0);
    return !value || DEFAULT_RETURNS.has(value.type) && !carriesError(value);
  });
  ctx.report({ node: clause, messageId: swallows ? "swallowed" : "noLogging" });
}
function hasComment(block, ctx) {
  const inner = ctx.file.text.slice(block.getStart(ctx.file.source) + 1, block.getEnd() - 1);
  return /\/\/|\/\*/.test(inner);
}
function tsLogsOrPassesOn(node, ctx) {
  const { file } = ctx;
  const declared = node.variableDeclaration?.name;
  const error = declared && ts.isIdentifier(declared) ? declared.text : void 0;
  const mentionsError = (child) => ts.isIdentifier(child) && child.text === error || !!ts.forEachChild(child, mentionsError);
  return file.descendants(node.block, ts.isCallExpression, true).some((call) => {
    const callee = file.calleeName(call) ?? "";
    if (/^(?:next|reject|done|callback|cb)$/.test(callee) && call.arguments.length > 0)
      return true;
    if (semantics_exports2.isLogCall(call, file) || /(?:^|\.)(?:captureException|recordException|reportError|logError|logException)$/.test(callee))
      return true;
    return !!error && TS_LOG_NAMED.test(file.calleeMember(call) ?? "") && call.arguments.some(mentionsError);
  });
}
function tsRecordsFailure(block, ctx) {
  return ctx.file.descendants(block, ts.isBinaryExpression, true).some((node) => node.operatorToken.kind === ts.SyntaxKind.EqualsToken && (node.right.kind === ts.SyntaxKind.FalseKeyword || FAILURE_VALUE.test(ctx.file.stringValue(node.right) ?? "")));
}
function checkCatchClause(node, ctx) {
  const block = node.block;
  if (block.statements.length === 0) {
    if (!hasComment(block, ctx))
      ctx.report({ node, messageId: "emptyCatch" });
    return;
  }
  const rethrows = ctx.file.descendants(block, ts.isThrowStatement, true).length > 0;
  if (!rethrows && SUCCESS_STATE.test(block.getText(ctx.file.source))) {
    ctx.report({ node, messageId: "successState" });
    return;
  }
  if (rethrows || tsLogsOrPassesOn(node, ctx) || tsRecordsFailure(block, ctx))
    return;
  if (semantics_exports2.enclosingHandler(node, ctx.file, ctx.path))
    ctx.report({ node, messageId: "noLogging" });
}
var broad_exception_handler_default = defineRule({
  id: "broad-exception-handler",
  category: "reliability",
  severity: "medium",
  confidence: "high",
  seeds: ["004"],
  summary: "Catch-all exception handler hides failures",
  messages: {
    bareExcept: "bare `except:` also catches SystemExit, KeyboardInterrupt and task cancellation, and hides the failure",
    baseException: "`except BaseException` also catches SystemExit, KeyboardInterrupt and task cancellation",
    swallowed: "catch-all handler swallows every error (pass/continue/default value) without logging it",
    successState: "catch-all handler reports success after an error; callers and monitoring never see the failure",
    noLogging: "catch-all handler neither logs the error nor re-raises it; the failure leaves no trace",
    emptyCatch: "empty `catch {}` swallows every error without a trace"
  },
  fixHint: "Catch the specific exceptions you expect; in a catch-all, log with the traceback (`logger.exception(...)`, `logger.error({ err }, ...)`) and re-raise or return an explicit error.",
  python: {
    visitors: {
      except_clause: checkExceptClause
    }
  },
  typescript: {
    // Both paths start from `catch`: the keyword of a catch clause (not a name, so a word of the text) or the
    // `.catch(…)` member; `\u` lets an escape spell either, as the parser accepts (with an error) in a keyword.
    prefilter: { words: ["catch", "\\u"] },
    visitors: {
      CatchClause(node, ctx) {
        if (ts.isCatchClause(node))
          checkCatchClause(node, ctx);
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || ctx.file.calleeMember(node) !== "catch" || node.arguments.length !== 1)
          return;
        const handler = node.arguments[0];
        if ((ts.isArrowFunction(handler) || ts.isFunctionExpression(handler)) && ts.isBlock(handler.body) && handler.body.statements.length === 0 && !hasComment(handler.body, ctx)) {
          ctx.report({ node, messageId: "emptyCatch" });
        }
      }
    }
  }
});

// dist/rules/client-trusted-identity.js
var IDENTITY_NAMES = /* @__PURE__ */ new Set([
  "user",
  "user id",
  "userid",
  "uid",
  "username",
  "user name",
  "user email",
  "current user",
  "principal",
  "principal id",
  "owner",
  "owner id",
  "account id",
  "customer id",
  "tenant id",
  "caller id",
  "member id",
  "actor id",
  "subject id"
]);
var IDENTITY_FIRST_WORD = new RegExp([...new Set([...IDENTITY_NAMES].map((name) => name.split(" ")[0]))].join("|"), "iu");
function isIdentityName(name) {
  return !!name && IDENTITY_FIRST_WORD.test(name) && IDENTITY_NAMES.has(nameWords(name).join(" "));
}
function pyReport(node, target, source, ctx) {
  ctx.report({ node, messageId: "clientIdentity", data: { target, source } });
}
function pyClientValue(value, ctx) {
  if (value.type === "identifier" && (isIdentityName(value.text) || isIdentityParameter(value, ctx)))
    return void 0;
  return request_input_exports.clientValue(value, ctx.file)?.source;
}
function isIdentityParameter(identifier, ctx) {
  const handler = semantics_exports.enclosingHandler(identifier, ctx.file);
  return !!handler && ctx.file.parameters(handler).some((param) => param.name === identifier.text && isIdentityName(param.name));
}
var client_trusted_identity_default = defineRule({
  id: "client-trusted-identity",
  category: "security",
  severity: "high",
  confidence: "medium",
  seeds: ["000"],
  summary: "User identity is taken from a client-controlled value",
  messages: {
    clientIdentity: "{{target}} (a user identity, judged by its name) is taken from the client-controlled {{source}}; any caller can claim to be any user and reach their sessions and data"
  },
  fixHint: "Derive the user from verified credentials (a validated JWT/session, `request.user` set by auth middleware, the A2A call context user) and use client ids only as conversation keys scoped to that user.",
  python: {
    visitors: {
      keyword_argument(node, ctx) {
        const name = node.childForFieldName("name")?.text;
        const value = node.childForFieldName("value");
        if (!isIdentityName(name) || !value)
          return;
        const source = pyClientValue(value, ctx);
        if (source)
          pyReport(node, name, source, ctx);
      },
      pair(node, ctx) {
        const key = ctx.file.stringValue(node.childForFieldName("key"));
        const value = node.childForFieldName("value");
        if (!isIdentityName(key) || !value)
          return;
        const source = pyClientValue(value, ctx);
        if (source)
          pyReport(node, key, source, ctx);
      },
      assignment(node, ctx) {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right");
        const name = left?.type === "identifier" ? left.text : left?.type === "attribute" ? left.childForFieldName("attribute")?.text : void 0;
        if (!isIdentityName(name) || !right)
          return;
        const source = pyClientValue(right, ctx);
        if (source)
          pyReport(node, name, source, ctx);
      },
      function_definition(node, ctx) {
        if (!ctx.file.routeDecorator(node) || !ctx.file.importsModule("fastapi"))
          return;
        for (const param of ctx.file.parameters(node)) {
          if (!isIdentityName(param.name.replace(/^x_/, "")))
            continue;
          if (request_input_exports.isInjectedParameter(param, ctx.file))
            continue;
          const source = request_input_exports.clientValue(param.node.childForFieldName("name") ?? param.node.namedChildren.find((c) => c?.type === "identifier") ?? param.node, ctx.file)?.source;
          if (source)
            pyReport(param.node, param.name, source, ctx);
        }
      }
    }
  },
  typescript: {
    // Identity names are any casing and spelling of words, so they cannot narrow this; but every report needs a client
    // value, and every client value starts from a request member (`req.body`, `c.req.header()`) named in the file.
    prefilter: { names: request_input_exports2.CLIENT_VALUE_MEMBERS },
    visitors: {
      VariableDeclaration(node, ctx) {
        if (!ts.isVariableDeclaration(node) || !node.initializer)
          return;
        if (ts.isIdentifier(node.name)) {
          if (!isIdentityName(node.name.text))
            return;
          const value = tsClientValue(node.initializer, ctx);
          if (value)
            ctx.report({ node, messageId: "clientIdentity", data: { target: node.name.text, source: value } });
          return;
        }
        if (!ts.isObjectBindingPattern(node.name))
          return;
        const base = request_input_exports2.clientValue(node.initializer, ctx.file, ctx.path);
        if (!base)
          return;
        for (const element of node.name.elements) {
          const key = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : ts.isIdentifier(element.name) ? element.name.text : void 0;
          const local = ts.isIdentifier(element.name) ? element.name.text : void 0;
          if (isIdentityName(local) || isIdentityName(key)) {
            ctx.report({ node: element, messageId: "clientIdentity", data: { target: local ?? key, source: base.source.startsWith("header") ? base.source : `${base.source.replace(/ field ".*"$/, "")} field "${key}"` } });
          }
        }
      },
      PropertyAssignment(node, ctx) {
        if (!ts.isPropertyAssignment(node))
          return;
        const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : void 0;
        if (!isIdentityName(name))
          return;
        const value = tsClientValue(node.initializer, ctx);
        if (value)
          ctx.report({ node, messageId: "clientIdentity", data: { target: name, source: value } });
      }
    }
  }
});
function tsClientValue(value, ctx) {
  const inner = ctx.file.unwrap(value) ?? value;
  if (ts.isIdentifier(inner) && isIdentityName(inner.text))
    return void 0;
  return request_input_exports2.clientValue(inner, ctx.file, ctx.path)?.source;
}

// dist/rules/cors-wildcard.js
var FOREIGN_ORIGINS = ["https://attacker.invalid", "null"];
var ALLOW_ORIGIN_HEADER = "access-control-allow-origin";
var HEADER_SETTERS = /* @__PURE__ */ new Set(["setHeader", "header", "set", "append", "writeHead"]);
var ENV_READERS = /* @__PURE__ */ new Set(["os.getenv", "os.environ.get"]);
var WILDCARD_BY_DEFAULT = /* @__PURE__ */ new Set(["cors", "hono/cors.cors", "@fastify/cors"]);
var REFLECTS_BY_DEFAULT = /* @__PURE__ */ new Set(["@koa/cors", "koa-cors", "koa2-cors"]);
var MAX_UNBOUNDED_QUANTIFIERS = 4;
function mayBacktrackCatastrophically(pattern) {
  const groupVaries = [];
  let unbounded = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\\") {
      i++;
    } else if (char === "[") {
      for (i++; i < pattern.length && pattern[i] !== "]"; i++)
        if (pattern[i] === "\\")
          i++;
    } else if (char === "(") {
      groupVaries.push(false);
      if (pattern[i + 1] === "?")
        i++;
    } else if (char === ")") {
      const varies = groupVaries.pop() ?? false;
      const next = pattern[i + 1];
      if (varies && (next === "*" || next === "+" || next === "{" && /^\{\d*,/.test(pattern.slice(i + 1))))
        return true;
      if (varies && groupVaries.length > 0)
        groupVaries[groupVaries.length - 1] = true;
    } else if ("*+?{|".includes(char)) {
      if (groupVaries.length > 0)
        groupVaries[groupVaries.length - 1] = true;
      if ((char === "*" || char === "+") && ++unbounded > MAX_UNBOUNDED_QUANTIFIERS)
        return true;
    }
  }
  return false;
}
function regexAcceptsAnyOrigin(pattern) {
  if (mayBacktrackCatastrophically(pattern))
    return false;
  try {
    const regex = new RegExp(pattern.replace(/\(\?[aiLmsux]+\)/g, ""));
    return FOREIGN_ORIGINS.some((origin) => regex.test(origin));
  } catch {
    return false;
  }
}
function includesWildcard(value) {
  return value === "*" || Array.isArray(value) && value.includes("*");
}
function envDefaultWildcard(node, ctx) {
  const calls = node.type === "call" ? [node, ...ctx.file.descendants(node, /* @__PURE__ */ new Set(["call"]))] : ctx.file.descendants(node, /* @__PURE__ */ new Set(["call"]));
  return calls.some((call) => {
    const callee = ctx.file.calleeName(call);
    const fallback = ctx.file.positionalArguments(call)[1];
    return !!callee && ENV_READERS.has(callee) && typeof ctx.file.stringValue(fallback) === "string" && ctx.file.stringValue(fallback).split(",").includes("*");
  });
}
function checkStarletteCors(call, ctx) {
  const { file } = ctx;
  const credentials = file.literal(file.keywordArgument(call, "allow_credentials")) === true;
  const messageId = credentials ? "withCredentials" : "wildcard";
  const severity = credentials ? "critical" : void 0;
  const origins = file.keywordArgument(call, "allow_origins");
  if (origins && includesWildcard(file.literal(origins))) {
    ctx.report({ node: origins.parent ?? origins, messageId, severity, data: { setting: "allow_origins" } });
    return;
  }
  if (origins && envDefaultWildcard(origins, ctx)) {
    ctx.report({ node: origins.parent ?? origins, messageId: "envDefault", severity, confidence: "medium", data: { setting: "allow_origins" } });
    return;
  }
  const regex = file.keywordArgument(call, "allow_origin_regex");
  const pattern = file.stringValue(regex);
  if (regex && pattern !== void 0 && regexAcceptsAnyOrigin(pattern)) {
    ctx.report({ node: regex.parent ?? regex, messageId, severity, data: { setting: "allow_origin_regex" } });
  }
}
function checkFlaskCors(call, ctx) {
  const { file } = ctx;
  if (file.hasSplatKeywords(call))
    return;
  const credentials = file.literal(file.keywordArgument(call, "supports_credentials")) === true;
  const messageId = credentials ? "withCredentials" : "wildcard";
  const severity = credentials ? "critical" : void 0;
  const origins = file.keywordArgument(call, "origins");
  const resources = file.keywordArgument(call, "resources");
  if (origins) {
    if (includesWildcard(file.literal(origins)))
      ctx.report({ node: origins.parent ?? origins, messageId, severity, data: { setting: "origins" } });
    return;
  }
  if (resources) {
    const value = file.literal(resources);
    const perPath = value && typeof value === "object" && !Array.isArray(value) ? Object.values(value) : [];
    const open = perPath.some((options2) => options2 && typeof options2 === "object" && !Array.isArray(options2) && (!("origins" in options2) || includesWildcard(options2.origins)));
    if (open)
      ctx.report({ node: resources.parent ?? resources, messageId, severity, data: { setting: "resources" } });
    return;
  }
  ctx.report({ node: call, messageId: credentials ? "withCredentials" : "defaultWildcard", severity, data: { setting: file.calleeMember(call) ?? "CORS" } });
}
function checkPythonHeaderAssignment(node, ctx) {
  const left = node.childForFieldName("left");
  if (left?.type !== "subscript")
    return;
  const key = ctx.file.stringValue(left.childForFieldName("subscript"));
  if (key?.toLowerCase() !== ALLOW_ORIGIN_HEADER)
    return;
  if (ctx.file.stringValue(node.childForFieldName("right")) === "*") {
    ctx.report({ node, messageId: "wildcard", data: { setting: "Access-Control-Allow-Origin" } });
  }
}
function checkTsCorsOptions(call, options2, packageName, ctx) {
  const { file } = ctx;
  if (!options2) {
    const reflects = REFLECTS_BY_DEFAULT.has(packageName);
    ctx.report({ node: call, messageId: reflects ? "reflectsOrigin" : "defaultWildcard", data: { setting: `${packageName.replace(/\.cors$/, "")} defaults` } });
    return;
  }
  if (file.hasSpread(options2) || !file.resolveObject(options2))
    return;
  const credentials = file.literal(file.property(options2, "credentials")) === true;
  const severity = credentials ? "critical" : void 0;
  const origin = file.property(options2, "origin");
  if (!origin) {
    const reflects = REFLECTS_BY_DEFAULT.has(packageName);
    ctx.report({ node: call, messageId: credentials ? "withCredentials" : reflects ? "reflectsOrigin" : "defaultWildcard", severity, data: { setting: "origin (not set)" } });
    return;
  }
  const value = file.literal(origin);
  if (value === true) {
    ctx.report({ node: origin.parent, messageId: "reflectsOrigin", severity, data: { setting: "origin: true" } });
  } else if (includesWildcard(value)) {
    ctx.report({ node: origin.parent, messageId: credentials ? "withCredentials" : "wildcard", severity, data: { setting: "origin" } });
  } else if (ts.isRegularExpressionLiteral(origin)) {
    const source = origin.text.slice(1, origin.text.lastIndexOf("/"));
    if (regexAcceptsAnyOrigin(source))
      ctx.report({ node: origin.parent, messageId: credentials ? "withCredentials" : "wildcard", severity, data: { setting: "origin" } });
  } else if ((ts.isArrowFunction(origin) || ts.isFunctionExpression(origin)) && reflectsEverything(origin)) {
    ctx.report({ node: origin.parent, messageId: "reflectsOrigin", severity, data: { setting: "origin callback" } });
  }
}
function reflectsEverything(fn) {
  const body = fn.body;
  const statements = ts.isBlock(body) ? body.statements : void 0;
  const expression = statements ? statements.length === 1 && ts.isExpressionStatement(statements[0]) ? statements[0].expression : void 0 : body;
  if (!expression || !ts.isCallExpression(expression) || expression.arguments.length !== 2)
    return false;
  return expression.arguments[1].kind === ts.SyntaxKind.TrueKeyword;
}
function isRequestOrigin(node, ctx) {
  const text = node.getText(ctx.file.source);
  return /\b(?:headers\.origin|headers\[['"]origin['"]\]|header\(['"]origin['"]\)|get\(['"]origin['"]\))/i.test(text);
}
var cors_wildcard_default = defineRule({
  id: "cors-wildcard",
  category: "security",
  severity: "high",
  confidence: "high",
  seeds: ["001", "004"],
  summary: "CORS allows any origin",
  messages: {
    wildcard: "CORS allows any origin via {{setting}}; any website can call this API from a visitor's browser",
    withCredentials: "CORS allows any origin via {{setting}} and sends credentials; any website can act with a visitor's cookies or tokens",
    reflectsOrigin: "CORS reflects the request's Origin ({{setting}}), which allows every origin",
    defaultWildcard: "CORS middleware without an origin list ({{setting}}) allows every origin",
    envDefault: 'CORS origins come from the environment but default to "*" ({{setting}}); a deploy that forgets the variable is open to every origin'
  },
  fixHint: "List the exact origins allowed to call this server (read them from settings), and send credentials only to those origins.",
  fixable: true,
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee)
          return;
        if (callee === "flask_cors.CORS" || callee === "flask_cors.cross_origin") {
          checkFlaskCors(node, ctx);
          return;
        }
        const isMiddlewareCall = file.calleeMember(node) === "add_middleware" || callee === "starlette.middleware.Middleware";
        if (!isMiddlewareCall)
          return;
        const middleware = file.qualifiedName(file.positionalArguments(node)[0] ?? file.keywordArgument(node, "middleware_class"));
        if (middleware?.endsWith(".CORSMiddleware") || middleware === "CORSMiddleware")
          checkStarletteCors(node, ctx);
      },
      assignment: checkPythonHeaderAssignment
    }
  },
  typescript: {
    // Each report needs: a callee of a CORS package (its module specifier, or a root identifier, holds the name's first
    // segment; `\\u` as an identifier may spell it with an escape); the `register` of '@fastify/cors' (its specifier);
    // a header setter (a member name, exact: the header may be folded from `'Access-Control-' + 'Allow-Origin'`); or a
    // quoted key that is the header in any letter case (as written: a word of the text, in any case).
    // Not matched: a specifier or key that spells its word with a string escape.
    prefilter: {
      names: [...HEADER_SETTERS],
      words: [...[...WILDCARD_BY_DEFAULT, ...REFLECTS_BY_DEFAULT].map((callee) => callee.split(".")[0]), ALLOW_ORIGIN_HEADER, "\\u"]
    },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (callee && (WILDCARD_BY_DEFAULT.has(callee) || REFLECTS_BY_DEFAULT.has(callee)) && callee !== "@fastify/cors") {
          checkTsCorsOptions(node, node.arguments[0], callee, ctx);
          return;
        }
        const member = file.calleeMember(node);
        if (member === "register" && file.qualifiedName(node.arguments[0]) === "@fastify/cors") {
          checkTsCorsOptions(node, node.arguments[1], "@fastify/cors", ctx);
          return;
        }
        if (member && HEADER_SETTERS.has(member) && node.arguments.length >= 2) {
          const header = file.stringValue(node.arguments[0]);
          if (header?.toLowerCase() !== ALLOW_ORIGIN_HEADER)
            return;
          const value = node.arguments[1];
          if (file.stringValue(value) === "*")
            ctx.report({ node, messageId: "wildcard", data: { setting: "Access-Control-Allow-Origin" } });
          else if (isRequestOrigin(value, ctx))
            ctx.report({ node, messageId: "reflectsOrigin", data: { setting: "Access-Control-Allow-Origin" } });
        }
      },
      PropertyAssignment(node, ctx) {
        if (!ts.isPropertyAssignment(node))
          return;
        const name = ts.isStringLiteral(node.name) ? node.name.text : void 0;
        if (name?.toLowerCase() !== ALLOW_ORIGIN_HEADER)
          return;
        if (ctx.file.stringValue(node.initializer) === "*")
          ctx.report({ node, messageId: "wildcard", data: { setting: "Access-Control-Allow-Origin" } });
        else if (isRequestOrigin(node.initializer, ctx))
          ctx.report({ node, messageId: "reflectsOrigin", data: { setting: "Access-Control-Allow-Origin" } });
      }
    }
  }
});

// dist/rules/debug-enabled.js
var PY_SWITCHES = /* @__PURE__ */ new Map([
  ["fastapi.FastAPI", ["debug"]],
  ["fastapi.applications.FastAPI", ["debug"]],
  ["starlette.applications.Starlette", ["debug"]],
  ["uvicorn.run", ["reload", "debug"]],
  ["quart.Quart.run", ["debug"]]
]);
var ENV_READERS2 = /* @__PURE__ */ new Set(["os.getenv", "os.environ.get", "environ.get", "getenv"]);
var ON_VALUES = /* @__PURE__ */ new Set(["1", "true", "yes", "on", "t", "y"]);
function switchesOf(call, ctx) {
  const callee = ctx.file.calleeName(call) ?? "";
  const switches = PY_SWITCHES.get(callee);
  if (switches)
    return switches;
  if (ctx.file.calleeMember(call) === "run" && callee !== "asyncio.run" && (ctx.file.importsModule("flask") || ctx.file.importsModule("quart")))
    return ["debug", "use_debugger", "use_reloader"];
  return [];
}
function envDefaultOn(value, ctx) {
  const calls = value.type === "call" ? [value, ...ctx.file.descendants(value, /* @__PURE__ */ new Set(["call"]))] : ctx.file.descendants(value, /* @__PURE__ */ new Set(["call"]));
  return calls.some((call) => {
    if (!ENV_READERS2.has(ctx.file.calleeName(call) ?? ""))
      return false;
    const fallback = ctx.file.literal(ctx.file.positionalArguments(call)[1] ?? ctx.file.keywordArgument(call, "default"));
    return fallback === true || typeof fallback === "string" && ON_VALUES.has(fallback.toLowerCase());
  });
}
function checkPythonValue(value, setting, at, ctx) {
  if (!value || semantics_exports.isEnvironmentGuarded(at))
    return;
  if (value.parent?.type === "keyword_argument")
    at = value.parent;
  if (ctx.file.literal(value) === true)
    ctx.report({ node: at, messageId: "literal", data: { setting } });
  else if (envDefaultOn(value, ctx))
    ctx.report({ node: at, messageId: "envDefault", confidence: "medium", data: { setting } });
}
function isPyAppObject(node) {
  return !!node && /(?:^|\.)(?:app|application|server|api)$/i.test(node.text);
}
var debug_enabled_default = defineRule({
  id: "debug-enabled",
  category: "security",
  severity: "medium",
  confidence: "high",
  seeds: ["004"],
  summary: "Debug mode or auto-reload is on outside a dev-only guard",
  messages: {
    literal: "{{setting}} is switched on unconditionally; production responses show tracebacks (or run the Werkzeug debugger) and the server watches files",
    envDefault: "{{setting}} comes from the environment but defaults to on; a deploy that forgets the variable runs in debug mode",
    nodeDevelopment: "{{setting}} forces development mode; Express then sends stack traces to clients and skips production optimisations",
    devErrorHandler: "errorhandler() is mounted unconditionally; it sends full stack traces to clients and is meant for development only"
  },
  fixHint: "Read debug/reload from settings that default to off, and enable them only in a development environment (or use the framework's dev command, such as `fastapi dev`).",
  python: {
    visitors: {
      call(node, ctx) {
        const switches = switchesOf(node, ctx);
        for (const setting of switches)
          checkPythonValue(ctx.file.keywordArgument(node, setting), `${ctx.file.calleeMember(node) ?? "app"}(${setting}=\u2026)`, node, ctx);
        if (ctx.file.calleeMember(node) === "update" && /\.config$/.test(ctx.file.calleeName(node)?.replace(/\.update$/, "") ?? "")) {
          checkPythonValue(ctx.file.keywordArgument(node, "DEBUG"), "config DEBUG", node, ctx);
        }
      },
      assignment(node, ctx) {
        const left = node.childForFieldName("left");
        const right = node.childForFieldName("right") ?? void 0;
        if (left?.type === "attribute" && left.childForFieldName("attribute")?.text === "debug" && isPyAppObject(left.childForFieldName("object"))) {
          checkPythonValue(right, `${left.text}`, node, ctx);
        } else if (left?.type === "subscript" && /\.config$/.test(left.childForFieldName("value")?.text ?? "") && ctx.file.stringValue(left.childForFieldName("subscript")) === "DEBUG") {
          checkPythonValue(right, 'config["DEBUG"]', node, ctx);
        }
      }
    }
  },
  typescript: {
    // Reports are at an assignment to `process.env.NODE_ENV` (compared as text, so its identifiers are written
    // out), at `x.set(…)` or `set(…)`, and at a call whose callee is `errorhandler`.
    prefilter: calleePrefilter(["errorhandler"], ["NODE_ENV", "set"]),
    visitors: {
      BinaryExpression(node, ctx) {
        if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken)
          return;
        if (node.left.getText(ctx.file.source).replace(/\s/g, "") !== "process.env.NODE_ENV")
          return;
        if (ctx.file.stringValue(node.right) === "development" && !semantics_exports2.isEnvironmentGuarded(node, ctx.file)) {
          ctx.report({ node, messageId: "nodeDevelopment", data: { setting: 'process.env.NODE_ENV = "development"' } });
        }
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        if (file.calleeMember(node) === "set" && file.stringValue(node.arguments[0]) === "env" && file.stringValue(node.arguments[1]) === "development") {
          if (!semantics_exports2.isEnvironmentGuarded(node, file))
            ctx.report({ node, messageId: "nodeDevelopment", data: { setting: "app.set('env', 'development')" } });
          return;
        }
        if (file.calleeName(node) === "errorhandler" && isMounted(node) && !semantics_exports2.isEnvironmentGuarded(node, file)) {
          ctx.report({ node, messageId: "devErrorHandler" });
        }
      }
    }
  }
});
function isMounted(call) {
  const parent = call.parent;
  return ts.isCallExpression(parent) && ts.isPropertyAccessExpression(parent.expression) && parent.expression.name.text === "use";
}

// dist/rules/dev-server-in-production.js
var DEV_COMMANDS = [
  [/(?:^|[\s"'[,=])--reload(?![\w-])/, "--reload"],
  [/\bflask\s+(?:--app\s+\S+\s+)?run\b/, "flask run"],
  [/\badk\s+web\b/, "adk web"],
  [/\bfastapi\s+dev\b/, "fastapi dev"],
  [/\blanggraph\s+dev\b/, "langgraph dev"],
  [/\bmanage\.py\s+runserver\b/, "manage.py runserver"],
  [/\bnext\s+dev\b/, "next dev"],
  [/\bnodemon\b/, "nodemon"],
  [/\bts-node-dev\b/, "ts-node-dev"],
  [/\btsx\s+watch\b/, "tsx watch"],
  [/\b(?:node|bun)\s+(?:[^\s]+\s+)*--(?:watch|hot)\b/, "--watch"],
  [/\b(?:npm\s+run|yarn|pnpm(?:\s+run)?|bun\s+run)\s+dev\b/, "npm run dev"]
];
function devCommand(command) {
  return DEV_COMMANDS.find(([pattern]) => pattern.test(command))?.[1];
}
function checkProcfile(lines, ctx) {
  lines.forEach((line, index) => {
    if (line.trim().startsWith("#"))
      return;
    const command = devCommand(line);
    if (command)
      ctx.report({ line: index + 1, messageId: "devServer", data: { command, where: "the Procfile" } });
  });
}
function checkContainers(kind, ctx) {
  for (const container of containerCommands(kind, ctx.text)) {
    const where = `${kind === "compose" ? "the compose service" : "the Kubernetes container"}${container.name ? ` "${container.name}"` : ""}`;
    const own = container.fields.flatMap((field) => {
      const command = devCommand(field.text);
      return command ? [{ field, command }] : [];
    });
    const joined = devCommand(container.fields.map((field) => field.text).join(" "));
    const hits = own.length > 0 || !joined ? own : [{ field: { ...container.fields[0], endLine: container.fields.at(-1).endLine }, command: joined }];
    for (const { field, command } of hits)
      ctx.report({ line: field.line, endLine: field.endLine, messageId: "devServer", data: { command, where } });
  }
}
var dev_server_in_production_default = defineRule({
  id: "dev-server-in-production",
  category: "operations",
  severity: "medium",
  confidence: "high",
  seeds: ["001"],
  summary: "Container, Procfile or start command runs a development server",
  messages: {
    devServer: "{{where}} runs a development server ({{command}}): file watching, one worker and debug behaviour in production"
  },
  fixHint: "Run the production server instead: `uvicorn app:app --workers N` or gunicorn with uvicorn workers, `fastapi run`, `next start`, `node dist/server.js`.",
  text: {
    dockerfile(dockerfile, ctx) {
      const final = dockerfile.finalStage;
      if (!final || isDevelopmentFile(ctx.path))
        return;
      for (const instruction of stageInstructions(dockerfile, final)) {
        if (instruction.keyword !== "CMD" && instruction.keyword !== "ENTRYPOINT")
          continue;
        const command = devCommand(commandText(instruction.args));
        if (command)
          ctx.report({ line: instruction.line, endLine: instruction.endLine, messageId: "devServer", data: { command, where: `the image's ${instruction.keyword}` } });
      }
    },
    lines(lines, ctx) {
      if (ctx.kind === "procfile")
        checkProcfile(lines, ctx);
      else if (ctx.kind === "kubernetes" || ctx.kind === "compose" && !isDevelopmentFile(ctx.path))
        checkContainers(ctx.kind, ctx);
    },
    manifest(manifest, ctx) {
      const start = manifest.scripts.start;
      const command = start === void 0 ? void 0 : devCommand(start);
      if (!command)
        return;
      const line = ctx.lines.findIndex((text) => /^\s*"start"\s*:/.test(text));
      ctx.report({ line: line + 1 || 1, messageId: "devServer", data: { command, where: "the package.json start script" } });
    }
  }
});

// dist/rules/dockerfile-missing-healthcheck.js
import { posix } from "node:path";
var SERVER_COMMAND = /\b(?:uvicorn|gunicorn|hypercorn|daphne|granian|waitress-serve|fastapi\s+run|flask\s+run|adk\s+(?:api_server|web)|node|npm\s+(?:run\s+)?start|yarn\s+start|pnpm\s+start|next\s+start|bun|deno|tsx)\b/;
function hasHealthcheck(dockerfile) {
  for (let stage = dockerfile.finalStage; stage; ) {
    if (stageInstructions(dockerfile, stage).some((instruction) => instruction.keyword === "HEALTHCHECK"))
      return true;
    const parent = dockerfile.stages.find((candidate) => candidate.index < stage.index && candidate.alias?.toLowerCase() === stage.image.toLowerCase());
    stage = parent;
  }
  return false;
}
function servesTraffic(dockerfile, appUnits, unit) {
  const final = dockerfile.finalStage;
  const instructions = stageInstructions(dockerfile, final);
  if (instructions.some((instruction) => instruction.keyword === "EXPOSE"))
    return true;
  if (instructions.some((instruction) => (instruction.keyword === "CMD" || instruction.keyword === "ENTRYPOINT") && SERVER_COMMAND.test(commandText(instruction.args))))
    return true;
  return appUnits.anyWithin(unit) || appUnits.anyEnclosing(unit);
}
function orchestratorProbes(project) {
  const probing = project.files.filter((file) => {
    if (file.kind !== "compose" && file.kind !== "kubernetes")
      return false;
    if (file.kind === "compose" && isDevelopmentFile(file.path))
      return false;
    const text = project.configTexts.get(file.path);
    return text !== void 0 && declaresOrchestratorProbe(file.kind, text);
  });
  return { directories: new PathSet(probing.map((file) => posix.dirname(file.path))), units: new PathSet(probing.map((file) => file.unit)) };
}
var dockerfile_missing_healthcheck_default = defineRule({
  id: "dockerfile-missing-healthcheck",
  category: "operations",
  severity: "low",
  confidence: "high",
  seeds: ["000"],
  summary: "Dockerfile has no HEALTHCHECK and no orchestrator probe is configured",
  messages: {
    missing: "the image built by {{file}} has no HEALTHCHECK, and no compose healthcheck or Kubernetes probe was found beside it; a hung server keeps receiving traffic"
  },
  fixHint: "Add `HEALTHCHECK CMD curl -fsS http://localhost:8000/livez || exit 1` (or a probe in compose/Kubernetes) pointing at the liveness route.",
  finish(project, ctx) {
    const probes = orchestratorProbes(project);
    const appUnits = new PathSet(project.apps.map((app) => app.unit));
    for (const [path, dockerfile] of project.dockerfiles) {
      const final = dockerfile.finalStage;
      if (!final || isDevelopmentFile(path) || hasHealthcheck(dockerfile))
        continue;
      const unit = project.unitOf(path);
      if (!servesTraffic(dockerfile, appUnits, unit) || probes.directories.anyEnclosing(path) || probes.units.anyEnclosing(unit))
        continue;
      ctx.report({ at: instructionAnchor(path, final.from), messageId: "missing", data: { file: path } });
    }
  }
});

// dist/rules/dockerfile-runs-as-root.js
var NON_ROOT_IMAGES = /(?::|-)nonroot\b|^cgr\.dev\/chainguard\/|rootless/i;
var PRIVILEGE_DROPPERS = /\b(?:gosu|su-exec|setpriv|chroot\s+--userspec|runuser|s6-setuidgid)\b/;
function isRootUser(spec) {
  const user = spec.trim().split(":")[0].replace(/^["']|["']$/g, "");
  return user === "root" || user === "0";
}
var dockerfile_runs_as_root_default = defineRule({
  id: "dockerfile-runs-as-root",
  category: "security",
  severity: "high",
  confidence: "high",
  seeds: ["000"],
  summary: "Container runs as root",
  messages: {
    noUser: "The final stage ({{image}}) sets no USER, so the server runs as root; a code-execution bug in the agent owns the container",
    rootUser: "The final stage switches to USER {{user}} and never back, so the server runs as root"
  },
  fixHint: "Create an unprivileged user in the final stage (`RUN useradd --uid 10001 app`) and add `USER app` (or a numeric uid) before CMD/ENTRYPOINT.",
  text: {
    // Only the final stage runs; builder stages may stay root. "Missing USER" points at its FROM.
    dockerfile(dockerfile, ctx) {
      const stage = dockerfile.finalStage;
      if (!stage || NON_ROOT_IMAGES.test(stage.image))
        return;
      const instructions = stageInstructions(dockerfile, stage);
      if (instructions.some((instruction) => (instruction.keyword === "ENTRYPOINT" || instruction.keyword === "CMD") && PRIVILEGE_DROPPERS.test(instruction.args)))
        return;
      const lastUser = instructions.filter((instruction) => instruction.keyword === "USER").at(-1);
      if (!lastUser) {
        const parent = dockerfile.stages.find((candidate) => candidate.alias && candidate.alias === stage.image && candidate.index < stage.index);
        const inherited = parent && stageInstructions(dockerfile, parent).filter((instruction) => instruction.keyword === "USER").at(-1);
        if (inherited && !isRootUser(inherited.args))
          return;
        ctx.report({ line: stage.from.line, endLine: stage.from.endLine, messageId: "noUser", data: { image: stage.image || "FROM" } });
      } else if (isRootUser(lastUser.args)) {
        ctx.report({ line: lastUser.line, messageId: "rootUser", data: { user: lastUser.args.trim() } });
      }
    }
  }
});

// dist/rules/dockerfile-unpinned-base.js
function tagAndDigest(image) {
  const [name, digest] = image.split("@");
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  return { tag: colon > slash ? name.slice(colon + 1) : void 0, digest };
}
var dockerfile_unpinned_base_default = defineRule({
  id: "dockerfile-unpinned-base",
  category: "operations",
  severity: "low",
  confidence: "high",
  seeds: [],
  summary: "Dockerfile base image has no tag or uses :latest",
  messages: {
    untagged: 'base image "{{image}}" has no tag, so it means :latest and changes under you between builds',
    latest: 'base image "{{image}}" is pinned to :latest, which changes under you between builds'
  },
  fixHint: "Pin the base image to a version tag (python:3.12-slim, node:22-alpine), or to a digest for reproducible builds.",
  text: {
    dockerfile(dockerfile, ctx) {
      const aliases = /* @__PURE__ */ new Set();
      for (const stage of dockerfile.stages) {
        const image = resolvedImage(dockerfile, stage);
        const isStageReference = aliases.has(image.toLowerCase());
        if (stage.alias)
          aliases.add(stage.alias.toLowerCase());
        if (!image || isStageReference || image.toLowerCase() === "scratch" || image.includes("$"))
          continue;
        const { tag, digest } = tagAndDigest(image);
        if (digest)
          continue;
        if (tag === void 0)
          ctx.report({ line: stage.from.line, messageId: "untagged", data: { image } });
        else if (tag.toLowerCase() === "latest")
          ctx.report({ line: stage.from.line, messageId: "latest", data: { image } });
      }
    }
  }
});

// dist/rules/env-file-committed.js
function secretOf(entry) {
  const provider = secrets_exports.providerKeyIn(entry.value);
  if (provider)
    return provider.key;
  return secrets_exports.isSecretName(entry.key) && !secrets_exports.isPlaceholderSecret(entry.value) ? entry.value : void 0;
}
var env_file_committed_default = defineRule({
  id: "env-file-committed",
  category: "security",
  severity: "high",
  confidence: "high",
  seeds: ["002"],
  summary: "Env file with secret values is in the tree and not git-ignored",
  messages: {
    committed: "{{file}} holds {{count}} secret-looking value(s) ({{keys}}) and is not ignored by .gitignore; one `git add .` publishes them"
  },
  fixHint: "Add the env file to .gitignore (and .dockerignore), commit a `.env.example` with placeholders instead, and rotate any value that was ever committed.",
  text: {
    // Discovery honours .gitignore, so an env file that reaches this check is not ignored.
    // Template names (`.env.example`, `.env.sample`) are not env files to the reader at all.
    env(entries, ctx) {
      const found = entries.map((entry) => ({ entry, secret: secretOf(entry) })).filter((item) => item.secret !== void 0);
      if (found.length === 0)
        return;
      const keys = found.map(({ entry }) => entry.key);
      ctx.report({
        line: found[0].entry.line,
        messageId: "committed",
        data: { file: ctx.path.split("/").pop() ?? ctx.path, count: String(found.length), keys: keys.length > 4 ? `${keys.slice(0, 4).join(", ")}, \u2026` : keys.join(", ") },
        redact: found.map(({ secret }) => secret)
      });
    }
  }
});

// dist/rules/error-detail-leak.js
var PY_RESPONSE_CALLEE = /(?:^|\.)(?:HTTPException|JSONResponse|PlainTextResponse|HTMLResponse|ORJSONResponse|UJSONResponse|Response|StreamingResponse|jsonify|make_response|abort)$/;
var A2A_CLIENT_EVENTS = /* @__PURE__ */ new Set(["enqueue_event", "failed", "reject", "update_status", "add_artifact"]);
var TRACEBACK_CALLS = /* @__PURE__ */ new Set(["traceback.format_exc", "traceback.format_exception", "traceback.format_tb", "traceback.format_exception_only"]);
var PY_TEXT_OF = /* @__PURE__ */ new Set(["str", "repr", "format"]);
var TS_RESPONSE_MEMBERS = /* @__PURE__ */ new Set(["json", "send", "end", "write", "text", "html", "body"]);
var TS_RESPONSE_PREFILTER = { names: [...TS_RESPONSE_MEMBERS, "Response", "NextResponse", "require"], modules: ["Response", "NextResponse"] };
var TS_ERROR_HANDLER_REGISTRARS = ["setErrorHandler", "onError", "use"];
var TS_RESPONSE_RECEIVER = /(?:^|\.)(?:res|response|reply|c|ctx|context|NextResponse|Response|h)(?:\.(?:status|code)\(\))?$/;
function pythonLeak(root, name, ctx) {
  const nodes = [root, ...ctx.file.descendants(root, /* @__PURE__ */ new Set(["call", "interpolation", "attribute", "binary_operator"]))];
  for (const node of nodes) {
    if (node.type === "call") {
      const callee = ctx.file.calleeName(node) ?? "";
      if (TRACEBACK_CALLS.has(callee))
        return node;
      const args = ctx.file.positionalArguments(node);
      if (PY_TEXT_OF.has(callee) && args.some((arg) => arg.type === "identifier" && arg.text === name))
        return node;
      if (ctx.file.calleeMember(node) === "format" && args.some((arg) => arg.type === "identifier" && arg.text === name))
        return node;
    } else if (node.type === "interpolation") {
      if (node.childForFieldName("expression")?.text === name)
        return node.parent ?? node;
    } else if (node.type === "attribute") {
      const object = node.childForFieldName("object");
      if (object?.type === "identifier" && object.text === name && /^(?:args|message|msg|detail|__traceback__)$/.test(node.childForFieldName("attribute")?.text ?? ""))
        return node;
    } else if (node.type === "binary_operator" && node.namedChildren.some((child) => child?.type === "identifier" && child.text === name)) {
      return node;
    }
  }
  return void 0;
}
function pyClientErrorStatus(node, ctx) {
  const candidates = [];
  if (node.type === "call") {
    const status = ctx.file.keywordArgument(node, "status_code") ?? ctx.file.keywordArgument(node, "status") ?? ctx.file.keywordArgument(node, "code");
    if (status)
      candidates.push(status);
    const first = ctx.file.positionalArguments(node)[0];
    if (first)
      candidates.push(first);
    const second = ctx.file.positionalArguments(node)[1];
    if (second)
      candidates.push(second);
  } else if (node.type === "expression_list" || node.type === "tuple") {
    candidates.push(...node.namedChildren.filter((child) => !!child));
  }
  return candidates.some((candidate) => {
    const value = ctx.file.literal(candidate);
    const code = typeof value === "number" ? value : Number(/HTTP_(\d{3})/.exec(candidate.text)?.[1]);
    return code >= 400 && code < 500;
  });
}
var PY_CLIENT_FACING_ERRORS = /^(?:(?:fastapi|starlette|werkzeug)\.(?:[\w.]+\.)?(?:HTTPException|RequestValidationError)|(?:[\w.]+\.)?RateLimitExceeded)$/;
function pyIsClientFacingError(node, file) {
  if (node.type !== "identifier" && node.type !== "attribute")
    return false;
  if (PY_CLIENT_FACING_ERRORS.test(file.qualifiedName(node) ?? ""))
    return true;
  if (node.type !== "identifier")
    return false;
  return file.relativeImports.has(node.text) || !!file.moduleDefinition(node.text, "class_definition");
}
function checkPythonScope(scope, name, ctx, isHandler) {
  const inExecutor = (node) => {
    const fn = ctx.file.enclosingFunction(node);
    const owner = fn && ctx.file.enclosingClass(fn);
    return !!owner && ctx.file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
  };
  for (const node of ctx.file.descendants(scope, /* @__PURE__ */ new Set(["call", "return_statement"]))) {
    let payload;
    if (node.type === "call") {
      const callee = ctx.file.calleeName(node) ?? "";
      const isResponse = PY_RESPONSE_CALLEE.test(callee);
      const isClientEvent = A2A_CLIENT_EVENTS.has(ctx.file.calleeMember(node) ?? "") && inExecutor(node);
      if (!isResponse && !isClientEvent || pyClientErrorStatus(node, ctx))
        continue;
      payload = node.childForFieldName("arguments") ?? void 0;
    } else if (isHandler || semantics_exports.enclosingHandler(node, ctx.file)) {
      const value = node.namedChild(0);
      if (!value || pyClientErrorStatus(value, ctx) || value.type === "call" && pyClientErrorStatus(value, ctx))
        continue;
      payload = value;
    }
    const leak = payload && pythonLeak(payload, name, ctx);
    if (leak && !semantics_exports.isEnvironmentGuarded(leak, scope))
      ctx.report({ node: leak, messageId: "exceptionText", data: { name } });
  }
}
function tsLeak(root, name) {
  let found;
  const isName = (node) => ts.isIdentifier(node) && node.text === name;
  const visit = (node) => {
    if (found)
      return;
    const inner = ts.isAsExpression(node) || ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) ? node.expression : node;
    if (ts.isPropertyAccessExpression(inner) && isName(unwrap(inner.expression)) && ["message", "stack", "cause"].includes(inner.name.text))
      found = inner;
    else if (ts.isCallExpression(inner) && ts.isIdentifier(inner.expression) && inner.expression.text === "String" && inner.arguments.some((arg) => isName(unwrap(arg))))
      found = inner;
    else if (ts.isCallExpression(inner) && ts.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === "toString" && isName(unwrap(inner.expression.expression)))
      found = inner;
    else if (ts.isTemplateSpan(node) && isName(unwrap(node.expression)))
      found = node.parent;
    else
      ts.forEachChild(node, visit);
  };
  visit(root);
  return found;
}
function unwrap(node) {
  let current = node;
  while (ts.isAsExpression(current) || ts.isParenthesizedExpression(current) || ts.isNonNullExpression(current))
    current = current.expression;
  return current;
}
function tsClientErrorStatus(call, ctx) {
  const codes = [];
  let current = call.expression;
  while (ts.isPropertyAccessExpression(current) && ts.isCallExpression(current.expression)) {
    const inner = current.expression;
    if (ts.isPropertyAccessExpression(inner.expression) && ["status", "code"].includes(inner.expression.name.text))
      codes.push(ctx.file.literal(inner.arguments[0]));
    current = inner.expression;
  }
  for (const arg of call.arguments.slice(1)) {
    codes.push(ctx.file.literal(arg));
    codes.push(ctx.file.literal(ctx.file.property(arg, "status")));
  }
  return codes.some((code) => typeof code === "number" && code >= 400 && code < 500);
}
var HTTP_ERROR_MODULES = /* @__PURE__ */ new Set(["hono/http-exception", "http-errors"]);
function tsIsClientFacingError(node, file) {
  const expression = unwrap(node);
  if (!ts.isIdentifier(expression))
    return false;
  const binding = file.imports.get(expression.text);
  if (binding)
    return /^(?:\.{1,2}\/|[@~#]\/)/.test(binding.module) || HTTP_ERROR_MODULES.has(binding.module);
  return file.source.statements.some((statement) => ts.isClassDeclaration(statement) && statement.name?.text === expression.text);
}
function tsNarrowsToClientFacingError(condition, name, file) {
  const expression = unwrap(condition);
  if (!ts.isBinaryExpression(expression) || expression.operatorToken.kind !== ts.SyntaxKind.InstanceOfKeyword)
    return false;
  const subject = unwrap(expression.left);
  return ts.isIdentifier(subject) && subject.text === name && tsIsClientFacingError(expression.right, file);
}
function checkTsScope(scope, name, ctx) {
  const visit = (node) => {
    if (ts.isIfStatement(node) && tsNarrowsToClientFacingError(node.expression, name, ctx.file)) {
      if (node.elseStatement)
        visit(node.elseStatement);
      return;
    }
    if (ts.isConditionalExpression(node) && tsNarrowsToClientFacingError(node.condition, name, ctx.file)) {
      visit(node.whenFalse);
      return;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = ctx.file.calleeName(node) ?? "";
      const member = ctx.file.calleeMember(node) ?? "";
      const isResponse = ts.isNewExpression(node) ? /^(?:Response|NextResponse)$/.test(callee) : TS_RESPONSE_MEMBERS.has(member) && TS_RESPONSE_RECEIVER.test(callee.slice(0, -(member.length + 1)));
      if (isResponse && !(ts.isCallExpression(node) && tsClientErrorStatus(node, ctx))) {
        const leak = (node.arguments ?? []).map((arg) => tsLeak(arg, name)).find(Boolean);
        if (leak && !semantics_exports2.isEnvironmentGuarded(leak, ctx.file, scope))
          ctx.report({ node: leak, messageId: "exceptionText", data: { name } });
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^(?:ctx|context)\.body$/.test(node.left.getText(ctx.file.source))) {
      const leak = tsLeak(node.right, name);
      if (leak && !semantics_exports2.isEnvironmentGuarded(leak, ctx.file, scope))
        ctx.report({ node: leak, messageId: "exceptionText", data: { name } });
    }
    ts.forEachChild(node, visit);
  };
  visit(scope);
}
var error_detail_leak_default = defineRule({
  id: "error-detail-leak",
  category: "security",
  severity: "medium",
  confidence: "high",
  seeds: ["004"],
  summary: "Exception text or stack trace is sent to the client",
  messages: {
    exceptionText: "The text of exception `{{name}}` is sent to the client; messages and stacks reveal internals (paths, queries, provider errors, keys in URLs)"
  },
  fixHint: "Log the exception with its traceback on the server and return a generic message with a request id; send exception text only for deliberate 4xx validation errors.",
  python: {
    visitors: {
      except_clause(node, ctx) {
        const types = semantics_exports.caughtTypes(node);
        if (types.length > 0 && types.every((type) => pyIsClientFacingError(type, ctx.file)))
          return;
        const alias = node.descendantsOfType("as_pattern_target")[0];
        const name = alias?.namedChild(0)?.type === "identifier" ? alias.namedChild(0).text : alias?.text;
        const body = node.namedChildren.find((child) => child?.type === "block");
        if (!body)
          return;
        checkPythonScope(body, name ?? "\0", ctx, false);
      },
      function_definition(node, ctx) {
        const decorator = ctx.file.decorators(node).find((d) => d.type === "call" && /(?:^|\.)(?:exception_handler|errorhandler|app_errorhandler)$/.test(d.childForFieldName("function")?.text ?? ""));
        const handled = decorator && ctx.file.positionalArguments(decorator)[0];
        if (!decorator || handled && pyIsClientFacingError(handled, ctx.file))
          return;
        const params = ctx.file.parameters(node);
        const exception = params.length >= 2 ? params[1] : params[0];
        const body = node.childForFieldName("body");
        if (exception && body)
          checkPythonScope(body, exception.name, ctx, true);
      }
    }
  },
  typescript: {
    // checkTsScope reports only in a response call, named by its member (TS_RESPONSE_MEMBERS; Koa's `ctx.body =` too),
    // or in `new Response(…)`/`new NextResponse(…)`, whose callee resolves to exactly that name: the identifier, a
    // module of that name imported, or one `require`d inline (a require argument is not in the file's names).
    prefilter: TS_RESPONSE_PREFILTER,
    visitors: {
      CatchClause(node, ctx) {
        if (!ts.isCatchClause(node))
          return;
        const declaration = node.variableDeclaration;
        if (declaration && ts.isIdentifier(declaration.name))
          checkTsScope(node.block, declaration.name.text, ctx);
      }
    },
    groups: [
      {
        // An error handler is registered by name: nearly every call is not one, in the many files that respond.
        prefilter: { names: TS_ERROR_HANDLER_REGISTRARS, and: TS_RESPONSE_PREFILTER },
        visitors: {
          CallExpression(node, ctx) {
            if (!ts.isCallExpression(node))
              return;
            const member = ctx.file.calleeMember(node);
            const handler = node.arguments.find((arg) => ts.isArrowFunction(arg) || ts.isFunctionExpression(arg));
            if (!handler)
              return;
            const isErrorHandler = member === "setErrorHandler" || member === "onError" || member === "use" && handler.parameters.length === 4;
            const first = handler.parameters[0];
            if (isErrorHandler && first && ts.isIdentifier(first.name))
              checkTsScope(handler.body, first.name.text, ctx);
          }
        }
      }
    ]
  }
});

// dist/rules/hardcoded-bind-config.js
var PYTHON_STARTERS = /* @__PURE__ */ new Set(["uvicorn.run", "aiohttp.web.run_app", "waitress.serve", "hypercorn.run", "granian.Granian"]);
var APP_RUN_MODULES = ["flask", "quart", "sanic", "flask_socketio"];
var TS_STARTERS = /* @__PURE__ */ new Set(["@hono/node-server.serve", "Bun.serve", "Deno.serve"]);
var BIND_ALL = /* @__PURE__ */ new Set(["0.0.0.0", "::", "[::]", ""]);
function describe(setting, value) {
  if (value === void 0 || value === null)
    return void 0;
  if (setting === "host" && typeof value === "string" && BIND_ALL.has(value))
    return void 0;
  return `${setting} ${JSON.stringify(value)}`;
}
function reportLiterals(found, report3) {
  const settings = found.filter((item) => !!item);
  if (settings.length > 0)
    report3(settings.join(", "));
}
function checkPython(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? "";
  const isStarter = PYTHON_STARTERS.has(callee);
  const isAppRun = !isStarter && file.calleeMember(node) === "run" && node.childForFieldName("function")?.type === "attribute" && APP_RUN_MODULES.some((module) => file.importsModule(module));
  if (!isStarter && !isAppRun)
    return;
  const positional = file.positionalArguments(node);
  const offset = callee.endsWith("socketio.run") || isStarter ? 1 : 0;
  const host = file.keywordArgument(node, "host") ?? (isAppRun ? positional[offset] : void 0);
  const port = file.keywordArgument(node, "port") ?? (isAppRun ? positional[offset + 1] : void 0);
  const level = file.keywordArgument(node, "log_level");
  reportLiterals([describe("host", file.literal(host)), describe("port", file.literal(port)), describe("log_level", file.literal(level))], (settings) => ctx.report({ node, messageId: "literal", data: { settings, call: `${file.calleeName(node) ?? "run"}()` } }));
}
function checkTypeScript(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? "";
  let port;
  let host;
  if (file.calleeMember(node) === "listen" && ts.isPropertyAccessExpression(node.expression)) {
    const first = node.arguments[0];
    if (first && ts.isObjectLiteralExpression(file.unwrap(first) ?? first)) {
      port = file.literal(file.property(first, "port"));
      host = file.literal(file.property(first, "host"));
    } else {
      port = file.literal(first);
      host = typeof file.literal(node.arguments[1]) === "string" ? file.literal(node.arguments[1]) : void 0;
    }
    if (typeof port !== "number" && !(typeof port === "string" && /^\d+$/.test(port)))
      port = void 0;
  } else if (TS_STARTERS.has(callee)) {
    port = file.literal(file.property(node.arguments[0], "port"));
    host = file.literal(file.property(node.arguments[0], "hostname"));
  } else {
    return;
  }
  reportLiterals([describe("host", host), describe("port", port)], (settings) => ctx.report({ node, messageId: "literal", data: { settings, call: `${callee || "listen"}()` } }));
}
var hardcoded_bind_config_default = defineRule({
  id: "hardcoded-bind-config",
  category: "operations",
  severity: "low",
  confidence: "medium",
  seeds: ["000"],
  summary: "Server host, port or log level hardcoded in the entry point",
  messages: {
    literal: "{{call}} uses {{settings}} from literals; platforms set PORT (Cloud Run, Heroku, Render) and operators need to change these without a code change"
  },
  fixHint: 'Read them from the environment or a settings object: `port=int(os.environ.get("PORT", "8080"))`, `app.listen(Number(process.env.PORT ?? 3000))`.',
  python: {
    visitors: {
      call(node, ctx) {
        if (!isNonServerPath(ctx.path))
          checkPython(node, ctx);
      }
    }
  },
  typescript: {
    // Reports are at `x.listen(…)` (the member is an identifier of the file) or at a call of one of TS_STARTERS.
    prefilter: calleePrefilter(TS_STARTERS, ["listen"]),
    visitors: {
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node) && !isNonServerPath(ctx.path))
          checkTypeScript(node, ctx);
      }
    }
  }
});

// dist/rules/hardcoded-secret.js
function providerKeyFinding(value) {
  const provider = secrets_exports.providerKeyIn(value);
  return provider && { messageId: "providerKey", secret: provider.key, data: { provider: provider.provider, masked: secrets_exports.maskSecret(provider.key) } };
}
function secretAssignmentFinding(value, name) {
  if (!name || !secrets_exports.isSecretName(name) || secrets_exports.isPlaceholderSecret(value))
    return void 0;
  return { messageId: "secretAssignment", secret: value, confidence: "medium", data: { name, masked: secrets_exports.maskSecret(value) } };
}
function judge(value, targetName) {
  return providerKeyFinding(value) ?? (value.length < secrets_exports.MIN_SECRET_LENGTH ? void 0 : secretAssignmentFinding(value, targetName()));
}
function pythonTargetName(node, ctx) {
  let value = node;
  while (value.parent?.type === "parenthesized_expression")
    value = value.parent;
  const parent = value.parent;
  if (!parent)
    return void 0;
  switch (parent.type) {
    case "assignment": {
      if (parent.childForFieldName("right")?.id !== value.id)
        return void 0;
      const left = parent.childForFieldName("left");
      if (left?.type === "identifier")
        return left.text;
      if (left?.type === "attribute")
        return left.childForFieldName("attribute")?.text;
      if (left?.type === "subscript")
        return ctx.file.stringValue(left.childForFieldName("subscript"));
      return void 0;
    }
    case "keyword_argument":
    case "default_parameter":
    case "typed_default_parameter":
      return parent.childForFieldName("value")?.id === value.id ? parent.childForFieldName("name")?.text : void 0;
    case "pair":
      return parent.childForFieldName("value")?.id === value.id ? ctx.file.stringValue(parent.childForFieldName("key")) : void 0;
    default:
      return void 0;
  }
}
function tsTargetName(node, ctx) {
  let value = node;
  while (ts.isParenthesizedExpression(value.parent) || ts.isAsExpression(value.parent) || ts.isSatisfiesExpression(value.parent))
    value = value.parent;
  const parent = value.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === value) {
    return ts.isIdentifier(parent.name) ? parent.name.text : void 0;
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === value)
    return ts.isIdentifier(parent.name) ? parent.name.text : ctx.file.stringValue(parent.name);
  if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && parent.right === value) {
    const left = parent.left;
    if (ts.isIdentifier(left))
      return left.text;
    if (ts.isPropertyAccessExpression(left))
      return left.name.text;
    if (ts.isElementAccessExpression(left))
      return ctx.file.stringValue(left.argumentExpression);
  }
  return void 0;
}
var hardcoded_secret_default = defineRule({
  id: "hardcoded-secret",
  category: "security",
  severity: "critical",
  confidence: "high",
  seeds: ["000", "002"],
  summary: "Secret written literally in the source",
  messages: {
    providerKey: "{{provider}} key ({{masked}}) is written in the source; anyone who can read the repository, an image or a log can use it",
    secretAssignment: "{{name}} is given a literal value ({{masked}}), inferred to be a secret from its name; secrets in source end up in git history and images"
  },
  fixHint: "Read the secret from the environment or a secret manager at start-up (and fail if it is missing), then rotate the exposed value: it is in git history.",
  python: {
    visitors: {
      string(node, ctx) {
        if (secrets_exports.isTestPath(ctx.path) || node.parent?.type === "concatenated_string" && node.parent.namedChildren.length > 1 && !secrets_exports.providerKeyIn(node.text))
          return;
        const value = node.namedChildren.some((child) => child?.type === "interpolation") ? node.text : ctx.file.stringValue(node);
        if (value === void 0)
          return;
        const found = judge(value, () => node.namedChildren.some((child) => child?.type === "interpolation") ? void 0 : pythonTargetName(node, ctx));
        if (found)
          ctx.report({ node, messageId: found.messageId, data: found.data, confidence: found.confidence, redact: [found.secret] });
      }
    }
  },
  typescript: {
    // A secret assignment has no prefilter: its target is known by a word anywhere in its name, which `key` and `token`
    // put in most files. A provider key is a literal holding one of its format's fixed parts (PROVIDER_KEY_MARKERS) or
    // spelling one with an escape: few files hold one, and the format patterns, asked of every literal, run only there.
    visitors: {
      StringLiteral: checkTsAssignment,
      NoSubstitutionTemplateLiteral: checkTsAssignment
    },
    groups: [
      {
        prefilter: { words: [...secrets_exports.PROVIDER_KEY_MARKERS, ...["x", "u", ..."01234567"].map((escape) => `\\${escape}`)] },
        visitors: {
          StringLiteral: checkTsProviderKey,
          NoSubstitutionTemplateLiteral: checkTsProviderKey,
          TemplateExpression(node, ctx) {
            if (secrets_exports.isTestPath(ctx.path))
              return;
            const found = providerKeyFinding(node.getText(ctx.file.source));
            if (found)
              ctx.report({ node, messageId: found.messageId, data: found.data, redact: [found.secret] });
          }
        }
      }
    ]
  }
});
function isTsValueString(node, ctx) {
  if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node))
    return false;
  return !secrets_exports.isTestPath(ctx.path) && !ts.isLiteralTypeNode(node.parent) && !ts.isImportDeclaration(node.parent) && !ts.isExternalModuleReference(node.parent);
}
function checkTsProviderKey(node, ctx) {
  const found = isTsValueString(node, ctx) ? providerKeyFinding(node.text) : void 0;
  if (found)
    ctx.report({ node, messageId: found.messageId, data: found.data, redact: [found.secret] });
}
function checkTsAssignment(node, ctx) {
  if (!isTsValueString(node, ctx) || node.text.length < secrets_exports.MIN_SECRET_LENGTH)
    return;
  const name = tsTargetName(node, ctx);
  const found = name && !secrets_exports.providerKeyIn(node.text) ? secretAssignmentFinding(node.text, name) : void 0;
  if (found)
    ctx.report({ node, messageId: found.messageId, data: found.data, confidence: found.confidence, redact: [found.secret] });
}

// dist/rules/health-leaks-internals.js
var INTERNAL_KEY = /^(?:models?|model_?(?:name|id)|llm_?model|[a-z_]*version|git_?(?:sha|commit)|commit|build(?:_?id)?|uptime(?:_?s(?:econds)?)?|start(?:ed)?_?(?:at|time)|pid|hostname|platform|environment|env|config|settings|memory(?:_?\w+)?|cpu(?:_?\w+)?|[a-z_]*_?count|requests|total_?requests|active_?(?:sessions|tasks|requests|users|connections)|sessions|tasks|errors|[a-z_]*_?(?:url|dsn|uri))$/i;
var STATUS_PATH = /^\/(?:api\/)?(?:v\d+\/)?(?:status|info|version|metrics\/summary)$/;
var AUTH_DECORATOR = /login_required|requires_auth|jwt_required|auth_required|require_auth|authenticated|permission_required/;
function isHealthPath(path) {
  return !!path && (isLivenessPath(path) || isReadinessPath(path) || STATUS_PATH.test(path));
}
function pyKeys(node, ctx, keys) {
  for (const pair of [node, ...ctx.file.descendants(node, /* @__PURE__ */ new Set(["pair", "keyword_argument"]))]) {
    if (pair.type === "pair") {
      const key = ctx.file.stringValue(pair.childForFieldName("key"));
      if (key && INTERNAL_KEY.test(key))
        keys.add(key);
    } else if (pair.type === "keyword_argument" && /(?:^|\.)(?:dict|jsonify)$/.test(ctx.file.calleeName(pair.parent.parent) ?? "")) {
      const key = pair.childForFieldName("name")?.text;
      if (key && INTERNAL_KEY.test(key))
        keys.add(key);
    }
  }
}
function reportKeys(keys, node, path, ctx) {
  if (keys.size === 0)
    return;
  ctx.report({ node, messageId: "leaks", data: { path, keys: [...keys].slice(0, 5).join(", ") } });
}
var health_leaks_internals_default = defineRule({
  id: "health-leaks-internals",
  category: "security",
  severity: "low",
  confidence: "medium",
  seeds: ["004"],
  summary: "Unauthenticated health endpoint returns internal details",
  messages: {
    leaks: "Health route {{path}} has no auth in front and returns internal details ({{keys}}), judged by key names; anyone can fingerprint the model, versions and load"
  },
  fixHint: "Return only status (and dependency states) from public health routes; move versions, models and counters to authenticated admin endpoints or metrics.",
  python: {
    visitors: {
      function_definition(node, ctx) {
        const route = ctx.file.routeDecorator(node);
        if (!route || !isHealthPath(route.path))
          return;
        const params = ctx.file.parameters(node);
        if (params.some((param) => /Depends\(|Security\(/.test(`${param.default?.text ?? ""}${param.annotation?.text ?? ""}`)))
          return;
        if (ctx.file.decorators(node).some((decorator) => AUTH_DECORATOR.test(decorator.text)) || AUTH_DECORATOR.test(route.decorator.text))
          return;
        const keys = /* @__PURE__ */ new Set();
        const body = node.childForFieldName("body");
        for (const statement of body ? ctx.file.descendants(body, /* @__PURE__ */ new Set(["return_statement"]), true) : [])
          pyKeys(statement, ctx, keys);
        reportKeys(keys, ctx.file.definitionAnchor(node), route.path ?? "", ctx);
      }
    }
  },
  typescript: {
    prefilter: { names: ROUTE_CALL_MEMBERS },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const route = ctx.file.routeCall(node);
        if (!route || !isHealthPath(route.path))
          return;
        if (route.handlers.length > 1 || route.options && (ctx.file.hasProperty(route.options, "preHandler") || ctx.file.hasProperty(route.options, "onRequest")))
          return;
        const handler = ctx.file.handlerFunction(route.handlers[0]);
        if (!handler?.body)
          return;
        const keys = /* @__PURE__ */ new Set();
        const visit = (child) => {
          const isState = ts.isPropertyAssignment(child) && /^\s*(?:['"`](?:ok|pass|fail|warn|up|down|healthy|unhealthy|error)['"`]|.*\?\s*['"`]\w+['"`]\s*:\s*['"`]\w+['"`])\s*$/.test(child.initializer.getText(ctx.file.source));
          if ((ts.isPropertyAssignment(child) || ts.isShorthandPropertyAssignment(child)) && !isState) {
            const key = child.name.getText(ctx.file.source).replace(/^['"]|['"]$/g, "");
            if (INTERNAL_KEY.test(key))
              keys.add(key);
          }
          ts.forEachChild(child, visit);
        };
        visit(handler.body);
        reportKeys(keys, node, route.path, ctx);
      }
    }
  }
});

// dist/rules/in-memory-state.js
var PYTHON_IN_MEMORY = /* @__PURE__ */ new Map([
  ["InMemorySessionService", "google.adk"],
  ["InMemoryRunner", "google.adk"],
  ["InMemoryArtifactService", "google.adk"],
  ["InMemoryMemoryService", "google.adk"],
  ["InMemoryTaskStore", "a2a"],
  ["InMemoryPushNotificationConfigStore", "a2a"],
  ["InMemoryPushNotifier", "a2a"],
  ["MemorySaver", "langgraph"],
  ["InMemorySaver", "langgraph"],
  ["InMemoryStore", "langgraph"],
  ["InMemoryChatMessageHistory", "langchain"],
  ["ChatMessageHistory", "langchain"]
]);
var TS_IN_MEMORY = /* @__PURE__ */ new Map([
  ["InMemorySessionService", /^@google\/adk/],
  ["InMemoryRunner", /^@google\/adk/],
  ["InMemoryArtifactService", /^@google\/adk/],
  ["InMemoryMemoryService", /^@google\/adk/],
  ["InMemoryTaskStore", /^@a2a-js\//],
  ["InMemoryPushNotificationStore", /^@a2a-js\//],
  ["MemorySaver", /^@langchain\//],
  ["InMemorySaver", /^@langchain\//],
  ["InMemoryStore", /^@langchain\//],
  ["InMemoryChatMessageHistory", /^@langchain\//],
  ["MemoryStore", /^express-session$/]
]);
var ADK_APP_FACTORY = "google.adk.cli.fast_api.get_fast_api_app";
var ENVIRONMENT_CONDITION2 = /env|environ|settings|config|debug|dev|test|local|memory|(?:url|uri|dsn)\b|redis|database|persist/i;
var REPORTED = memoSlot("reported positions");
function firstReport(file, node) {
  const key = node.startIndex ?? node.pos ?? -1;
  const seen = file.memos.get(REPORTED, () => /* @__PURE__ */ new Set());
  if (seen.has(key))
    return false;
  seen.add(key);
  return true;
}
function pythonInEnvironmentBranch(node) {
  for (let current = node.parent; current; current = current.parent) {
    const condition = current.type === "conditional_expression" ? current.namedChild(1) : current.type === "if_statement" || current.type === "elif_clause" ? current.childForFieldName("condition") : void 0;
    if (condition && !within(node, condition) && ENVIRONMENT_CONDITION2.test(condition.text))
      return true;
  }
  return false;
}
function within(node, outer) {
  return node.startIndex >= outer.startIndex && node.endIndex <= outer.endIndex;
}
function typescriptInEnvironmentBranch(node, file) {
  for (let current = node; current.parent; current = current.parent) {
    const parent = current.parent;
    const condition = ts.isIfStatement(parent) ? parent.expression : ts.isConditionalExpression(parent) ? parent.condition : void 0;
    if (condition && condition !== current && ENVIRONMENT_CONDITION2.test(condition.getText(file.source)))
      return true;
  }
  return false;
}
function checkPythonSdkCall(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node);
  if (!callee)
    return;
  if (callee === ADK_APP_FACTORY) {
    if (!file.hasKeywordArgument(node, "session_service_uri") && !file.hasKeywordArgument(node, "session_db_url") && !file.hasSplatKeywords(node)) {
      ctx.report({ node, messageId: "adkDefault" });
    }
    return;
  }
  const name = callee.slice(callee.lastIndexOf(".") + 1);
  const origin = PYTHON_IN_MEMORY.get(name);
  if (!origin)
    return;
  const fromPackage = callee.startsWith(`${origin}.`) || callee.startsWith(`${origin}_`) || callee === name && file.importsModule(origin);
  if (!fromPackage || pythonInEnvironmentBranch(node))
    return;
  ctx.report({ node, messageId: "sdkInMemory", data: { name } });
}
function pythonWriterKind(fn, file) {
  if (semantics_exports.isRequestHandler(fn, file))
    return "handler";
  if (semantics_exports.enclosingHandler(fn, file))
    return "handler";
  const name = fn.childForFieldName("name")?.text ?? "";
  if (name === "__init__" || name === "__post_init__" || name.startsWith("test_"))
    return void 0;
  if (semantics_exports.isAgentTool(fn, file))
    return "tool";
  return "function";
}
function writeTarget(node) {
  let target = node;
  while (target?.type === "subscript")
    target = target.childForFieldName("value");
  return target ?? void 0;
}
function setsRecordField(at, container, file) {
  if (at.type !== "assignment" || container?.type !== "dictionary")
    return false;
  const left = at.childForFieldName("left");
  if (left?.type !== "subscript" || !["identifier", "attribute"].includes(left.childForFieldName("value")?.type ?? ""))
    return false;
  const key = file.stringValue(left.childForFieldName("subscript"));
  return key !== void 0 && container.namedChildren.some((pair) => pair?.type === "pair" && file.stringValue(pair.childForFieldName("key")) === key);
}
function checkPythonWrite(target, at, ctx) {
  const { file } = ctx;
  const fn = file.enclosingFunction(at);
  if (!fn || isTestPath(ctx.path))
    return;
  if (target.type === "identifier") {
    const name = target.text;
    const value = semantics_exports.moduleContainer(name, fn, file);
    if (!value || isDeliberatelyInMemory(name) || setsRecordField(at, value, file))
      return;
    report(value.parent ?? value, name, pythonWriterKind(fn, file), ctx);
  } else if (target.type === "attribute" && target.childForFieldName("object")?.text === "self") {
    const name = target.childForFieldName("attribute")?.text ?? "";
    const owner = file.enclosingClass(fn);
    if (!owner || isDeliberatelyInMemory(name) || isInMemoryByDesign(owner.childForFieldName("name")?.text ?? ""))
      return;
    const init = semantics_exports.instanceContainer(owner, name, file);
    if (!init || setsRecordField(at, init.childForFieldName("right"), file))
      return;
    const kind = pythonWriterKind(fn, file);
    const instantiatedHere = semantics_exports.classInstantiation(owner, file) === "module";
    if (kind === "handler" || kind === "tool" || instantiatedHere || looksLikeStateStore(name))
      report(init, `self.${name}`, kind === "function" ? "method" : kind, ctx);
  }
}
function report(at, name, kind, ctx) {
  if (!kind)
    return;
  if ((kind === "function" || kind === "method") && !looksLikeStateStore(name))
    return;
  if (!firstReport(ctx.file, at))
    return;
  const confidence = kind === "handler" ? void 0 : "medium";
  ctx.report({ node: at, messageId: "processStore", confidence, data: { name, writer: kind === "handler" ? "request handlers" : kind === "tool" ? "agent tools" : "code that runs after start-up" } });
}
function checkTypeScriptWrite(target, at, ctx) {
  const { file } = ctx;
  const fn = file.enclosingFunction(at);
  if (!fn || isTestPath(ctx.path))
    return;
  const handler = semantics_exports2.isRequestHandler(fn, file, ctx.path) || !!semantics_exports2.enclosingHandler(fn, file, ctx.path);
  let declaration;
  let name;
  if (ts.isIdentifier(target)) {
    name = target.text;
    declaration = semantics_exports2.moduleContainer(name, file);
    const shadowed = file.descendants(fn, ts.isVariableDeclaration).some((d) => ts.isIdentifier(d.name) && d.name.text === name);
    if (shadowed)
      return;
  } else if (ts.isPropertyAccessExpression(target) && target.expression.kind === ts.SyntaxKind.ThisKeyword) {
    name = target.name.text;
    declaration = semantics_exports2.classContainer(at, name, file);
    const owner = declaration?.parent;
    if (owner && ts.isClassLike(owner) && isInMemoryByDesign(owner.name?.text ?? ""))
      return;
  } else {
    return;
  }
  if (!declaration || isDeliberatelyInMemory(name))
    return;
  if (!handler && !looksLikeStateStore(name))
    return;
  if (!firstReport(file, declaration))
    return;
  ctx.report({ node: declaration, messageId: "processStore", confidence: handler ? void 0 : "medium", data: { name, writer: handler ? "request handlers" : "code that runs after start-up" } });
}
var in_memory_state_default = defineRule({
  id: "in-memory-state",
  category: "reliability",
  severity: "high",
  confidence: "high",
  seeds: ["000", "001", "002", "003"],
  summary: "Sessions, tasks or orders kept in process memory",
  messages: {
    sdkInMemory: "{{name}} keeps its data in process memory; it is lost on every restart and not shared between replicas",
    adkDefault: "get_fast_api_app without session_service_uri keeps ADK sessions in process memory; they are lost on restart and not shared between replicas",
    expressSession: "express-session without a `store` uses MemoryStore, which leaks memory and loses sessions on restart (its docs say it is not for production)",
    processStore: "{{name}} is an in-process store written by {{writer}}; its data is lost on restart and differs between replicas"
  },
  fixHint: "Keep sessions, tasks and orders in a shared store (Redis, a database, DatabaseSessionService, a persistent A2A TaskStore, a LangGraph Postgres/Redis checkpointer); pass its URL from settings.",
  python: {
    visitors: {
      call(node, ctx) {
        if (isTestPath(ctx.path))
          return;
        checkPythonSdkCall(node, ctx);
        const fn = node.childForFieldName("function");
        if (fn?.type !== "attribute" || !semantics_exports.CONTAINER_WRITE_METHODS.has(fn.childForFieldName("attribute")?.text ?? ""))
          return;
        const target = writeTarget(fn.childForFieldName("object"));
        if (target)
          checkPythonWrite(target, node, ctx);
      },
      assignment(node, ctx) {
        const left = node.childForFieldName("left");
        if (left?.type !== "subscript")
          return;
        const target = writeTarget(left);
        if (target)
          checkPythonWrite(target, node, ctx);
      }
    }
  },
  typescript: {
    // No prefilter: a store can be a bare `{}` or `[]` written at `store[key]` in a handler, which no name or word marks.
    visitors: {
      NewExpression(node, ctx) {
        if (!ts.isNewExpression(node) || isTestPath(ctx.path))
          return;
        const callee = ctx.file.calleeName(node) ?? "";
        const name = callee.slice(callee.lastIndexOf(".") + 1);
        const modulePattern = TS_IN_MEMORY.get(name);
        if (modulePattern?.test(callee.slice(0, -(name.length + 1))) && !typescriptInEnvironmentBranch(node, ctx.file))
          ctx.report({ node, messageId: "sdkInMemory", data: { name } });
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || isTestPath(ctx.path))
          return;
        const { file } = ctx;
        const callee = node.expression;
        const mayBeSession = ts.isIdentifier(callee) ? file.importsModule("express-session") : !ts.isPropertyAccessExpression(callee);
        if (mayBeSession && file.calleeName(node) === "express-session") {
          const options2 = node.arguments[0];
          if (!options2 || !file.hasProperty(options2, "store") && !file.hasSpread(options2) && file.resolveObject(options2))
            ctx.report({ node, messageId: "expressSession" });
          return;
        }
        if (ts.isPropertyAccessExpression(callee) && semantics_exports2.CONTAINER_WRITE_METHODS.has(callee.name.text))
          checkTypeScriptWrite(callee.expression, node, ctx);
      },
      BinaryExpression(node, ctx) {
        if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken || !ts.isElementAccessExpression(node.left))
          return;
        checkTypeScriptWrite(node.left.expression, node, ctx);
      }
    }
  }
});

// dist/rules/insecure-cookie.js
var AUTH_COOKIE = /sess|sid|token|auth|jwt|login|user|account|refresh|access|remember|csrf|xsrf/i;
var SESSION_MIDDLEWARE = /(?:^|\.)SessionMiddleware$/;
function missingFlags(flags, defaults) {
  const missing = [];
  if (flags.httpOnly === false || flags.httpOnly === void 0 && !defaults.httpOnly)
    missing.push("HttpOnly");
  if (flags.secure === false || flags.secure === void 0)
    missing.push("Secure");
  const sameSite = typeof flags.sameSite === "string" ? flags.sameSite.toLowerCase() : flags.sameSite;
  if (sameSite === false || sameSite === void 0 && !defaults.sameSite)
    missing.push("SameSite");
  return missing;
}
var KEEP = /* @__PURE__ */ Symbol("configured");
function pyFlag(call, name, ctx) {
  const value = ctx.file.keywordArgument(call, name);
  if (!value)
    return void 0;
  const literal = ctx.file.literal(value);
  return literal === void 0 ? KEEP : literal;
}
function report2(node, name, missing, ctx) {
  if (missing.length === 0)
    return;
  const cookie = name ?? "cookie";
  const isAuth = AUTH_COOKIE.test(cookie);
  const data = { cookie, missing: missing.join(", ") };
  if (isAuth)
    ctx.report({ node, messageId: "insecure", data });
  else
    ctx.report({ node, messageId: "insecureUnknown", data, confidence: "medium" });
}
var insecure_cookie_default = defineRule({
  id: "insecure-cookie",
  category: "security",
  severity: "medium",
  confidence: "high",
  seeds: ["002"],
  summary: "Cookie set without HttpOnly, Secure or SameSite",
  messages: {
    insecure: 'Cookie "{{cookie}}" is set without {{missing}}; a script, a plain-HTTP hop or a cross-site request can read or replay it',
    insecureUnknown: 'Cookie "{{cookie}}" is set without {{missing}} (it may not be a session cookie; judged by name)',
    sessionMiddleware: "SessionMiddleware signs the session cookie but sends it over plain HTTP too (https_only is not set)"
  },
  fixHint: 'Set the cookie with httponly/httpOnly=True, secure=True and samesite="lax" (or "strict"); for Starlette sessions pass https_only=True.',
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (file.hasSplatKeywords(node))
          return;
        if (file.calleeMember(node) === "set_cookie") {
          const flaskLike = file.importsModule("flask") || file.importsModule("quart") || file.importsModule("werkzeug");
          const flags = { httpOnly: pyFlag(node, "httponly", ctx), secure: pyFlag(node, "secure", ctx), sameSite: pyFlag(node, "samesite", ctx) };
          if (flags.sameSite === null)
            flags.sameSite = false;
          const name = file.stringValue(file.positionalArguments(node)[0] ?? file.keywordArgument(node, "key"));
          report2(node, name, missingFlags(flags, { httpOnly: false, sameSite: !flaskLike }), ctx);
          return;
        }
        const middleware = file.calleeMember(node) === "add_middleware" || file.calleeName(node) === "starlette.middleware.Middleware" ? file.qualifiedName(file.positionalArguments(node)[0]) : void 0;
        if (middleware && SESSION_MIDDLEWARE.test(middleware)) {
          const httpsOnly = pyFlag(node, "https_only", ctx);
          if (httpsOnly === void 0 || httpsOnly === false)
            ctx.report({ node, messageId: "sessionMiddleware" });
        }
      }
    }
  },
  typescript: {
    // Every branch below needs its setter named in the file: the member `cookie`, `setCookie` or `set` of the call, or
    // Hono's `setCookie`/`setSignedCookie` in its import specifier or property access. (`set`'s receiver is matched by a
    // case-insensitive pattern, so it cannot narrow this.)
    prefilter: { names: ["cookie", "setCookie", "setSignedCookie", "set"] },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const callee = file.calleeName(node) ?? "";
        const member = file.calleeMember(node);
        let name;
        let options2;
        const defaults = { httpOnly: false, sameSite: false };
        if (callee === "hono/cookie.setCookie" || callee === "hono/cookie.setSignedCookie") {
          name = node.arguments[1];
          options2 = node.arguments[callee.endsWith("setSignedCookie") ? 4 : 3];
        } else if (member === "cookie" && node.arguments.length >= 2 && /(?:^|\.)(?:res|response|reply)$/.test(callee.replace(/\.cookie$/, "").replace(/\.status\(\)$/, ""))) {
          name = node.arguments[0];
          options2 = node.arguments[2];
        } else if (member === "setCookie" && node.arguments.length >= 2) {
          name = node.arguments[0];
          options2 = node.arguments[2];
        } else if (member === "set" && /(?:^|\.)(?:cookies(?:\(\))?|cookieStore|cookieJar)$/i.test(callee.replace(/\.set$/, "")) && !/(?:ctx|context)\.cookies$/.test(callee.replace(/\.set$/, ""))) {
          if (node.arguments.length === 1 && file.resolveObject(node.arguments[0])) {
            options2 = node.arguments[0];
            name = file.property(options2, "name");
          } else {
            name = node.arguments[0];
            options2 = node.arguments[2];
          }
        } else {
          return;
        }
        if (options2 && (!file.resolveObject(options2) || file.hasSpread(options2)))
          return;
        const flag = (key) => {
          const value = options2 ? file.property(options2, key) : void 0;
          if (!value)
            return void 0;
          const literal = file.literal(value);
          return literal === void 0 ? KEEP : literal;
        };
        const flags = { httpOnly: flag("httpOnly"), secure: flag("secure"), sameSite: flag("sameSite") };
        if (flags.sameSite === "none" || flags.sameSite === "None")
          flags.sameSite = flags.secure === true ? KEEP : false;
        report2(node, file.stringValue(name), missingFlags(flags, defaults), ctx);
      }
    }
  }
});

// dist/rules/missing-auth.js
var STATE_CHANGING = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH", "DELETE"]);
var SECURITY_SCHEMES = /(?:^|\.)(?:HTTPBearer|HTTPBasic|HTTPDigest|OAuth2PasswordBearer|OAuth2AuthorizationCodeBearer|OAuth2|OpenIdConnect|APIKeyHeader|APIKeyQuery|APIKeyCookie|HTTPAuthorizationCredentials|HTTPBasicCredentials)$/;
var AUTH_MIDDLEWARE_EXCLUDED = /CORS|GZip|TrustedHost|HTTPSRedirect|Session(?:Middleware)?$|RateLimit|Limiter|SlowAPI/i;
var PY_WEB_FRAMEWORKS = ["fastapi", "starlette", "flask", "quart"];
var TS_WEB_FRAMEWORKS = ["express", "fastify", "hono", "koa", "@koa/router", "koa-router", "fastify-plugin", "@hono/zod-openapi"];
var FASTIFY_HOOKS = /* @__PURE__ */ new Set(["onRequest", "preHandler", "preValidation", "preParsing"]);
var NEXT_MIDDLEWARE_FILE = /(?:^|\/)(?:src\/)?(?:middleware|proxy)\.[cm]?[jt]sx?$/;
var NEXT_AUTH_MODULES = ["next-auth", "@clerk/nextjs", "@auth0/nextjs-auth0", "@supabase/ssr", "@kinde-oss/kinde-auth-nextjs", "better-auth", "@workos-inc/authkit-nextjs"];
var NEXT_ROUTE_HANDLERS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
var NEXT_ROUTE_FILE2 = /(?:^|\/)app\/(?:.*\/)?route\.[cm]?[jt]sx?$/;
var AGENT_MODULE = /(?:^|[/.])(?:llm|llms|agent|agents|graph|chain|chains|ai|openai|anthropic|gemini|model|models|rag|assistant|copilot|crew|runner)(?:\.[cm]?[jt]s)?$/i;
function encode(candidate) {
  return JSON.stringify(candidate);
}
function isAuthDependency(call, file) {
  const callee = file.calleeName(call) ?? "";
  if (/(?:^|\.)Security$/.test(callee))
    return true;
  if (!/(?:^|\.)Depends$/.test(callee))
    return false;
  const target = file.positionalArguments(call)[0] ?? file.keywordArgument(call, "dependency");
  if (!target)
    return false;
  const name = file.qualifiedName(target) ?? target.text;
  if (isAuthName(name) || SECURITY_SCHEMES.test(name.replace(/\(\)$/, "")))
    return true;
  const assigned = target.type === "identifier" ? file.moduleAssignments.get(target.text) : void 0;
  return assigned?.type === "call" && SECURITY_SCHEMES.test(file.calleeName(assigned) ?? "");
}
var CALL_TYPES = /* @__PURE__ */ new Set(["call"]);
function containsAuthDependency(node, file) {
  if (!node)
    return false;
  const calls = node.type === "call" ? [node, ...file.descendants(node, CALL_TYPES)] : file.descendants(node, CALL_TYPES);
  return calls.some((call) => isAuthDependency(call, file));
}
function pythonRouteHasAuth(definition, file, routeDecorator, receiver) {
  for (const decorator of file.decorators(definition)) {
    if (decorator === routeDecorator || decorator.id === routeDecorator?.id) {
      if (containsAuthDependency(file.keywordArgument(decorator, "dependencies"), file))
        return true;
      continue;
    }
    const name = file.qualifiedName(decorator.type === "call" ? decorator.childForFieldName("function") : decorator) ?? "";
    if (isAuthName(name))
      return true;
  }
  for (const param of file.parameters(definition)) {
    if (containsAuthDependency(param.node, file))
      return true;
    const annotation = param.annotation?.text ?? "";
    if (annotation && (SECURITY_SCHEMES.test(annotation) || isAuthName(annotation.replace(/Annotated\[.*$/s, ""))))
      return true;
    if (annotation && file.moduleAssignments.has(annotation) && containsAuthDependency(file.moduleAssignments.get(annotation), file))
      return true;
    if (param.default?.text.startsWith("Header(") && /authorization|api_key|token/i.test(param.name))
      return true;
  }
  const router = file.moduleAssignments.get(receiver);
  if (router?.type === "call" && containsAuthDependency(file.keywordArgument(router, "dependencies"), file))
    return true;
  const body = definition.childForFieldName("body");
  return !!body && bodyChecksAuth(body.text);
}
function pythonRunsAgent(definition, file, helperDepth = 1) {
  return file.descendants(definition, CALL_TYPES).some((call) => {
    if (semantics_exports.agentCallKind(call, file) !== void 0)
      return true;
    const fn = call.childForFieldName("function");
    if (fn?.type !== "identifier")
      return false;
    const imported = file.imports.get(fn.text);
    if (imported)
      return AGENT_MODULE.test(imported.slice(0, imported.lastIndexOf(".")));
    const helper = helperDepth > 0 ? file.moduleDefinition(fn.text, "function_definition") : void 0;
    return !!helper && helper !== definition && pythonRunsAgent(helper, file, helperDepth - 1);
  });
}
function recordPythonCandidate(at, definition, methods, path, ctx) {
  if (path !== null && isPublicPath(path))
    return;
  const agent = !!definition && pythonRunsAgent(definition, ctx.file);
  const method = methods.find((m) => STATE_CHANGING.has(m)) ?? (agent ? methods[0] : void 0);
  if (!method)
    return;
  const shown2 = path === null ? "(dynamic path)" : path === "" ? "(router root)" : path;
  ctx.fact("auth-route", encode({ method, path: shown2, agent }), ctx.anchor(at));
}
function checkPythonFunction(node, ctx) {
  const { file } = ctx;
  for (const decorator of file.decorators(node)) {
    const callee = decorator.type === "call" ? decorator.childForFieldName("function") : decorator;
    const member = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
    if ((member === "middleware" || member === "before_request" || member === "before_app_request") && bodyChecksAuth(node.childForFieldName("body")?.text ?? "")) {
      ctx.fact("auth-app", member);
      return;
    }
  }
  const route = file.routeDecorator(node);
  if (!route)
    return;
  if (pythonRouteHasAuth(node, file, route.decorator, route.receiver))
    return;
  recordPythonCandidate(file.definitionAnchor(node), node, route.methods, route.path, ctx);
}
function checkPythonCall(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? "";
  const member = file.calleeMember(node) ?? "";
  if ((/(?:^|\.)FastAPI$/.test(callee) || member === "include_router") && containsAuthDependency(file.keywordArgument(node, "dependencies"), file)) {
    ctx.fact("auth-app", member);
    return;
  }
  if (member === "add_middleware" || /(?:^|\.)Middleware$/.test(callee) || member === "before_request") {
    const middleware = file.positionalArguments(node)[0] ?? file.keywordArgument(node, "middleware_class");
    const name = file.qualifiedName(middleware) ?? middleware?.text ?? "";
    const dispatch = file.keywordArgument(node, "dispatch");
    if (isAuthName(name) && !AUTH_MIDDLEWARE_EXCLUDED.test(name) || dispatch && isAuthName(dispatch.text))
      ctx.fact("auth-app", name);
    return;
  }
  const starletteRoute = /(?:^|\.)Route$/.test(callee) && callee.startsWith("starlette");
  if (starletteRoute || member === "add_api_route" || member === "add_url_rule") {
    if (!PY_WEB_FRAMEWORKS.some((module) => file.importsModule(module)))
      return;
    if (containsAuthDependency(file.keywordArgument(node, "dependencies"), file))
      return;
    const endpoint = file.keywordArgument(node, member === "add_url_rule" ? "view_func" : "endpoint") ?? file.positionalArguments(node)[member === "add_url_rule" ? 2 : 1];
    const definition = endpoint?.type === "identifier" ? file.moduleDefinition(endpoint.text, "function_definition") : void 0;
    if (definition && pythonRouteHasAuth(definition, file, void 0, ""))
      return;
    if (!definition && endpoint && isAuthName(endpoint.text))
      return;
    const declared = file.literal(file.keywordArgument(node, "methods"));
    const methods = Array.isArray(declared) ? declared.filter((m) => typeof m === "string").map((m) => m.toUpperCase()) : ["GET"];
    recordPythonCandidate(node, definition, methods, file.stringValue(file.positionalArguments(node)[0] ?? file.keywordArgument(node, "path")) ?? null, ctx);
  }
}
function checkPythonClass(node, ctx) {
  const bases = ctx.file.baseClasses(node);
  if (!bases.some((base) => /(?:^|\.)(?:BaseHTTPMiddleware|AuthenticationBackend)$/.test(base)))
    return;
  if (bodyChecksAuth(node.childForFieldName("body")?.text ?? ""))
    ctx.fact("auth-app", node.childForFieldName("name")?.text);
}
function tsRunsAgent(fn, file, helperDepth = 1) {
  return file.descendants(fn, ts.isCallExpression).some((call) => {
    if (semantics_exports2.agentCallKind(call, file) !== void 0)
      return true;
    if (!ts.isIdentifier(call.expression))
      return false;
    const imported = file.imports.get(call.expression.text);
    if (imported)
      return AGENT_MODULE.test(imported.module);
    const helper = helperDepth > 0 ? file.handlerFunction(call.expression) : void 0;
    return !!helper && helper !== fn && tsRunsAgent(helper, file, helperDepth - 1);
  });
}
function tsNameOf(node, file) {
  const expression = file.unwrap(node) ?? node;
  if (ts.isCallExpression(expression) || ts.isNewExpression(expression))
    return file.calleeName(expression) ?? expression.expression.getText(file.source);
  return file.qualifiedName(expression) ?? expression.getText(file.source);
}
function tsIsAuthMiddleware(node, file) {
  const expression = file.unwrap(node);
  if (!expression)
    return false;
  if (ts.isArrayLiteralExpression(expression))
    return expression.elements.some((element) => tsIsAuthMiddleware(element, file));
  const fn = file.handlerFunction(expression);
  if (fn && bodyChecksAuth(fn.getText(file.source)))
    return true;
  if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression))
    return false;
  return isAuthName(tsNameOf(expression, file));
}
function tsRecordCandidate(at, handler, method, path, ctx) {
  if (isPublicPath(path))
    return;
  const agent = !!handler && tsRunsAgent(handler, ctx.file);
  if (!STATE_CHANGING.has(method) && !agent)
    return;
  ctx.fact("auth-route", encode({ method: STATE_CHANGING.has(method) ? method : method, path, agent }), ctx.anchor(at));
}
function checkTsCall(node, ctx) {
  const { file } = ctx;
  const member = file.calleeMember(node) ?? "";
  if (member === "use") {
    if (node.arguments.some((arg) => tsIsAuthMiddleware(arg, file)))
      ctx.fact("auth-app", "use");
    return;
  }
  if (member === "addHook") {
    const hook = file.stringValue(node.arguments[0]);
    if (hook && FASTIFY_HOOKS.has(hook) && node.arguments[1] && tsIsAuthMiddleware(node.arguments[1], file))
      ctx.fact("auth-app", hook);
    return;
  }
  const route = file.routeCall(node);
  if (!route)
    return;
  const last2 = route.handlers.at(-1);
  const handler = last2 ? file.handlerFunction(last2) : void 0;
  if (!TS_WEB_FRAMEWORKS.some((module) => file.importsModule(module)) && !handler)
    return;
  if (route.handlers.slice(0, -1).some((middleware) => tsIsAuthMiddleware(middleware, file)))
    return;
  if (route.options) {
    for (const hook of FASTIFY_HOOKS) {
      const value = file.property(route.options, hook);
      if (value && tsIsAuthMiddleware(value, file))
        return;
    }
  }
  if (handler && bodyChecksAuth(handler.getText(file.source)))
    return;
  tsRecordCandidate(node, handler, route.method, route.path, ctx);
}
function nextRoutePath(path) {
  const match = /(?:^|\/)app\/(.*\/)?route\.[cm]?[jt]sx?$/.exec(path);
  return `/${(match?.[1] ?? "").replace(/\/$/, "").replace(/\([^)]*\)\//g, "")}`;
}
function checkNextHandler(at, name, fn, ctx) {
  if (!NEXT_ROUTE_FILE2.test(ctx.path))
    return;
  if (!NEXT_ROUTE_HANDLERS.includes(name))
    return;
  if (fn && (ts.isCallExpression(fn) ? isAuthName(tsNameOf(fn, ctx.file)) || fn.arguments.some((arg) => tsIsAuthMiddleware(arg, ctx.file)) : bodyChecksAuth(fn.getText(ctx.file.source))))
    return;
  tsRecordCandidate(at, fn, name, nextRoutePath(ctx.path), ctx);
}
function candidateOf(fact) {
  try {
    return JSON.parse(fact.value ?? "");
  } catch {
    return void 0;
  }
}
var missing_auth_default = defineRule({
  id: "missing-auth",
  category: "security",
  severity: "high",
  confidence: "high",
  seeds: ["000", "001", "002", "004"],
  summary: "Agent or state-changing route with no authentication in front",
  messages: {
    agentRoute: "{{method}} {{path}} runs an agent or LLM with no authentication dependency, decorator, guard or middleware in front; anyone who can reach it can spend your model budget and read its answers",
    stateRoute: "{{method}} {{path}} changes state with no authentication dependency, decorator, guard or middleware in front",
    agentApp: "{{framework}} app serves the agent with no authentication middleware; anyone who can reach it can run the agent"
  },
  fixHint: "Require a credential before the handler runs: a FastAPI dependency (HTTPBearer/APIKeyHeader + verification) on the route or the app, an auth middleware, or an Express/Fastify/Hono auth guard; for A2A, add authentication middleware to the built Starlette app.",
  python: {
    visitors: {
      function_definition(node, ctx) {
        if (!isTestPath(ctx.path) && PY_WEB_FRAMEWORKS.some((module) => ctx.file.importsModule(module)))
          checkPythonFunction(node, ctx);
      },
      call(node, ctx) {
        if (!isTestPath(ctx.path))
          checkPythonCall(node, ctx);
      },
      class_definition(node, ctx) {
        if (!isTestPath(ctx.path))
          checkPythonClass(node, ctx);
      }
    }
  },
  typescript: {
    // Facts and candidates start from a `.use(…)` or `.addHook(…)` call, a route call (`routeCall`), an exported
    // Next.js handler of one of NEXT_ROUTE_HANDLERS, or a Next.js middleware file, known by its path.
    prefilter: { names: ["use", "addHook", ...ROUTE_CALL_MEMBERS, ...NEXT_ROUTE_HANDLERS], paths: NEXT_MIDDLEWARE_FILE },
    visitors: {
      SourceFile(_node, ctx) {
        if (!NEXT_MIDDLEWARE_FILE.test(ctx.path))
          return;
        if (NEXT_AUTH_MODULES.some((module) => ctx.file.importsModule(module)) || bodyChecksAuth(ctx.file.text))
          ctx.fact("auth-app", "next-middleware");
      },
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node) && !isTestPath(ctx.path))
          checkTsCall(node, ctx);
      },
      FunctionDeclaration(node, ctx) {
        if (!ts.isFunctionDeclaration(node) || !node.name || !ts.isSourceFile(node.parent))
          return;
        if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
          return;
        checkNextHandler(node, node.name.text, node, ctx);
      },
      VariableStatement(node, ctx) {
        if (!ts.isVariableStatement(node) || !ts.isSourceFile(node.parent) || !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
          return;
        for (const declaration of node.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.initializer)
            checkNextHandler(declaration, declaration.name.text, ctx.file.unwrap(declaration.initializer), ctx);
        }
      }
    }
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (project.hasFact(app, "auth-app"))
        continue;
      for (const agentApp of apps.filter((a) => a.framework === "a2a" || a.framework === "adk")) {
        ctx.report({ at: agentApp, messageId: "agentApp", data: { framework: agentApp.framework === "a2a" ? "A2A" : "ADK" } });
      }
      for (const fact of project.factsOf(app, "auth-route")) {
        const candidate = candidateOf(fact);
        if (!candidate || !fact.location)
          continue;
        ctx.report({
          at: { location: fact.location, snippet: fact.snippet ?? "" },
          messageId: candidate.agent ? "agentRoute" : "stateRoute",
          confidence: candidate.agent ? void 0 : "medium",
          data: { method: candidate.method, path: candidate.path }
        });
      }
    }
  }
});

// dist/rules/missing-dockerfile.js
import { posix as posix2 } from "node:path";
var PYTHON_SERVERLESS = ["mangum", "functions_framework", "modal", "chalice", "zappa", "aws_lambda_powertools.event_handler", "vercel"];
var TS_SERVERLESS = ["hono/vercel", "hono/aws-lambda", "hono/cloudflare-workers", "hono/netlify", "hono/lambda-edge", "@vercel/node", "serverless-http", "@netlify/functions", "@cloudflare/workers-types", "@fastify/aws-lambda", "@codegenie/serverless-express", "firebase-functions"];
var SERVERLESS_DEPENDENCIES = /* @__PURE__ */ new Set(["mangum", "functions-framework", "modal", "chalice", "zappa", "wrangler", "@cloudflare/workers-types", "@vercel/node", "serverless-http", "@netlify/functions", "firebase-functions", "@fastify/aws-lambda", "@codegenie/serverless-express"]);
function containerDefinitionFinder(definitions) {
  const paths = new PathSet(definitions.map((file) => file.path));
  const directories = new PathSet(definitions.map((file) => posix2.dirname(file.path)));
  return (app) => paths.anyWithin(app.unit) || directories.anyEnclosing(posix2.dirname(app.location.file));
}
var missing_dockerfile_default = defineRule({
  id: "missing-dockerfile",
  category: "operations",
  severity: "low",
  confidence: "medium",
  seeds: ["000"],
  summary: "HTTP server has no container definition",
  messages: {
    missing: "{{framework}} app has no Dockerfile, Containerfile or Procfile in its service; how it is built and run in production is undefined"
  },
  fixHint: "Add a Dockerfile (slim pinned base, non-root USER, HEALTHCHECK, production server command); `agent-harden scaffold dockerfile` writes one.",
  python: {
    visitors: {
      module(_node, ctx) {
        if (PYTHON_SERVERLESS.some((module) => ctx.file.importsModule(module)))
          ctx.fact("serverless-platform");
      }
    }
  },
  typescript: {
    prefilter: { modules: TS_SERVERLESS },
    visitors: {
      SourceFile(_node, ctx) {
        if (TS_SERVERLESS.some((module) => ctx.file.importsModule(module)))
          ctx.fact("serverless-platform");
      }
    }
  },
  finish(project, ctx) {
    const hasContainerDefinition = containerDefinitionFinder([...project.filesOfKind("dockerfile"), ...project.filesOfKind("procfile")]);
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (apps.every((candidate) => candidate.framework === "nextjs"))
        continue;
      if (project.hasFact(app, "serverless-platform") || [...project.dependenciesOf(app.unit)].some((dep) => SERVERLESS_DEPENDENCIES.has(dep)))
        continue;
      if (apps.some(hasContainerDefinition))
        continue;
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
    }
  }
});

// dist/rules/missing-dockerignore.js
import { posix as posix3 } from "node:path";
var WHOLE_CONTEXT = /* @__PURE__ */ new Set([".", "./", "*", "./*", "/"]);
function copySources(instruction) {
  if (instruction.keyword !== "COPY" && instruction.keyword !== "ADD" || /--from[= ]/.test(instruction.args))
    return void 0;
  let operands;
  const rest = instruction.args.replace(/--[\w-]+(?:=\S+)?\s*/g, "").trim();
  try {
    operands = rest.startsWith("[") ? JSON.parse(rest) : rest.split(/\s+/);
  } catch {
    operands = rest.split(/\s+/);
  }
  return operands.slice(0, -1);
}
function copyOf(dockerfile, envFile) {
  return dockerfile.instructions.find((instruction) => copySources(instruction)?.some((source) => {
    const normal = posix3.normalize(source).replace(/\/$/, "");
    return WHOLE_CONTEXT.has(source) || normal === "." || normal === envFile || isWithin(envFile, normal);
  }));
}
var missing_dockerignore_default = defineRule({
  id: "missing-dockerignore",
  category: "operations",
  severity: "low",
  confidence: "high",
  seeds: ["002"],
  summary: "Dockerfile copies the build context while secret files exist and no .dockerignore keeps them out",
  messages: {
    missing: "{{envFile}} holds secret-looking values and `{{copy}}` copies it into the image: there is no .dockerignore beside {{file}}"
  },
  fixHint: "Add a .dockerignore listing .env, .env.*, .git, secrets and local caches, or copy only the files the image needs.",
  text: {
    env(entries, ctx) {
      if (entries.some((entry) => isSecretLookingEntry(entry.key, entry.value)))
        ctx.fact("secret-env-file", ctx.path);
    }
  },
  finish(project, ctx) {
    const ignoreDirs = new PathSet(project.filesOfKind("dockerignore").map((file) => posix3.dirname(file.path)));
    const secretFiles = project.factsWithKey("secret-env-file").map((fact) => fact.file);
    for (const [path, dockerfile] of project.dockerfiles) {
      const final = dockerfile.finalStage;
      if (!final || isDevelopmentFile(path))
        continue;
      const dir = posix3.dirname(path);
      const unit = project.unitOf(path);
      if (ignoreDirs.anyEnclosing(dir) || ignoreDirs.has(unit))
        continue;
      for (const envFile of secretFiles) {
        const context = isWithin(envFile, dir) ? dir : isWithin(envFile, unit) ? unit : void 0;
        if (context === void 0)
          continue;
        const copy = copyOf(dockerfile, context === "." ? envFile : posix3.relative(context, envFile));
        if (!copy)
          continue;
        ctx.report({ at: instructionAnchor(path, final.from), messageId: "missing", data: { envFile, copy: `${copy.keyword} ${copy.args}`, file: path } });
        break;
      }
    }
  }
});

// dist/rules/missing-health-endpoint.js
var PYTHON_HEALTH_MODULES = ["fastapi_health", "healthcheck", "fastapi_healthchecks", "health_check"];
var TS_HEALTH_MODULES = ["@godaddy/terminus", "lightship", "express-healthcheck", "express-actuator", "fastify-healthcheck", "@nestjs/terminus"];
var PYTHON_MOUNTS = /* @__PURE__ */ new Set(["include_router", "mount", "register_blueprint"]);
var TS_MOUNTS = /* @__PURE__ */ new Set(["use", "route", "register"]);
var missing_health_endpoint_default = defineRule({
  id: "missing-health-endpoint",
  category: "observability",
  severity: "medium",
  confidence: "high",
  seeds: ["000", "001", "002", "004"],
  summary: "HTTP app has no liveness endpoint",
  messages: {
    missing: "{{framework}} app has no liveness route (/livez, /healthz or /health); orchestrators and load balancers cannot tell whether it is alive"
  },
  fixHint: "Add a cheap, unauthenticated GET /livez (or /healthz) that returns 200 without touching dependencies; `agent-harden scaffold health` writes one.",
  python: {
    visitors: {
      module(_node, ctx) {
        if (PYTHON_HEALTH_MODULES.some((module) => ctx.file.importsModule(module)))
          ctx.fact("health-endpoint", "library");
      },
      call(node, ctx) {
        if (!PYTHON_MOUNTS.has(ctx.file.calleeMember(node) ?? ""))
          return;
        const prefix = ctx.file.stringValue(ctx.file.keywordArgument(node, "prefix") ?? ctx.file.keywordArgument(node, "url_prefix")) ?? ctx.file.stringValue(ctx.file.positionalArguments(node)[0]);
        if (prefix && isLivenessPath(prefix))
          ctx.fact("health-endpoint", prefix);
      }
    }
  },
  typescript: {
    prefilter: { names: [...TS_MOUNTS], modules: TS_HEALTH_MODULES },
    visitors: {
      SourceFile(_node, ctx) {
        if (TS_HEALTH_MODULES.some((module) => ctx.file.importsModule(module)))
          ctx.fact("health-endpoint", "library");
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || !TS_MOUNTS.has(ctx.file.calleeMember(node) ?? ""))
          return;
        const prefix = ctx.file.stringValue(node.arguments[0]) ?? ctx.file.stringValue(ctx.file.property(node.arguments[1], "prefix"));
        if (prefix && isLivenessPath(prefix))
          ctx.fact("health-endpoint", prefix);
        if (ctx.file.qualifiedName(node.arguments[0]) === "@fastify/under-pressure" && ctx.file.literal(ctx.file.property(node.arguments[1], "exposeStatusRoute")) !== void 0) {
          ctx.fact("health-endpoint", "under-pressure");
        }
      }
    }
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      const served = project.routesOf(app).some((route) => route.path !== null && route.method !== "POST" && isLivenessPath(route.path));
      if (served || project.hasFact(app, "health-endpoint"))
        continue;
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
    }
  }
});

// dist/rules/missing-idempotency.js
var { moneyActionOfName, moneyActionOfPath, IDEMPOTENCY_EVIDENCE, IDEMPOTENCY_WORDS } = money_actions_exports;
var PY_TOOL_DECORATOR = /(?:^|\.)(?:tool|function_tool)$/;
var PY_TOOL_WRAPPER = /(?:^|\.)(?:FunctionTool|LongRunningFunctionTool|StructuredTool\.from_function|Tool(?:\.from_function)?|FunctionTool\.from_defaults)$/;
var PY_SKILL = /(?:^|\.)AgentSkill$/;
var TS_TOOL_FACTORIES = /* @__PURE__ */ new Set([
  "@langchain/core/tools.tool",
  "@langchain/core/tools.DynamicStructuredTool",
  "@langchain/core/tools.DynamicTool",
  "ai.tool",
  "@openai/agents.tool",
  "@openai/agents-core.tool",
  "@google/adk.FunctionTool"
]);
var TS_MCP_REGISTRARS = /* @__PURE__ */ new Set(["tool", "registerTool"]);
var TS_TOOL_FACTORY_MEMBERS = [...TS_TOOL_FACTORIES].map((callee) => callee.slice(callee.lastIndexOf(".") + 1));
var TS_PREFILTER = {
  names: [.../* @__PURE__ */ new Set([...TS_TOOL_FACTORY_MEMBERS, ...TS_MCP_REGISTRARS])],
  words: [...IDEMPOTENCY_WORDS, ...[...TS_TOOL_FACTORY_MEMBERS, ...TS_TOOL_FACTORIES].flatMap((name) => [`'${name}'`, `"${name}"`])]
};
var COMMENT_LINE = /^\s*(?:#|\/\/|\*|\/\*)/;
function article(record) {
  return `${/^[aeiou]/.test(record) ? "an" : "a"} ${record}`;
}
function withoutComments(text) {
  return text.split("\n").filter((line) => !COMMENT_LINE.test(line)).join("\n");
}
var PY_APP_WIDE = /(?:^|\.)(?:add_middleware|Middleware|before_request)$/;
var TS_APP_WIDE = /* @__PURE__ */ new Set(["use", "addHook", "register"]);
var PY_ROUTE_WIDE_KEYWORDS = ["dependencies", "middleware"];
var PY_INSTALLER = /(?:^|\.)(?:install|setup|init|register|add|use|enable|configure)_\w*idempot\w*$/i;
var PY_APP_CONSTRUCTORS = /(?:^|\.)(?:FastAPI|APIRouter|include_router|Starlette|Agent|LlmAgent)$/;
function hasEvidence(text) {
  return IDEMPOTENCY_EVIDENCE.test(text) && IDEMPOTENCY_EVIDENCE.test(withoutComments(text));
}
function span(start, end) {
  return `${start}:${end}`;
}
function tsSpan(first, last2, file) {
  const line = (position) => file.lineAndCharacter(position).line + 1;
  return span(line(first.getStart(file.source)), line(last2.getEnd()));
}
function pyToolNames(node, ctx) {
  const list = node.type === "identifier" ? ctx.file.moduleAssignments.get(node.text) : node;
  if (!list || list.type !== "list" && list.type !== "tuple")
    return [];
  const names = [];
  for (const element of list.namedChildren) {
    if (element?.type === "identifier")
      names.push(element.text);
    else if (element?.type === "attribute")
      names.push(element.childForFieldName("attribute")?.text ?? "");
  }
  return names.filter(Boolean);
}
function pyCall(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? "";
  const installer = PY_INSTALLER.test(callee) && file.positionalArguments(node).some((argument) => argument.type === "identifier");
  const routeWide = PY_APP_WIDE.test(callee) || installer ? node : PY_APP_CONSTRUCTORS.test(callee) ? PY_ROUTE_WIDE_KEYWORDS.map((name) => file.keywordArgument(node, name)).find((value) => value && hasEvidence(value.text)) : void 0;
  if (routeWide && hasEvidence(routeWide.text))
    ctx.fact("idempotency-app-wide", "route");
  const toolCallback = PY_APP_CONSTRUCTORS.test(callee) ? file.keywordArgument(node, "before_tool_callback") : void 0;
  if (toolCallback && hasEvidence(toolCallback.text))
    ctx.fact("idempotency-app-wide", "tool");
  const tools = file.keywordArgument(node, "tools") ?? (file.calleeMember(node) === "bind_tools" ? file.positionalArguments(node)[0] : void 0);
  if (tools)
    for (const name of pyToolNames(tools, ctx))
      ctx.fact("agent-tool", name);
  if (PY_TOOL_WRAPPER.test(callee)) {
    const func = file.keywordArgument(node, "func") ?? file.keywordArgument(node, "fn") ?? file.positionalArguments(node)[0];
    if (func?.type === "identifier")
      ctx.fact("agent-tool", func.text);
    else if (func?.type === "attribute")
      ctx.fact("agent-tool", func.childForFieldName("attribute")?.text ?? "");
    const name = file.stringValue(file.keywordArgument(node, "name"));
    if (name && moneyActionOfName(name))
      ctx.fact("money-entry", `tool:${name}`, ctx.anchor(node));
  } else if (PY_SKILL.test(callee)) {
    const id = file.stringValue(file.keywordArgument(node, "id"));
    const name = file.stringValue(file.keywordArgument(node, "name"));
    const label = [id, name].find((candidate) => candidate && moneyActionOfName(candidate));
    if (label)
      ctx.fact("money-entry", `skill:${label}`, ctx.anchor(node));
  }
}
function pyFunction(node, ctx) {
  const { file } = ctx;
  const definition = file.definitionAnchor(node);
  if (hasEvidence(definition.text)) {
    ctx.fact("idempotent-code", span(definition.startPosition.row + 1, definition.endPosition.row + 1));
    if (file.decorators(node).some((decorator) => /(?:^|\.)middleware$/.test(file.calleeName(decorator) ?? "")))
      ctx.fact("idempotency-app-wide", "route");
    if (node.childForFieldName("name")?.text === "execute")
      ctx.fact("idempotency-app-wide", "skill");
  }
  const name = node.childForFieldName("name")?.text;
  if (!name || !moneyActionOfName(name))
    return;
  const anchor = ctx.anchor(file.definitionAnchor(node));
  const isTool = file.decorators(node).some((decorator) => PY_TOOL_DECORATOR.test(file.qualifiedName(decorator.type === "call" ? decorator.childForFieldName("function") : decorator) ?? ""));
  ctx.fact(isTool ? "money-entry" : "money-function", isTool ? `tool:${name}` : name, anchor);
}
function tsToolName(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? "";
  const args = node.arguments ?? [];
  if (TS_TOOL_FACTORIES.has(callee)) {
    const named = args.map((argument) => file.stringValue(file.property(argument, "name"))).find(Boolean);
    if (named)
      return named;
    const parent = node.parent;
    return parent && ts.isPropertyAssignment(parent) && (ts.isIdentifier(parent.name) || ts.isStringLiteral(parent.name)) ? parent.name.text : void 0;
  }
  if (ts.isCallExpression(node) && TS_MCP_REGISTRARS.has(file.calleeMember(node) ?? "") && ts.isPropertyAccessExpression(node.expression)) {
    return file.stringValue(args[0]);
  }
  return void 0;
}
function tsInvocation(node, ctx) {
  const name = tsToolName(node, ctx);
  const moneyTool = !!name && !!moneyActionOfName(name);
  const appWide = ts.isCallExpression(node) && TS_APP_WIDE.has(ctx.file.calleeMember(node) ?? "");
  const route = ts.isCallExpression(node) && !appWide && !!ctx.file.routeCall(node);
  if (!moneyTool && !appWide && !route)
    return;
  const evidence = hasEvidence(node.getText(ctx.file.source));
  if (moneyTool && !evidence)
    ctx.fact("money-entry", `tool:${name}`, ctx.anchor(node));
  if (!evidence)
    return;
  if (appWide)
    ctx.fact("idempotency-app-wide", "route");
  else if (route)
    ctx.fact("idempotent-code", tsSpan(node, node, ctx.file));
}
function tsFunction(node, ctx) {
  if (!hasEvidence(node.getText(ctx.file.source)))
    return;
  ctx.fact("idempotent-code", tsSpan(node.parent && ts.isCallExpression(node.parent) ? node.parent : node, node, ctx.file));
}
function anchorOf(fact) {
  return fact.location && fact.snippet !== void 0 ? { location: fact.location, snippet: fact.snippet } : void 0;
}
var missing_idempotency_default = defineRule({
  id: "missing-idempotency",
  category: "reliability",
  severity: "medium",
  // Inferred from names and paths, and from the absence of any idempotency key in the service.
  confidence: "medium",
  seeds: ["000"],
  summary: "Payment, order or checkout operation with no idempotency key",
  messages: {
    route: "{{route}} looks like it creates or pays for {{record}} (inferred from its path), and nothing in this service reads an idempotency key or dedupes requests; a client or proxy retry after a timeout does it twice",
    tool: "agent tool {{name}} looks like it creates or pays for {{record}} (inferred from its name), and nothing in this service takes an idempotency key or dedupes calls; a model or client retry after a timeout does it twice",
    skill: "A2A skill {{name}} looks like it creates or pays for {{record}} (inferred from its id), and nothing in this service takes an idempotency key or dedupes requests; a client retry after a timeout does it twice"
  },
  fixHint: "Take a client-supplied idempotency key (an `Idempotency-Key` header or an `idempotency_key` argument), store the first result under it in a shared store with a TTL, replay that result for repeats, and pass the key on to the payment provider (Stripe `idempotency_key=` / `idempotencyKey`).",
  python: {
    visitors: {
      call(node, ctx) {
        if (!isTestPath(ctx.path))
          pyCall(node, ctx);
      },
      function_definition(node, ctx) {
        if (!isTestPath(ctx.path))
          pyFunction(node, ctx);
      }
    }
  },
  typescript: {
    prefilter: TS_PREFILTER,
    visitors: {
      ArrowFunction(node, ctx) {
        if (!isTestPath(ctx.path))
          tsFunction(node, ctx);
      },
      FunctionExpression(node, ctx) {
        if (!isTestPath(ctx.path))
          tsFunction(node, ctx);
      },
      FunctionDeclaration(node, ctx) {
        if (!isTestPath(ctx.path))
          tsFunction(node, ctx);
      },
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node) && !isTestPath(ctx.path))
          tsInvocation(node, ctx);
      },
      NewExpression(node, ctx) {
        if (ts.isNewExpression(node) && !isTestPath(ctx.path))
          tsInvocation(node, ctx);
      }
    }
  },
  finish(project, ctx) {
    const key = (fact) => `${fact.unit}\0${fact.language}`;
    const appWide = new Set(project.factsWithKey("idempotency-app-wide").map((fact) => `${key(fact)}\0${fact.value}`));
    const covered = /* @__PURE__ */ new Map();
    for (const fact of project.factsWithKey("idempotent-code")) {
      const [start, end] = fact.value.split(":").map(Number);
      covered.set(fact.file, [...covered.get(fact.file) ?? [], [start, end]]);
    }
    const handled = (kind, at) => appWide.has(`${key(at)}\0${kind}`) || (covered.get(at.location.file) ?? []).some(([start, end]) => at.location.line >= start && at.location.line <= end);
    const tools = new Set(project.factsWithKey("agent-tool").map((fact) => `${key(fact)}\0${fact.value}`));
    for (const route of project.routes) {
      if (route.method !== "POST" || route.path === null || handled("route", route) || isTestPath(route.location.file))
        continue;
      const record = moneyActionOfPath(route.path);
      if (record)
        ctx.report({ at: route, messageId: "route", data: { route: `POST ${route.path}`, record: article(record) } });
    }
    for (const fact of project.factsWithKey("money-function")) {
      const at = anchorOf(fact);
      if (!at || handled("tool", { ...fact, location: at.location }) || !tools.has(`${key(fact)}\0${fact.value}`))
        continue;
      ctx.report({ at, messageId: "tool", data: { name: fact.value, record: article(moneyActionOfName(fact.value)) } });
    }
    for (const fact of project.factsWithKey("money-entry")) {
      const at = anchorOf(fact);
      const [kind, name] = fact.value.split(/:(.*)/s);
      if (!at || handled(kind === "skill" ? "skill" : "tool", { ...fact, location: at.location }))
        continue;
      ctx.report({ at, messageId: kind === "skill" ? "skill" : "tool", data: { name, record: article(moneyActionOfName(name)) } });
    }
  }
});

// dist/rules/missing-metrics.js
var PYTHON_MODULES = [
  "prometheus_client",
  "prometheus_fastapi_instrumentator",
  "starlette_exporter",
  "starlette_prometheus",
  "prometheus_flask_exporter",
  "aioprometheus",
  "opentelemetry.metrics",
  "opentelemetry.sdk.metrics",
  "opentelemetry.exporter.prometheus",
  "azure.monitor.opentelemetry",
  "datadog",
  "statsd",
  "logfire"
];
var TS_MODULES = [
  "prom-client",
  "express-prom-bundle",
  "express-prometheus-middleware",
  "fastify-metrics",
  "@hono/prometheus",
  "koa-prometheus-adv",
  "@opentelemetry/sdk-metrics",
  "@opentelemetry/exporter-prometheus",
  "@opentelemetry/sdk-node",
  "@vercel/otel",
  "hot-shots",
  "dd-trace",
  "newrelic"
];
var DEPENDENCIES = /* @__PURE__ */ new Set([
  "prometheus-client",
  "prometheus-fastapi-instrumentator",
  "starlette-exporter",
  "prometheus-flask-exporter",
  "aioprometheus",
  "opentelemetry-exporter-prometheus",
  "opentelemetry-distro",
  "azure-monitor-opentelemetry",
  "logfire",
  "datadog",
  "prom-client",
  "express-prom-bundle",
  "fastify-metrics",
  "@hono/prometheus",
  "@opentelemetry/sdk-metrics",
  "@opentelemetry/auto-instrumentations-node",
  "dd-trace",
  "newrelic"
]);
var AUTO_INSTRUMENTATION = /\b(?:opentelemetry-instrument|ddtrace-run|newrelic-admin\s+run-program)\b|(?:--require|-r|--import)[\s=]+(?:@opentelemetry\/auto-instrumentations-node|dd-trace|newrelic)/;
var missing_metrics_default = defineRule({
  id: "missing-metrics",
  category: "observability",
  severity: "low",
  confidence: "medium",
  seeds: ["000", "004"],
  summary: "HTTP app exports no metrics",
  messages: {
    missing: "{{framework}} app exports no metrics (no Prometheus client, OpenTelemetry metrics or APM agent found); request rates, latencies, errors and token spend are invisible"
  },
  fixHint: "Expose Prometheus metrics (prometheus-fastapi-instrumentator, prom-client) or export OpenTelemetry metrics; count requests, latency, errors and LLM tokens.",
  python: {
    visitors: {
      module(_node, ctx) {
        if (importsAny(ctx.file, PYTHON_MODULES))
          ctx.fact("metrics");
      }
    }
  },
  typescript: {
    prefilter: { modules: TS_MODULES },
    visitors: {
      SourceFile(_node, ctx) {
        if (importsAny(ctx.file, TS_MODULES))
          ctx.fact("metrics");
      }
    }
  },
  finish(project, ctx) {
    for (const app of appsWithout(project, "metrics", DEPENDENCIES)) {
      if (project.routesOf(app).some((route) => route.path !== null && /\/metrics\/?$/.test(route.path)))
        continue;
      if (startCommandsMatch(project, app.unit, AUTO_INSTRUMENTATION))
        continue;
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
    }
  }
});

// dist/rules/missing-rate-limit.js
var PYTHON_LIMITERS = [
  /^(?:slowapi|flask_limiter)(?:\.[\w.]+)?\.Limiter$/,
  /^fastapi_limiter(?:\.[\w.]+)?\.(?:RateLimiter|WebSocketRateLimiter|FastAPILimiter\.init)$/,
  /^limits(?:\.aio)?\.strategies\.\w*RateLimiter$/,
  /^ratelimit(?:\.[\w.]+)?\.RateLimitMiddleware$/
];
var PYTHON_MIDDLEWARE_CALLS = /* @__PURE__ */ new Set(["add_middleware"]);
var LIMITER_NAME = /rate_?limit|throttl|limiter$/i;
var TS_LIMITER_MODULES = [
  "express-rate-limit",
  "express-slow-down",
  "express-brute",
  "rate-limiter-flexible",
  "@fastify/rate-limit",
  "fastify-rate-limit",
  "hono-rate-limiter",
  "koa-ratelimit",
  "koa2-ratelimit",
  "@upstash/ratelimit",
  "@nestjs/throttler"
];
var TS_REGISTRARS = /* @__PURE__ */ new Set(["use", "register"]);
var fromLimiter = resilience_exports.moduleMatcher(TS_LIMITER_MODULES, ".");
function fromLimiterModule(name) {
  return name ? fromLimiter(name) : void 0;
}
function tsMiddlewareName(node, ctx) {
  const expression = ctx.file.unwrap(node);
  if (!expression)
    return void 0;
  if (ts.isCallExpression(expression))
    return ctx.file.calleeName(expression);
  return ctx.file.qualifiedName(expression);
}
var missing_rate_limit_default = defineRule({
  id: "missing-rate-limit",
  category: "security",
  severity: "medium",
  // Absence of evidence: a gateway, ingress or WAF in front may limit requests where code cannot show it.
  confidence: "medium",
  seeds: ["000", "001", "002", "004"],
  summary: "HTTP app has no rate limiter",
  messages: {
    missing: "{{framework}} app has no rate limiter in code; one client can flood the agent endpoints and spend the model budget or exhaust the workers"
  },
  fixHint: "Limit requests per client or API key on the agent routes (slowapi or fastapi-limiter, express-rate-limit, @fastify/rate-limit, hono-rate-limiter), backed by a shared store such as Redis when running several replicas.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee)
          return;
        if (PYTHON_LIMITERS.some((pattern) => pattern.test(callee))) {
          ctx.fact("rate-limiter", callee);
          return;
        }
        const member = file.calleeMember(node);
        if ((member === "limit" || member === "shared_limit") && LIMITER_NAME.test(callee.slice(0, -(member.length + 1)))) {
          ctx.fact("rate-limiter", callee);
          return;
        }
        const isRegistration = PYTHON_MIDDLEWARE_CALLS.has(member ?? "") || /(?:^|\.)(?:Middleware|Depends|Security)$/.test(callee);
        if (!isRegistration)
          return;
        const first = file.positionalArguments(node)[0] ?? file.keywordArgument(node, "dependency") ?? file.keywordArgument(node, "middleware_class");
        const name = first?.type === "call" ? file.calleeName(first) : file.qualifiedName(first);
        if (name && LIMITER_NAME.test(name.split(".").at(-1) ?? name))
          ctx.fact("rate-limiter", name);
      }
    }
  },
  typescript: {
    // Limiter modules' names hold `-` or `@`, so only an import or an inline `require('…')` resolves a callee to one.
    prefilter: { names: [...TS_REGISTRARS, ...ROUTE_CALL_MEMBERS, "require"], modules: TS_LIMITER_MODULES },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const module = fromLimiterModule(file.calleeName(node));
        if (module) {
          ctx.fact("rate-limiter", module);
          return;
        }
        if (TS_REGISTRARS.has(file.calleeMember(node) ?? "")) {
          for (const argument of node.arguments) {
            const name = tsMiddlewareName(argument, ctx);
            const registered = fromLimiterModule(name) ?? (name && LIMITER_NAME.test(name.split(".").at(-1) ?? name) ? name : void 0);
            if (registered)
              ctx.fact("rate-limiter", registered);
          }
          return;
        }
        const route = file.routeCall(node);
        for (const handler of route?.handlers.slice(0, -1) ?? []) {
          const name = tsMiddlewareName(handler, ctx);
          if (name && LIMITER_NAME.test(name.split(".").at(-1) ?? name))
            ctx.fact("rate-limiter", name);
        }
      },
      NewExpression(node, ctx) {
        if (!ts.isNewExpression(node))
          return;
        const module = fromLimiterModule(ctx.file.calleeName(node));
        if (module)
          ctx.fact("rate-limiter", module);
      }
    }
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (project.hasFact(app, "rate-limiter"))
        continue;
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
    }
  }
});

// dist/rules/missing-readiness-endpoint.js
var PYTHON_MOUNTS2 = /* @__PURE__ */ new Set(["include_router", "mount", "register_blueprint"]);
var TS_MOUNTS2 = /* @__PURE__ */ new Set(["use", "route", "register"]);
var PYTHON_PROBE_CLASSES = /* @__PURE__ */ new Set(["fastapi_healthchecks.api.router.Probe", "fastapi_healthchecks.api.Probe", "fastapi_healthchecks.Probe"]);
var LIGHTSHIP_FACTORIES = /* @__PURE__ */ new Set(["lightship.createLightship"]);
var TERMINUS_FACTORIES = /* @__PURE__ */ new Set(["@godaddy/terminus.createTerminus", "@godaddy/terminus"]);
function terminusServesReadiness(call, ctx) {
  const checks = ctx.file.resolveObject(ctx.file.property(call.arguments[1], "healthChecks"));
  if (!checks)
    return false;
  return checks.properties.some((property) => {
    const name = property.name && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)) ? property.name.text : void 0;
    return !!name && isReadinessPath(name);
  });
}
var missing_readiness_endpoint_default = defineRule({
  id: "missing-readiness-endpoint",
  category: "observability",
  severity: "medium",
  confidence: "high",
  seeds: ["000"],
  summary: "HTTP app has no readiness endpoint",
  messages: {
    missing: "{{framework}} app has no readiness route (/readyz or /ready); traffic reaches replicas before their model clients, stores and sessions are ready, and keeps reaching them when a dependency is down"
  },
  fixHint: "Add GET /readyz that checks the dependencies a request needs (session store, database, model endpoint) and answers 503 when one is down; `agent-harden scaffold health` writes one.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (callee && PYTHON_PROBE_CLASSES.has(callee)) {
          const name = file.stringValue(file.keywordArgument(node, "name") ?? file.positionalArguments(node)[0]);
          if (name && isReadinessPath(name))
            ctx.fact("readiness-endpoint", "fastapi-healthchecks");
          return;
        }
        if (!PYTHON_MOUNTS2.has(file.calleeMember(node) ?? ""))
          return;
        const prefix = file.stringValue(file.keywordArgument(node, "prefix") ?? file.keywordArgument(node, "url_prefix")) ?? file.stringValue(file.positionalArguments(node)[0]);
        if (prefix && isReadinessPath(prefix))
          ctx.fact("readiness-endpoint", prefix);
      }
    }
  },
  typescript: {
    // Terminus counts only with a readiness key under `healthChecks` (a property name: interned, quoted or not).
    prefilter: memberPrefilter(LIGHTSHIP_FACTORIES, { names: [...TS_MOUNTS2, "healthChecks"] }),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (callee && LIGHTSHIP_FACTORIES.has(callee)) {
          ctx.fact("readiness-endpoint", "lightship");
          return;
        }
        if (callee && TERMINUS_FACTORIES.has(callee)) {
          if (terminusServesReadiness(node, ctx))
            ctx.fact("readiness-endpoint", "terminus");
          return;
        }
        if (!TS_MOUNTS2.has(file.calleeMember(node) ?? ""))
          return;
        const prefix = file.stringValue(node.arguments[0]) ?? file.stringValue(file.property(node.arguments[1], "prefix"));
        if (prefix && isReadinessPath(prefix))
          ctx.fact("readiness-endpoint", prefix);
      }
    }
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      const served = project.routesOf(app).some((route) => route.path !== null && route.method !== "POST" && isReadinessPath(route.path));
      if (served || project.hasFact(app, "readiness-endpoint"))
        continue;
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
    }
  }
});

// dist/rules/missing-request-id.js
var PYTHON_MODULES2 = ["asgi_correlation_id", "starlette_context", "flask_request_id", "flask_log_request_id", "django_guid", "fastapi_request_id", "opentelemetry.instrumentation.logging"];
var TS_MODULES2 = ["express-request-id", "cls-rtracer", "pino-http", "express-pino-logger", "hono/request-id", "koa-requestid", "@koa/request-id", "hono-pino", "express-correlation-id", "correlation-id"];
var DEPENDENCIES2 = /* @__PURE__ */ new Set(["asgi-correlation-id", "starlette-context", "flask-log-request-id", "django-guid", "opentelemetry-instrumentation-logging", "express-request-id", "cls-rtracer", "pino-http", "koa-requestid"]);
var REQUEST_ID_STRING = /^(?:x-(?:request|correlation|trace|amzn-trace|cloud-trace)-?id|x-cloud-trace-context|traceparent|request[_-]?id|correlation[_-]?id|requestId|correlationId|reqId)$/i;
var REQUEST_ID_NAME = /^(?:request_?id|correlation_?id|req_?id|trace_?id)$/i;
var REQUEST_ID_WORDS = [...["request", "correlation", "trace", "req"].flatMap((stem) => ["", "_", "-"].map((separator) => `${stem}${separator}id`)), "traceparent", "x-cloud-trace-context"];
var missing_request_id_default = defineRule({
  id: "missing-request-id",
  category: "observability",
  severity: "low",
  confidence: "medium",
  seeds: ["004"],
  summary: "HTTP app propagates no request or correlation id into its logs",
  messages: {
    missing: "{{framework}} app has no request or correlation id (no id middleware, X-Request-ID handling or id bound into log records found); one request's log lines cannot be told from another's"
  },
  fixHint: "Add request-id middleware (asgi-correlation-id, pino-http, hono/request-id) that reads or creates X-Request-ID, returns it, and binds it to every log record.",
  python: {
    visitors: {
      module(_node, ctx) {
        if (importsAny(ctx.file, PYTHON_MODULES2))
          ctx.fact("request-id");
      },
      string(node, ctx) {
        const value = ctx.file.stringValue(node);
        if (value !== void 0 && REQUEST_ID_STRING.test(value))
          ctx.fact("request-id", value);
      },
      keyword_argument(node, ctx) {
        if (REQUEST_ID_NAME.test(node.childForFieldName("name")?.text ?? ""))
          ctx.fact("request-id", "keyword");
      }
    }
  },
  typescript: {
    // Every fact starts from one of: an import of TS_MODULES; a string literal matching REQUEST_ID_STRING (its value
    // is in the text as written, but for escapes in the string); a log field whose name, as written, matches
    // REQUEST_ID_NAME; a `fastify(...)` callee, an identifier named `fastify` (a name, even when escaped) or an import
    // or require of the module 'fastify' (a string in the text): REQUEST_ID_WORDS, and `fastify`.
    prefilter: { modules: TS_MODULES2, names: ["fastify"], words: [...REQUEST_ID_WORDS, "fastify"] },
    visitors: {
      SourceFile(_node, ctx) {
        if (importsAny(ctx.file, TS_MODULES2))
          ctx.fact("request-id");
      },
      StringLiteral(node, ctx) {
        if (ts.isStringLiteral(node) && REQUEST_ID_STRING.test(node.text))
          ctx.fact("request-id", node.text);
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const callee = file.calleeName(node);
        if ((callee === "fastify" || callee === "fastify.default" || callee === "fastify.fastify") && file.property(node.arguments[0], "logger") && file.literal(file.property(node.arguments[0], "logger")) !== false) {
          ctx.fact("request-id", "fastify");
        }
        if (semantics_exports2.isLogCall(node, file) || file.calleeMember(node) === "child") {
          const fields = node.arguments.find((argument) => ts.isObjectLiteralExpression(argument));
          if (fields && ts.isObjectLiteralExpression(fields) && fields.properties.some((property) => property.name && REQUEST_ID_NAME.test(property.name.getText(file.source))))
            ctx.fact("request-id", "log field");
        }
      }
    }
  },
  finish(project, ctx) {
    for (const app of appsWithout(project, "request-id", DEPENDENCIES2))
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
  }
});

// dist/rules/missing-tracing.js
var PYTHON_MODULES3 = [
  "opentelemetry.trace",
  "opentelemetry.sdk.trace",
  "opentelemetry.instrumentation",
  "opentelemetry.exporter.cloud_trace",
  "azure.monitor.opentelemetry",
  "ddtrace",
  "elasticapm",
  "newrelic",
  "logfire",
  "langfuse",
  "langsmith",
  "openinference",
  "traceloop",
  "phoenix.otel",
  "opik",
  "weave",
  "agentops",
  "mlflow.tracing",
  "openlit"
];
var TS_MODULES3 = [
  "@opentelemetry/api",
  "@opentelemetry/sdk-node",
  "@opentelemetry/sdk-trace",
  "@opentelemetry/sdk-trace-node",
  "@opentelemetry/sdk-trace-base",
  "@opentelemetry/sdk-trace-web",
  "@opentelemetry/auto-instrumentations-node",
  "@vercel/otel",
  "dd-trace",
  "elastic-apm-node",
  "newrelic",
  "langfuse",
  "langfuse-langchain",
  "@langfuse/otel",
  "@langfuse/tracing",
  "langsmith",
  "@traceloop/node-server-sdk",
  "@arizeai/openinference-instrumentation-langchain",
  "@arizeai/openinference-instrumentation-openai",
  "@arizeai/phoenix-otel",
  "@google-cloud/trace-agent"
];
var DEPENDENCIES3 = /* @__PURE__ */ new Set([
  "opentelemetry-distro",
  "opentelemetry-sdk",
  "opentelemetry-instrumentation-fastapi",
  "opentelemetry-instrumentation-flask",
  "ddtrace",
  "logfire",
  "langfuse",
  "langsmith",
  "azure-monitor-opentelemetry",
  "elastic-apm",
  "newrelic",
  "arize-phoenix-otel",
  "openinference-instrumentation",
  "traceloop-sdk",
  "openlit",
  "@opentelemetry/sdk-node",
  "@opentelemetry/sdk-trace",
  "@opentelemetry/sdk-trace-node",
  "@opentelemetry/auto-instrumentations-node",
  "@vercel/otel",
  "dd-trace",
  "elastic-apm-node",
  "langfuse",
  "langsmith",
  "@traceloop/node-server-sdk",
  "@arizeai/phoenix-otel"
]);
var DEPLOYED_TRACING = new RegExp([
  String.raw`\b(?:opentelemetry-instrument|ddtrace-run|newrelic-admin\s+run-program)\b`,
  String.raw`(?:--require|-r|--import)[\s=]+(?:@opentelemetry\/auto-instrumentations-node|dd-trace|newrelic|elastic-apm-node)`,
  String.raw`--trace_to_cloud|--otel_to_cloud`,
  String.raw`\b(?:LANGSMITH_TRACING|LANGCHAIN_TRACING_V2)["']?\s*[=:]\s*["']?true\b`,
  String.raw`instrumentation\.opentelemetry\.io\/inject-(?:python|nodejs|sdk)["']?\s*:\s*["']?(?!false)`
].join("|"), "i");
var PYTHON_TRACING_KEYWORDS = /* @__PURE__ */ new Set(["traces_sample_rate", "traces_sampler", "enable_tracing", "trace_to_cloud", "otel_to_cloud"]);
var TS_TRACING_PROPERTIES = /* @__PURE__ */ new Set(["tracesSampleRate", "tracesSampler"]);
var OFF = /* @__PURE__ */ new Set([false, 0, null]);
var missing_tracing_default = defineRule({
  id: "missing-tracing",
  category: "observability",
  severity: "info",
  confidence: "medium",
  seeds: ["000"],
  summary: "HTTP app has no distributed tracing",
  messages: {
    missing: "{{framework}} app has no tracing (no OpenTelemetry, APM or LLM-tracing SDK found); a slow or failing agent run cannot be followed through model and tool calls"
  },
  fixHint: "Set up OpenTelemetry (opentelemetry-instrument / @opentelemetry/sdk-node with the framework instrumentation) or an OTel-based LLM tracer, exporting spans to your backend.",
  python: {
    visitors: {
      module(_node, ctx) {
        if (importsAny(ctx.file, PYTHON_MODULES3))
          ctx.fact("tracing");
      },
      keyword_argument(node, ctx) {
        const name = node.childForFieldName("name")?.text ?? "";
        if (PYTHON_TRACING_KEYWORDS.has(name) && !OFF.has(ctx.file.literal(node.childForFieldName("value"))))
          ctx.fact("tracing", name);
      }
    }
  },
  typescript: {
    prefilter: { names: [...TS_TRACING_PROPERTIES], modules: TS_MODULES3 },
    visitors: {
      SourceFile(_node, ctx) {
        if (importsAny(ctx.file, TS_MODULES3))
          ctx.fact("tracing");
      },
      PropertyAssignment(node, ctx) {
        if (!ts.isPropertyAssignment(node) || !ts.isIdentifier(node.name) || !TS_TRACING_PROPERTIES.has(node.name.text))
          return;
        if (!OFF.has(ctx.file.literal(node.initializer)))
          ctx.fact("tracing", node.name.text);
      }
    }
  },
  finish(project, ctx) {
    for (const app of appsWithout(project, "tracing", DEPENDENCIES3)) {
      if (startCommandsMatch(project, app.unit, DEPLOYED_TRACING))
        continue;
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
    }
  }
});

// dist/rules/model-output-executed.js
var PY_CODE_SINKS = /* @__PURE__ */ new Set(["eval", "exec", "builtins.eval", "builtins.exec"]);
var PY_SHELL_SINKS = /* @__PURE__ */ new Set(["os.system", "os.popen", "asyncio.create_subprocess_shell", "subprocess.getoutput", "subprocess.getstatusoutput", "commands.getoutput"]);
var PY_SUBPROCESS = /* @__PURE__ */ new Set(["subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.Popen"]);
var PY_SQL_MEMBERS = /* @__PURE__ */ new Set(["execute", "executescript", "executemany", "exec_driver_sql", "raw", "read_sql", "read_sql_query", "fetch", "fetchrow", "fetchval"]);
var PY_SQL_FUNCTIONS = /* @__PURE__ */ new Set(["sqlalchemy.text", "sqlalchemy.sql.text", "pandas.read_sql", "pandas.read_sql_query"]);
var PY_TOOL_DECORATOR2 = /(?:^|\.)(?:tool|function_tool|kernel_function|ai_function|llm_tool)$/;
var PY_NEUTRALISERS = /* @__PURE__ */ new Set(["ast.literal_eval", "int", "float", "bool", "len", "json.dumps", "shlex.quote", "html.escape"]);
var TS_SHELL = /^(?:node:)?child_process\.(?:exec|execSync)$/;
var TS_SPAWN = /^(?:node:)?child_process\.(?:spawn|spawnSync|execFile|execFileSync)$/;
var TS_VM = /^(?:node:)?vm\.(?:runInNewContext|runInThisContext|runInContext|compileFunction)$/;
var TS_SQL_MEMBERS = /* @__PURE__ */ new Set(["query", "execute", "$queryRawUnsafe", "$executeRawUnsafe", "raw", "unsafe", "exec"]);
var TS_TOOL_FACTORIES2 = /^(?:ai\.tool|@langchain\/core\/tools\.tool|@langchain\/core\/tools\.DynamicStructuredTool|@langchain\/core\/tools\.DynamicTool|langchain\/tools\.DynamicStructuredTool|@openai\/agents\.tool|@mastra\/core\/tools\.createTool)$/;
var PY_MODEL_NAMES = memoSlot("model-output names per function");
function pyModelNames(fn, ctx) {
  const byFn = ctx.file.memos.map(PY_MODEL_NAMES);
  const cached = byFn.get(fn.id);
  if (cached)
    return cached.names;
  const names = /* @__PURE__ */ new Map();
  byFn.set(fn.id, { names });
  if (ctx.file.decorators(fn).some((d) => PY_TOOL_DECORATOR2.test(ctx.file.qualifiedName(d.type === "call" ? d.childForFieldName("function") : d) ?? "")) || isListedTool(fn, ctx)) {
    for (const param of ctx.file.parameters(fn))
      if (param.name !== "self" && param.name !== "tool_context")
        names.set(param.name, "tool arguments chosen by the model");
  }
  const body = fn.childForFieldName("body");
  if (!body)
    return names;
  const assignments = ctx.file.descendants(body, /* @__PURE__ */ new Set(["assignment", "for_statement"]), true);
  for (let pass = 0; pass < 2; pass++) {
    for (const assignment of assignments) {
      const left = assignment.childForFieldName("left");
      const right = assignment.childForFieldName("right");
      if (!left || !right)
        continue;
      const source = pyModelSource(right, names, ctx);
      if (!source)
        continue;
      for (const id of left.type === "identifier" ? [left] : ctx.file.descendants(left, /* @__PURE__ */ new Set(["identifier"])))
        if (!names.has(id.text))
          names.set(id.text, source);
    }
  }
  return names;
}
var PY_LISTED_TOOLS = memoSlot("names listed in tools=[...]");
function isListedTool(fn, ctx) {
  const name = fn.childForFieldName("name")?.text;
  if (!name)
    return false;
  const listed = ctx.file.memos.get(PY_LISTED_TOOLS, () => {
    const names = /* @__PURE__ */ new Set();
    for (const kw of ctx.file.descendants(ctx.file.root, /* @__PURE__ */ new Set(["keyword_argument"]))) {
      if (kw.childForFieldName("name")?.text !== "tools")
        continue;
      for (const item of kw.childForFieldName("value")?.namedChildren ?? [])
        if (item?.type === "identifier")
          names.add(item.text);
    }
    return names;
  });
  return listed.has(name);
}
function pyModelSource(node, names, ctx) {
  if (node.type === "call" && PY_NEUTRALISERS.has(ctx.file.calleeName(node) ?? ""))
    return void 0;
  if (node.type === "identifier")
    return names.get(node.text);
  if (node.type === "call") {
    const kind = semantics_exports.agentCallKind(node, ctx.file);
    if (kind)
      return kind === "llm" ? "LLM response" : "agent output";
  }
  for (const child of node.namedChildren) {
    if (!child || child.type === "lambda")
      continue;
    const source = pyModelSource(child, names, ctx);
    if (source)
      return source;
  }
  return void 0;
}
function pyAllowlisted(fn, names, ctx) {
  for (const node of ctx.file.descendants(fn, /* @__PURE__ */ new Set(["comparison_operator", "call"]))) {
    const ids = ctx.file.descendants(node, /* @__PURE__ */ new Set(["identifier"])).map((id) => id.text);
    if (!ids.some((id) => names.has(id)))
      continue;
    if (node.type === "comparison_operator" && /\s(?:not\s+)?in\s|==/.test(node.text))
      return true;
    if (node.type === "call" && /^re\.(?:fullmatch|match)$|(?:^|\.)(?:validate|allowlist|is_allowed|is_safe)\w*$/.test(ctx.file.calleeName(node) ?? ""))
      return true;
  }
  return false;
}
function pySink(call, ctx) {
  const callee = ctx.file.calleeName(call) ?? "";
  const firstArgument = () => ctx.file.positionalArguments(call).slice(0, 1);
  if (PY_CODE_SINKS.has(callee))
    return { sink: `${callee}()`, args: firstArgument() };
  if (PY_SHELL_SINKS.has(callee))
    return { sink: `${callee}()`, args: firstArgument() };
  if (PY_SUBPROCESS.has(callee)) {
    const command = firstArgument()[0] ?? ctx.file.keywordArgument(call, "args");
    const shell = ctx.file.literal(ctx.file.keywordArgument(call, "shell")) === true;
    return command ? { sink: `${callee}(${shell ? "shell=True" : ""})`, args: [command] } : void 0;
  }
  if (PY_SQL_FUNCTIONS.has(callee))
    return { sink: `${callee}()`, args: firstArgument() };
  const member = ctx.file.calleeMember(call) ?? "";
  if (!PY_SQL_MEMBERS.has(member) || !callee.includes("."))
    return void 0;
  const args = firstArgument();
  return args.length > 0 ? { sink: `SQL ${member}()`, args } : void 0;
}
var TS_MODEL_NAMES = memoSlot("model-output names per function");
function tsModelNames(fn, ctx) {
  const byFn = ctx.file.memos.map(TS_MODEL_NAMES);
  const cached = byFn.get(fn);
  if (cached)
    return cached;
  const names = /* @__PURE__ */ new Map();
  byFn.set(fn, names);
  if (isTsToolFunction(fn, ctx)) {
    for (const param of fn.parameters)
      for (const name of bindingNames(param.name))
        names.set(name, "tool arguments chosen by the model");
  }
  const declarations2 = fn.body ? ctx.file.descendants(fn.body, ts.isVariableDeclaration, true) : [];
  for (let pass = 0; pass < 2; pass++) {
    for (const declaration of declarations2) {
      if (!declaration.initializer)
        continue;
      const source = tsModelSource(declaration.initializer, names, ctx);
      if (source) {
        for (const name of bindingNames(declaration.name))
          if (!names.has(name))
            names.set(name, source);
      }
    }
  }
  return names;
}
function bindingNames(name) {
  if (ts.isIdentifier(name))
    return [name.text];
  return name.elements.flatMap((element) => ts.isOmittedExpression(element) ? [] : bindingNames(element.name));
}
function isTsToolFunction(fn, ctx) {
  let parent = fn.parent;
  if (ts.isPropertyAssignment(parent) && ["execute", "func"].includes(parent.name.getText(ctx.file.source)))
    parent = parent.parent.parent;
  if (!ts.isCallExpression(parent) && !ts.isNewExpression(parent))
    return false;
  const callee = ctx.file.calleeName(parent) ?? "";
  return TS_TOOL_FACTORIES2.test(callee.replace(/^new /, "")) || ctx.file.calleeMember(parent) === "tool" && /(?:server|mcp)$/i.test(callee.replace(/\.tool$/, ""));
}
function tsModelSource(node, names, ctx) {
  if (ts.isIdentifier(node))
    return names.get(node.text);
  if (ts.isCallExpression(node)) {
    const callee = ctx.file.calleeName(node) ?? "";
    if (/^(?:parseInt|parseFloat|Number|Boolean|JSON\.stringify)$/.test(callee))
      return void 0;
    const kind = semantics_exports2.agentCallKind(node, ctx.file);
    if (kind)
      return kind === "llm" ? "LLM response" : "agent output";
  }
  if (ts.isFunctionLike(node))
    return void 0;
  let found;
  ts.forEachChild(node, (child) => {
    found ??= tsModelSource(child, names, ctx);
  });
  return found;
}
function tsAllowlisted(fn, names, ctx) {
  let found = false;
  const mentions2 = (node) => {
    let hit = false;
    const visit2 = (n) => {
      if (ts.isIdentifier(n) && names.has(n.text))
        hit = true;
      else
        ts.forEachChild(n, visit2);
    };
    visit2(node);
    return hit;
  };
  const visit = (node) => {
    if (found)
      return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ["includes", "has", "test"].includes(node.expression.name.text) && node.arguments.some(mentions2))
      found = true;
    else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken].includes(node.operatorToken.kind) && mentions2(node))
      found = true;
    else
      ts.forEachChild(node, visit);
  };
  visit(fn);
  return found;
}
function tsSink(node, ctx) {
  const callee = (ctx.file.calleeName(node) ?? "").replace(/^new /, "");
  const args = node.arguments ?? [];
  if (ts.isNewExpression(node)) {
    if (callee === "Function")
      return { sink: "new Function()", args: [...args] };
    if (/^(?:node:)?vm\.Script$/.test(callee))
      return { sink: "new vm.Script()", args: args.slice(0, 1) };
    return void 0;
  }
  if (callee === "eval")
    return { sink: "eval()", args: args.slice(0, 1) };
  if (TS_VM.test(callee))
    return { sink: `${callee}()`, args: args.slice(0, 1) };
  if (TS_SHELL.test(callee))
    return { sink: `${callee.replace(/^node:/, "")}()`, args: args.slice(0, 1) };
  if (TS_SPAWN.test(callee))
    return { sink: `${callee.replace(/^node:/, "")}()`, args: args.slice(0, 2) };
  const member = ctx.file.calleeMember(node) ?? "";
  if (TS_SQL_MEMBERS.has(member) && callee.includes(".") && args[0] && (ts.isIdentifier(args[0]) || ts.isTemplateExpression(args[0]) || ts.isBinaryExpression(args[0])))
    return { sink: `SQL ${member}()`, args: [args[0]] };
  return void 0;
}
var model_output_executed_default = defineRule({
  id: "model-output-executed",
  category: "security",
  severity: "critical",
  confidence: "high",
  seeds: [],
  summary: "LLM or agent output reaches eval, a shell or SQL text",
  messages: {
    executed: "Model output ({{source}}) reaches {{sink}} with no allowlist; a prompt injection in any input the model reads becomes code, shell or SQL execution"
  },
  fixHint: "Never execute model text. Parse data with ast.literal_eval/JSON, map the model's choice onto an allowlist of fixed commands or queries, and pass values as bound SQL parameters; run unavoidable code in a sandbox.",
  python: {
    visitors: {
      call(node, ctx) {
        const sink = pySink(node, ctx);
        if (!sink)
          return;
        const fn = ctx.file.enclosingFunction(node);
        if (!fn || fn.type !== "function_definition")
          return;
        const names = pyModelNames(fn, ctx);
        const source = sink.args.map((arg) => pyModelSource(arg, names, ctx)).find(Boolean);
        if (!source || pyAllowlisted(fn, names, ctx))
          return;
        ctx.report({ node, messageId: "executed", confidence: source.startsWith("tool") ? "medium" : void 0, data: { source, sink: sink.sink } });
      }
    }
  },
  typescript: {
    // A sink is named in the file by its last segment, whatever the import or alias: `eval`, `new Function`, the vm and
    // child_process functions, an SQL method.
    prefilter: { names: ["eval", "Function", "Script", "runInNewContext", "runInThisContext", "runInContext", "compileFunction", "exec", "execSync", "spawn", "spawnSync", "execFile", "execFileSync", ...TS_SQL_MEMBERS] },
    visitors: {
      CallExpression: checkTs,
      NewExpression: checkTs
    }
  }
});
function checkTs(node, ctx) {
  if (!ts.isCallExpression(node) && !ts.isNewExpression(node))
    return;
  const sink = tsSink(node, ctx);
  if (!sink)
    return;
  const fn = ctx.file.enclosingFunction(node);
  if (!fn)
    return;
  const names = tsModelNames(fn, ctx);
  const source = sink.args.map((arg) => tsModelSource(arg, names, ctx)).find(Boolean);
  if (!source || tsAllowlisted(fn, names, ctx))
    return;
  ctx.report({ node, messageId: "executed", confidence: source.startsWith("tool") ? "medium" : void 0, data: { source, sink: sink.sink } });
}

// dist/rules/naive-token-count.js
var TOKEN_NAME = /token/i;
var PY_PASS_THROUGH = /* @__PURE__ */ new Set(["parenthesized_expression", "binary_operator", "argument_list", "generator_expression", "list_comprehension", "call", "conditional_expression"]);
var MAX_HOPS = 6;
function isPythonWhitespaceSplit(node, file) {
  if (node?.type !== "call")
    return false;
  const callee = file.calleeName(node);
  const args = file.positionalArguments(node);
  if (callee === "re.split")
    return /^\\s[+*]?$/.test(file.stringValue(args[0]) ?? "");
  if (file.calleeMember(node) !== "split" || node.childForFieldName("function")?.type !== "attribute")
    return false;
  const separator = args[0] ?? file.keywordArgument(node, "sep");
  return !separator || /^\s+$/.test(file.stringValue(separator) ?? "");
}
function pythonTokenName(start) {
  let node = start;
  for (let hop = 0; hop < MAX_HOPS && node.parent; hop++) {
    const parent = node.parent;
    if (parent.type === "assignment" || parent.type === "augmented_assignment")
      return parent.childForFieldName("left")?.text;
    if (parent.type === "keyword_argument")
      return parent.childForFieldName("name")?.text;
    if (parent.type === "pair")
      return parent.childForFieldName("key")?.text.replace(/^['"]|['"]$/g, "");
    if (parent.type === "comparison_operator")
      return parent.namedChildren.find((child) => child && child.id !== node.id)?.text;
    if (parent.type === "return_statement") {
      for (let fn = parent.parent; fn; fn = fn.parent)
        if (fn.type === "function_definition")
          return fn.childForFieldName("name")?.text;
      return void 0;
    }
    if (!PY_PASS_THROUGH.has(parent.type))
      return void 0;
    node = parent;
  }
  return void 0;
}
function isTsWhitespaceSplit(node, file) {
  if (!ts.isCallExpression(node) || file.calleeMember(node) !== "split" || !ts.isPropertyAccessExpression(node.expression))
    return false;
  const separator = node.arguments[0];
  if (!separator)
    return false;
  if (ts.isRegularExpressionLiteral(separator))
    return /^\/\\s[+*]?\/[gimsuy]*$/.test(separator.text);
  return /^\s+$/.test(file.stringValue(separator) ?? "");
}
function tsTokenName(start) {
  let node = start;
  for (let hop = 0; hop < MAX_HOPS && node.parent; hop++) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
      return parent.name.getText();
    if (ts.isReturnStatement(parent)) {
      for (let fn = parent.parent; fn; fn = fn.parent) {
        if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn))
          return fn.name?.getText();
        if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent))
          return fn.parent.name.getText();
      }
      return void 0;
    }
    if (ts.isArrowFunction(parent) && ts.isVariableDeclaration(parent.parent))
      return parent.parent.name.getText();
    if (ts.isBinaryExpression(parent)) {
      const operator = parent.operatorToken.kind;
      const assigns = operator === ts.SyntaxKind.EqualsToken || operator === ts.SyntaxKind.PlusEqualsToken;
      const compares = operator >= ts.SyntaxKind.LessThanToken && operator <= ts.SyntaxKind.ExclamationEqualsEqualsToken;
      if (assigns || compares)
        return (parent.left === node ? parent.right : parent.left).getText();
    }
    if (!ts.isParenthesizedExpression(parent) && !ts.isBinaryExpression(parent) && !ts.isCallExpression(parent) && !ts.isConditionalExpression(parent))
      return void 0;
    node = parent;
  }
  return void 0;
}
var naive_token_count_default = defineRule({
  id: "naive-token-count",
  category: "observability",
  severity: "low",
  confidence: "medium",
  seeds: ["004"],
  summary: "Tokens counted by splitting text on whitespace",
  messages: {
    whitespace: "`{{name}}` is counted by splitting on whitespace; model tokens are sub-word pieces, so usage, cost and context limits computed from it are wrong (often by 30% or more)"
  },
  fixHint: "Use the usage the model returns (response.usage / usage_metadata), or the provider tokenizer (tiktoken, count_tokens, js-tiktoken).",
  python: {
    visitors: {
      call(node, ctx) {
        if (ctx.file.calleeName(node) !== "len" || !isPythonWhitespaceSplit(ctx.file.positionalArguments(node)[0], ctx.file))
          return;
        const name = pythonTokenName(node);
        if (name && TOKEN_NAME.test(name))
          ctx.report({ node, messageId: "whitespace", data: { name } });
      }
    }
  },
  typescript: {
    // Every report is of `<x>.split(<whitespace>).length`, whose `split` is a property name in the file.
    prefilter: { names: ["split"] },
    visitors: {
      PropertyAccessExpression(node, ctx) {
        if (!ts.isPropertyAccessExpression(node) || node.name.text !== "length" || !isTsWhitespaceSplit(node.expression, ctx.file))
          return;
        const name = tsTokenName(node);
        if (name && TOKEN_NAME.test(name))
          ctx.report({ node, messageId: "whitespace", data: { name } });
      }
    }
  }
});

// dist/rules/no-graceful-shutdown.js
var PY_FRAMEWORKS_WITH_LIFESPAN = /* @__PURE__ */ new Set(["fastapi", "starlette", "a2a"]);
var TS_SERVER_FRAMEWORKS = /* @__PURE__ */ new Set(["express", "fastify", "hono", "koa"]);
var PY_SIGNAL_SETTERS = /* @__PURE__ */ new Set(["signal.signal", "atexit.register"]);
var TS_SHUTDOWN_MODULES = ["close-with-grace", "@godaddy/terminus", "lightship", "http-terminator", "stoppable", "fastify-graceful-shutdown", "@hono/node-server/graceful-shutdown"];
var SHUTDOWN_SIGNALS = /* @__PURE__ */ new Set(["SIGTERM", "SIGINT"]);
var PY_RESOURCES = [
  /^httpx\.(?:Async)?Client$/,
  /^aiohttp\.ClientSession$/,
  /^requests\.Session$/,
  /^redis(?:\.asyncio)?(?:\.client)?\.(?:Redis|StrictRedis|ConnectionPool|from_url|Redis\.from_url)$/,
  /^(?:aioredis|valkey(?:\.asyncio)?)\.(?:Redis|from_url)$/,
  /^sqlalchemy(?:\.ext\.asyncio)?\.(?:create_engine|create_async_engine)$/,
  /^(?:motor\.motor_asyncio\.AsyncIOMotorClient|pymongo\.(?:Async)?MongoClient)$/,
  /^psycopg_pool\.(?:Async)?ConnectionPool$/,
  /^databases\.Database$/,
  /^openai\.(?:Async)?(?:Azure)?OpenAI$/,
  /^anthropic\.(?:Async)?Anthropic(?:Vertex|Bedrock)?$/,
  /^google\.genai\.Client$/,
  /^google\.adk\.sessions(?:\.database_session_service)?\.DatabaseSessionService$/,
  /^google\.adk\.tools\.mcp_tool(?:\.mcp_toolset)?\.(?:MCPToolset|McpToolset)$/,
  /^langgraph\.checkpoint\.(?:postgres|redis)(?:\.aio)?\.(?:Async)?(?:PostgresSaver|RedisSaver)(?:\.from_conn_string)?$/
];
var NODE_SERVE = /* @__PURE__ */ new Set(["@hono/node-server.serve", "http.createServer", "node:http.createServer", "https.createServer", "node:https.createServer"]);
var SIGNAL_LISTENERS = /* @__PURE__ */ new Set(["process.on", "process.once", "process.addListener", "process.prependListener"]);
var APP_RUNNERS = /^(?:uvicorn\.run|hypercorn\.asyncio\.serve|a2a\.server\.apps\.\w+|fastapi\.FastAPI|starlette\.applications\.Starlette)$/;
function livesWithApp(assignment, left, file) {
  const fn = file.enclosingFunction(assignment);
  if (!fn)
    return true;
  const target = left?.text ?? "";
  if (/(?:^|\.)app\.state\.\w+$/.test(target))
    return true;
  const owner = file.enclosingClass(fn);
  if (owner && target.startsWith("self.") && fn.childForFieldName("name")?.text === "__init__")
    return file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
  if (owner || left?.type !== "identifier")
    return false;
  return file.descendants(fn, CALL_TYPES2, true).some((call) => APP_RUNNERS.test(file.calleeName(call) ?? ""));
}
var CALL_TYPES2 = /* @__PURE__ */ new Set(["call"]);
var no_graceful_shutdown_default = defineRule({
  id: "no-graceful-shutdown",
  category: "reliability",
  severity: "medium",
  confidence: "high",
  seeds: ["004"],
  summary: "Server has no graceful shutdown",
  messages: {
    noLifespan: "{{framework}} app holds {{resource}} (line {{line}} of {{file}}) but has no lifespan or shutdown hook; on SIGTERM its connections and pools are dropped instead of closed",
    noSignalHandling: "{{framework}} server listens with no SIGTERM handling; every deploy or scale-down cuts in-flight requests and agent runs mid-response",
    deprecatedOnEvent: "{{call}} is deprecated in FastAPI and Starlette; move startup and shutdown code into a lifespan context manager"
  },
  fixHint: "Python: pass lifespan= an async context manager that closes clients and session services after `yield`. Node: on SIGTERM stop accepting connections, finish in-flight requests with a deadline, close resources (close-with-grace, @godaddy/terminus, lightship, http-terminator).",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (file.hasKeywordArgument(node, "lifespan") || file.hasKeywordArgument(node, "lifespan_context"))
          ctx.fact("shutdown-hook", "lifespan");
        const callee = file.calleeName(node) ?? "";
        if (PY_SIGNAL_SETTERS.has(callee) || file.calleeMember(node) === "add_signal_handler")
          ctx.fact("shutdown-hook", callee);
        const onShutdown = file.keywordArgument(node, "on_shutdown");
        if (onShutdown) {
          ctx.fact("shutdown-hook", "on_shutdown");
          ctx.report({ node: onShutdown.parent ?? onShutdown, messageId: "deprecatedOnEvent", data: { call: "on_shutdown=" } });
        }
        const member = file.calleeMember(node);
        if (member === "on_event" || member === "add_event_handler") {
          const event = file.stringValue(file.positionalArguments(node)[0] ?? file.keywordArgument(node, "event_type"));
          if (event !== "shutdown" && event !== "startup")
            return;
          if (event === "shutdown")
            ctx.fact("shutdown-hook", member);
          const receiver = node.childForFieldName("function")?.childForFieldName("object")?.text ?? "app";
          ctx.report({ node, messageId: "deprecatedOnEvent", data: { call: `${receiver}.${member}("${event}")` } });
        }
      },
      assignment(node, ctx) {
        const left = node.childForFieldName("left");
        if (/\.lifespan_context$/.test(left?.text ?? ""))
          ctx.fact("shutdown-hook", "lifespan_context");
        const value = node.childForFieldName("right");
        const call = value?.type === "await" ? value.namedChild(0) : value;
        if (call?.type !== "call")
          return;
        const longLived = livesWithApp(node, left, ctx.file);
        const callee = ctx.file.calleeName(call) ?? "";
        if (longLived && PY_RESOURCES.some((pattern) => pattern.test(callee)))
          ctx.fact("long-lived-resource", `${left?.text ?? ""} = ${callee.split(".").at(-1)}(...)`, ctx.anchor(node));
      }
    }
  },
  typescript: {
    prefilter: memberPrefilter([...NODE_SERVE, ...SIGNAL_LISTENERS], { names: ["listen"], modules: TS_SHUTDOWN_MODULES }),
    visitors: {
      SourceFile(_node, ctx) {
        if (TS_SHUTDOWN_MODULES.some((module) => ctx.file.importsModule(module)))
          ctx.fact("shutdown-hook", "library");
      },
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const callee = file.calleeName(node) ?? "";
        const member = file.calleeMember(node);
        if (member === "listen" || NODE_SERVE.has(callee))
          ctx.fact("node-server", callee);
        if (SIGNAL_LISTENERS.has(callee) && SHUTDOWN_SIGNALS.has(file.stringValue(node.arguments[0]) ?? "")) {
          ctx.fact("shutdown-hook", "signal");
        }
      }
    }
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (project.hasFact(app, "shutdown-hook"))
        continue;
      if (app.language === "python") {
        if (apps.some((a) => a.framework === "adk") || !apps.some((a) => PY_FRAMEWORKS_WITH_LIFESPAN.has(a.framework)))
          continue;
        const resource = project.factsOf(app, "long-lived-resource")[0];
        if (!resource)
          continue;
        ctx.report({ at: app, messageId: "noLifespan", data: { framework: app.framework, resource: resource.value ?? "a client", line: String(resource.location?.line ?? 1), file: resource.file } });
      } else {
        if (!apps.some((a) => TS_SERVER_FRAMEWORKS.has(a.framework)) || !project.hasFact(app, "node-server"))
          continue;
        ctx.report({ at: app, messageId: "noSignalHandling", data: { framework: app.framework } });
      }
    }
  }
});

// dist/rules/no-retry-or-circuit-breaker.js
var { isBreakerName: isBreakerName2, isRetryHelperName: isRetryHelperName2, namesRetryCounter: namesRetryCounter2 } = resilience_exports;
var fromPythonResilienceModule = resilience_exports.moduleMatcher(resilience_exports.PYTHON_RESILIENCE_MODULES, ".");
var fromTsResilienceModule = resilience_exports.moduleMatcher(resilience_exports.TS_RESILIENCE_MODULES, "/");
var PY_CALLS = /* @__PURE__ */ new Set(["call"]);
var SLEEP = /(?:^|\.)sleep$/;
var TS_SLEEP_MEMBERS = /* @__PURE__ */ new Set(["sleep", "delay", "wait", "setTimeout", "backoff"]);
function pyDisables(value, ctx) {
  const literal = ctx.file.literal(value);
  return literal === 0 || literal === null || literal === false;
}
function pyEvidence(node, what, ctx) {
  ctx.fact("retry-policy", what, ctx.anchor(node));
}
function pyCall2(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node);
  if (!callee)
    return;
  const member = file.calleeMember(node) ?? callee;
  if (fromPythonResilienceModule(callee) || resilience_exports.URLLIB3_RETRY.test(callee) || isRetryHelperName2(member) || isBreakerName2(member)) {
    return pyEvidence(node, callee, ctx);
  }
  for (const keyword of resilience_exports.PYTHON_RETRY_KEYWORDS) {
    const value = file.keywordArgument(node, keyword);
    if (value && !pyDisables(value, ctx))
      return pyEvidence(node, `${callee}(${keyword}=\u2026)`, ctx);
  }
  const httpOptions = file.keywordArgument(node, "http_options");
  if (httpOptions?.type === "dictionary" && /["']retry_options["']/.test(httpOptions.text))
    return pyEvidence(node, `${callee}(http_options=\u2026)`, ctx);
  if (semantics_exports.isCommandLineScript(file))
    return;
  const http = semantics_exports.outboundHttpCall(node, file);
  if (http)
    return ctx.fact("unretried-call", http, ctx.anchor(node));
  const singleAttempt = resilience_exports.PYTHON_SINGLE_ATTEMPT_LLM.find((entry) => entry.pattern.test(callee));
  if (singleAttempt && !file.hasSplatKeywords(node))
    return ctx.fact("unretried-call", singleAttempt.label, ctx.anchor(node));
  if (resilience_exports.PYTHON_RETRYING_LLM_CLIENTS.test(callee)) {
    const retries = file.keywordArgument(node, "max_retries");
    if (retries && pyDisables(retries, ctx))
      ctx.fact("unretried-call", `${callee}(max_retries=0)`, ctx.anchor(node));
  }
}
function pyRetryLoop(node, ctx) {
  const { file } = ctx;
  const header = node.type === "for_statement" ? `${node.childForFieldName("left")?.text} ${node.childForFieldName("right")?.text}` : node.childForFieldName("condition")?.text ?? "";
  if (!namesRetryCounter2(header))
    return;
  const body = node.childForFieldName("body");
  if (body && file.descendants(body, PY_CALLS).some((call) => SLEEP.test(file.calleeName(call) ?? "")))
    pyEvidence(node, "a retry loop with backoff", ctx);
}
function tsDisables(value, ctx) {
  const literal = ctx.file.literal(value);
  return literal === 0 || literal === null || literal === false;
}
var TS_RETRY_OPTION_KEYS = /* @__PURE__ */ new Set([...resilience_exports.TS_RETRY_OPTIONS, "httpOptions"]);
var TS_PREFILTER2 = {
  ...calleePrefilter([...semantics_exports2.FETCH_FUNCTIONS, "axios", ...semantics_exports2.UNDICI_REQUEST]),
  words: [...resilience_exports.TS_RESILIENCE_MODULES, ...resilience_exports.RETRY_NAME_WORDS, ...resilience_exports.TS_SINGLE_ATTEMPT_LLM.map((entry) => entry.module), "\\u"]
};
var NAMES_RETRY_OPTION = memoSlot("names a retry option");
function namesRetryOption(file) {
  return file.memos.get(NAMES_RETRY_OPTION, () => {
    const names = file.names();
    return !names || [...TS_RETRY_OPTION_KEYS].some((key) => names.has(key));
  });
}
function tsRetryOption(args, ctx) {
  if (!namesRetryOption(ctx.file))
    return void 0;
  for (const argument of args ?? []) {
    const options2 = ctx.file.resolveObject(argument);
    if (!options2 || !ctx.file.hasAnyProperty(options2, TS_RETRY_OPTION_KEYS))
      continue;
    for (const name of resilience_exports.TS_RETRY_OPTIONS) {
      const value = ctx.file.property(options2, name);
      if (value && !tsDisables(value, ctx))
        return name;
    }
    if (ctx.file.hasProperty(ctx.file.property(options2, "httpOptions"), "retryOptions"))
      return "httpOptions.retryOptions";
  }
  return void 0;
}
function tsInvocation2(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node);
  if (!callee || semantics_exports2.isClientComponent(file))
    return;
  const member = file.calleeMember(node) ?? callee;
  if (fromTsResilienceModule(callee) || isRetryHelperName2(member) || isBreakerName2(member)) {
    ctx.fact("retry-policy", callee, ctx.anchor(node));
    return;
  }
  const option = tsRetryOption(node.arguments, ctx);
  if (option) {
    ctx.fact("retry-policy", `${callee}({ ${option} })`, ctx.anchor(node));
    return;
  }
  const unretried = tsUnretriedCall(node, callee, ctx);
  if (unretried && !semantics_exports2.isCommandLineScript(file))
    ctx.fact("unretried-call", unretried, ctx.anchor(node));
}
function tsUnretriedCall(node, callee, ctx) {
  const { file } = ctx;
  if (ts.isCallExpression(node)) {
    const http = semantics_exports2.outboundHttpCall(node, file);
    if (http)
      return http;
  }
  const singleAttempt = resilience_exports.tsSingleAttemptLlm(callee);
  const options2 = node.arguments?.[0];
  if (singleAttempt && !(options2 && (!file.resolveObject(options2) || file.hasSpread(options2))))
    return singleAttempt.label;
  if (resilience_exports.TS_RETRYING_LLM_CLIENTS.test(callee) || resilience_exports.TS_AI_SDK_CALLS.test(callee)) {
    const retries = file.property(options2, "maxRetries");
    if (retries && tsDisables(retries, ctx))
      return `${node.expression.getText(file.source)}({ maxRetries: 0 })`;
  }
  return void 0;
}
function tsRetryLoop(node, ctx) {
  let header;
  let body;
  if (ts.isForStatement(node)) {
    header = node.initializer ?? node.condition;
    body = node.statement;
  } else if (ts.isWhileStatement(node) || ts.isDoStatement(node)) {
    header = node.expression;
    body = node.statement;
  }
  if (!header || !body || !namesRetryCounter2(header.getText(ctx.file.source)))
    return;
  const sleeps = ctx.file.descendants(body, ts.isCallExpression).some((call) => TS_SLEEP_MEMBERS.has(ctx.file.calleeMember(call) ?? "") || ctx.file.calleeName(call) === "timers/promises.setTimeout");
  if (sleeps)
    ctx.fact("retry-policy", "a retry loop with backoff", ctx.anchor(node));
}
var no_retry_or_circuit_breaker_default = defineRule({
  id: "no-retry-or-circuit-breaker",
  category: "reliability",
  severity: "low",
  // Absence of evidence: a service mesh or an LLM gateway in front of the upstream may retry where code cannot show it.
  confidence: "medium",
  seeds: ["000", "004"],
  summary: "LLM or external calls with no retry/backoff or circuit breaker",
  messages: {
    missing: "{{framework}} app calls out through {{call}} at {{where}}{{more}}, with no retry/backoff or circuit breaker anywhere in this service; one transient 429 or 503 upstream fails the request, and a failing upstream is hit at full rate"
  },
  fixHint: "Retry transient failures (429, 5xx, connection errors) with capped exponential backoff and jitter \u2014 tenacity/stamina, urllib3 Retry, httpx transport retries, google-genai HttpRetryOptions, SDK max_retries; p-retry, cockatiel, axios-retry \u2014 and put a circuit breaker (pybreaker, aiobreaker, purgatory, opossum, cockatiel) in front of the model so an outage fails fast.",
  python: {
    visitors: {
      call(node, ctx) {
        if (!isTestPath(ctx.path))
          pyCall2(node, ctx);
      },
      decorator(node, ctx) {
        const expression = node.namedChild(0);
        if (isTestPath(ctx.path) || !expression || expression.type === "call")
          return;
        const name = ctx.file.qualifiedName(expression) ?? "";
        const last2 = name.split(".").at(-1) ?? name;
        if (fromPythonResilienceModule(name) || isRetryHelperName2(last2) || isBreakerName2(last2))
          pyEvidence(node, name, ctx);
      },
      class_definition(node, ctx) {
        const name = node.childForFieldName("name")?.text;
        if (name && isBreakerName2(name) && !isTestPath(ctx.path))
          pyEvidence(node, `class ${name}`, ctx);
      },
      for_statement(node, ctx) {
        if (!isTestPath(ctx.path))
          pyRetryLoop(node, ctx);
      },
      while_statement(node, ctx) {
        if (!isTestPath(ctx.path))
          pyRetryLoop(node, ctx);
      }
    }
  },
  typescript: {
    prefilter: TS_PREFILTER2,
    visitors: {
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node) && !isTestPath(ctx.path))
          tsInvocation2(node, ctx);
      },
      NewExpression(node, ctx) {
        if (ts.isNewExpression(node) && !isTestPath(ctx.path))
          tsInvocation2(node, ctx);
      },
      ClassDeclaration(node, ctx) {
        if (ts.isClassDeclaration(node) && node.name && isBreakerName2(node.name.text) && !isTestPath(ctx.path))
          ctx.fact("retry-policy", `class ${node.name.text}`, ctx.anchor(node));
      }
    },
    groups: [
      {
        prefilter: { words: [...resilience_exports.RETRY_COUNTER_WORDS, "\\u"] },
        visitors: {
          ForStatement(node, ctx) {
            if (!isTestPath(ctx.path))
              tsRetryLoop(node, ctx);
          },
          WhileStatement(node, ctx) {
            if (!isTestPath(ctx.path))
              tsRetryLoop(node, ctx);
          },
          DoStatement(node, ctx) {
            if (!isTestPath(ctx.path))
              tsRetryLoop(node, ctx);
          }
        }
      }
    ]
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (project.hasFact(app, "retry-policy"))
        continue;
      const calls = project.factsOf(app, "unretried-call");
      if (calls.length === 0)
        continue;
      const [first] = calls;
      ctx.report({
        at: app,
        messageId: "missing",
        data: {
          framework: app.framework,
          call: first.value ?? "an upstream",
          where: `${first.file}:${first.location?.line ?? 1}`,
          more: calls.length > 2 ? ` (and ${calls.length - 1} more call sites)` : calls.length === 2 ? " (and 1 more call site)" : ""
        }
      });
    }
  }
});

// dist/rules/outbound-call-without-timeout.js
var { FETCH_FUNCTIONS: FETCH_FUNCTIONS2, AXIOS_CONFIG_INDEX: AXIOS_CONFIG_INDEX2, UNDICI_REQUEST: UNDICI_REQUEST2 } = semantics_exports2;
var { REQUESTS_FUNCTIONS, REQUESTS_SESSIONS, REQUESTS_METHODS, HTTPX_FUNCTIONS, HTTPX_CLIENTS, HTTPX_METHODS, AIOHTTP_SESSIONS, URLOPEN } = semantics_exports;
var PYTHON_LLM_CLIENTS = /* @__PURE__ */ new Map([
  ["openai.OpenAI", "10 minutes"],
  ["openai.AsyncOpenAI", "10 minutes"],
  ["openai.AzureOpenAI", "10 minutes"],
  ["openai.AsyncAzureOpenAI", "10 minutes"],
  ["anthropic.Anthropic", "10 minutes"],
  ["anthropic.AsyncAnthropic", "10 minutes"],
  ["anthropic.AnthropicBedrock", "10 minutes"],
  ["anthropic.AnthropicVertex", "10 minutes"],
  ["langchain_openai.ChatOpenAI", "the OpenAI SDK's 10 minutes"],
  ["langchain_openai.AzureChatOpenAI", "the OpenAI SDK's 10 minutes"],
  ["langchain_anthropic.ChatAnthropic", "the Anthropic SDK's 10 minutes"],
  ["langchain_google_genai.ChatGoogleGenerativeAI", "no timeout at all"]
]);
var PYTHON_TIMEOUT_KEYWORDS2 = ["timeout", "request_timeout", "default_request_timeout", "http_client"];
var NO_TIMEOUT = "no timeout at all";
var GENAI_CLIENTS = /* @__PURE__ */ new Set(["google.genai.Client", "google.genai.client.Client"]);
var GENAI_HTTP_OPTIONS = /(?:^|\.)HttpOptions$/;
var TS_LLM_CLIENTS = /* @__PURE__ */ new Map([
  ["openai", "10 minutes"],
  ["openai.OpenAI", "10 minutes"],
  ["openai.AzureOpenAI", "10 minutes"],
  ["@anthropic-ai/sdk", "10 minutes"],
  ["@anthropic-ai/sdk.Anthropic", "10 minutes"],
  ["@anthropic-ai/sdk.default", "10 minutes"],
  ["@langchain/openai.ChatOpenAI", "the OpenAI SDK's 10 minutes"],
  ["@langchain/openai.AzureChatOpenAI", "the OpenAI SDK's 10 minutes"],
  ["@langchain/anthropic.ChatAnthropic", "the Anthropic SDK's 10 minutes"]
]);
var TS_GENAI = /* @__PURE__ */ new Set(["@google/genai.GoogleGenAI"]);
var AXIOS_DEFAULTS_TIMEOUT = /\baxios\.defaults\.timeout\s*=/;
var UNDICI_TIMEOUT_OPTIONS = ["headersTimeout", "bodyTimeout", "signal"];
function disablesTimeout(value, file) {
  if (file.literal(value) === null)
    return true;
  if (value.type !== "call")
    return false;
  const callee = file.calleeName(value) ?? "";
  const positional = file.positionalArguments(value);
  const keywords = value.childForFieldName("arguments")?.namedChildren.filter((arg) => arg?.type === "keyword_argument") ?? [];
  if (/^httpx\.Timeout$/.test(callee))
    return positional.length === 1 && file.literal(positional[0]) === null && keywords.length === 0;
  if (/^aiohttp(?:\.client)?\.ClientTimeout$/.test(callee))
    return positional.length === 0 && keywords.length === 0;
  return false;
}
function checkPythonTimeoutArgument(call, label, ctx, required) {
  const { file } = ctx;
  if (file.hasSplatKeywords(call))
    return;
  const timeout = file.keywordArgument(call, "timeout");
  if (timeout) {
    if (disablesTimeout(timeout, file))
      ctx.report({ node: timeout.parent ?? timeout, messageId: "timeoutDisabled", data: { call: label } });
    return;
  }
  if (required)
    ctx.report({ node: call, messageId: "noTimeout", data: { call: label } });
}
function genaiHasTimeout(call, file) {
  const options2 = file.keywordArgument(call, "http_options");
  if (!options2)
    return false;
  if (options2.type === "call") {
    if (!GENAI_HTTP_OPTIONS.test(file.calleeName(options2) ?? ""))
      return true;
    return file.hasSplatKeywords(options2) || file.hasKeywordArgument(options2, "timeout");
  }
  if (options2.type === "dictionary")
    return /["']timeout["']/.test(options2.text) || options2.namedChildren.some((pair) => pair?.type === "dictionary_splat");
  return true;
}
function checkPythonCall2(call, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(call);
  if (!callee)
    return;
  if (REQUESTS_FUNCTIONS.has(callee))
    return checkPythonTimeoutArgument(call, callee, ctx, true);
  if (HTTPX_FUNCTIONS.has(callee) || HTTPX_CLIENTS.has(callee))
    return checkPythonTimeoutArgument(call, callee, ctx, false);
  if (AIOHTTP_SESSIONS.has(callee) || callee === "aiohttp.request")
    return checkPythonTimeoutArgument(call, callee, ctx, true);
  if (URLOPEN.has(callee)) {
    if (file.positionalArguments(call).length < 3)
      checkPythonTimeoutArgument(call, callee, ctx, true);
    return;
  }
  const sdkDefault = PYTHON_LLM_CLIENTS.get(callee);
  if (sdkDefault) {
    if (file.hasSplatKeywords(call) || PYTHON_TIMEOUT_KEYWORDS2.some((name) => file.hasKeywordArgument(call, name)))
      return;
    ctx.report({ node: call, messageId: "llmClientNoTimeout", data: { client: callee, fallback: sdkDefault } });
    return;
  }
  if (GENAI_CLIENTS.has(callee)) {
    if (!file.hasSplatKeywords(call) && !genaiHasTimeout(call, file))
      ctx.report({ node: call, messageId: "llmClientNoTimeout", data: { client: callee, fallback: NO_TIMEOUT } });
    return;
  }
  const member = file.calleeMember(call);
  const receiver = call.childForFieldName("function")?.childForFieldName("object");
  if (!member || !receiver)
    return;
  const bound = receiver.type === "call" ? file.calleeName(receiver) : semantics_exports.boundHttpClients(file).get(receiver.text);
  if (!bound)
    return;
  if (REQUESTS_SESSIONS.has(bound) && REQUESTS_METHODS.has(member))
    checkPythonTimeoutArgument(call, `${receiver.text}.${member}`, ctx, true);
  else if (HTTPX_CLIENTS.has(bound) && HTTPX_METHODS.has(member))
    checkPythonTimeoutArgument(call, `${receiver.text}.${member}`, ctx, false);
}
function optionsLack(options2, names, file) {
  if (!options2)
    return true;
  const literal = file.resolveObject(options2);
  if (!literal || file.hasSpread(literal))
    return false;
  return !names.some((name) => file.hasProperty(literal, name));
}
var SETS_AXIOS_DEFAULT_TIMEOUT = memoSlot("sets axios default timeout");
function setsAxiosDefaultTimeout(file) {
  return file.memos.get(SETS_AXIOS_DEFAULT_TIMEOUT, () => AXIOS_DEFAULTS_TIMEOUT.test(file.text));
}
function checkAxios(call, callee, ctx) {
  const { file } = ctx;
  if (callee === "axios.create") {
    if (optionsLack(call.arguments[0], ["timeout", "signal"], file))
      ctx.report({ node: call, messageId: "axiosInstanceNoTimeout", data: { call: "axios.create" } });
    return;
  }
  if (setsAxiosDefaultTimeout(file))
    return;
  let config;
  if (callee === "axios") {
    config = call.arguments.length === 1 && !ts.isStringLiteralLike(call.arguments[0]) && !ts.isTemplateExpression(call.arguments[0]) ? call.arguments[0] : call.arguments[1];
  } else {
    const member = callee.slice("axios.".length);
    const index = AXIOS_CONFIG_INDEX2.get(member);
    if (index === void 0)
      return;
    config = call.arguments[index];
  }
  if (call.arguments.some((argument) => ts.isSpreadElement(argument)))
    return;
  if (optionsLack(config, ["timeout", "signal"], file))
    ctx.report({ node: call, messageId: "noTimeout", data: { call: callee } });
}
function checkTsClient(node, ctx) {
  const { file } = ctx;
  const callee = file.calleeName(node);
  if (!callee)
    return;
  const options2 = node.arguments?.[0];
  const sdkDefault = TS_LLM_CLIENTS.get(callee);
  if (sdkDefault) {
    if (optionsLack(options2, ["timeout", "httpAgent", "fetch", "fetchOptions"], file))
      ctx.report({ node, messageId: "llmClientNoTimeout", data: { client: node.expression.getText(file.source), fallback: sdkDefault } });
    return;
  }
  if (TS_GENAI.has(callee)) {
    if (!optionsLack(options2, ["httpOptions"], file)) {
      const httpOptions = file.property(options2, "httpOptions");
      if (!httpOptions || !optionsLack(httpOptions, ["timeout"], file))
        return;
    } else if (options2 && (!file.resolveObject(options2) || file.hasSpread(options2))) {
      return;
    }
    ctx.report({ node, messageId: "llmClientNoTimeout", data: { client: node.expression.getText(file.source), fallback: NO_TIMEOUT } });
  }
}
var outbound_call_without_timeout_default = defineRule({
  id: "outbound-call-without-timeout",
  category: "reliability",
  severity: "medium",
  confidence: "high",
  seeds: ["003", "004"],
  summary: "Outbound HTTP call or LLM client without a timeout",
  messages: {
    noTimeout: "{{call}}(...) has no timeout; a slow or silent upstream holds this request (and its worker) open indefinitely",
    timeoutDisabled: "{{call}}(...) turns its timeout off; a slow or silent upstream holds this request open indefinitely",
    fetchNoSignal: "{{call}}(...) has no signal; fetch never times out by itself, so a silent upstream holds this request open",
    axiosInstanceNoTimeout: "{{call}}(...) builds a client with no timeout; axios waits forever by default, and every call on it inherits that",
    llmClientNoTimeout: "{{client}} client is built without a timeout (the SDK falls back to {{fallback}}); one stuck model call ties up a request for that long"
  },
  fixHint: "Pass an explicit timeout sized to the call (requests/httpx `timeout=`, aiohttp `ClientTimeout`, fetch `signal: AbortSignal.timeout(ms)`, axios `timeout`, SDK client `timeout`), read from settings.",
  python: {
    visitors: {
      call(node, ctx) {
        if (!isTestPath(ctx.path))
          checkPythonCall2(node, ctx);
      }
    }
  },
  typescript: {
    // Every report is at a call or `new` whose callee is one of these (checkAxios reports `axios`, `axios.create`
    // and the methods of AXIOS_CONFIG_INDEX only).
    prefilter: calleePrefilter([
      ...FETCH_FUNCTIONS2,
      "axios",
      "axios.create",
      ...[...AXIOS_CONFIG_INDEX2.keys()].map((member) => `axios.${member}`),
      ...UNDICI_REQUEST2,
      ...TS_LLM_CLIENTS.keys(),
      ...TS_GENAI
    ]),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || isTestPath(ctx.path))
          return;
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee)
          return;
        if (FETCH_FUNCTIONS2.has(callee)) {
          if (semantics_exports2.isClientComponent(file))
            return;
          if (node.arguments.some((argument) => ts.isSpreadElement(argument)))
            return;
          if (optionsLack(node.arguments[1], ["signal"], file))
            ctx.report({ node, messageId: "fetchNoSignal", data: { call: callee } });
          return;
        }
        if (callee === "axios" || callee.startsWith("axios.")) {
          checkAxios(node, callee, ctx);
          return;
        }
        if (UNDICI_REQUEST2.has(callee) && optionsLack(node.arguments[1], UNDICI_TIMEOUT_OPTIONS, file)) {
          ctx.report({ node, messageId: "noTimeout", data: { call: callee } });
        }
      },
      NewExpression(node, ctx) {
        if (ts.isNewExpression(node) && !isTestPath(ctx.path))
          checkTsClient(node, ctx);
      }
    }
  }
});

// dist/rules/print-logging.js
var print_logging_default = defineRule({
  id: "print-logging",
  category: "observability",
  severity: "low",
  confidence: "medium",
  seeds: ["002"],
  summary: "print() or console.log used for logging in server code",
  messages: {
    print: "`{{call}}` in server code writes unstructured text with no level, timestamp or request context; log through a logger"
  },
  fixHint: "Use a logger (logging.getLogger(__name__), structlog, pino, winston) configured once at startup, ideally with JSON output.",
  python: {
    visitors: {
      call(node, ctx) {
        if (!semantics_exports.isPrintCall(node, ctx.file) || isNonServerPath(ctx.path))
          return;
        if (semantics_exports.runsAsScript(node, ctx.file) || semantics_exports.isCommandLineScript(ctx.file))
          return;
        ctx.fact("print-call", `${ctx.file.calleeName(node)}()`, ctx.anchor(node));
      }
    }
  },
  typescript: {
    // The one fact is a print call.
    prefilter: semantics_exports2.PRINT_CALL_PREFILTER,
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node) || !semantics_exports2.isPrintCall(node, ctx.file) || isNonServerPath(ctx.path))
          return;
        if (semantics_exports2.isCommandLineScript(ctx.file))
          return;
        ctx.fact("print-call", `${ctx.file.calleeName(node)}()`, ctx.anchor(node));
      }
    }
  },
  // "Server code" is code in a service that runs an HTTP app: decided once every file was seen.
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      for (const fact of project.factsOf(apps[0], "print-call")) {
        if (fact.location && fact.snippet !== void 0)
          ctx.report({ at: { location: fact.location, snippet: fact.snippet }, messageId: "print", data: { call: fact.value ?? "print()" } });
      }
    }
  }
});

// dist/rules/secret-in-dockerfile.js
function declarations(instruction) {
  const args = instruction.args;
  if (instruction.keyword === "ENV" && !/^\S+=/.test(args)) {
    const [name, ...rest] = args.split(/\s+/);
    return name ? [{ name, value: unquote(rest.join(" ")) }] : [];
  }
  const result = [];
  for (const match of args.matchAll(/([A-Za-z_][A-Za-z0-9_.-]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g)) {
    result.push({ name: match[1], value: match[2] === void 0 ? void 0 : unquote(match[2]) });
  }
  return result;
}
function unquote(value) {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}
var secret_in_dockerfile_default = defineRule({
  id: "secret-in-dockerfile",
  category: "security",
  severity: "critical",
  confidence: "high",
  seeds: ["000", "002"],
  summary: "Dockerfile bakes a secret into the image through ENV or ARG",
  messages: {
    literal: "{{keyword}} {{name}} holds a literal secret ({{masked}}); it is stored in every layer and in `docker history` of the image",
    providerKey: "{{keyword}} {{name}} holds a {{provider}} key ({{masked}}); it is stored in every layer and in `docker history` of the image",
    buildArg: "{{keyword}} {{name}} passes a secret (inferred from its name) through the build; ENV and ARG values persist in the image metadata and `docker history`"
  },
  fixHint: "Pass secrets at run time (environment from the orchestrator or a secret store), or use BuildKit `RUN --mount=type=secret` for build-time secrets; never ENV/ARG.",
  text: {
    dockerfile(dockerfile, ctx) {
      const finalStage = dockerfile.finalStage?.index;
      for (const instruction of dockerfile.instructions) {
        if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG")
          continue;
        for (const { name, value } of declarations(instruction)) {
          const base = { line: instruction.line, endLine: instruction.endLine };
          const provider = value ? secrets_exports.providerKeyIn(value) : void 0;
          if (provider) {
            ctx.report({ ...base, messageId: "providerKey", data: { keyword: instruction.keyword, name, provider: provider.provider, masked: secrets_exports.maskSecret(provider.key) }, redact: [provider.key] });
            continue;
          }
          if (!secrets_exports.isSecretName(name))
            continue;
          const fromBuild = value === void 0 || value === "" || /^\$\{?[A-Za-z_][A-Za-z0-9_]*(?::-[^}]*)?\}?$/.test(value);
          if (fromBuild) {
            if (instruction.stage === finalStage && value !== "")
              ctx.report({ ...base, messageId: "buildArg", confidence: "medium", data: { keyword: instruction.keyword, name } });
          } else if (!secrets_exports.isPlaceholderSecret(value)) {
            ctx.report({ ...base, messageId: "literal", data: { keyword: instruction.keyword, name, masked: secrets_exports.maskSecret(value) }, redact: [value] });
          }
        }
      }
    }
  }
});

// dist/rules/sensitive-data-logged.js
var PY_PASSTHROUGH = /* @__PURE__ */ new Set(["str", "repr", "dict", "list", "vars", "json.dumps", "pprint.pformat", "fastapi.encoders.jsonable_encoder", "jsonable_encoder"]);
var PY_PASSTHROUGH_METHODS = /* @__PURE__ */ new Set(["format", "dict", "model_dump", "model_dump_json", "json", "to_dict", "items", "copy"]);
var TS_PASSTHROUGH = /* @__PURE__ */ new Set(["JSON.stringify", "String", "Object.fromEntries", "Object.entries", "util.inspect", "node:util.inspect"]);
var TS_PASSTHROUGH_METHODS = /* @__PURE__ */ new Set(["toString", "toJSON", "entries", "concat"]);
var LOOKUPS = /* @__PURE__ */ new Set(["get", "getenv", "pop", "getlist", "header", "getHeader", "get_header"]);
var PY_REQUEST = /^(?:request|req|self\.request|context\.request|ctx\.request|scope)$/;
var TS_REQUEST = /^(?:request|req|ctx\.request|ctx\.req|c\.req|context\.req|event\.request)$/;
function noteName(exposure, name, kind) {
  if (!kind || exposure.names.includes(name))
    return;
  exposure.names.push(name);
  exposure.kinds.push(kind);
}
var STREAM_WORDS = /* @__PURE__ */ new Set(["llm", "stream", "streaming", "streamed"]);
function isStreamedTokenCallback(name) {
  const words = name ? nameWords(name) : [];
  return words.includes("token") && words.some((word) => STREAM_WORDS.has(word));
}
function pythonBoundName(fn) {
  if (fn.type === "function_definition")
    return fn.childForFieldName("name")?.text;
  const parent = fn.parent;
  if (parent?.type === "keyword_argument")
    return parent.childForFieldName("name")?.text;
  const left = parent?.type === "assignment" ? parent.childForFieldName("left") : void 0;
  return left?.type === "identifier" ? left.text : void 0;
}
function pythonStreamedNames(scope, file) {
  const names = /* @__PURE__ */ new Set();
  for (const loop of file.descendants(scope, /* @__PURE__ */ new Set(["for_statement", "for_in_clause"]))) {
    for (const target of file.descendants(loop.childForFieldName("left") ?? loop, /* @__PURE__ */ new Set(["identifier"])))
      names.add(target.text);
    const left = loop.childForFieldName("left");
    if (left?.type === "identifier")
      names.add(left.text);
  }
  if (isStreamedTokenCallback(pythonBoundName(scope)))
    for (const { name } of file.parameters(scope))
      names.add(name);
  return names;
}
function pythonExposure(call, file) {
  const exposure = { names: [], kinds: [], headers: false };
  let streamedNames;
  const isStreamed = (name) => (streamedNames ??= pythonStreamedNames(file.enclosingFunction(call) ?? file.root, file)).has(name);
  const carriesValue = (node) => !!node && ["identifier", "attribute", "subscript", "call", "string", "binary_operator"].includes(node.type) && file.literal(node) === void 0 && !(node.type === "identifier" && isStreamed(node.text));
  const noteKeyed = (label, key, value) => {
    const kind = sensitiveValueKind(key);
    if (kind && carriesValue(value) && !isRedacted(value, file))
      noteName(exposure, label, kind);
  };
  const visit = (node) => {
    if (!node)
      return;
    switch (node.type) {
      case "identifier":
        if (!isStreamed(node.text))
          noteName(exposure, node.text, sensitiveValueKind(node.text));
        return;
      case "attribute": {
        const attribute = node.childForFieldName("attribute")?.text ?? "";
        const object = node.childForFieldName("object");
        if (attribute === "headers" && object && PY_REQUEST.test(object.text))
          exposure.headers = true;
        else
          noteName(exposure, node.text, sensitiveValueKind(attribute));
        return;
      }
      case "subscript": {
        const index = node.childForFieldName("subscript");
        const key = file.stringValue(index);
        if (key !== void 0)
          noteName(exposure, `${node.childForFieldName("value")?.text}["${key}"]`, sensitiveValueKind(key));
        return;
      }
      case "call": {
        const callee = file.calleeName(node) ?? "";
        const member = file.calleeMember(node) ?? "";
        const args = file.positionalArguments(node);
        const key = file.stringValue(args[0]);
        if (LOOKUPS.has(member) && key !== void 0) {
          noteName(exposure, `${callee}("${key}")`, sensitiveValueKind(key));
          return;
        }
        if (PY_PASSTHROUGH.has(callee)) {
          args.forEach(visit);
          return;
        }
        const fn = node.childForFieldName("function");
        if (fn?.type === "attribute" && PY_PASSTHROUGH_METHODS.has(member)) {
          visit(fn.childForFieldName("object"));
          if (member === "format")
            node.childForFieldName("arguments")?.namedChildren.forEach(visit);
        }
        return;
      }
      case "string":
        for (const child of node.namedChildren)
          if (child?.type === "interpolation")
            visit(child.childForFieldName("expression"));
        return;
      case "conditional_expression": {
        const [whenTrue, , whenFalse] = node.namedChildren;
        visit(whenTrue);
        visit(whenFalse);
        return;
      }
      case "dictionary":
        for (const pair of node.namedChildren) {
          if (pair?.type === "dictionary_splat")
            visit(pair.namedChild(0));
          if (pair?.type !== "pair")
            continue;
          const key = file.stringValue(pair.childForFieldName("key"));
          const value = pair.childForFieldName("value");
          if (key !== void 0)
            noteKeyed(`"${key}"`, key, value);
          visit(value);
        }
        return;
      case "keyword_argument": {
        const name = node.childForFieldName("name")?.text ?? "";
        const value = node.childForFieldName("value");
        if (name === "end" || name === "sep" || name === "file" || name === "flush" || name === "exc_info" || name === "stack_info")
          return;
        noteKeyed(name, name, value);
        visit(value);
        return;
      }
      case "binary_operator":
      case "parenthesized_expression":
      case "tuple":
      case "list":
      case "set":
      case "concatenated_string":
      case "expression_list":
      case "list_splat":
      case "dictionary_splat":
      case "await":
        node.namedChildren.forEach(visit);
        return;
      default:
        return;
    }
  };
  call.childForFieldName("arguments")?.namedChildren.forEach(visit);
  return exposure;
}
function isRedacted(value, file) {
  return value?.type === "call" && !PY_PASSTHROUGH.has(file.calleeName(value) ?? "") && !LOOKUPS.has(file.calleeMember(value) ?? "");
}
var isForOfOrIn = (node) => ts.isForOfStatement(node) || ts.isForInStatement(node);
function typeScriptBoundName(fn) {
  if ((ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) && fn.name && ts.isIdentifier(fn.name))
    return fn.name.text;
  const parent = fn.parent;
  if (parent && (ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent)) && ts.isIdentifier(parent.name))
    return parent.name.text;
  return void 0;
}
function typeScriptStreamedNames(scope, file) {
  const names = /* @__PURE__ */ new Set();
  for (const loop of file.descendants(scope, isForOfOrIn)) {
    const initializer = loop.initializer;
    const declarations2 = ts.isVariableDeclarationList(initializer) ? initializer.declarations.map((d) => d.name) : [initializer];
    for (const name of declarations2)
      if (ts.isIdentifier(name))
        names.add(name.text);
  }
  if (ts.isFunctionLike(scope) && isStreamedTokenCallback(typeScriptBoundName(scope))) {
    for (const { name } of scope.parameters)
      if (ts.isIdentifier(name))
        names.add(name.text);
  }
  return names;
}
function typeScriptExposure(call, file) {
  const exposure = { names: [], kinds: [], headers: false };
  let streamedNames;
  const isStreamed = (name) => (streamedNames ??= typeScriptStreamedNames(file.enclosingFunction(call) ?? file.source, file)).has(name);
  const text = (node) => node.getText(file.source);
  const carriesValue = (node) => {
    const value = file.unwrap(node);
    if (!value || file.literal(value) !== void 0)
      return false;
    if (ts.isCallExpression(value))
      return isPassthroughCall(value, file);
    if (ts.isIdentifier(value))
      return !isStreamed(value.text);
    return ts.isPropertyAccessExpression(value) || ts.isElementAccessExpression(value) || ts.isTemplateExpression(value) || ts.isBinaryExpression(value);
  };
  const noteKeyed = (key, value) => {
    const kind = sensitiveValueKind(key);
    if (kind && carriesValue(value))
      noteName(exposure, key, kind);
  };
  const visit = (node) => {
    const expression = node && file.unwrap(node);
    if (!expression)
      return;
    if (ts.isIdentifier(expression)) {
      const kind = sensitiveValueKind(expression.text);
      if (kind && !isStreamed(expression.text))
        noteName(exposure, expression.text, kind);
    } else if (ts.isPropertyAccessExpression(expression)) {
      const name = expression.name.text;
      if (name === "headers" && TS_REQUEST.test(text(expression.expression)))
        exposure.headers = true;
      else
        noteName(exposure, text(expression), sensitiveValueKind(name));
    } else if (ts.isElementAccessExpression(expression)) {
      const key = file.stringValue(expression.argumentExpression);
      if (key !== void 0)
        noteName(exposure, `${text(expression.expression)}['${key}']`, sensitiveValueKind(key));
    } else if (ts.isCallExpression(expression)) {
      const member = file.calleeMember(expression) ?? "";
      const key = file.stringValue(expression.arguments[0]);
      if (LOOKUPS.has(member) && key !== void 0)
        noteName(exposure, `${file.calleeName(expression)}('${key}')`, sensitiveValueKind(key));
      else if (member === "header" && expression.arguments.length === 0)
        exposure.headers = true;
      else if (isPassthroughCall(expression, file)) {
        expression.arguments.forEach(visit);
        if (ts.isPropertyAccessExpression(expression.expression) && TS_PASSTHROUGH_METHODS.has(member))
          visit(expression.expression.expression);
      }
    } else if (ts.isTemplateExpression(expression)) {
      for (const span2 of expression.templateSpans)
        visit(span2.expression);
    } else if (ts.isBinaryExpression(expression)) {
      if (expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        visit(expression.left);
        visit(expression.right);
      }
    } else if (ts.isConditionalExpression(expression)) {
      visit(expression.whenTrue);
      visit(expression.whenFalse);
    } else if (ts.isArrayLiteralExpression(expression)) {
      expression.elements.forEach(visit);
    } else if (ts.isSpreadElement(expression) || ts.isAwaitExpression(expression)) {
      visit(expression.expression);
    } else if (ts.isObjectLiteralExpression(expression)) {
      for (const property of expression.properties) {
        if (ts.isShorthandPropertyAssignment(property))
          visit(property.name);
        else if (ts.isSpreadAssignment(property))
          visit(property.expression);
        else if (ts.isPropertyAssignment(property)) {
          const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : void 0;
          if (key !== void 0)
            noteKeyed(key, property.initializer);
          visit(property.initializer);
        }
      }
    }
  };
  call.arguments.forEach(visit);
  return exposure;
}
function isPassthroughCall(call, file) {
  const callee = file.calleeName(call) ?? "";
  return TS_PASSTHROUGH.has(callee) || TS_PASSTHROUGH_METHODS.has(file.calleeMember(call) ?? "");
}
function describe2(exposure) {
  const names = exposure.names.slice(0, 3).map((name) => name.length > 60 ? `${name.slice(0, 57)}...` : name);
  return { names: names.join(", "), kind: [...new Set(exposure.kinds)].join(", ") };
}
var sensitive_data_logged_default = defineRule({
  id: "sensitive-data-logged",
  category: "security",
  severity: "high",
  confidence: "high",
  seeds: ["000"],
  summary: "Secrets or payment data written to logs",
  messages: {
    sensitive: "{{call}} writes {{names}} ({{kind}}) to the log; anyone who can read the logs can reuse it",
    headers: "{{call}} writes the whole request headers, including Authorization and cookies, to the log"
  },
  fixHint: "Log an identifier (user id, checkout id, key id) instead of the value, or pass it through a redaction helper; configure the logger to redact sensitive keys.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (isTestPath(ctx.path) || !(semantics_exports.isLogCall(node, file) || semantics_exports.isPrintCall(node, file)))
          return;
        const exposure = pythonExposure(node, file);
        const call = `${file.calleeName(node)}()`;
        if (exposure.names.length > 0)
          ctx.report({ node, messageId: "sensitive", data: { ...describe2(exposure), call } });
        else if (exposure.headers)
          ctx.report({ node, messageId: "headers", data: { call } });
      }
    }
  },
  typescript: {
    // Every finding is at a log or print call, whose callee's last segment is one of their method names.
    prefilter: { names: [...semantics_exports2.LOG_CALL_NAMES, ...semantics_exports2.PRINT_CALL_NAMES] },
    visitors: {
      CallExpression(node, ctx) {
        const { file } = ctx;
        if (!ts.isCallExpression(node) || isTestPath(ctx.path) || !(semantics_exports2.isLogCall(node, file) || semantics_exports2.isPrintCall(node, file)))
          return;
        const exposure = typeScriptExposure(node, file);
        const call = `${file.calleeName(node)}()`;
        if (exposure.names.length > 0)
          ctx.report({ node, messageId: "sensitive", data: { ...describe2(exposure), call } });
        else if (exposure.headers)
          ctx.report({ node, messageId: "headers", data: { call } });
      }
    }
  }
});

// dist/rules/session-created-per-request.js
var PY_LOOKUPS = /* @__PURE__ */ new Set(["get_session", "list_sessions", "get_or_create_session"]);
var TS_LOOKUPS = /* @__PURE__ */ new Set(["getSession", "listSessions", "getOrCreateSession"]);
var TS_CREATE = "createSession";
var SESSION_ENDPOINT = /session/i;
var session_created_per_request_default = defineRule({
  id: "session-created-per-request",
  category: "reliability",
  severity: "low",
  confidence: "medium",
  seeds: ["004"],
  summary: "A new agent session is created on every request",
  messages: {
    fixedUser: "{{handler}} creates a new agent session on every request for the fixed user {{user}}; sessions pile up in the session store and the agent never sees earlier turns",
    perRequest: "{{handler}} calls {{call}} on every request without looking up an existing session first (inferred: no get/list call in the handler); sessions pile up and conversations lose their history"
  },
  fixHint: "Take the session id from the client (or derive it from the authenticated user), look it up with get_session, and create one only when none exists.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        if (file.calleeMember(node) !== "create_session")
          return;
        const handler = semantics_exports.enclosingHandler(node, file);
        if (!handler)
          return;
        const name = handler.childForFieldName("name")?.text ?? "handler";
        const route = file.routeDecorator(handler);
        if (SESSION_ENDPOINT.test(name) || SESSION_ENDPOINT.test(route?.path ?? ""))
          return;
        if (file.descendants(handler, /* @__PURE__ */ new Set(["call"])).some((call) => PY_LOOKUPS.has(file.calleeMember(call) ?? "")))
          return;
        const userArg = file.keywordArgument(node, "user_id") ?? file.positionalArguments(node)[1];
        const user = file.stringValue(userArg);
        if (user !== void 0)
          ctx.report({ node, messageId: "fixedUser", confidence: "high", data: { handler: name, user: JSON.stringify(user) } });
        else
          ctx.report({ node, messageId: "perRequest", data: { handler: name, call: "create_session" } });
      }
    }
  },
  typescript: {
    // Every report is of a call whose member as written is TS_CREATE: that name is in the file.
    prefilter: { names: [TS_CREATE] },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        if (file.calleeMember(node) !== TS_CREATE)
          return;
        const handler = semantics_exports2.enclosingHandler(node, file, ctx.path);
        if (!handler)
          return;
        const name = semantics_exports2.functionLabel(handler, ctx.file);
        if (SESSION_ENDPOINT.test(name) || SESSION_ENDPOINT.test(nextRoutePath2(ctx.path) ?? ""))
          return;
        if (file.descendants(handler, ts.isCallExpression).some((call) => TS_LOOKUPS.has(file.calleeMember(call) ?? "")))
          return;
        const user = file.stringValue(file.property(node.arguments[0], "userId"));
        if (user !== void 0)
          ctx.report({ node, messageId: "fixedUser", confidence: "high", data: { handler: name, user: JSON.stringify(user) } });
        else
          ctx.report({ node, messageId: "perRequest", data: { handler: name, call: "createSession" } });
      }
    }
  }
});
function nextRoutePath2(path) {
  return /(?:^|\/)app\/(.*)\/route\.[cm]?[jt]sx?$/.exec(path)?.[1] ?? /(?:^|\/)pages\/(api\/.*)\.[cm]?[jt]sx?$/.exec(path)?.[1];
}

// dist/rules/session-without-ttl.js
var PY_REDIS_MODULES = ["redis", "aioredis", "coredis", "valkey", "upstash_redis"];
var TS_REDIS_MODULES = ["ioredis", "redis", "@redis/client", "@upstash/redis", "@vercel/kv", "iovalkey", "@valkey/valkey-glide"];
var PY_WRITES = /* @__PURE__ */ new Set(["set", "hset", "hmset", "rpush", "lpush", "sadd", "zadd", "xadd"]);
var TS_WRITES = /* @__PURE__ */ new Set(["set", "hset", "hSet", "hmset", "hmSet", "rpush", "rPush", "lpush", "lPush", "sadd", "sAdd", "zadd", "zAdd", "xadd", "xAdd"]);
var PY_SET_EXPIRY = ["ex", "px", "exat", "pxat", "keepttl"];
var EXPIRE_CALL = /^(?:expire|pexpire|expireat|pexpireat|hexpire|pExpire|expireAt|pExpireAt|hExpire|persist_ttl)$/;
var TS_SET_EXPIRY_FLAGS = /^(?:EX|PX|EXAT|PXAT|KEEPTTL)$/i;
var TS_SET_EXPIRY_OPTIONS = ["EX", "PX", "EXAT", "PXAT", "KEEPTTL", "ex", "px", "exat", "pxat", "keepTtl", "expiration"];
var STATE_KEY = /session|state|conversation|convo|thread|checkpoint|chat|history|memory|checkout|cart|task/i;
function pyKeyText(key, ctx) {
  if (key.type !== "identifier")
    return key.text;
  const scope = ctx.file.enclosingFunction(key) ?? ctx.file.root;
  const assigned = ctx.file.descendants(scope, /* @__PURE__ */ new Set(["assignment"])).filter((a) => a.childForFieldName("left")?.text === key.text && a.startIndex < key.startIndex).at(-1);
  return assigned?.childForFieldName("right")?.text ?? ctx.file.moduleAssignments.get(key.text)?.text ?? key.text;
}
function pyHasExpire(node, ctx) {
  const scope = ctx.file.enclosingFunction(node) ?? ctx.file.root;
  return ctx.file.descendants(scope, /* @__PURE__ */ new Set(["call"])).some((call) => EXPIRE_CALL.test(ctx.file.calleeMember(call) ?? ""));
}
function tsKeyText(key, ctx) {
  const text = key.getText(ctx.file.source);
  if (!ts.isIdentifier(key))
    return text;
  const scope = ctx.file.enclosingFunction(key) ?? ctx.file.source;
  const declaration = ctx.file.descendants(scope, ts.isVariableDeclaration).find((d) => ts.isIdentifier(d.name) && d.name.text === key.text);
  return declaration?.initializer?.getText(ctx.file.source) ?? ctx.file.constants.get(key.text)?.getText(ctx.file.source) ?? text;
}
function tsHasExpire(node, ctx) {
  const scope = ctx.file.enclosingFunction(node) ?? ctx.file.source;
  return ctx.file.descendants(scope, ts.isCallExpression).some((call) => EXPIRE_CALL.test(ctx.file.calleeMember(call) ?? ""));
}
function tsSetHasExpiry(call, ctx) {
  return call.arguments.slice(2).some((arg) => {
    const flag = ctx.file.stringValue(arg);
    if (flag !== void 0)
      return TS_SET_EXPIRY_FLAGS.test(flag);
    const object = ctx.file.resolveObject(arg);
    if (!object)
      return true;
    return ctx.file.hasSpread(object) || TS_SET_EXPIRY_OPTIONS.some((name) => ctx.file.hasProperty(object, name));
  });
}
function shown(text) {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
var session_without_ttl_default = defineRule({
  id: "session-without-ttl",
  category: "reliability",
  severity: "medium",
  confidence: "medium",
  seeds: ["000", "002"],
  summary: "Session or state written to Redis with no expiry",
  messages: {
    noExpiry: "{{call}} writes session/state key {{key}} with no expiry (inferred from the key name); abandoned sessions stay in Redis forever and memory grows until eviction drops live ones"
  },
  fixHint: "Give the key a TTL where it is written: set(key, value, ex=SESSION_TTL) / set(key, value, { EX: ttl }), or EXPIRE it in the same pipeline; refresh the TTL on each access.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const member = file.calleeMember(node);
        if (!member || !PY_WRITES.has(member))
          return;
        if (!PY_REDIS_MODULES.some((module) => file.importsModule(module)))
          return;
        const positional = file.positionalArguments(node);
        const key = positional[0] ?? file.keywordArgument(node, "name") ?? file.keywordArgument(node, "key");
        if (!key || positional.length + (file.keywordArgument(node, "value") ? 1 : 0) + (file.keywordArgument(node, "mapping") ? 1 : 0) < 2)
          return;
        const keyText = pyKeyText(key, ctx);
        if (!STATE_KEY.test(keyText))
          return;
        if (file.hasSplatKeywords(node))
          return;
        if (member === "set" && (PY_SET_EXPIRY.some((name) => file.hasKeywordArgument(node, name)) || positional.length >= 3))
          return;
        if (pyHasExpire(node, ctx))
          return;
        ctx.report({ node, messageId: "noExpiry", data: { call: member, key: shown(keyText) } });
      }
    }
  },
  typescript: {
    // Every report is in a file that imports one of TS_REDIS_MODULES, tested as the visitor tests it.
    prefilter: { modules: TS_REDIS_MODULES },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const { file } = ctx;
        const member = file.calleeMember(node);
        if (!member || !TS_WRITES.has(member) || node.arguments.length < 2)
          return;
        if (!TS_REDIS_MODULES.some((module) => file.importsModule(module)))
          return;
        const key = node.arguments[0];
        const keyText = tsKeyText(key, ctx);
        if (!STATE_KEY.test(keyText))
          return;
        if (member === "set" && tsSetHasExpiry(node, ctx))
          return;
        if (tsHasExpire(node, ctx))
          return;
        ctx.report({ node, messageId: "noExpiry", data: { call: member, key: shown(keyText) } });
      }
    }
  }
});

// dist/rules/static-health-check.js
var PY_RESPONSE_BUILDERS = /* @__PURE__ */ new Set(["JSONResponse", "PlainTextResponse", "ORJSONResponse", "UJSONResponse", "Response", "HTMLResponse", "jsonify", "make_response", "dict", "str", "int", "float", "time", "monotonic", "now", "utcnow", "isoformat", "getenv", "get"]);
var TS_RESPONSE_BUILDERS = /* @__PURE__ */ new Set(["json", "send", "status", "text", "code", "header", "set", "type", "end", "now", "toISOString", "uptime", "stringify", "sendStatus", "body", "Response", "NextResponse", "writeHead", "Date"]);
var PURE_LIVENESS = /(?:^|\/)(?:livez|healthz|live|liveness|alive|ping)\/?$/i;
function isStaticPython(definition, file) {
  const body = definition.childForFieldName("body");
  if (!body)
    return false;
  if (file.descendants(body, /* @__PURE__ */ new Set(["await"])).length > 0)
    return false;
  return file.descendants(body, /* @__PURE__ */ new Set(["call"])).every((call) => PY_RESPONSE_BUILDERS.has(file.calleeMember(call) ?? ""));
}
function isStaticTypeScript(fn, file) {
  const body = fn.body;
  if (!body)
    return false;
  if (file.descendants(body, ts.isAwaitExpression).length > 0)
    return false;
  const calls = [...file.descendants(body, ts.isCallExpression), ...file.descendants(body, ts.isNewExpression)];
  return calls.every((call) => TS_RESPONSE_BUILDERS.has(file.calleeMember(call) ?? ""));
}
function probeKind(path) {
  if (path === null)
    return void 0;
  if (isReadinessPath(path))
    return "readiness";
  if (isLivenessPath(path) && !PURE_LIVENESS.test(path))
    return "health";
  return void 0;
}
var static_health_check_default = defineRule({
  id: "static-health-check",
  category: "observability",
  severity: "medium",
  confidence: "medium",
  seeds: ["004"],
  summary: "Health or readiness handler returns healthy without checking any dependency",
  messages: {
    readiness: "readiness route {{path}} answers healthy without checking anything (no await, no dependency call); traffic is sent to replicas whose model, database or cache is down",
    onlyProbe: "{{path}} is the only health route and answers healthy without checking anything; with no readiness route, nothing tells the orchestrator a dependency is down"
  },
  fixHint: "Keep /livez static, and add a /readyz that checks what requests need (database ping, cache, model endpoint reachability) with short timeouts.",
  python: {
    visitors: {
      function_definition(node, ctx) {
        const route = ctx.file.routeDecorator(node);
        const kind = probeKind(route?.path ?? null);
        if (kind && isStaticPython(node, ctx.file))
          ctx.fact(`static-${kind}`, route.path, ctx.anchor(ctx.file.definitionAnchor(node)));
      }
    }
  },
  typescript: {
    prefilter: { names: ROUTE_CALL_MEMBERS },
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const route = ctx.file.routeCall(node);
        const kind = probeKind(route?.path ?? null);
        const handler = route && ctx.file.handlerFunction(route.handlers.at(-1));
        if (kind && handler && isStaticTypeScript(handler, ctx.file))
          ctx.fact(`static-${kind}`, route.path, ctx.anchor(node));
      }
    }
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      const report3 = (key, messageId) => {
        for (const fact of project.factsOf(app, key)) {
          if (fact.location && fact.snippet !== void 0)
            ctx.report({ at: { location: fact.location, snippet: fact.snippet }, messageId, data: { path: fact.value ?? "" } });
        }
      };
      report3("static-readiness", "readiness");
      const probes = project.routesOf(app).filter((route) => route.path !== null && (isLivenessPath(route.path) || isReadinessPath(route.path)));
      if (probes.length === 1 && !isReadinessPath(probes[0].path))
        report3("static-health", "onlyProbe");
    }
  }
});

// dist/rules/unbounded-llm-output.js
var PY_LIMITS = ["max_tokens", "max_completion_tokens", "max_output_tokens", "max_new_tokens", "num_predict"];
var PY_CONFIGS = ["config", "generation_config", "generate_content_config", "model_kwargs"];
var TS_LIMITS = ["max_tokens", "max_completion_tokens", "max_output_tokens", "maxTokens", "maxOutputTokens", "maxCompletionTokens", "numPredict"];
var TS_CONFIGS = ["config", "generationConfig", "generateContentConfig", "modelKwargs", "providerOptions"];
var PY_MODEL_CONSTRUCTORS = /* @__PURE__ */ new Set([
  "google.adk.agents.Agent",
  "google.adk.agents.LlmAgent",
  "google.adk.agents.llm_agent.LlmAgent",
  "google.adk.agents.llm_agent.Agent",
  "google.adk.Agent",
  "langchain_openai.ChatOpenAI",
  "langchain_openai.AzureChatOpenAI",
  "langchain_google_genai.ChatGoogleGenerativeAI",
  "langchain_google_vertexai.ChatVertexAI",
  "langchain_mistralai.ChatMistralAI",
  "langchain_groq.ChatGroq",
  "langchain.chat_models.init_chat_model"
]);
var TS_MODEL_CONSTRUCTORS = /* @__PURE__ */ new Set([
  "new @langchain/openai.ChatOpenAI()",
  "new @langchain/openai.AzureChatOpenAI()",
  "new @langchain/google-genai.ChatGoogleGenerativeAI()",
  "new @langchain/google-vertexai.ChatVertexAI()",
  "new @langchain/mistralai.ChatMistralAI()",
  "new @langchain/groq.ChatGroq()",
  "new @google/adk.LlmAgent()",
  "new @google/adk.Agent()"
]);
var TS_PREFILTER3 = {
  names: [...semantics_exports2.LLM_CALL_PREFILTER.names, ...[...TS_MODEL_CONSTRUCTORS].map((constructor) => constructor.slice(constructor.lastIndexOf(".") + 1, -"()".length))],
  modules: semantics_exports2.LLM_CALL_PREFILTER.modules
};
function pyValueNode(node, scope, ctx) {
  if (node?.type !== "identifier")
    return node;
  const local = scope ? ctx.file.descendants(scope, /* @__PURE__ */ new Set(["assignment"])).filter((a) => a.childForFieldName("left")?.text === node.text && a.startIndex < node.startIndex).at(-1) : void 0;
  return local?.childForFieldName("right") ?? ctx.file.moduleAssignments.get(node.text);
}
function pyLimits(holder, scope, ctx, depth = 0) {
  const node = pyValueNode(holder, scope, ctx);
  if (!node || depth > 3)
    return "unknown";
  const { file } = ctx;
  if (node.type === "call") {
    if (file.hasSplatKeywords(node))
      return "unknown";
    if (PY_LIMITS.some((name) => file.hasKeywordArgument(node, name)))
      return "limited";
    for (const name of PY_CONFIGS) {
      const config = file.keywordArgument(node, name);
      if (!config)
        continue;
      const verdict = pyLimits(config, scope, ctx, depth + 1);
      if (verdict !== "unlimited")
        return verdict;
    }
    return "unlimited";
  }
  if (node.type === "dictionary") {
    if (node.namedChildren.some((pair) => pair?.type === "dictionary_splat"))
      return "unknown";
    const keys = node.namedChildren.filter((pair) => pair?.type === "pair").map((pair) => file.stringValue(pair.childForFieldName("key")));
    if (keys.some((key) => key !== void 0 && PY_LIMITS.includes(key)))
      return "limited";
    const nested = node.namedChildren.find((pair) => pair?.type === "pair" && PY_CONFIGS.includes(file.stringValue(pair.childForFieldName("key")) ?? ""));
    return nested ? pyLimits(nested.childForFieldName("value") ?? void 0, scope, ctx, depth + 1) : "unlimited";
  }
  return "unknown";
}
var CONFIGURES_MODEL = memoSlot("GenerativeModel with generation_config");
function fileConfiguresModel(ctx) {
  const { file } = ctx;
  return file.memos.get(CONFIGURES_MODEL, () => file.descendants(file.root, /* @__PURE__ */ new Set(["call"])).some((call) => /GenerativeModel$/.test(file.calleeName(call) ?? "") && file.hasKeywordArgument(call, "generation_config")));
}
function tsLimits(node, ctx, depth = 0) {
  const { file } = ctx;
  const object = file.resolveObject(node);
  if (!object || depth > 3)
    return "unknown";
  if (file.hasSpread(object))
    return "unknown";
  if (TS_LIMITS.some((name) => file.hasProperty(object, name)))
    return "limited";
  for (const name of TS_CONFIGS) {
    if (!file.hasProperty(object, name))
      continue;
    const verdict = tsLimits(file.property(object, name), ctx, depth + 1);
    if (verdict !== "unlimited")
      return verdict;
  }
  return "unlimited";
}
var unbounded_llm_output_default = defineRule({
  id: "unbounded-llm-output",
  category: "reliability",
  severity: "low",
  confidence: "high",
  seeds: ["004"],
  summary: "LLM call without a max-token limit",
  messages: {
    call: "{{call}} sets no output-token limit ({{setting}}); one runaway generation costs minutes of latency and the price of the whole context window",
    model: "{{call}} is built without an output-token limit ({{setting}}); every generation it runs is unbounded"
  },
  fixHint: "Cap the generation: max_tokens / max_output_tokens (Python), maxTokens / maxOutputTokens (TS), sized to what the endpoint returns.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee)
          return;
        const scope = file.enclosingFunction(node);
        if (PY_MODEL_CONSTRUCTORS.has(callee)) {
          if (pyLimits(node, scope, ctx) === "unlimited")
            ctx.report({ node, messageId: "model", data: { call: callee.split(".").at(-1), setting: settingFor(callee) } });
          return;
        }
        if (semantics_exports.agentCallKind(node, file) !== "llm")
          return;
        if (pyLimits(node, scope, ctx) !== "unlimited")
          return;
        const generic = /(?:^|\.)generate_content(?:_async)?$/.test(callee) && !/\.models\.generate_content/.test(callee);
        if (generic && fileConfiguresModel(ctx))
          return;
        ctx.report({ node, messageId: "call", data: { call: shortCallee(callee), setting: settingFor(callee) } });
      }
    }
  },
  typescript: {
    prefilter: TS_PREFILTER3,
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        if (semantics_exports2.agentCallKind(node, ctx.file) !== "llm")
          return;
        if (tsLimits(node.arguments[0], ctx) !== "unlimited")
          return;
        const callee = ctx.file.calleeName(node);
        ctx.report({ node, messageId: "call", data: { call: shortCallee(callee), setting: settingFor(callee) } });
      },
      NewExpression(node, ctx) {
        if (!ts.isNewExpression(node))
          return;
        const callee = ctx.file.calleeName(node);
        if (!callee || !TS_MODEL_CONSTRUCTORS.has(`new ${callee}()`))
          return;
        if (tsLimits(node.arguments?.[0], ctx) !== "unlimited")
          return;
        ctx.report({ node, messageId: "model", data: { call: callee.split(".").at(-1), setting: settingFor(callee) } });
      }
    }
  }
});
function shortCallee(callee) {
  const parts = callee.replace(/\(\)/g, "").split(".");
  return parts.length > 3 ? parts.slice(-3).join(".") : parts.join(".");
}
function settingFor(callee) {
  if (/\.responses\./.test(callee))
    return "max_output_tokens";
  if (/^@langchain\/google/.test(callee))
    return "maxOutputTokens";
  if (/^@langchain\//.test(callee))
    return "maxTokens";
  if (/^langchain_google/.test(callee))
    return "max_output_tokens";
  if (/generate_content|google\.adk/.test(callee))
    return "max_output_tokens in the generation config";
  if (/generateContent|@google\/adk/.test(callee))
    return "config.maxOutputTokens";
  if (/^ai\./.test(callee))
    return "maxOutputTokens";
  return "max_tokens";
}

// dist/rules/unbounded-request-input.js
var MIB = 1024 * 1024;
var options = {
  defaults: { maxBodyBytes: MIB },
  schema: (z) => z.object({ maxBodyBytes: z.number().int().positive().default(MIB) })
};
var PY_TYPE_NAME = /\b[A-Z][A-Za-z0-9_]*\b/g;
var PY_VALIDATE_METHODS = /* @__PURE__ */ new Set(["model_validate", "model_validate_json", "parse_obj", "parse_raw", "validate_python", "validate_json"]);
function pythonModelFact(definition, file) {
  const name = definition.childForFieldName("name")?.text;
  if (!name || !definition.childForFieldName("body"))
    return void 0;
  const bases = file.baseClasses(definition).map((base) => base.split(".").at(-1));
  const fields = field_bounds_exports.modelFields(definition, file);
  const refs = new Set(fields.flatMap((field) => field.annotation.match(PY_TYPE_NAME) ?? []));
  const unbounded = fields.filter((field) => field.shape && !field.bounded).map((field) => `${field.name} (${field.shape})`);
  return { name, bases, refs: [...refs], unbounded };
}
function validatedBodyModel(call, file) {
  const fn = call.childForFieldName("function");
  if (fn?.type === "attribute" && PY_VALIDATE_METHODS.has(fn.childForFieldName("attribute")?.text ?? "")) {
    const argument = file.positionalArguments(call)[0];
    const model = fn.childForFieldName("object");
    if (argument && model?.type === "identifier" && /^request body/.test(request_input_exports.clientValue(argument, file)?.source ?? ""))
      return (file.qualifiedName(model) ?? model.text).split(".").at(-1);
  }
  if (fn?.type === "identifier" && /^[A-Z]/.test(fn.text)) {
    const splat = call.childForFieldName("arguments")?.namedChildren.find((argument) => argument?.type === "dictionary_splat");
    const value = splat?.namedChild(0);
    if (value && /^request body/.test(request_input_exports.clientValue(value, file)?.source ?? ""))
      return (file.qualifiedName(fn) ?? fn.text).split(".").at(-1);
  }
  return void 0;
}
function describeSize(bytes) {
  return bytes >= MIB ? `${Math.round(bytes / MIB * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`;
}
function checkFlaskLimit(node, ctx, limit) {
  const bytes = semantics_exports.constantNumber(field_bounds_exports.flaskBodyLimitValue(node, ctx.file), ctx.file);
  if (bytes !== void 0 && bytes > limit)
    ctx.report({ node, messageId: "raisedLimit", data: { setting: "MAX_CONTENT_LENGTH", size: describeSize(bytes) } });
}
var ZOD_PARSE = /* @__PURE__ */ new Set(["parse", "safeParse", "parseAsync", "safeParseAsync"]);
var BODY_MIDDLEWARE = /* @__PURE__ */ new Set(["validateRequestBody", "processRequestBody", "validateBody"]);
var BODY_VALIDATORS = /* @__PURE__ */ new Set(["validate", "validateRequest"]);
var BODY_READ = /^(?:await\s+)?(?:req|request|ctx\.request|c\.req)\.(?:body|json\(\))$/;
function isZod(file, call) {
  return /^zod(?:\.z)?\.\w+$/.test(file.calleeName(call) ?? "");
}
function chainOf(expression, file) {
  const members = [];
  let current = file.unwrap(expression) ?? expression;
  while (ts.isCallExpression(current) && ts.isPropertyAccessExpression(current.expression) && ts.isCallExpression(file.unwrap(current.expression.expression) ?? current.expression.expression)) {
    members.unshift(current.expression.name.text);
    current = file.unwrap(current.expression.expression);
  }
  return ts.isCallExpression(current) ? { root: current, members } : void 0;
}
function zodUnbounded(expression, file, prefix, depth) {
  const fields = [];
  collectZodUnbounded(expression, file, prefix, depth, fields);
  return fields;
}
function collectZodUnbounded(expression, file, prefix, depth, fields) {
  const chain = chainOf(expression, file);
  if (!chain || depth > 4) {
    const unwrapped = file.unwrap(expression);
    const constant = unwrapped && ts.isIdentifier(unwrapped) ? file.constants.get(unwrapped.text) : void 0;
    if (constant && depth <= 4)
      collectZodUnbounded(constant, file, prefix, depth + 1, fields);
    return;
  }
  if (!isZod(file, chain.root))
    return;
  const kind = file.calleeMember(chain.root);
  if (request_size_exports.ZOD_OBJECTS.has(kind ?? "")) {
    const shape2 = file.resolveObject(chain.root.arguments[0]);
    for (const property of shape2?.properties ?? []) {
      if (!ts.isPropertyAssignment(property))
        continue;
      const name = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : "?";
      collectZodUnbounded(property.initializer, file, `${prefix}${name}.`, depth + 1, fields);
    }
    return;
  }
  let shape = kind === "string" ? "string" : kind === "array" ? "array" : void 0;
  let bounded = false;
  for (const member of chain.members) {
    if (member === "array") {
      shape = "array";
      bounded = false;
    } else if (request_size_exports.ZOD_BOUNDS.has(member) || shape === "string" && request_size_exports.ZOD_BOUNDED_FORMATS.has(member))
      bounded = true;
  }
  if (shape && !bounded)
    fields.push(`${prefix.replace(/\.$/, "")} (${shape})`);
  if (kind === "array" && chain.root.arguments[0])
    collectZodUnbounded(chain.root.arguments[0], file, `${prefix.replace(/\.$/, "")}[].`, depth + 1, fields);
}
function jsonSchemaUnbounded(node, file, prefix, depth) {
  if (!node || depth > 5)
    return [];
  const expression = file.unwrap(node) ?? node;
  if (ts.isCallExpression(expression) && /^@sinclair\/typebox\.Type\.\w+$|^Type\.\w+$/.test(file.calleeName(expression) ?? "")) {
    const kind = file.calleeMember(expression);
    const path2 = prefix.replace(/\.$/, "");
    if (kind === "Object") {
      const shape = file.resolveObject(expression.arguments[0]);
      return shape ? shape.properties.flatMap((p) => ts.isPropertyAssignment(p) ? jsonSchemaUnbounded(p.initializer, file, `${prefix}${p.name.getText(file.source)}.`, depth + 1) : []) : [];
    }
    if (kind === "String")
      return file.hasProperty(expression.arguments[0], "maxLength") || file.hasProperty(expression.arguments[0], "format") ? [] : [`${path2} (string)`];
    if (kind === "Array")
      return [...file.hasProperty(expression.arguments[1], "maxItems") ? [] : [`${path2} (array)`], ...jsonSchemaUnbounded(expression.arguments[0], file, `${path2}[].`, depth + 1)];
    if (kind === "Optional")
      return jsonSchemaUnbounded(expression.arguments[0], file, prefix, depth + 1);
    return [];
  }
  const schema = file.resolveObject(expression);
  if (!schema)
    return [];
  const type = file.literal(file.property(schema, "type"));
  const path = prefix.replace(/\.$/, "");
  if (type === "string")
    return request_size_exports.JSON_STRING_BOUNDS.some((key) => file.hasProperty(schema, key)) ? [] : [`${path} (string)`];
  if (type === "array")
    return [...file.hasProperty(schema, "maxItems") ? [] : [`${path} (array)`], ...jsonSchemaUnbounded(file.property(schema, "items"), file, `${path}[].`, depth + 1)];
  const properties = file.resolveObject(file.property(schema, "properties"));
  if (!properties)
    return [];
  return properties.properties.flatMap((p) => ts.isPropertyAssignment(p) ? jsonSchemaUnbounded(p.initializer, file, `${prefix}${p.name.getText(file.source)}.`, depth + 1) : []);
}
function tsBytes(node, file) {
  const expression = file.unwrap(node);
  if (!expression)
    return void 0;
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.AsteriskToken) {
    const left = tsBytes(expression.left, file);
    const right = tsBytes(expression.right, file);
    return left !== void 0 && right !== void 0 ? left * right : void 0;
  }
  if (ts.isNumericLiteral(expression))
    return Number(expression.text.replace(/_/g, ""));
  if (ts.isIdentifier(expression) && file.constants.has(expression.text))
    return tsBytes(file.constants.get(expression.text), file);
  return request_size_exports.sizeInBytes(file.literal(expression));
}
var PARSER_CALLS = /* @__PURE__ */ new Set([
  ...["json", "urlencoded", "raw", "text"].flatMap((parser) => [`express.${parser}`, `body-parser.${parser}`]),
  "body-parser",
  "koa-bodyparser",
  "@koa/bodyparser",
  "@koa/bodyparser.bodyParser",
  "koa-body",
  "koa-body.koaBody",
  "hono/body-limit.bodyLimit"
]);
var SIZE_OPTIONS = ["limit", "jsonLimit", "formLimit", "textLimit", "maxSize", "bodyLimit"];
function checkTsLimit(node, ctx, limit) {
  const { file } = ctx;
  const callee = file.calleeName(node) ?? "";
  const argument = node.arguments?.[0];
  let setting;
  let bytes;
  if (PARSER_CALLS.has(callee) || callee === "fastify" && ts.isCallExpression(node)) {
    for (const option of SIZE_OPTIONS) {
      const value = tsBytes(file.property(argument, option), file);
      if (value !== void 0 && value > limit) {
        setting = `${callee.replace(/^hono\/body-limit\./, "")}({ ${option} })`;
        bytes = value;
      }
    }
  }
  if (setting && bytes !== void 0)
    ctx.report({ node, messageId: "raisedLimit", data: { setting, size: describeSize(bytes) } });
}
function checkNextConfig(node, ctx, limit) {
  const { file } = ctx;
  if (!ts.isIdentifier(node.name) || node.name.text !== "config" || !ts.isSourceFile(node.parent?.parent?.parent))
    return;
  const parser = file.property(file.property(node.initializer, "api"), "bodyParser");
  const bytes = tsBytes(file.property(parser, "sizeLimit"), file);
  if (bytes !== void 0 && bytes > limit)
    ctx.report({ node, messageId: "raisedLimit", data: { setting: "api.bodyParser.sizeLimit", size: describeSize(bytes) } });
}
function bodySchemaName(node, ctx) {
  const { file } = ctx;
  const callee = node.expression;
  if (ts.isPropertyAccessExpression(callee) && ZOD_PARSE.has(callee.name.text) && node.arguments[0]) {
    const source = request_input_exports2.clientValue(node.arguments[0], file, ctx.path)?.source ?? "";
    if (/^request body/.test(source) || BODY_READ.test(node.arguments[0].getText(file.source)))
      return callee.expression;
  }
  const name = file.calleeName(node) ?? "";
  if ((name === "zValidator" || name.endsWith(".zValidator")) && /^(?:json|form)$/.test(file.stringValue(node.arguments[0]) ?? ""))
    return node.arguments[1];
  const member = file.calleeMember(node) ?? "";
  if (BODY_MIDDLEWARE.has(member) && node.arguments[0])
    return node.arguments[0];
  if (BODY_VALIDATORS.has(member))
    return file.property(node.arguments[0], "body");
  return void 0;
}
function schemaDeclarationName(expression, file) {
  const unwrapped = file.unwrap(expression);
  return unwrapped && ts.isIdentifier(unwrapped) ? file.imports.get(unwrapped.text)?.imported ?? unwrapped.text : void 0;
}
var unbounded_request_input_default = defineRule({
  id: "unbounded-request-input",
  category: "security",
  severity: "medium",
  confidence: "medium",
  seeds: ["004"],
  summary: "Request body fields without a size limit, or a body-size limit raised",
  messages: {
    model: "request body model {{model}} has no size limit on {{fields}}; a client can send megabytes of text that is parsed, stored and sent to the model on every request",
    schema: "request body schema {{schema}} has no size limit on {{fields}}; a client can send megabytes of text that is parsed, stored and sent to the model on every request",
    raisedLimit: "{{setting}} lets a request body reach {{size}}; one client can make the server buffer and parse that much per request"
  },
  fixHint: "Give every request string and list a maximum (`Field(max_length=4000)`, `conlist(..., max_length=50)`, zod `.max()`, JSON schema `maxLength`/`maxItems`) and keep body limits at the framework default (Express 100 kB, Fastify 1 MiB) unless a route needs more.",
  options,
  python: {
    visitors: {
      class_definition(node, ctx) {
        const fact = pythonModelFact(node, ctx.file);
        if (fact)
          ctx.fact("request-model", JSON.stringify(fact), ctx.anchor(ctx.file.definitionAnchor(node)));
      },
      function_definition(node, ctx) {
        if (!ctx.file.routeDecorator(node) && !semantics_exports.isRequestHandler(node, ctx.file))
          return;
        for (const name of request_input_exports.bodyParameterTypes(node, ctx.file))
          ctx.fact("request-body-model", name);
      },
      call(node, ctx) {
        const model = validatedBodyModel(node, ctx.file);
        if (model)
          ctx.fact("request-body-model", model);
        checkFlaskLimit(node, ctx, ctx.options.maxBodyBytes);
      },
      assignment(node, ctx) {
        checkFlaskLimit(node, ctx, ctx.options.maxBodyBytes);
      }
    }
  },
  typescript: {
    // What each record needs named in the file, by group: most files name `limit`, `object` or `config`, few call a
    // body parser, import zod or set a Next.js body size. A raised limit: a call of a body parser or of Fastify.
    prefilter: calleePrefilter([...PARSER_CALLS, "fastify"]),
    visitors: {
      CallExpression(node, ctx) {
        if (ts.isCallExpression(node))
          checkTsLimit(node, ctx, ctx.options.maxBodyBytes);
      }
    },
    groups: [
      {
        // A body schema: its parse method (ZOD_PARSE), `zValidator` (its import specifier, or the module bound by
        // `require`) or a validation middleware (BODY_MIDDLEWARE, BODY_VALIDATORS); a route's schema, the `schema` option.
        prefilter: { names: [...ZOD_PARSE, "zValidator", ...BODY_MIDDLEWARE, ...BODY_VALIDATORS, "schema"], modules: ["zValidator"] },
        visitors: {
          CallExpression(node, ctx) {
            if (!ts.isCallExpression(node))
              return;
            const schema = bodySchemaName(node, ctx);
            const name = schema && schemaDeclarationName(schema, ctx.file);
            if (name)
              ctx.fact("request-body-schema", name);
            const route = ctx.file.routeCall(node);
            const body = route?.options && ctx.file.property(ctx.file.resolveObject(ctx.file.property(route.options, "schema")), "body");
            if (!route || !body)
              return;
            const zodName = schemaDeclarationName(body, ctx.file);
            if (zodName && zodUnbounded(body, ctx.file, "", 0).length === 0 && !ctx.file.resolveObject(body))
              ctx.fact("request-body-schema", zodName);
            const fields = jsonSchemaUnbounded(body, ctx.file, "", 0);
            if (fields.length > 0)
              ctx.report({ node, messageId: "schema", data: { schema: `of ${route.method} ${route.path}`, fields: fields.join(", ") } });
          }
        }
      },
      {
        // Next.js Pages Router body size: the `sizeLimit` option.
        prefilter: { names: ["sizeLimit"] },
        visitors: {
          VariableDeclaration(node, ctx) {
            if (ts.isVariableDeclaration(node) && node.initializer)
              checkNextConfig(node, ctx, ctx.options.maxBodyBytes);
          }
        }
      },
      {
        // A zod object schema: a callee from zod (isZod).
        prefilter: calleePrefilter(["zod"]),
        visitors: {
          VariableDeclaration(node, ctx) {
            if (!ts.isVariableDeclaration(node) || !node.initializer || !ts.isIdentifier(node.name))
              return;
            const chain = chainOf(node.initializer, ctx.file);
            if (!chain || !isZod(ctx.file, chain.root) || !request_size_exports.ZOD_OBJECTS.has(ctx.file.calleeMember(chain.root) ?? ""))
              return;
            const fields = zodUnbounded(node.initializer, ctx.file, "", 0);
            if (fields.length > 0)
              ctx.fact("zod-schema", JSON.stringify({ name: node.name.text, unbounded: fields }), ctx.anchor(node));
          }
        }
      }
    ]
  },
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const app = apps[0];
      if (app.language === "python")
        reportModels(project.factsOf(app, "request-model"), new Set(project.factsOf(app, "request-body-model").map((fact) => fact.value)), ctx);
      else {
        const used = new Set(project.factsOf(app, "request-body-schema").map((fact) => fact.value));
        for (const fact of project.factsOf(app, "zod-schema")) {
          const schema = JSON.parse(fact.value);
          if (used.has(schema.name) && fact.location)
            ctx.report({ at: { location: fact.location, snippet: fact.snippet ?? "" }, messageId: "schema", data: { schema: schema.name, fields: schema.unbounded.join(", ") } });
        }
      }
    }
  }
});
function reportModels(facts, bodies, ctx) {
  const models = facts.map((fact) => ({ fact, model: JSON.parse(fact.value) }));
  const byName = /* @__PURE__ */ new Map();
  for (const { model } of models)
    byName.set(model.name, [...byName.get(model.name) ?? [], model]);
  const reachable = /* @__PURE__ */ new Set();
  const queue = [...bodies].filter((name) => byName.has(name));
  while (queue.length > 0) {
    const name = queue.pop();
    if (reachable.has(name))
      continue;
    reachable.add(name);
    for (const model of byName.get(name) ?? [])
      for (const next of [...model.bases, ...model.refs])
        if (byName.has(next) && !reachable.has(next))
          queue.push(next);
  }
  for (const { fact, model } of models) {
    if (!reachable.has(model.name) || model.unbounded.length === 0 || !fact.location)
      continue;
    ctx.report({ at: { location: fact.location, snippet: fact.snippet ?? "" }, messageId: "model", data: { model: model.name, fields: model.unbounded.join(", ") } });
  }
}

// dist/rules/unbounded-subprocess.js
var PY_BLOCKING = /* @__PURE__ */ new Set(["subprocess.run", "subprocess.call", "subprocess.check_call", "subprocess.check_output", "subprocess.getoutput", "subprocess.getstatusoutput"]);
var PY_POPEN = "subprocess.Popen";
var PY_ASYNC = /* @__PURE__ */ new Set(["asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_exec", "asyncio.subprocess.create_subprocess_shell"]);
var PY_DEADLINES = /(?:^|\.)(?:wait_for|timeout|timeout_at|fail_after|move_on_after|fail_at|move_on_at)$/;
var NON_SERVER_PATH = /(?:^|\/)(?:tests?|testing|scripts|docs|examples?|benchmarks?)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest|setup|noxfile|tasks|fabfile)\.py$|(?:^|\/)[^/]*\.(?:test|spec)\.[cm]?[jt]sx?$|(?:^|\/)__tests__\//;
var TS_CHILD_PROCESS = new Set(["child_process", "node:child_process"].flatMap((module) => ["exec", "execFile", "spawn", "fork", "execSync", "execFileSync", "spawnSync"].map((name) => `${module}.${name}`)));
var TS_EXECA = /* @__PURE__ */ new Set(["execa", ...["execa", "execaCommand", "execaNode", "execaSync", "execaCommandSync", "$"].map((name) => `execa.${name}`)]);
var TS_PROMISIFY = /^(?:(?:node:)?util\.promisify|util\.promisify|promisify)$/;
var TS_TIMEOUT_OPTIONS = ["timeout", "signal", "cancelSignal"];
function pyFunctionScope(node, ctx) {
  return ctx.file.enclosingFunction(node) ?? ctx.file.root;
}
function popenBounded(node, ctx) {
  return ctx.file.descendants(pyFunctionScope(node, ctx), /* @__PURE__ */ new Set(["call"])).some((call) => {
    const member = ctx.file.calleeMember(call);
    return (member === "communicate" || member === "wait") && ctx.file.hasKeywordArgument(call, "timeout");
  });
}
function asyncBounded(node, ctx) {
  const scope = pyFunctionScope(node, ctx);
  if (popenBounded(node, ctx))
    return true;
  return ctx.file.descendants(scope, /* @__PURE__ */ new Set(["call"])).some((call) => PY_DEADLINES.test(ctx.file.calleeName(call) ?? ""));
}
function reportPython(node, ctx, callee) {
  const handler = semantics_exports.enclosingHandler(node, ctx.file);
  const command = callee.split(".").slice(-2).join(".");
  if (handler) {
    ctx.report({ node, messageId: "inHandler", data: { call: command, handler: handler.childForFieldName("name")?.text ?? "handler" } });
  } else if (!NON_SERVER_PATH.test(ctx.path) && !semantics_exports.isCommandLineScript(ctx.file) && !semantics_exports.inMainGuard(node)) {
    ctx.report({ node, messageId: "noTimeout", confidence: "medium", data: { call: command } });
  }
}
function tsProcessCallee(call, ctx) {
  const callee = ctx.file.calleeName(call);
  if (!callee)
    return void 0;
  if (TS_CHILD_PROCESS.has(callee) || TS_EXECA.has(callee))
    return callee;
  const init = ts.isIdentifier(call.expression) ? ctx.file.unwrap(ctx.file.constants.get(call.expression.text)) : void 0;
  if (init && ts.isCallExpression(init) && TS_PROMISIFY.test(ctx.file.calleeName(init) ?? "")) {
    const wrapped = ctx.file.qualifiedName(init.arguments[0]);
    if (wrapped && TS_CHILD_PROCESS.has(wrapped))
      return wrapped;
  }
  return void 0;
}
function tsOptionsVerdict(call, ctx) {
  const { file } = ctx;
  const rest = call.arguments.slice(1).filter((arg) => !ts.isArrowFunction(arg) && !ts.isFunctionExpression(arg));
  for (const arg of rest) {
    const expression = file.unwrap(arg);
    if (ts.isArrayLiteralExpression(expression) || ts.isSpreadElement(expression))
      continue;
    const object = file.resolveObject(expression);
    if (object) {
      if (file.hasSpread(object))
        return "unknown";
      if (TS_TIMEOUT_OPTIONS.some((name) => file.hasProperty(object, name)))
        return "bounded";
      continue;
    }
    if (ts.isIdentifier(expression) && /opt|config|settings/i.test(expression.text))
      return "unknown";
  }
  return "unbounded";
}
function tsWatchdog(call, ctx) {
  const scope = ctx.file.enclosingFunction(call) ?? ctx.file.source;
  return /setTimeout\([\s\S]*?\.kill\(/.test(scope.getText(ctx.file.source));
}
var unbounded_subprocess_default = defineRule({
  id: "unbounded-subprocess",
  category: "reliability",
  severity: "high",
  confidence: "high",
  seeds: ["003"],
  summary: "Subprocess started with no timeout",
  messages: {
    inHandler: "{{call}} runs inside request handler {{handler}} with no timeout; a hung child process holds the request, its worker and its memory until someone kills the server",
    noTimeout: "{{call}} starts a child process with no timeout; a hung or runaway process is never stopped"
  },
  fixHint: "Pass a timeout (subprocess timeout=, asyncio.wait_for around communicate(), child_process `timeout`/`signal: AbortSignal.timeout(ms)`) and kill the child when it expires.",
  python: {
    visitors: {
      call(node, ctx) {
        const { file } = ctx;
        const callee = file.calleeName(node);
        if (!callee)
          return;
        if (PY_BLOCKING.has(callee)) {
          if (file.hasKeywordArgument(node, "timeout") || file.hasSplatKeywords(node))
            return;
          reportPython(node, ctx, callee);
        } else if (callee === PY_POPEN) {
          if (file.hasSplatKeywords(node) || popenBounded(node, ctx))
            return;
          reportPython(node, ctx, callee);
        } else if (PY_ASYNC.has(callee)) {
          if (asyncBounded(node, ctx))
            return;
          reportPython(node, ctx, callee);
        }
      }
    }
  },
  typescript: {
    // Both reports are at a call whose callee (or, for `promisify(exec)` bound to a top-level constant, whose
    // wrapped function) is one of these.
    prefilter: calleePrefilter([...TS_CHILD_PROCESS, ...TS_EXECA]),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const callee = tsProcessCallee(node, ctx);
        if (!callee)
          return;
        if (tsOptionsVerdict(node, ctx) !== "unbounded" || tsWatchdog(node, ctx))
          return;
        const call = callee.replace(/^node:/, "");
        const handler = semantics_exports2.enclosingHandler(node, ctx.file, ctx.path);
        if (handler) {
          ctx.report({ node, messageId: "inHandler", data: { call, handler: semantics_exports2.functionLabel(handler, ctx.file) } });
        } else if (!NON_SERVER_PATH.test(ctx.path) && !semantics_exports2.isCommandLineScript(ctx.file)) {
          ctx.report({ node, messageId: "noTimeout", confidence: "medium", data: { call } });
        }
      }
    }
  }
});

// dist/rules/unstructured-logging.js
var PYTHON_MODULES4 = ["structlog", "pythonjsonlogger", "json_log_formatter", "ecs_logging", "logfire", "google.cloud.logging", "aws_lambda_powertools.logging", "aws_lambda_powertools.Logger"];
var TS_MODULES4 = ["pino", "pino-http", "express-pino-logger", "hono-pino", "bunyan", "winston", "@google-cloud/logging-winston", "@google-cloud/logging-bunyan", "@aws-lambda-powertools/logger", "@logtape/logtape"];
var DEPENDENCIES4 = /* @__PURE__ */ new Set([
  "structlog",
  "python-json-logger",
  "json-log-formatter",
  "ecs-logging",
  "logfire",
  "google-cloud-logging",
  "pino",
  "pino-http",
  "bunyan",
  "winston",
  "@google-cloud/logging-winston",
  "@aws-lambda-powertools/logger"
]);
var FASTIFY = ["fastify", "fastify.default", "fastify.fastify"];
var JSON_FORMATTER_NAME = /(?:jsonlogger|JsonFormatter|JSONFormatter|json_log_formatter|ecs_logging|StructlogFormatter|ProcessorFormatter)/;
var LOG_CONFIG_FLAG = /--log-config\b/;
var unstructured_logging_default = defineRule({
  id: "unstructured-logging",
  category: "observability",
  severity: "low",
  confidence: "medium",
  seeds: ["001", "004"],
  summary: "HTTP app has no structured (JSON) logging",
  messages: {
    missing: "{{framework}} app logs plain text (no JSON formatter, structlog, pino, winston or bunyan found); logs cannot be queried by field or joined by request"
  },
  fixHint: "Log JSON: python-json-logger or structlog for Python, pino (Fastify's built-in logger) or winston for Node, configured once at startup.",
  python: {
    visitors: {
      module(_node, ctx) {
        if (importsAny(ctx.file, PYTHON_MODULES4))
          ctx.fact("structured-logging");
      },
      string(node, ctx) {
        if (JSON_FORMATTER_NAME.test(node.text))
          ctx.fact("structured-logging", "formatter");
      },
      call(node, ctx) {
        const { file } = ctx;
        if (file.calleeMember(node) === "add" && file.literal(file.keywordArgument(node, "serialize")) === true)
          ctx.fact("structured-logging", "loguru");
        const first = file.positionalArguments(node)[0];
        if (first?.type === "call" && file.calleeName(first) === "json.dumps" && (semantics_exports.isLogCall(node, file) || semantics_exports.isPrintCall(node, file)))
          ctx.fact("structured-logging", "json.dumps");
      },
      class_definition(node, ctx) {
        if (ctx.file.baseClasses(node).some((base) => base === "logging.Formatter") && node.text.includes("json.dumps"))
          ctx.fact("structured-logging", "formatter");
      }
    }
  },
  typescript: {
    // Facts come from an import of TS_MODULES, Fastify's options naming `logger`/`loggerInstance`, or a log call of
    // `JSON.stringify(...)`: a group each, since `stringify`, `logger` and a log method's name are each in most files.
    prefilter: { modules: TS_MODULES4 },
    visitors: {
      SourceFile(_node, ctx) {
        if (importsAny(ctx.file, TS_MODULES4))
          ctx.fact("structured-logging");
      }
    },
    groups: [
      {
        prefilter: { ...calleePrefilter(FASTIFY), and: { names: ["logger", "loggerInstance"] } },
        visitors: {
          CallExpression(node, ctx) {
            if (!ts.isCallExpression(node) || !FASTIFY.includes(ctx.file.calleeName(node) ?? ""))
              return;
            const logger = ctx.file.property(node.arguments[0], "logger") ?? ctx.file.property(node.arguments[0], "loggerInstance");
            if (logger && ctx.file.literal(logger) !== false)
              ctx.fact("structured-logging", "fastify");
          }
        }
      },
      {
        prefilter: { names: ["stringify"], and: { names: [...semantics_exports2.LOG_CALL_NAMES, ...semantics_exports2.PRINT_CALL_NAMES] } },
        visitors: {
          CallExpression(node, ctx) {
            if (!ts.isCallExpression(node))
              return;
            const { file } = ctx;
            const first = node.arguments[0];
            if (first && ts.isCallExpression(first) && file.calleeName(first) === "JSON.stringify" && (semantics_exports2.isLogCall(node, file) || semantics_exports2.isPrintCall(node, file)))
              ctx.fact("structured-logging", "JSON.stringify");
          }
        }
      }
    ]
  },
  finish(project, ctx) {
    for (const app of appsWithout(project, "structured-logging", DEPENDENCIES4)) {
      if (startCommandsMatch(project, app.unit, LOG_CONFIG_FLAG))
        continue;
      ctx.report({ at: app, messageId: "missing", data: { framework: app.framework } });
    }
  }
});

// dist/rules/unsynchronized-shared-state.js
var within2 = (inner, outer) => inner.start >= outer.start && inner.end <= outer.end;
var EXISTENCE_TEST = /^(?:not\s+|!\s*)?\(?[\w.$\[\]"'()]+\)?(?:\s*(?:is(?:\s+not)?\s+None|[!=]==?\s*(?:undefined|null)))?$|\s(?:not\s+)?in\s|\.has\(/;
function mentions(span2, names, facts) {
  return facts.identifiers.some((id) => id.start >= span2.start && id.start < span2.end && names.has(id.name));
}
function taintedBy(read, facts) {
  const tainted = /* @__PURE__ */ new Set();
  for (const binding of facts.bindings) {
    if (binding.value.end < read.start)
      continue;
    const fromRead = read.start >= binding.value.start && read.end <= binding.value.end;
    if (fromRead || binding.value.start >= read.end && mentions(binding.value, tainted, facts))
      binding.names.forEach((name) => tainted.add(name));
  }
  return tainted;
}
function findRace(accesses, facts) {
  const writes = accesses.filter((a) => a.kind === "write").sort((a, b) => a.start - b.start);
  if (writes.length === 0)
    return void 0;
  const reads = [...accesses.filter((a) => a.kind === "read"), ...writes.filter((w) => w.readsItself).map((w) => ({ ...w, kind: "read", end: w.start + 1 }))];
  for (const read of reads.sort((a, b) => a.start - b.start)) {
    const suspension = facts.suspensions.filter((s) => s.at >= read.end).sort((a, b) => a.at - b.at)[0];
    if (!suspension)
      continue;
    if (writes.some((w) => w.end >= read.end && w.end <= suspension.at))
      continue;
    const tainted = taintedBy(read, facts);
    const guards = facts.guards.filter((g) => read.test && within2(read, g.condition) || g.condition.start >= read.end && mentions(g.condition, tainted, facts));
    for (const write of writes) {
      if (write.end <= suspension.at)
        continue;
      if (facts.locks.some((lock) => read.start >= lock.start && write.end <= lock.end))
        continue;
      if (write.readsItself && write.node === read.node)
        return { read, write, suspension, kind: "readModifyWrite" };
      if (write.mode !== "append" && !write.removes && write.values.some((v) => mentions(v, tainted, facts)))
        return { read, write, suspension, kind: "readModifyWrite" };
      if (write.rebinding)
        continue;
      const guarded = guards.some((g) => within2(write, g.statement) || g.exits && write.start >= g.statement.end && (write.mode === "entry" || !g.existenceOnly));
      if (guarded)
        return { read, write, suspension, kind: "checkThenAct" };
      if (write.mode === "entry" && tainted.size > 0 && read.key !== void 0 && read.key === write.key)
        return { read, write, suspension, kind: "readModifyWrite" };
    }
  }
  return void 0;
}
var PY_WRITE_METHODS = /* @__PURE__ */ new Set([...semantics_exports.CONTAINER_WRITE_METHODS, "pop", "popitem", "popleft", "remove", "discard", "clear"]);
var PY_KEYED_METHODS = /* @__PURE__ */ new Set(["get", "pop", "setdefault", "__getitem__", "__setitem__"]);
var PY_LOCK = /lock|mutex|semaphore/i;
var PY_EXITS = /* @__PURE__ */ new Set(["return_statement", "raise_statement", "continue_statement", "break_statement"]);
var APP_STATE = /(?:^|\.)app\.state$/;
function pyIsAsync(fn) {
  return fn.type === "function_definition" && fn.child(0)?.type === "async";
}
function pyCaller(fn, file) {
  const name = fn.childForFieldName("name")?.text ?? "function";
  if (semantics_exports.isRequestHandler(fn, file))
    return { label: `request handler ${name}` };
  const outer = semantics_exports.enclosingHandler(fn, file);
  if (outer)
    return { label: `request handler ${outer.childForFieldName("name")?.text ?? name}` };
  if (semantics_exports.isAgentTool(fn, file))
    return { label: `agent tool ${name}` };
  const site = semantics_exports.handlerCallSites(fn, file)[0];
  if (site)
    return { label: `${name} (called from request handler ${semantics_exports.enclosingHandler(site, file)?.childForFieldName("name")?.text ?? "handler"})` };
  if (name.startsWith("test_") || name === "__aenter__" || name === "__aexit__")
    return void 0;
  return { label: `coroutine ${name}`, confidence: "low" };
}
function pyStore(node, fn, file, containers) {
  if (node.type === "identifier") {
    const parent = node.parent;
    if (parent?.type === "attribute" && parent.childForFieldName("attribute")?.id === node.id)
      return void 0;
    if (parent?.type === "keyword_argument" && parent.childForFieldName("name")?.id === node.id)
      return void 0;
    let container = containers.get(node.text);
    if (container === void 0)
      containers.set(node.text, container = !!semantics_exports.moduleContainer(node.text, fn, file));
    if (!container)
      return void 0;
    return { id: node.text, label: `module-level ${node.text}`, name: node.text };
  }
  if (node.type !== "attribute")
    return void 0;
  const object = node.childForFieldName("object")?.text ?? "";
  const name = node.childForFieldName("attribute")?.text ?? "";
  if (APP_STATE.test(object))
    return { id: `app.state.${name}`, label: `app.state.${name}`, name };
  if (object !== "self")
    return void 0;
  const owner = file.enclosingClass(fn);
  if (!owner || !semantics_exports.instanceContainer(owner, name, file))
    return void 0;
  const handlerClass = file.baseClasses(owner).some((base) => /(?:^|\.)AgentExecutor$/.test(base));
  const built = semantics_exports.classInstantiation(owner, file);
  if (handlerClass || built === "module")
    return { id: `self.${name}`, label: `self.${name}`, name };
  if (built === "function" || !looksLikeStateStore(name))
    return void 0;
  return { id: `self.${name}`, label: `self.${name} (assuming one ${owner.childForFieldName("name")?.text} instance serves every request)`, name };
}
var PY_APPEND_METHODS = /* @__PURE__ */ new Set(["append", "extend", "insert", "add", "appendleft", "setdefault"]);
var PY_REMOVE_METHODS = /* @__PURE__ */ new Set(["pop", "popitem", "popleft", "remove", "discard", "clear"]);
function pyWriteMode(member, depth) {
  if (PY_APPEND_METHODS.has(member))
    return "append";
  return depth === 0 && (PY_REMOVE_METHODS.has(member) || member === "__setitem__") ? "entry" : "field";
}
function pyAccess(ref, file) {
  let outer = ref;
  let key;
  let depth = 0;
  let subscripts = 0;
  for (let parent2 = outer.parent; parent2; parent2 = outer.parent) {
    const isMethod = parent2.parent?.type === "call" && parent2.parent.childForFieldName("function")?.id === parent2.id;
    if (parent2.type === "subscript" && parent2.childForFieldName("value")?.id === outer.id) {
      if (subscripts++ === 0)
        key = parent2.childForFieldName("subscript")?.text;
    } else if (!(parent2.type === "attribute" && parent2.childForFieldName("object")?.id === outer.id && !isMethod)) {
      break;
    }
    outer = parent2;
    depth++;
  }
  const parent = outer.parent;
  if (!parent || parent.type === "global_statement" || parent.type === "nonlocal_statement")
    return void 0;
  const base = { start: outer.startIndex, line: outer.startPosition.row + 1, key, values: [], rebinding: false, readsItself: false, test: false, node: outer };
  const span2 = (n) => n ? [{ start: n.startIndex, end: n.endIndex }] : [];
  const assignedMode = depth === 0 ? void 0 : depth === 1 && subscripts === 1 ? "entry" : "field";
  if (parent.type === "assignment" && parent.childForFieldName("left")?.id === outer.id) {
    return { ...base, kind: "write", end: parent.endIndex, values: span2(parent.childForFieldName("right")), rebinding: depth === 0, mode: assignedMode };
  }
  if (parent.type === "augmented_assignment" && parent.childForFieldName("left")?.id === outer.id) {
    return { ...base, kind: "write", end: parent.endIndex, values: span2(parent.childForFieldName("right")), rebinding: depth === 0, readsItself: true, mode: assignedMode };
  }
  if (parent.type === "delete_statement" || parent.type === "expression_list" && parent.parent?.type === "delete_statement") {
    return { ...base, kind: "write", end: parent.endIndex, mode: "entry", removes: true };
  }
  if (parent.type === "attribute" && parent.childForFieldName("object")?.id === outer.id && parent.parent?.type === "call") {
    const call = parent.parent;
    const member = parent.childForFieldName("attribute")?.text ?? "";
    const args = file.positionalArguments(call);
    const methodKey = depth === 0 && PY_KEYED_METHODS.has(member) ? args[0]?.text : void 0;
    if (PY_WRITE_METHODS.has(member))
      return { ...base, kind: "write", end: call.endIndex, key: key ?? methodKey, values: args.flatMap((a) => span2(a)), mode: pyWriteMode(member, depth), removes: PY_REMOVE_METHODS.has(member) };
    return { ...base, kind: "read", end: call.endIndex, key: key ?? methodKey };
  }
  if (parent.type === "comparison_operator" && parent.namedChildren.at(-1)?.id === outer.id && /\bin\b/.test(parent.text)) {
    return { ...base, kind: "read", end: outer.endIndex, key: key ?? parent.namedChild(0)?.text, test: true };
  }
  for (let current = parent; current && current.type !== "block" && current.type !== "function_definition"; current = current.parent) {
    if (current.type === "return_statement" || current.type === "raise_statement")
      return void 0;
    if (current.type === "call" && semantics_exports.isLogCall(current, file))
      return void 0;
  }
  return { ...base, kind: "read", end: outer.endIndex };
}
function pyConditionOf(node) {
  if (node.type === "conditional_expression")
    return node.namedChild(1);
  return node.childForFieldName("condition");
}
function pyBranchExits(block) {
  const last2 = block?.namedChildren.filter((c) => c && c.type !== "comment").at(-1);
  return !!last2 && PY_EXITS.has(last2.type);
}
function pyAwaitLabel(node) {
  const inner = node.type === "await" ? node.namedChild(0) : node;
  const callee = inner?.type === "call" ? inner.childForFieldName("function")?.text : void 0;
  const text = callee ? `${callee}(...)` : (inner?.text ?? "").replace(/\s+/g, " ").slice(0, 40);
  return node.type === "await" ? `await ${text}` : text;
}
function pyFacts(fn, file) {
  const facts = { accesses: /* @__PURE__ */ new Map(), suspensions: [], locks: [], guards: [], bindings: [], identifiers: [] };
  const stores = /* @__PURE__ */ new Map();
  const body = fn.childForFieldName("body");
  if (!body)
    return { facts, stores };
  const stack = [body];
  const containers = /* @__PURE__ */ new Map();
  let acquired;
  while (stack.length > 0) {
    const node = stack.pop();
    switch (node.type) {
      case "identifier":
        facts.identifiers.push({ name: node.text, start: node.startIndex });
        break;
      case "await":
        facts.suspensions.push({ start: node.startIndex, end: node.endIndex, at: node.endIndex - 1, label: pyAwaitLabel(node) });
        break;
      case "for_statement":
        if (node.child(0)?.type === "async") {
          const iterable = node.childForFieldName("right");
          if (iterable)
            facts.suspensions.push({ start: node.startIndex, end: iterable.endIndex, at: iterable.endIndex, label: `async for over ${pyAwaitLabel(iterable)}` });
        }
        if (node.childForFieldName("right"))
          facts.bindings.push({ names: pyNames(node.childForFieldName("left")), value: { start: node.childForFieldName("right").startIndex, end: node.childForFieldName("right").endIndex } });
        break;
      case "with_statement": {
        const clause = node.namedChildren.find((c) => c?.type === "with_clause");
        if (clause && PY_LOCK.test(clause.text))
          facts.locks.push({ start: node.startIndex, end: node.endIndex });
        else if (clause && node.child(0)?.type === "async")
          facts.suspensions.push({ start: clause.startIndex, end: clause.endIndex, at: clause.endIndex, label: `async with ${clause.text.slice(0, 40)}` });
        break;
      }
      case "call": {
        const member = file.calleeMember(node);
        const receiver = node.childForFieldName("function")?.childForFieldName("object")?.text ?? "";
        if (member === "acquire" && PY_LOCK.test(receiver))
          acquired ??= node.startIndex;
        if (member === "release" && PY_LOCK.test(receiver) && acquired !== void 0) {
          facts.locks.push({ start: acquired, end: node.endIndex });
          acquired = void 0;
        }
        break;
      }
      case "assignment":
      case "augmented_assignment": {
        const right = node.childForFieldName("right");
        if (right)
          facts.bindings.push({ names: pyNames(node.childForFieldName("left")), value: { start: right.startIndex, end: right.endIndex } });
        break;
      }
      case "named_expression": {
        const value = node.childForFieldName("value");
        if (value)
          facts.bindings.push({ names: pyNames(node.childForFieldName("name")), value: { start: value.startIndex, end: value.endIndex } });
        break;
      }
      case "if_statement":
      case "elif_clause":
      case "while_statement":
      case "conditional_expression": {
        const condition = pyConditionOf(node);
        const statement = node.type === "elif_clause" ? node.parent ?? node : node;
        const exits = node.type === "if_statement" || node.type === "elif_clause" ? pyBranchExits(node.childForFieldName("consequence")) : false;
        if (condition)
          facts.guards.push({ condition: { start: condition.startIndex, end: condition.endIndex }, statement: { start: statement.startIndex, end: statement.endIndex }, exits, existenceOnly: EXISTENCE_TEST.test(condition.text.trim()) });
        break;
      }
    }
    if (node.type === "identifier" || node.type === "attribute") {
      const store = pyStore(node, fn, file, containers);
      if (store) {
        const access = pyAccess(node, file);
        if (access) {
          stores.set(store.id, store);
          const accesses = facts.accesses.get(store.id);
          if (accesses)
            accesses.push(access);
          else
            facts.accesses.set(store.id, [access]);
        }
        if (node.type === "attribute")
          continue;
      }
    }
    if (node.id !== body.id && (node.type === "function_definition" || node.type === "lambda" || node.type === "class_definition"))
      continue;
    const children = node.children;
    for (let index = 0; index < children.length; index++)
      if (children[index].isNamed)
        stack.push(children[index]);
  }
  if (acquired !== void 0)
    facts.locks.push({ start: acquired, end: fn.endIndex });
  for (const accesses of facts.accesses.values()) {
    for (const access of accesses) {
      if (access.kind === "read" && facts.guards.some((g) => within2(access, g.condition)))
        access.test = true;
    }
  }
  facts.bindings.sort((a, b) => a.value.start - b.value.start);
  return { facts, stores };
}
function pyNames(target) {
  if (!target)
    return [];
  if (target.type === "identifier")
    return [target.text];
  if (target.type === "pattern_list" || target.type === "tuple_pattern" || target.type === "list_pattern" || target.type === "tuple")
    return target.namedChildren.flatMap((c) => pyNames(c));
  return [];
}
function pyMayTouchStore(fn, file) {
  const body = fn.childForFieldName("body");
  if (!body)
    return false;
  const text = body.text;
  if (text.includes("app.state") || NON_ASCII.test(text))
    return true;
  for (const name of semantics_exports.moduleContainerNames(file))
    if (text.includes(name))
      return true;
  const owner = text.includes("self") ? file.enclosingClass(fn) : void 0;
  if (!owner)
    return false;
  for (const name of semantics_exports.instanceContainers(owner, file).keys())
    if (text.includes(name))
      return true;
  return false;
}
var NON_ASCII = /[^\x00-\x7f]/;
function checkPython2(fn, ctx) {
  const { file } = ctx;
  if (!pyIsAsync(fn) || isTestPath(ctx.path) || !pyMayTouchStore(fn, file))
    return;
  const caller = pyCaller(fn, file);
  if (!caller)
    return;
  const { facts, stores } = pyFacts(fn, file);
  for (const [id, accesses] of facts.accesses) {
    const store = stores.get(id);
    const race = findRace(accesses, facts);
    if (!race || !reportable(store.name))
      continue;
    ctx.report({ node: race.write.node, messageId: race.kind, confidence: confidenceOf(store.name, caller, race), data: message(store.label, race, caller) });
  }
}
function reportable(name) {
  return !isDeliberatelyInMemory(name) || /cache|memo|lru/i.test(name);
}
function confidenceOf(name, caller, race) {
  if (caller.confidence === "low" && !looksLikeStateStore(name))
    return "low";
  if (/cache|memo|lru/i.test(name) && race.kind === "checkThenAct")
    return "low";
  return void 0;
}
function message(store, race, caller) {
  return { store, await: race.suspension.label, readLine: String(race.read.line), where: caller.label };
}
var TS_KEYED_METHODS = /* @__PURE__ */ new Set(["get", "has", "set", "delete"]);
var TS_LOCK = /lock|mutex|semaphore|runExclusive/i;
var TS_COMPOUND = /* @__PURE__ */ new Set([
  "PlusEqualsToken",
  "MinusEqualsToken",
  "AsteriskEqualsToken",
  "SlashEqualsToken",
  "BarBarEqualsToken",
  "AmpersandAmpersandEqualsToken",
  "QuestionQuestionEqualsToken"
]);
function tsIsAsync(fn) {
  return !!fn.body && !!fn.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
}
function tsCaller(fn, file, path) {
  const label = semantics_exports2.functionLabel(fn, file);
  if (semantics_exports2.isRequestHandler(fn, file, path))
    return { label: `request handler ${label}` };
  const outer = semantics_exports2.enclosingHandler(fn, file, path);
  if (outer)
    return { label: `request handler ${semantics_exports2.functionLabel(outer, file)}` };
  const site = semantics_exports2.handlerCallSites(fn, file, path)[0];
  if (site)
    return { label: `${label} (called from request handler ${semantics_exports2.functionLabel(semantics_exports2.enclosingHandler(site, file, path), file)})` };
  return { label: `async function ${label}`, confidence: "low" };
}
function tsShadowed(name, node, file) {
  for (let fn = file.enclosingFunction(node); fn; fn = file.enclosingFunction(fn)) {
    if (fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === name))
      return true;
    if (file.descendants(fn, ts.isVariableDeclaration, true).some((d) => ts.isIdentifier(d.name) && d.name.text === name))
      return true;
  }
  return false;
}
var MODULE_CONTAINER_NAMES = memoSlot("module-level container names");
function moduleContainerNames(file) {
  return file.memos.get(MODULE_CONTAINER_NAMES, () => {
    const names = /* @__PURE__ */ new Set();
    for (const statement of file.source.statements) {
      if (!ts.isVariableStatement(statement))
        continue;
      for (const declaration of statement.declarationList.declarations) {
        const name = ts.isIdentifier(declaration.name) ? declaration.name.text : void 0;
        if (name && file.constants.has(name) && semantics_exports2.isMutableContainer(declaration.initializer, file))
          names.add(name);
      }
    }
    return names;
  });
}
function tsStore(node, file, containers) {
  if (ts.isIdentifier(node)) {
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.name === node)
      return void 0;
    if ((ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isBindingElement(parent)) && parent.name === node)
      return void 0;
    if (!containers.has(node.text) || tsShadowed(node.text, node, file))
      return void 0;
    return { id: node.text, label: `module-level ${node.text}`, name: node.text };
  }
  if (!ts.isPropertyAccessExpression(node) || node.expression.kind !== ts.SyntaxKind.ThisKeyword)
    return void 0;
  const name = node.name.text;
  if (!semantics_exports2.classContainer(node, name, file))
    return void 0;
  let owner = node.parent;
  while (owner && !ts.isClassLike(owner))
    owner = owner.parent;
  if (owner && ts.isClassLike(owner) && semantics_exports2.instantiatedAtTopLevel(owner, file))
    return { id: `this.${name}`, label: `this.${name}`, name };
  if (!looksLikeStateStore(name))
    return void 0;
  const className = owner && ts.isClassLike(owner) ? owner.name?.text : void 0;
  return { id: `this.${name}`, label: `this.${name} (assuming one ${className ?? "instance"} serves every request)`, name };
}
var TS_APPEND_METHODS = /* @__PURE__ */ new Set(["push", "add", "unshift"]);
var TS_ENTRY_METHODS = /* @__PURE__ */ new Set(["set", "delete", "clear", "pop", "shift", "splice"]);
function tsAccess(ref, file) {
  let outer = ref;
  let key;
  let depth = 0;
  let elements = 0;
  const source = file.source;
  for (let parent2 = outer.parent; parent2; parent2 = outer.parent) {
    if (ts.isNonNullExpression(parent2) || ts.isParenthesizedExpression(parent2)) {
      outer = parent2;
      continue;
    }
    const isMethod = ts.isCallExpression(parent2.parent) && parent2.parent.expression === parent2;
    if (ts.isElementAccessExpression(parent2) && parent2.expression === outer) {
      if (elements++ === 0)
        key = parent2.argumentExpression.getText(source);
    } else if (!(ts.isPropertyAccessExpression(parent2) && parent2.expression === outer && !isMethod)) {
      break;
    }
    outer = parent2;
    depth++;
  }
  const parent = outer.parent;
  const start = outer.getStart(source);
  const base = { start, line: file.lineAndCharacter(start).line + 1, key, values: [], rebinding: false, readsItself: false, test: false, node: outer };
  const span2 = (n) => ({ start: n.getStart(source), end: n.end });
  const assignedMode = depth === 0 ? void 0 : depth === 1 && elements === 1 ? "entry" : "field";
  if (ts.isBinaryExpression(parent) && parent.left === outer) {
    if (parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)
      return { ...base, kind: "write", end: parent.end, values: [span2(parent.right)], rebinding: depth === 0, mode: assignedMode };
    if (TS_COMPOUND.has(ts.SyntaxKind[parent.operatorToken.kind]))
      return { ...base, kind: "write", end: parent.end, values: [span2(parent.right)], rebinding: depth === 0, readsItself: true, mode: assignedMode };
  }
  if ((ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent)) && (parent.operator === ts.SyntaxKind.PlusPlusToken || parent.operator === ts.SyntaxKind.MinusMinusToken)) {
    return { ...base, kind: "write", end: parent.end, readsItself: true, mode: assignedMode };
  }
  if (ts.isDeleteExpression(parent))
    return { ...base, kind: "write", end: parent.end, mode: "entry", removes: true };
  if (ts.isPropertyAccessExpression(parent) && parent.expression === outer && ts.isCallExpression(parent.parent) && parent.parent.expression === parent) {
    const call = parent.parent;
    const member = parent.name.text;
    const methodKey = depth === 0 && TS_KEYED_METHODS.has(member) ? call.arguments[0]?.getText(source) : void 0;
    if (TS_APPEND_METHODS.has(member) || TS_ENTRY_METHODS.has(member)) {
      const mode = TS_APPEND_METHODS.has(member) ? "append" : depth === 0 ? "entry" : "field";
      return { ...base, kind: "write", end: call.end, key: key ?? methodKey, values: call.arguments.map(span2), mode, removes: member !== "set" && TS_ENTRY_METHODS.has(member) };
    }
    return { ...base, kind: "read", end: call.end, key: key ?? methodKey, test: member === "has" };
  }
  if (ts.isBinaryExpression(parent) && parent.right === outer && parent.operatorToken.kind === ts.SyntaxKind.InKeyword) {
    return { ...base, kind: "read", end: outer.end, key: key ?? parent.left.getText(source), test: true };
  }
  for (let current = parent; current && !ts.isBlock(current) && !ts.isFunctionLike(current); current = current.parent) {
    if (ts.isReturnStatement(current) || ts.isThrowStatement(current))
      return void 0;
    if (ts.isCallExpression(current) && semantics_exports2.isLogCall(current, file))
      return void 0;
  }
  return { ...base, kind: "read", end: outer.end };
}
function tsBindingNames(name) {
  if (ts.isIdentifier(name))
    return [name.text];
  if (ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name))
    return name.elements.flatMap((e) => ts.isBindingElement(e) ? tsBindingNames(e.name) : []);
  return [];
}
function tsExits(statement) {
  const last2 = ts.isBlock(statement) ? statement.statements.at(-1) : statement;
  return !!last2 && (ts.isReturnStatement(last2) || ts.isThrowStatement(last2) || ts.isContinueStatement(last2) || ts.isBreakStatement(last2));
}
function tsAwaitLabel(expression, file) {
  const inner = ts.isAwaitExpression(expression) ? expression.expression : expression;
  const text = ts.isCallExpression(inner) ? `${inner.expression.getText(file.source)}(...)` : inner.getText(file.source).replace(/\s+/g, " ").slice(0, 40);
  return ts.isAwaitExpression(expression) ? `await ${text}` : text;
}
function tsStoreAccesses(fn, file) {
  const accesses = /* @__PURE__ */ new Map();
  const stores = /* @__PURE__ */ new Map();
  const walked = [];
  const containers = moduleContainerNames(file);
  const visit = (node) => {
    walked.push(node);
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      const store = tsStore(node, file, containers);
      if (store) {
        const access = tsAccess(node, file);
        if (access) {
          stores.set(store.id, store);
          accesses.set(store.id, [...accesses.get(store.id) ?? [], access]);
        }
        return;
      }
    }
    if (ts.isFunctionLike(node))
      return;
    ts.forEachChild(node, visit);
  };
  if (fn.body)
    ts.forEachChild(fn.body, visit);
  return { accesses, stores, walked };
}
function tsFacts(fn, walked, accesses, file) {
  const facts = { accesses, suspensions: [], locks: [], guards: [], bindings: [], identifiers: [] };
  const source = file.source;
  const span2 = (n) => ({ start: n.getStart(source), end: n.end });
  const existenceOnly = (condition) => EXISTENCE_TEST.test(condition.getText(source).trim());
  let acquired;
  for (const node of walked) {
    if (ts.isIdentifier(node))
      facts.identifiers.push({ name: node.text, start: node.getStart(source) });
    if (ts.isAwaitExpression(node))
      facts.suspensions.push({ ...span2(node), at: node.end - 1, label: tsAwaitLabel(node, file) });
    if (ts.isForOfStatement(node)) {
      if (node.awaitModifier)
        facts.suspensions.push({ start: node.getStart(source), end: node.expression.end, at: node.expression.end, label: `for await over ${tsAwaitLabel(node.expression, file)}` });
      if (ts.isVariableDeclarationList(node.initializer))
        facts.bindings.push({ names: node.initializer.declarations.flatMap((d) => tsBindingNames(d.name)), value: span2(node.expression) });
    }
    if (ts.isVariableDeclaration(node) && node.initializer)
      facts.bindings.push({ names: tsBindingNames(node.name), value: span2(node.initializer) });
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(node.left))
      facts.bindings.push({ names: [node.left.text], value: span2(node.right) });
    if (ts.isIfStatement(node))
      facts.guards.push({ condition: span2(node.expression), statement: span2(node), exits: tsExits(node.thenStatement), existenceOnly: existenceOnly(node.expression) });
    if (ts.isWhileStatement(node))
      facts.guards.push({ condition: span2(node.expression), statement: span2(node), exits: false, existenceOnly: false });
    if (ts.isConditionalExpression(node))
      facts.guards.push({ condition: span2(node.condition), statement: span2(node), exits: false, existenceOnly: existenceOnly(node.condition) });
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      if (TS_LOCK.test(callee)) {
        const callback = node.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
        if (callback)
          facts.locks.push(span2(callback));
        else if (/acquire$/.test(callee))
          acquired ??= node.getStart(source);
      }
      if (/release$/.test(callee) && acquired !== void 0) {
        facts.locks.push({ start: acquired, end: node.end });
        acquired = void 0;
      }
    }
  }
  if (acquired !== void 0)
    facts.locks.push({ start: acquired, end: fn.end });
  for (const storeAccesses of accesses.values()) {
    for (const access of storeAccesses) {
      if (access.kind === "read" && facts.guards.some((g) => within2(access, g.condition)))
        access.test = true;
    }
  }
  facts.bindings.sort((a, b) => a.value.start - b.value.start);
  return facts;
}
function tsRunsUnderLock(fn, file) {
  const parent = fn.parent;
  return !!parent && ts.isCallExpression(parent) && parent.arguments.includes(fn) && TS_LOCK.test(parent.expression.getText(file.source));
}
function mayTouchStore(fn, file) {
  if (!fn.body)
    return false;
  const text = file.source.text.slice(fn.body.pos, fn.body.end);
  if (text.includes("\\u"))
    return true;
  for (const name of moduleContainerNames(file))
    if (text.includes(name))
      return true;
  if (!text.includes("this"))
    return false;
  if (text.includes("class"))
    return true;
  let owner = fn.parent;
  while (owner && !ts.isClassDeclaration(owner) && !ts.isClassExpression(owner))
    owner = owner.parent;
  if (!owner)
    return false;
  const shared = semantics_exports2.instantiatedAtTopLevel(owner, file);
  return owner.members.some((member) => ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && text.includes(member.name.text) && (shared || looksLikeStateStore(member.name.text)) && semantics_exports2.isMutableContainer(member.initializer, file));
}
function checkTypeScript2(fn, ctx) {
  const { file } = ctx;
  if (!tsIsAsync(fn) || isTestPath(ctx.path) || tsRunsUnderLock(fn, file) || !mayTouchStore(fn, file))
    return;
  const { accesses: storeAccesses, stores, walked } = tsStoreAccesses(fn, file);
  if (storeAccesses.size === 0)
    return;
  const caller = tsCaller(fn, file, ctx.path);
  if (!caller)
    return;
  const facts = tsFacts(fn, walked, storeAccesses, file);
  for (const [id, accesses] of facts.accesses) {
    const store = stores.get(id);
    const race = findRace(accesses, facts);
    if (!race || !reportable(store.name))
      continue;
    ctx.report({ node: race.write.node, messageId: race.kind, confidence: confidenceOf(store.name, caller, race), data: message(store.label, race, caller) });
  }
}
function tsVisitor(node, ctx) {
  if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node))
    checkTypeScript2(node, ctx);
}
var unsynchronized_shared_state_default = defineRule({
  id: "unsynchronized-shared-state",
  category: "reliability",
  severity: "high",
  confidence: "medium",
  seeds: ["000"],
  summary: "Shared in-process state read and written across an await with no lock",
  messages: {
    readModifyWrite: "{{store}} is read (line {{readLine}}) and written back after `{{await}}` in {{where}} with no lock; concurrent requests interleave at the await and one of their updates is lost",
    checkThenAct: "{{store}} is checked (line {{readLine}}) and written after `{{await}}` in {{where}} with no lock; concurrent requests both pass the check before either writes"
  },
  fixHint: "Hold a lock from the read to the write (`async with lock:` per key, async-mutex in Node), or make the update one atomic operation in a shared store (Redis WATCH/MULTI or a Lua script, a conditional UPDATE in the database).",
  python: {
    visitors: {
      function_definition(node, ctx) {
        checkPython2(node, ctx);
      }
    }
  },
  typescript: {
    // A race needs a suspension between the read and the write: an `await` or a `for await` (a keyword, so a word of
    // the text; `\u` lets an escape spell it, which the parser accepts with an error).
    prefilter: { words: ["await", "\\u"] },
    visitors: {
      FunctionDeclaration: tsVisitor,
      FunctionExpression: tsVisitor,
      ArrowFunction: tsVisitor,
      MethodDeclaration: tsVisitor
    }
  }
});

// dist/rules/unvalidated-config.js
var CHECK_CALL = /^(?:_*(?:require|required|ensure|assert|validate|check|verify|must|expect|invariant)[A-Za-z0-9_]*|[A-Za-z0-9_]*(?:OrThrow|_or_raise|_or_exit|OrExit)|field_validator|validator)$/i;
var SETTINGS_CONSTRUCTOR = /^[A-Z]\w*(?:Settings|Config|Configuration)$/;
var PY_FAIL_FAST_CONVERSIONS = /* @__PURE__ */ new Set(["int", "float", "Decimal", "decimal.Decimal", "json.loads", "uuid.UUID", "UUID", "bytes.fromhex"]);
var TS_VALIDATING_MEMBERS = /* @__PURE__ */ new Set(["parse", "safeParse", "parseAsync", "safeParseAsync", "cleanEnv", "createEnv", "validate", "validateSync", "assert", "attempt", "decode", "Check"]);
var HANDLED = { verdict: "handled" };
var PY_CONDITION_PARENTS = /* @__PURE__ */ new Set(["if_statement", "elif_clause", "while_statement"]);
var PY_STATEMENT = /_statement$|^(?:block|module|function_definition|class_definition|decorated_definition)$/;
function isEmptyPythonDefault(node, file) {
  return !node || file.literal(node) === "";
}
function inPythonCondition(node, file) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === "assert_statement")
      return true;
    if (parent.type === "not_operator" || parent.type === "comparison_operator")
      return true;
    if (parent.type === "conditional_expression" && parent.namedChild(1)?.id === child.id)
      return true;
    if (PY_CONDITION_PARENTS.has(parent.type) && parent.childForFieldName("condition")?.id === child.id)
      return true;
    if (parent.type === "call" && child.type === "argument_list" && CHECK_CALL.test(file.calleeMember(parent) ?? ""))
      return true;
    if (PY_STATEMENT.test(parent.type))
      return false;
  }
  return false;
}
function isPydanticSettingsField(node, file) {
  for (let owner = file.enclosingClass(node); owner; owner = file.enclosingClass(owner)) {
    if (file.baseClasses(owner).some((base) => /(?:^|\.)BaseSettings$/.test(base)))
      return true;
  }
  return false;
}
function pythonUse(call, file) {
  let expression = call;
  for (let parent2 = call.parent; parent2; parent2 = expression.parent) {
    if (parent2.type === "parenthesized_expression") {
      expression = parent2;
      continue;
    }
    if (parent2.type !== "boolean_operator")
      break;
    if (parent2.childForFieldName("operator")?.text === "and")
      return HANDLED;
    const left = parent2.childForFieldName("left");
    const right = parent2.childForFieldName("right");
    if (right?.id === expression.id && left && [left, ...file.descendants(left, CALLS)].some((inner) => semantics_exports.envRead(inner, file)))
      return HANDLED;
    if (left?.id === expression.id && right) {
      const fallback = right.type === "call" ? semantics_exports.envRead(right, file) : void 0;
      if (fallback && !isEmptyPythonDefault(fallback.fallback, file))
        return HANDLED;
      if (!fallback && !isEmptyPythonDefault(right, file))
        return HANDLED;
    }
    expression = parent2;
  }
  if (inPythonCondition(expression, file) || isPydanticSettingsField(expression, file))
    return HANDLED;
  const parent = expression.parent;
  if (!parent)
    return { verdict: "unchecked" };
  if ((parent.type === "attribute" || parent.type === "subscript") && parent.namedChild(0)?.id === expression.id)
    return HANDLED;
  const receiver = parent.type === "argument_list" ? parent.parent : parent.type === "keyword_argument" ? parent.parent?.parent : void 0;
  if (receiver?.type === "call" && PY_FAIL_FAST_CONVERSIONS.has(file.calleeName(receiver) ?? ""))
    return HANDLED;
  if (receiver?.type === "call" && parent.type === "argument_list" && file.calleeName(receiver) === "bool")
    return HANDLED;
  if (receiver?.type === "call" && SETTINGS_CONSTRUCTOR.test(file.calleeMember(receiver) ?? ""))
    return HANDLED;
  if (parent.type === "assignment" && parent.childForFieldName("right")?.id === expression.id) {
    const left = parent.childForFieldName("left");
    return { verdict: "unchecked", target: pythonTargetName2(left, file), local: left?.type === "identifier" && !!file.enclosingFunction(parent) };
  }
  if (parent.type === "pair" && parent.childForFieldName("value")?.id === expression.id)
    return { verdict: "unchecked", target: file.stringValue(parent.childForFieldName("key")) };
  if ((parent.type === "default_parameter" || parent.type === "typed_default_parameter") && parent.childForFieldName("value")?.id === expression.id)
    return { verdict: "unchecked", target: parent.childForFieldName("name")?.text };
  return { verdict: "unchecked", target: classFieldName(expression) };
}
function classFieldName(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "assignment") {
      const left = current.childForFieldName("left");
      return current.parent?.parent?.type === "block" && current.parent.parent.parent?.type === "class_definition" && left?.type === "identifier" ? left.text : void 0;
    }
    if (!/^(?:call|argument_list|keyword_argument|lambda|parenthesized_expression)$/.test(current.type))
      return void 0;
  }
  return void 0;
}
function pythonTargetName2(left, file) {
  if (!left)
    return void 0;
  if (left.type === "identifier")
    return left.text;
  if (left.type === "attribute")
    return left.childForFieldName("attribute")?.text;
  if (left.type === "subscript")
    return file.stringValue(left.childForFieldName("subscript"));
  return void 0;
}
var CALLS = /* @__PURE__ */ new Set(["call"]);
var PY_CHECKS = /* @__PURE__ */ new Set(["if_statement", "elif_clause", "while_statement", "assert_statement", "conditional_expression", "call"]);
function pythonConditions(node, file) {
  switch (node.type) {
    case "if_statement":
    case "elif_clause":
    case "while_statement": {
      const condition = node.childForFieldName("condition");
      return condition ? [condition] : [];
    }
    case "assert_statement":
      return node.namedChild(0) ? [node.namedChild(0)] : [];
    case "conditional_expression":
      return node.namedChild(1) ? [node.namedChild(1)] : [];
    case "call":
      return CHECK_CALL.test(file.calleeMember(node) ?? "") && node.childForFieldName("arguments") ? [node.childForFieldName("arguments")] : [];
    default:
      return [];
  }
}
function pythonTestedNames(condition, file) {
  const names = [];
  if (condition.type === "identifier")
    names.push(condition.text);
  for (const node of file.descendants(condition, PY_NAME_NODES)) {
    if (node.type === "identifier")
      names.push(node.text);
    else if (node.type === "string") {
      const value = file.stringValue(node);
      if (value)
        names.push(value);
    } else {
      const read = semantics_exports.envRead(node, file);
      if (read?.name)
        names.push(read.name);
    }
  }
  return names;
}
var PY_NAME_NODES = /* @__PURE__ */ new Set(["identifier", "string", "call"]);
var PY_TESTED_NAMES = memoSlot("names tested in conditions, per scope");
function checkedInScope(scope, target, file) {
  const byScope = file.memos.map(PY_TESTED_NAMES);
  let names = byScope.get(scope);
  if (!names) {
    names = new Set(file.descendants(scope, PY_CHECKS).flatMap((node) => pythonConditions(node, file).flatMap((condition) => pythonTestedNames(condition, file))));
    byScope.set(scope, names);
  }
  return names.has(target);
}
function loopedNames(read, call, file) {
  if (read.nameNode?.type !== "identifier")
    return [];
  const variable = read.nameNode.text;
  for (let current = call.parent; current; current = current.parent) {
    const isLoop = current.type === "for_statement" || current.type === "for_in_clause";
    if (isLoop && current.childForFieldName("left")?.text === variable) {
      const names = file.literal(current.childForFieldName("right"));
      return Array.isArray(names) ? names.filter((name) => typeof name === "string") : [];
    }
    if (current.type === "list_comprehension" || current.type === "generator_expression" || current.type === "set_comprehension" || current.type === "dictionary_comprehension") {
      const clause = current.namedChildren.find((child) => child?.type === "for_in_clause");
      if (clause?.childForFieldName("left")?.text === variable) {
        const names = file.literal(clause.childForFieldName("right"));
        return Array.isArray(names) ? names.filter((name) => typeof name === "string") : [];
      }
    }
    if (current.type === "function_definition")
      break;
  }
  return [];
}
function recordPythonRead(call, ctx) {
  const { file } = ctx;
  const read = semantics_exports.envRead(call, file);
  if (!read)
    return;
  if (!read.name) {
    for (const name of loopedNames(read, call, file))
      ctx.fact("config-check", settingMatchKey(name));
    return;
  }
  const kind = requiredSettingKind(read.name);
  if (!kind || !isEmptyPythonDefault(read.fallback, file))
    return;
  const use = pythonUse(call, file);
  if (use.verdict === "handled")
    return;
  if (use.target && checkedInScope(use.local && file.enclosingFunction(call) || file.root, use.target, file))
    return;
  const fact = { name: read.name, kind, target: use.target, reader: `${file.calleeName(call)}()` };
  ctx.fact("config-read", JSON.stringify(fact), ctx.anchor(call));
}
function recordPythonChecks(node, ctx) {
  for (const condition of pythonConditions(node, ctx.file)) {
    for (const name of pythonTestedNames(condition, ctx.file)) {
      if (requiredSettingKind(name))
        ctx.fact("config-check", settingMatchKey(name));
    }
  }
}
function isEmptyTsFallback(node, file) {
  return file.literal(node) === "";
}
var namesTsCheck = memoByString((member) => CHECK_CALL.test(member) || TS_VALIDATING_MEMBERS.has(member), 2e4);
function isTsCheckCall(call, file) {
  return namesTsCheck(file.calleeMember(call) ?? "");
}
function inTsCondition(node, file) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if ((ts.isIfStatement(parent) || ts.isWhileStatement(parent) || ts.isDoStatement(parent)) && parent.expression === child)
      return true;
    if (ts.isConditionalExpression(parent) && parent.condition === child)
      return true;
    if (ts.isPrefixUnaryExpression(parent) && parent.operator === ts.SyntaxKind.ExclamationToken)
      return true;
    if (ts.isBinaryExpression(parent) && isComparison(parent.operatorToken.kind))
      return true;
    if (ts.isCallExpression(parent) && parent.arguments.includes(child) && isTsCheckCall(parent, file))
      return true;
    if (ts.isNewExpression(parent) && file.calleeName(parent) === "URL")
      return true;
    if (ts.isStatement(parent) || ts.isFunctionLike(parent) || ts.isSourceFile(parent))
      return false;
  }
  return false;
}
function isComparison(kind) {
  const { SyntaxKind } = ts;
  return kind === SyntaxKind.EqualsEqualsEqualsToken || kind === SyntaxKind.ExclamationEqualsEqualsToken || kind === SyntaxKind.EqualsEqualsToken || kind === SyntaxKind.ExclamationEqualsToken;
}
function tsUse(read, file) {
  let expression = read;
  for (let parent2 = read.parent; parent2; parent2 = expression.parent) {
    if (ts.isParenthesizedExpression(parent2) || ts.isNonNullExpression(parent2) || ts.isAsExpression(parent2) || ts.isSatisfiesExpression(parent2)) {
      expression = parent2;
      continue;
    }
    if (!ts.isBinaryExpression(parent2))
      break;
    const operator = parent2.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken)
      return HANDLED;
    if (operator !== ts.SyntaxKind.QuestionQuestionToken && operator !== ts.SyntaxKind.BarBarToken)
      break;
    if (parent2.right === expression && file.descendants(parent2.left, (node) => !!semantics_exports2.envRead(node, file)).length + (semantics_exports2.envRead(file.unwrap(parent2.left) ?? parent2.left, file) ? 1 : 0) > 0)
      return HANDLED;
    if (parent2.left === expression) {
      const right = file.unwrap(parent2.right) ?? parent2.right;
      if (!semantics_exports2.envRead(right, file) && !isEmptyTsFallback(right, file))
        return HANDLED;
    }
    expression = parent2;
  }
  if (inTsCondition(expression, file))
    return HANDLED;
  const parent = expression.parent;
  if (ts.isCallExpression(parent) && parent.arguments.includes(expression) && file.calleeName(parent) === "Boolean")
    return HANDLED;
  if ((ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === expression && !parent.questionDotToken)
    return HANDLED;
  if (ts.isCallExpression(parent) && parent.expression === expression)
    return HANDLED;
  if (ts.isVariableDeclaration(parent) && parent.initializer === expression)
    return { verdict: "unchecked", target: ts.isIdentifier(parent.name) ? parent.name.text : void 0 };
  if (ts.isPropertyAssignment(parent) && parent.initializer === expression)
    return { verdict: "unchecked", target: tsPropertyName(parent.name) };
  if (ts.isBinaryExpression(parent) && parent.right === expression && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    const left = parent.left;
    return { verdict: "unchecked", target: ts.isIdentifier(left) ? left.text : ts.isPropertyAccessExpression(left) ? left.name.text : void 0 };
  }
  if (ts.isPropertyDeclaration(parent) && parent.initializer === expression)
    return { verdict: "unchecked", target: tsPropertyName(parent.name) };
  return { verdict: "unchecked" };
}
function tsPropertyName(name) {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : void 0;
}
function tsConditions(node, file) {
  if (ts.isIfStatement(node) || ts.isWhileStatement(node))
    return [node.expression];
  if (ts.isConditionalExpression(node))
    return [node.condition];
  if (ts.isCallExpression(node) && isTsCheckCall(node, file))
    return [...node.arguments];
  return [];
}
function tsTestedNames(condition, file) {
  const names = [];
  const visit = (node) => {
    if (ts.isIdentifier(node) || ts.isStringLiteral(node))
      names.push(node.text);
    const read = semantics_exports2.envRead(node, file);
    if (read?.name)
      names.push(read.name);
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return names;
}
var TS_TESTED_NAMES = memoSlot("names tested in conditions, per scope");
function checkedInTsScope(scope, target, file) {
  const byScope = file.memos.map(TS_TESTED_NAMES);
  let names = byScope.get(scope);
  if (!names) {
    const tested = /* @__PURE__ */ new Set();
    const visit = (node) => {
      for (const condition of tsConditions(node, file))
        for (const name of tsTestedNames(condition, file))
          tested.add(name);
      ts.forEachChild(node, visit);
    };
    visit(scope);
    byScope.set(scope, names = tested);
  }
  return names.has(target);
}
function recordTsRead(node, ctx) {
  const { file } = ctx;
  const read = semantics_exports2.envRead(node, file);
  if (!read?.name)
    return;
  const kind = requiredSettingKind(read.name);
  if (!kind)
    return;
  const use = tsUse(node, file);
  if (use.verdict === "handled")
    return;
  if (use.target && checkedInTsScope(file.enclosingFunction(node) ?? file.source, use.target, file))
    return;
  const reader = ts.isCallExpression(node) ? "Deno.env.get()" : `${file.qualifiedName(node.expression)}`;
  ctx.fact("config-read", JSON.stringify({ name: read.name, kind, target: use.target, reader }), ctx.anchor(node));
}
function visitTsRead(node, ctx) {
  if (!isNonServerPath(ctx.path))
    recordTsRead(node, ctx);
}
function recordTsDestructuredReads(node, ctx) {
  if (!ts.isObjectBindingPattern(node.name) || !node.initializer)
    return;
  const source = ctx.file.qualifiedName(ctx.file.unwrap(node.initializer));
  if (source !== "process.env" && source !== "Bun.env")
    return;
  for (const element of node.name.elements) {
    if (element.initializer || !ts.isIdentifier(element.name))
      continue;
    const name = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
    const kind = requiredSettingKind(name);
    const local = element.name.text;
    if (!kind || checkedInTsScope(ctx.file.enclosingFunction(node) ?? ctx.file.source, local, ctx.file))
      continue;
    ctx.fact("config-read", JSON.stringify({ name, kind, target: local, reader: source }), ctx.anchor(element));
  }
}
function recordTsChecks(node, ctx) {
  for (const condition of tsConditions(node, ctx.file)) {
    for (const name of tsTestedNames(condition, ctx.file)) {
      if (requiredSettingKind(name))
        ctx.fact("config-check", settingMatchKey(name));
    }
  }
}
var unvalidated_config_default = defineRule({
  id: "unvalidated-config",
  category: "operations",
  severity: "medium",
  confidence: "medium",
  seeds: ["004"],
  summary: "Required setting read from the environment with no validation at startup",
  messages: {
    unchecked: "{{name}} ({{kind}}) is read with {{reader}} with no default and no check anywhere in the service; when it is unset the server still starts and fails at the first request that needs it"
  },
  fixHint: "Validate required settings once at startup (pydantic-settings `BaseSettings`, zod/envalid over process.env, or `if not X: raise` in the config module) so a missing value stops the process before it takes traffic.",
  python: {
    visitors: {
      call(node, ctx) {
        if (isNonServerPath(ctx.path))
          return;
        recordPythonRead(node, ctx);
        recordPythonChecks(node, ctx);
      },
      if_statement: (node, ctx) => recordPythonChecks(node, ctx),
      elif_clause: (node, ctx) => recordPythonChecks(node, ctx),
      while_statement: (node, ctx) => recordPythonChecks(node, ctx),
      assert_statement: (node, ctx) => recordPythonChecks(node, ctx),
      conditional_expression: (node, ctx) => recordPythonChecks(node, ctx)
    }
  },
  typescript: {
    // Checks have no prefilter: the checks that clear a read in another file (`if (!apiKey) throw …`) are known by
    // words in any tested name, and those words (id, url, key, …) are in most files.
    visitors: {
      CallExpression(node, ctx) {
        if (!isNonServerPath(ctx.path))
          recordTsChecks(node, ctx);
      },
      IfStatement: (node, ctx) => recordTsChecks(node, ctx),
      WhileStatement: (node, ctx) => recordTsChecks(node, ctx),
      ConditionalExpression: (node, ctx) => recordTsChecks(node, ctx)
    },
    groups: [
      {
        // Every read names `env` (envRead: `process.env.X`, `Bun.env`, `Deno.env.get`; a destructured
        // `process.env` or `Bun.env`), as a property or the imported name it is resolved from.
        prefilter: { names: ["env"] },
        visitors: {
          PropertyAccessExpression: visitTsRead,
          ElementAccessExpression: visitTsRead,
          CallExpression: visitTsRead,
          VariableDeclaration(node, ctx) {
            if (ts.isVariableDeclaration(node) && !isNonServerPath(ctx.path))
              recordTsDestructuredReads(node, ctx);
          }
        }
      }
    ]
  },
  // Only services that run an HTTP app; a check anywhere in the service covers every read of that setting.
  finish(project, ctx) {
    for (const apps of project.appsByUnit()) {
      const checked = new Set(project.factsOf(apps[0], "config-check").map((fact) => fact.value));
      const reported = /* @__PURE__ */ new Set();
      for (const fact of project.factsOf(apps[0], "config-read")) {
        const read = JSON.parse(fact.value ?? "{}");
        if (checked.has(settingMatchKey(read.name)) || read.target && checked.has(settingMatchKey(read.target)))
          continue;
        const key = `${fact.file}\0${read.name}`;
        if (reported.has(key) || !fact.location || fact.snippet === void 0)
          continue;
        reported.add(key);
        ctx.report({ at: { location: fact.location, snippet: fact.snippet }, messageId: "unchecked", data: { name: read.name, kind: read.kind, reader: read.reader } });
      }
    }
  }
});

// dist/rules/unvalidated-outbound-url.js
var PY_HTTP_FUNCTIONS = /^(?:requests|httpx)\.(?:get|post|put|patch|delete|head|options|request|stream)$|^urllib\.request\.urlopen$|^urllib3\.request$/;
var PY_CLIENT_METHODS = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "ws_connect"]);
var PY_CLIENT_RECEIVER = /(?:^|\.)(?:session|client|http|http_client|async_client|httpx_client|aiohttp_session|_session|_client)$/i;
var TS_HTTP_FUNCTIONS = /* @__PURE__ */ new Set([
  "fetch",
  "node-fetch",
  "cross-fetch",
  "got",
  "ky",
  "axios",
  ...["fetch", "request", "stream"].map((member) => `undici.${member}`),
  ...["get", "post", "put", "patch", "delete", "head", "request"].map((member) => `axios.${member}`),
  ...["got", "ky"].flatMap((client) => ["get", "post", "put", "patch", "delete"].map((member) => `${client}.${member}`)),
  ...["http", "https", "node:http", "node:https"].flatMap((module) => ["get", "request"].map((member) => `${module}.${member}`))
]);
var VALIDATOR_NAME = /allow|valid|safe|trusted|permitted|whitelist|check_?url|is_?internal|verify/i;
function pyValidated(name, handler, ctx) {
  const mentions2 = (node) => node.text.includes(name);
  for (const node of ctx.file.descendants(handler, /* @__PURE__ */ new Set(["comparison_operator", "call"]))) {
    if (node.type === "comparison_operator" && / (?:not )?in /.test(` ${node.text} `) && mentions2(node))
      return true;
    if (node.type === "call") {
      const callee = ctx.file.calleeName(node) ?? "";
      const args = node.childForFieldName("arguments");
      if (VALIDATOR_NAME.test(callee.split(".").pop() ?? "") && args && mentions2(args))
        return true;
      if (/\.(?:startswith|endswith)$/.test(callee) && callee.startsWith(name))
        return true;
    }
  }
  return false;
}
function tsValidated(name, handler, ctx) {
  let found = false;
  const visit = (node) => {
    if (found)
      return;
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(ctx.file.source);
      const args = node.arguments.map((arg) => arg.getText(ctx.file.source)).join(",");
      if (/\.(?:includes|has|some)$/.test(callee) && args.includes(name) || /\.(?:startsWith|endsWith)$/.test(callee) && callee.includes(name))
        found = true;
      else if (VALIDATOR_NAME.test(callee.split(".").pop() ?? "") && args.includes(name))
        found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(handler);
  return found;
}
function pyUrlArgument(call, ctx, member) {
  const keyword = ctx.file.keywordArgument(call, "url");
  if (keyword)
    return keyword;
  const positional = ctx.file.positionalArguments(call);
  return member === "request" || member === "stream" ? positional[1] : positional[0];
}
var unvalidated_outbound_url_default = defineRule({
  id: "unvalidated-outbound-url",
  category: "security",
  severity: "high",
  confidence: "high",
  seeds: ["000"],
  summary: "Request-supplied URL is fetched without an allowlist (SSRF)",
  messages: {
    ssrf: "A URL from the {{source}} is fetched by {{callee}} with no allowlist check; a caller can make the server reach internal services or cloud metadata (SSRF)"
  },
  fixHint: "Parse the URL, require https and a host from an explicit allowlist (settings), and reject private/link-local addresses before fetching.",
  python: {
    visitors: {
      call(node, ctx) {
        const callee = ctx.file.calleeName(node) ?? "";
        const member = ctx.file.calleeMember(node) ?? "";
        const isHttp = PY_HTTP_FUNCTIONS.test(callee) || PY_CLIENT_METHODS.has(member) && PY_CLIENT_RECEIVER.test(callee.slice(0, -(member.length + 1)).replace(/\(\)$/, ""));
        if (!isHttp)
          return;
        const url = pyUrlArgument(node, ctx, member);
        if (!url)
          return;
        const value = request_input_exports.clientValuePrefix(url, ctx.file);
        if (!value)
          return;
        const handler = semantics_exports.enclosingHandler(node, ctx.file);
        const names = ctx.file.descendants(url, /* @__PURE__ */ new Set(["identifier"])).map((id) => id.text);
        if (url.type === "identifier")
          names.push(url.text);
        if (names.some((name) => pyValidated(name, handler, ctx)))
          return;
        ctx.report({ node, messageId: "ssrf", data: { source: value.source, callee } });
      }
    }
  },
  typescript: {
    // The one report is at a call whose callee is one of TS_HTTP_FUNCTIONS.
    prefilter: calleePrefilter(TS_HTTP_FUNCTIONS),
    visitors: {
      CallExpression(node, ctx) {
        if (!ts.isCallExpression(node))
          return;
        const callee = ctx.file.calleeName(node) ?? "";
        if (!TS_HTTP_FUNCTIONS.has(callee))
          return;
        const first = node.arguments[0];
        const url = first && ctx.file.resolveObject(first) ? ctx.file.property(first, "url") : first;
        if (!url)
          return;
        const value = request_input_exports2.clientValuePrefix(url, ctx.file, ctx.path);
        if (!value)
          return;
        const handler = semantics_exports2.enclosingHandler(node, ctx.file, ctx.path);
        const names = [];
        const collect = (n) => {
          if (ts.isIdentifier(n))
            names.push(n.text);
          ts.forEachChild(n, collect);
        };
        collect(url);
        if (names.some((name) => !/^(?:req|request|c|ctx)$/.test(name) && tsValidated(name, handler, ctx)))
          return;
        ctx.report({ node, messageId: "ssrf", data: { source: value.source, callee } });
      }
    }
  }
});

// dist/rules/index.js
var RULES_BY_ID = {
  "agent-run-without-timeout": agent_run_without_timeout_default,
  "api-docs-exposed": api_docs_exposed_default,
  "artifacts-inlined-base64": artifacts_inlined_base64_default,
  "broad-exception-handler": broad_exception_handler_default,
  "client-trusted-identity": client_trusted_identity_default,
  "cors-wildcard": cors_wildcard_default,
  "debug-enabled": debug_enabled_default,
  "dev-server-in-production": dev_server_in_production_default,
  "dockerfile-missing-healthcheck": dockerfile_missing_healthcheck_default,
  "dockerfile-runs-as-root": dockerfile_runs_as_root_default,
  "dockerfile-unpinned-base": dockerfile_unpinned_base_default,
  "env-file-committed": env_file_committed_default,
  "error-detail-leak": error_detail_leak_default,
  "hardcoded-bind-config": hardcoded_bind_config_default,
  "hardcoded-secret": hardcoded_secret_default,
  "health-leaks-internals": health_leaks_internals_default,
  "in-memory-state": in_memory_state_default,
  "insecure-cookie": insecure_cookie_default,
  "missing-auth": missing_auth_default,
  "missing-dockerfile": missing_dockerfile_default,
  "missing-dockerignore": missing_dockerignore_default,
  "missing-health-endpoint": missing_health_endpoint_default,
  "missing-idempotency": missing_idempotency_default,
  "missing-metrics": missing_metrics_default,
  "missing-rate-limit": missing_rate_limit_default,
  "missing-readiness-endpoint": missing_readiness_endpoint_default,
  "missing-request-id": missing_request_id_default,
  "missing-tracing": missing_tracing_default,
  "model-output-executed": model_output_executed_default,
  "naive-token-count": naive_token_count_default,
  "no-graceful-shutdown": no_graceful_shutdown_default,
  "no-retry-or-circuit-breaker": no_retry_or_circuit_breaker_default,
  "outbound-call-without-timeout": outbound_call_without_timeout_default,
  "print-logging": print_logging_default,
  "secret-in-dockerfile": secret_in_dockerfile_default,
  "sensitive-data-logged": sensitive_data_logged_default,
  "session-created-per-request": session_created_per_request_default,
  "session-without-ttl": session_without_ttl_default,
  "static-health-check": static_health_check_default,
  "unbounded-llm-output": unbounded_llm_output_default,
  "unbounded-request-input": unbounded_request_input_default,
  "unbounded-subprocess": unbounded_subprocess_default,
  "unstructured-logging": unstructured_logging_default,
  "unsynchronized-shared-state": unsynchronized_shared_state_default,
  "unvalidated-config": unvalidated_config_default,
  "unvalidated-outbound-url": unvalidated_outbound_url_default
};
export {
  RULES_BY_ID
};
//# sourceMappingURL=chunk-XACGB42I.js.map
