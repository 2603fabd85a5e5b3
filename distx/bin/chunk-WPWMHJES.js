import {
  evaluateGate
} from "./chunk-XKEKMC6E.js";
import {
  rendererFor
} from "./chunk-AJEJ33E3.js";
import "./chunk-WM5XJUWO.js";
import {
  useColor,
  writeFileAtomic,
  writeToStdout
} from "./chunk-F2P5FCHE.js";
import {
  assignFingerprints,
  compareFindings,
  computeScore,
  loadAuditConfig
} from "./chunk-XIWPFLSK.js";
import {
  atLeast,
  maxSeverity
} from "./chunk-KNFCEM4Y.js";
import "./chunk-WRLAY6UH.js";
import "./chunk-PPTL4YM3.js";
import {
  DOCS_BASE_URL
} from "./chunk-WYGLH33U.js";
import "./chunk-JA4UPIMU.js";
import {
  ConfigError,
  EXIT,
  UsageError
} from "./chunk-MTL4NPGF.js";
import {
  formatZodIssues
} from "./chunk-6WTUWVZV.js";
import {
  interpolate
} from "./chunk-V6FMGJSC.js";
import "./chunk-JQ7ZJZHD.js";
import {
  TOOL_URI,
  toolVersion
} from "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-6B4KTA3T.js";
import "./chunk-PZ5AY32C.js";

// dist/src/probe/options.js
import { z } from "zod";
var HARD_MAX_REQUESTS = 500;
var endpoint = z.string().regex(/^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE) \/\S*$/, 'write an endpoint as "METHOD /path", e.g. "POST /chat"');
var probeConfigSchema = z.strictObject({
  budget: z.number().int().min(1).max(HARD_MAX_REQUESTS).optional(),
  concurrency: z.number().int().min(1).max(4).optional(),
  deadlineSeconds: z.number().positive().max(600).optional(),
  timeoutSeconds: z.number().positive().max(120).optional(),
  maxBodyBytes: z.number().int().min(1024).max(16 * 1024 * 1024).optional(),
  rateLimitBurst: z.number().int().min(1).max(HARD_MAX_REQUESTS).optional(),
  rateLimitPerSecond: z.number().positive().max(100).optional(),
  endpoints: z.array(endpoint).optional(),
  allowMutating: z.boolean().optional(),
  checks: z.record(z.string(), z.enum(["on", "off"])).optional()
});
var DEFAULTS = {
  budget: 120,
  concurrency: 2,
  deadlineSeconds: 60,
  timeoutSeconds: 10,
  maxBodyBytes: 1024 * 1024,
  rateLimitBurst: 60,
  rateLimitPerSecond: 20
};
function parseProbeConfig(raw, file) {
  const parsed = probeConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ["probe", ...issue.path] }));
    throw new ConfigError(formatZodIssues(new z.ZodError(issues)), file);
  }
  return parsed.data;
}
function parseEndpoint(value) {
  const result = endpoint.safeParse(value.trim());
  if (!result.success)
    throw new UsageError(`--endpoint "${value}": write it as "METHOD /path", e.g. "POST /chat"`);
  const [method, path] = result.data.split(" ");
  return { method, path };
}
function parseHeader(value) {
  const colon = value.indexOf(":");
  const name = colon > 0 ? value.slice(0, colon).trim() : "";
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
    throw new UsageError('--header must look like "Name: value", e.g. --header "Authorization: Bearer $TOKEN"');
  }
  return [name.toLowerCase(), value.slice(colon + 1).trim()];
}
function resolveProbeOptions(flags, config) {
  const budget = flags.budget ?? config.budget ?? DEFAULTS.budget;
  if (budget > HARD_MAX_REQUESTS)
    throw new UsageError(`--budget is capped at ${HARD_MAX_REQUESTS} requests`);
  const concurrency = flags.concurrency ?? config.concurrency ?? DEFAULTS.concurrency;
  if (concurrency > 4)
    throw new UsageError("--concurrency is capped at 4 so a probe never loads the server");
  const endpoints = [...config.endpoints ?? [], ...flags.endpoint ?? []].map(parseEndpoint);
  const allowMutating = flags.allowMutating ?? config.allowMutating ?? false;
  if (allowMutating && !endpoints.some((e) => !["GET", "HEAD", "OPTIONS"].includes(e.method))) {
    throw new UsageError('--allow-mutating needs the endpoint it applies to, e.g. --endpoint "POST /chat"');
  }
  return {
    budget,
    concurrency,
    deadlineMs: Math.round(1e3 * (flags.deadline ?? config.deadlineSeconds ?? DEFAULTS.deadlineSeconds)),
    timeoutMs: Math.round(1e3 * (flags.timeout ?? config.timeoutSeconds ?? DEFAULTS.timeoutSeconds)),
    maxBodyBytes: config.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    rateLimitBurst: Math.min(flags.rateLimitBurst ?? config.rateLimitBurst ?? DEFAULTS.rateLimitBurst, budget),
    rateLimitPerSecond: config.rateLimitPerSecond ?? DEFAULTS.rateLimitPerSecond,
    endpoints,
    allowMutating,
    headers: Object.fromEntries((flags.header ?? []).map(parseHeader)),
    disabledChecks: new Set(Object.entries(config.checks ?? {}).filter(([, value]) => value === "off").map(([id]) => id))
  };
}

// dist/src/probe/define-probe.js
var ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function defineProbe(definition) {
  if (!ID_PATTERN.test(definition.id))
    throw new TypeError(`probe id "${definition.id}" is not kebab-case`);
  if (!definition.summary || definition.summary.endsWith("."))
    throw new TypeError(`probe ${definition.id}: summary must be one line without a final period`);
  if (Object.keys(definition.messages).length === 0)
    throw new TypeError(`probe ${definition.id}: no messages`);
  return definition;
}
function maxRequestsOf(definition, options) {
  return typeof definition.maxRequests === "function" ? definition.maxRequests(options) : definition.maxRequests;
}

// dist/src/probe/response-kinds.js
function isSuccess(response) {
  return response.status >= 200 && response.status < 300;
}
function isJsonResponse(response) {
  return /\bjson\b|\+json\b/i.test(response.headers["content-type"] ?? "");
}
function isHtmlResponse(response) {
  return /text\/html/i.test(response.headers["content-type"] ?? "");
}
function jsonBody(response) {
  if (response.truncated || !response.body)
    return void 0;
  try {
    return JSON.parse(response.body);
  } catch {
    return void 0;
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function pathOf(url) {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}
var NOT_FOUND_STATUSES = /* @__PURE__ */ new Set([404, 405, 501]);

// dist/src/probe/checks/api-docs-exposed.js
var OPENAPI_PATHS = ["/openapi.json", "/swagger.json", "/api-docs", "/docs/json", "/documentation/json", "/v3/api-docs"];
var UI_PATHS = ["/docs", "/redoc", "/swagger", "/dev-ui/"];
var HTTP_METHODS = ["get", "post", "put", "patch", "delete"];
var MAX_ROUTES = 24;
function resolveRef(document, value) {
  if (!isRecord(value) || typeof value.$ref !== "string" || !value.$ref.startsWith("#/"))
    return value;
  return value.$ref.slice(2).split("/").reduce((node, key) => isRecord(node) ? node[key.replace(/~1/g, "/").replace(/~0/g, "~")] : void 0, document);
}
function requiresFields(document, operation) {
  const body = resolveRef(document, operation.requestBody);
  if (!isRecord(body) || !isRecord(body.content))
    return false;
  const json = body.content["application/json"];
  const schema = isRecord(json) ? resolveRef(document, json.schema) : void 0;
  return isRecord(schema) && Array.isArray(schema.required) && schema.required.length > 0;
}
function routesFromOpenApi(document) {
  const routes = [];
  const globalSecurity = Array.isArray(document.security) && document.security.length > 0;
  for (const [path, item] of Object.entries(isRecord(document.paths) ? document.paths : {})) {
    if (path.includes("{") || !isRecord(item))
      continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isRecord(operation))
        continue;
      const security = Array.isArray(operation.security) ? operation.security.length > 0 : globalSecurity;
      routes.push({ method: method.toUpperCase(), path, declaresSecurity: security, bodyHasRequiredFields: requiresFields(document, operation), from: "openapi" });
    }
  }
  return routes.slice(0, MAX_ROUTES);
}
function docsUi(response) {
  if (!isSuccess(response) || !isHtmlResponse(response))
    return void 0;
  if (/swagger-ui/i.test(response.body))
    return "Swagger UI";
  if (/redoc/i.test(response.body))
    return "ReDoc";
  if (pathOf(response.url).startsWith("/dev-ui") && /<app-root|adk/i.test(response.body))
    return "the ADK dev UI";
  return void 0;
}
var api_docs_exposed_default = defineProbe({
  id: "api-docs-exposed",
  category: "security",
  severity: "info",
  confidence: "high",
  summary: "Interactive API docs and the OpenAPI document are not public",
  messages: {
    openapi: "{{path}} serves the OpenAPI document ({{count}} operations) to anonymous callers",
    ui: "{{path}} serves {{ui}} to anonymous callers",
    devUi: "{{path}} serves the ADK dev UI, which lets anyone run the agent"
  },
  fixHint: "Turn the docs off in production (FastAPI(docs_url=None, redoc_url=None, openapi_url=None)) or put them behind auth.",
  maxRequests: OPENAPI_PATHS.length + UI_PATHS.length,
  async run(target, http, ctx) {
    for (const path of OPENAPI_PATHS) {
      const response = await http.get(path, { anonymous: true });
      const document = isSuccess(response) ? jsonBody(response) : void 0;
      if (!isRecord(document) || !(typeof document.openapi === "string" || typeof document.swagger === "string"))
        continue;
      const routes = routesFromOpenApi(document);
      ctx.state.routes.push(...routes);
      ctx.note(`${routes.length} callable routes from ${path}`);
      const count = Object.values(isRecord(document.paths) ? document.paths : {}).reduce((sum, item) => sum + (isRecord(item) ? HTTP_METHODS.filter((method) => method in item).length : 0), 0);
      ctx.report({ messageId: "openapi", data: { path, count: String(count) }, response, evidence: `HTTP ${response.status} OpenAPI document` });
      break;
    }
    const pages = await Promise.all(UI_PATHS.map((path) => http.get(path, { anonymous: true })));
    for (const [index, path] of UI_PATHS.entries()) {
      const response = pages[index];
      const ui = docsUi(response);
      if (!ui)
        continue;
      if (ui === "the ADK dev UI")
        ctx.report({ messageId: "devUi", data: { path }, response, evidence: `HTTP ${response.status} ADK dev UI`, severity: "medium" });
      else
        ctx.report({ messageId: "ui", data: { path, ui }, response, evidence: `HTTP ${response.status} ${ui}` });
    }
  }
});

// dist/src/probe/checks/cors-wildcard.js
var FOREIGN_ORIGIN = "https://agent-harden-probe.invalid";
function verdict(response, origin) {
  const allowed = response.headers["access-control-allow-origin"]?.trim();
  if (!allowed)
    return void 0;
  if (allowed === "*")
    return "wildcard";
  if (allowed !== origin)
    return void 0;
  if (origin === "null")
    return "nullOrigin";
  return origin.startsWith("http://") && origin !== FOREIGN_ORIGIN ? "httpOrigin" : "reflectsOrigin";
}
var cors_wildcard_default = defineProbe({
  id: "cors-wildcard",
  category: "security",
  severity: "high",
  confidence: "high",
  summary: "CORS allows any origin",
  messages: {
    wildcard: "CORS answers Access-Control-Allow-Origin: * to a foreign origin",
    reflectsOrigin: "CORS reflects a foreign origin ({{origin}}) back as allowed",
    nullOrigin: 'CORS allows the "null" origin (sandboxed iframes and local files)',
    httpOrigin: "CORS allows the plain-http origin {{origin}} on an https server",
    withCredentials: "CORS allows {{origin}} and also allows credentials, so any site can call this API as the logged-in user"
  },
  fixHint: "List the exact origins allowed to call this server; never reflect the Origin header or combine a wildcard with credentials.",
  maxRequests: 4,
  async run(target, http, ctx) {
    const origins = [FOREIGN_ORIGIN, "null", ...target.https ? [`http://${target.host}`] : []];
    const responses = await Promise.all(origins.map((origin) => http.get("/", { headers: { origin } })));
    const exchanges = origins.map((origin, index) => ({ origin, response: responses[index] }));
    const preflight = await http.request({
      method: "OPTIONS",
      path: "/",
      headers: { origin: FOREIGN_ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" }
    });
    exchanges.push({ origin: FOREIGN_ORIGIN, response: preflight });
    const reported = /* @__PURE__ */ new Set();
    for (const { origin, response } of exchanges) {
      const found = verdict(response, origin);
      if (!found)
        continue;
      const credentials = response.headers["access-control-allow-credentials"]?.trim().toLowerCase() === "true";
      const messageId = credentials ? "withCredentials" : found;
      if (reported.has(messageId))
        continue;
      reported.add(messageId);
      const evidence = `HTTP ${response.status} access-control-allow-origin: ${response.headers["access-control-allow-origin"]}${credentials ? ", access-control-allow-credentials: true" : ""}`;
      ctx.report({
        messageId,
        data: { origin: found === "wildcard" ? "*" : origin },
        response,
        evidence,
        ...credentials ? { severity: "critical" } : {}
      });
    }
  }
});

// dist/src/probe/post-targets.js
function postTargets(state, options) {
  const paths = [
    ...state.routes.filter((route) => route.method === "POST").map((route) => route.path),
    ...options.endpoints.filter((endpoint2) => endpoint2.method === "POST").map((endpoint2) => endpoint2.path),
    "/"
  ];
  return [...new Set(paths)];
}

// dist/src/probe/checks/error-detail-leak.js
var STACK_PATTERNS = [
  /Traceback \(most recent call last\)/,
  /File "[^"]+\.py", line \d+/,
  // A V8 stack frame: "at fn (/srv/app/server.js:12:5)" or "at /srv/app/server.js:12:5".
  /\bat (?:[\w.<>$[\] ]+ )?\(?(?:\/|[A-Za-z]:\\|file:\/\/|node:)[^()\s]*:\d+:\d+\)?/,
  /Werkzeug Debugger/
];
var EXCEPTION_PATTERNS = [
  /Cannot read propert(y|ies) of (undefined|null)/,
  /\bis not a function\b/,
  /\bis not defined\b/,
  /'NoneType' object/,
  /object has no attribute '/,
  /\b(KeyError|AttributeError|TypeError|ValueError|ZeroDivisionError|IndexError): /,
  /\b(sqlalchemy\.exc|psycopg2?\.|OperationalError|ECONNREFUSED \d)/
];
function leak(response) {
  if (STACK_PATTERNS.some((pattern) => pattern.test(response.body)))
    return "stackTrace";
  if (response.status >= 400 && EXCEPTION_PATTERNS.some((pattern) => pattern.test(response.body)))
    return "exceptionText";
  return void 0;
}
var error_detail_leak_default = defineProbe({
  id: "error-detail-leak",
  category: "security",
  severity: "medium",
  confidence: "high",
  summary: "Error answers carry no stack trace or exception text",
  messages: {
    stackTrace: "{{method}} {{path}} answered {{status}} with a stack trace",
    exceptionText: "{{method}} {{path}} answered {{status}} with the text of an internal exception"
  },
  fixHint: "Log the exception with its traceback and return a generic error with a request id; run Node with NODE_ENV=production.",
  maxRequests: 4,
  async run(target, http, ctx) {
    const responses = [
      await http.get("/agent-harden-probe/not-found"),
      // A malformed percent-escape makes several frameworks throw while decoding the path.
      await http.get("/agent-harden-probe/%E0%A4%A")
    ];
    for (const path of postTargets(ctx.state, ctx.options).slice(0, 2)) {
      responses.push(await http.request({
        method: "POST",
        path,
        headers: { "content-type": "application/json" },
        body: '{"input": "agent-harden-probe',
        bodyCannotValidate: true
      }));
    }
    const reported = /* @__PURE__ */ new Set();
    for (const response of responses) {
      const found = leak(response);
      const key = `${found}:${response.method}`;
      if (!found || reported.has(key))
        continue;
      reported.add(key);
      ctx.report({
        messageId: found,
        data: { method: response.method, path: pathOf(response.url), status: String(response.status) },
        response,
        evidence: `HTTP ${response.status} ${found === "stackTrace" ? "body holds a stack trace" : "body holds exception text"}`,
        confidence: found === "stackTrace" ? "high" : "medium"
      });
    }
  }
});

// dist/src/probe/checks/health-leaks-internals.js
var LEAK_PATTERNS = [
  { what: "model names", pattern: /\b(gpt-[\w.-]+|o[134](?:-mini)?\b|claude-[\w.-]+|gemini-[\w.-]+|llama[\w.-]*|mistral-[\w.-]+|text-embedding-[\w.-]+)/i },
  { what: "model settings", pattern: /"(model|model_name|modelName|llm|llm_model|temperature|max_tokens)"\s*:/ },
  { what: "runtime versions", pattern: /\b(python|node|fastapi|express|uvicorn|starlette|langchain|openai|google-adk)["\s/:=v]*\d+\.\d+/i },
  { what: "versions", pattern: /"[\w-]*version"\s*:\s*"[^"]+"/i },
  { what: "counters", pattern: /"(requests?_(count|total|served)|total_requests|active_sessions|sessions?_count|tokens?_used|error_count|uptime(_seconds)?|memory(_mb|_bytes)?|cpu(_percent)?|queue_(depth|size)|in_flight)"\s*:/i },
  { what: "host names or addresses", pattern: /"(hostname|host_name|pod|pod_name|node_name)"\s*:|\b(10\.\d{1,3}|172\.(1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}\b|\.svc\.cluster\.local\b|\.internal\b/i },
  { what: "connection strings", pattern: /\b(postgres(ql)?|mysql|redis|mongodb(\+srv)?|amqp):\/\/\S+/i }
];
function leaks(response) {
  return LEAK_PATTERNS.filter(({ pattern }) => pattern.test(response.body)).map(({ what }) => what);
}
var health_leaks_internals_default = defineProbe({
  id: "health-leaks-internals",
  category: "security",
  severity: "low",
  confidence: "medium",
  summary: "Health endpoints do not tell anonymous callers about models, versions, counters or hosts",
  messages: { leaks: "{{path}} tells anonymous callers its {{what}}" },
  fixHint: "Return only a status (and per-dependency ok/fail) from unauthenticated health endpoints; move details behind auth or into metrics.",
  maxRequests: 0,
  async run(target, http, ctx) {
    const answers = [ctx.state.liveness, ctx.state.readiness].filter((response) => response !== void 0);
    if (answers.length === 0)
      return ctx.skip("no health endpoint to read");
    const seen = /* @__PURE__ */ new Set();
    for (const response of answers) {
      if (seen.has(response.url) || !(isSuccess(response) || response.status === 503))
        continue;
      seen.add(response.url);
      const found = leaks(response);
      if (found.length === 0)
        continue;
      ctx.report({ messageId: "leaks", data: { path: pathOf(response.url), what: found.join(", ") }, response, evidence: `HTTP ${response.status} body mentions ${found.join(", ")}` });
    }
  }
});

// dist/src/probe/checks/insecure-cookie.js
function missingAttributes(cookie) {
  const attributes = cookie.split(";").slice(1).map((part) => part.trim().split("=")[0].toLowerCase());
  const missing = [];
  if (!attributes.includes("httponly"))
    missing.push("HttpOnly");
  if (!attributes.includes("secure"))
    missing.push("Secure");
  if (!attributes.includes("samesite"))
    missing.push("SameSite");
  return missing;
}
var insecure_cookie_default = defineProbe({
  id: "insecure-cookie",
  category: "security",
  severity: "medium",
  confidence: "high",
  summary: "Cookies are set with HttpOnly, Secure and SameSite",
  messages: { missingAttributes: "cookie {{name}} is set without {{missing}}" },
  fixHint: "Set session cookies with HttpOnly, Secure and SameSite=Lax (or Strict).",
  maxRequests: 0,
  async run(target, http, ctx) {
    const reported = /* @__PURE__ */ new Set();
    let cookies = 0;
    for (const response of ctx.state.responses) {
      for (const cookie of response.setCookies) {
        cookies++;
        const name = cookie.split("=")[0].trim();
        const missing = missingAttributes(cookie);
        if (missing.length === 0 || reported.has(name))
          continue;
        reported.add(name);
        ctx.report({
          messageId: "missingAttributes",
          data: { name, missing: missing.join(", ") },
          response,
          evidence: `set-cookie: ${name}=\u2026 without ${missing.join(", ")}`,
          // Over plain http a missing Secure may be deliberate for local use; the other attributes are not.
          confidence: !target.https && missing.length === 1 && missing[0] === "Secure" ? "low" : "high"
        });
      }
    }
    if (cookies === 0)
      ctx.skip("no cookie was set");
  }
});

// dist/src/probe/checks/missing-health-endpoint.js
var LIVENESS_PATHS = ["/livez", "/healthz", "/health", "/health/live", "/healthcheck", "/ping", "/_health", "/api/health"];
var KUBELET_TIMEOUT_MS = 1e3;
var missing_health_endpoint_default = defineProbe({
  id: "missing-health-endpoint",
  category: "observability",
  severity: "medium",
  confidence: "medium",
  summary: "A liveness endpoint answers 2xx within 1 s without credentials",
  messages: {
    missing: "no liveness endpoint answered 2xx without credentials (tried {{paths}})",
    slow: "{{path}} took {{ms}} ms; an orchestrator with a 1 s probe timeout would restart a healthy server"
  },
  fixHint: "Serve a cheap, unauthenticated GET /livez (or /healthz) that answers 200 without touching dependencies.",
  maxRequests: LIVENESS_PATHS.length,
  async run(target, http, ctx) {
    for (const path of LIVENESS_PATHS) {
      const response = await http.get(path, { anonymous: true });
      if (!isSuccess(response))
        continue;
      ctx.state.liveness = response;
      ctx.note(`${pathOf(response.url)} \u2192 ${response.status} in ${response.durationMs} ms`);
      if (response.durationMs > KUBELET_TIMEOUT_MS) {
        ctx.report({ messageId: "slow", data: { path: pathOf(response.url), ms: String(response.durationMs) }, response, evidence: `HTTP ${response.status} after more than 1 s` });
      }
      return;
    }
    ctx.report({
      messageId: "missing",
      data: { paths: LIVENESS_PATHS.join(", ") },
      response: { method: "GET", url: target.resolve("/") },
      evidence: "no 2xx on any liveness path"
    });
  }
});

// dist/src/probe/checks/missing-readiness-endpoint.js
var READINESS_PATHS = ["/readyz", "/ready", "/health/ready", "/readiness", "/health/readiness"];
var missing_readiness_endpoint_default = defineProbe({
  id: "missing-readiness-endpoint",
  category: "observability",
  severity: "medium",
  confidence: "medium",
  summary: "A readiness endpoint answers without credentials",
  messages: { missing: "no readiness endpoint answered without credentials (tried {{paths}})" },
  fixHint: "Serve GET /readyz that checks the dependencies a request needs (model API, store) and answers 503 when one is down.",
  maxRequests: READINESS_PATHS.length,
  async run(target, http, ctx) {
    for (const path of READINESS_PATHS) {
      const response = await http.get(path, { anonymous: true });
      if ((isSuccess(response) || response.status === 503) && !isHtmlResponse(response)) {
        ctx.state.readiness = response;
        ctx.note(`${pathOf(response.url)} \u2192 ${response.status}`);
        return;
      }
    }
    ctx.report({
      messageId: "missing",
      data: { paths: READINESS_PATHS.join(", ") },
      response: { method: "GET", url: target.resolve("/") },
      evidence: "no 2xx or 503 on any readiness path"
    });
  }
});

// dist/src/probe/public-paths.js
function isPublicByDesign(path) {
  return path === "/" || [...LIVENESS_PATHS, ...READINESS_PATHS].includes(path) || /^\/(docs|redoc|openapi|swagger|api-docs|documentation|\.well-known|favicon|static|metrics)\b/.test(path);
}

// dist/src/probe/checks/missing-auth.js
var GUESSED_GET_PATHS = ["/sessions", "/api/sessions", "/conversations", "/threads", "/history", "/tasks", "/list-apps", "/runs"];
var MAX_GET = 8;
var MAX_POST = 4;
var missing_auth_default = defineProbe({
  id: "missing-auth",
  category: "security",
  severity: "high",
  confidence: "medium",
  summary: "API routes refuse requests without credentials",
  messages: {
    readWithoutCredentials: "GET {{path}} answered {{status}} to a request without credentials",
    validatedWithoutCredentials: "POST {{path}} validated the body of a request without credentials ({{status}}): no auth runs before the handler",
    mutatedWithoutCredentials: "{{method}} {{path}} accepted a request without credentials ({{status}})"
  },
  fixHint: "Put an auth dependency, guard or middleware in front of every route that reads or runs agent state; answer 401 before parsing the body.",
  maxRequests: MAX_GET + MAX_POST + 2,
  async run(target, http, ctx) {
    const openapi = ctx.state.routes.filter((route) => route.from === "openapi" && !isPublicByDesign(route.path));
    const gets = openapi.filter((route) => route.method === "GET");
    const candidates = gets.length > 0 ? gets : GUESSED_GET_PATHS.map((path) => ({ method: "GET", path, declaresSecurity: false, bodyHasRequiredFields: false, from: "endpoint" }));
    const routes = candidates.slice(0, MAX_GET);
    const answers = await Promise.all(routes.map((route) => http.get(route.path, { anonymous: true })));
    let tried = routes.length;
    for (const [index, route] of routes.entries()) {
      const response = answers[index];
      if (!isSuccess(response) || isHtmlResponse(response) || response.body.trim() === "")
        continue;
      ctx.report({
        messageId: "readWithoutCredentials",
        data: { path: route.path, status: String(response.status) },
        response,
        evidence: `HTTP ${response.status} without credentials`,
        confidence: route.declaresSecurity ? "high" : "medium"
      });
    }
    for (const route of openapi.filter((r) => r.method === "POST" && r.bodyHasRequiredFields).slice(0, MAX_POST)) {
      const response = await http.request({
        method: "POST",
        path: route.path,
        anonymous: true,
        headers: { "content-type": "application/json" },
        body: "{}",
        bodyCannotValidate: true
      });
      tried++;
      if (response.status === 400 || response.status === 422 || isSuccess(response)) {
        ctx.report({
          messageId: "validatedWithoutCredentials",
          data: { path: route.path, status: String(response.status) },
          response,
          evidence: `HTTP ${response.status} to an anonymous POST with an empty object`,
          confidence: route.declaresSecurity ? "high" : "medium"
        });
      }
    }
    if (ctx.options.allowMutating) {
      for (const endpoint2 of ctx.options.endpoints.filter((e) => !["GET", "HEAD", "OPTIONS"].includes(e.method)).slice(0, 2)) {
        const response = await http.request({ method: endpoint2.method, path: endpoint2.path, anonymous: true, headers: { "content-type": "application/json" }, body: "{}" });
        tried++;
        if (isSuccess(response)) {
          ctx.report({
            messageId: "mutatedWithoutCredentials",
            data: { method: endpoint2.method, path: endpoint2.path, status: String(response.status) },
            response,
            evidence: `HTTP ${response.status} without credentials`,
            confidence: "high"
          });
        }
      }
    }
    ctx.note(`${tried} route${tried === 1 ? "" : "s"} tried without credentials${gets.length > 0 ? " (from OpenAPI)" : ""}`);
  }
});

// dist/src/probe/rate-limit-headers.js
function int(value) {
  if (value === void 0)
    return void 0;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : void 0;
}
function parameters(value) {
  const out = {};
  for (const part of value.split(",")[0].split(";")) {
    const [key, raw] = part.trim().split("=");
    if (raw !== void 0)
      out[key.trim().toLowerCase()] = raw.trim();
    else if (/^\d+$/.test(key.trim()))
      out.q ??= key.trim();
  }
  return out;
}
function retryAfterSeconds(value, now = Date.now()) {
  if (!value)
    return void 0;
  if (/^\d+$/.test(value.trim()))
    return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? void 0 : Math.max(0, Math.round((date - now) / 1e3));
}
function advertisedLimit(headers) {
  const result = {};
  result.limit = int(headers["x-ratelimit-limit"]) ?? int(headers["ratelimit-limit"]);
  result.remaining = int(headers["x-ratelimit-remaining"]) ?? int(headers["ratelimit-remaining"]);
  const policy = headers["ratelimit-policy"] ?? headers["x-ratelimit-policy"];
  if (policy) {
    const params = parameters(policy);
    result.limit ??= int(params.q);
    result.windowSeconds = int(params.w);
  }
  const combined = headers.ratelimit;
  if (combined) {
    const params = parameters(combined);
    result.remaining ??= int(params.r) ?? int(params.remaining);
    result.limit ??= int(params.limit);
  }
  result.retryAfterSeconds = retryAfterSeconds(headers["retry-after"]);
  return Object.values(result).some((value) => value !== void 0) ? result : void 0;
}

// dist/src/probe/checks/missing-rate-limit.js
function describe(limit) {
  const parts = [
    limit.limit !== void 0 ? `limit ${limit.limit}${limit.windowSeconds ? ` per ${limit.windowSeconds} s` : ""}` : "",
    limit.remaining !== void 0 ? `${limit.remaining} remaining` : "",
    limit.retryAfterSeconds !== void 0 ? `Retry-After ${limit.retryAfterSeconds} s` : ""
  ];
  return parts.filter(Boolean).join(", ");
}
function limitedRoute(state, options) {
  const api = (response) => response.sent && response.method === "GET" && !isPublicByDesign(pathOf(response.url));
  const advertising = state.responses.find((response) => api(response) && advertisedLimit(response.headers) !== void 0);
  if (advertising)
    return pathOf(advertising.url);
  const fromOpenApi = state.routes.find((route) => route.method === "GET" && !isPublicByDesign(route.path));
  if (fromOpenApi)
    return fromOpenApi.path;
  const named = options.endpoints.find((endpoint2) => endpoint2.method === "GET");
  if (named)
    return named.path;
  const answered = state.responses.find((response) => api(response) && isSuccess(response));
  return answered ? pathOf(answered.url) : "/";
}
var missing_rate_limit_default = defineProbe({
  id: "missing-rate-limit",
  category: "security",
  severity: "medium",
  confidence: "medium",
  summary: "A burst of requests meets a 429 (or 503) from a rate limiter",
  messages: { notLimited: "{{count}} requests to {{path}} in {{seconds}} s were all answered without a 429 or a rate-limit header" },
  fixHint: "Add a rate limiter in front of the agent routes (slowapi, express-rate-limit, @fastify/rate-limit, a gateway) that answers 429 with Retry-After.",
  maxRequests: (options) => options.rateLimitBurst,
  expectsRateLimit: true,
  // Runs last (see checks/index.ts) so a triggered limiter cannot starve the other checks.
  async run(target, http, ctx) {
    const earlier = ctx.state.responses.find((response) => response.status === 429);
    if (earlier)
      return ctx.note(`429 already seen at ${pathOf(earlier.url)}`);
    const path = limitedRoute(ctx.state, ctx.options);
    const interval = 1e3 / ctx.options.rateLimitPerSecond;
    const started = performance.now();
    let last;
    let advertised;
    let count = 0;
    while (http.remaining > 0) {
      const sent = performance.now();
      last = await http.get(path, { headers: { "cache-control": "no-cache", "x-agent-harden-probe": String(count) } });
      count++;
      if (!last.sent)
        continue;
      advertised = advertisedLimit(last.headers) ?? advertised;
      if (last.status === 429 || last.status === 503 && last.headers["retry-after"] !== void 0) {
        return ctx.note(`${last.status} after ${count} requests${advertised ? ` (${describe(advertised)})` : ""}`);
      }
      await ctx.sleep(Math.max(0, interval - (performance.now() - sent)));
    }
    if (!last?.sent)
      return;
    const seconds = ((performance.now() - started) / 1e3).toFixed(1);
    if (advertised)
      return ctx.warn(`a limit is advertised (${describe(advertised)}) but was not reached within ${count} requests`);
    ctx.report({
      messageId: "notLimited",
      data: { count: String(count), path: pathOf(last.url), seconds },
      response: last,
      evidence: `HTTP ${last.status} to every request, no rate-limit headers`
    });
  }
});

// dist/src/probe/checks/static-health-check.js
var BARE_STATUS_KEYS = /* @__PURE__ */ new Set(["status", "ok", "healthy", "ready", "message", "result", "state", "alive", "success"]);
var PASSING = /* @__PURE__ */ new Set(["pass", "ok", "up", "healthy", "ready", "true", "green", "available"]);
var FAILING = /* @__PURE__ */ new Set(["fail", "down", "unhealthy", "not ready", "not_ready", "error", "false", "red", "unavailable"]);
var static_health_check_default = defineProbe({
  id: "static-health-check",
  category: "observability",
  severity: "medium",
  confidence: "low",
  summary: "Readiness reflects real dependency checks and its HTTP code matches its status",
  messages: {
    statusMismatch: '{{path}} reports status "{{status}}" but answers HTTP {{code}}; orchestrators read only the code',
    bareBody: "{{path}} answers a fixed {{body}} and names no dependency it checked"
  },
  fixHint: "Check each dependency (model API, session store, queue) in the readiness handler, list them in the body, and answer 503 when one fails.",
  maxRequests: 0,
  async run(target, http, ctx) {
    const response = ctx.state.readiness;
    if (!response)
      return ctx.skip("no readiness endpoint to read");
    const path = pathOf(response.url);
    const body = jsonBody(response);
    if (isRecord(body)) {
      const status = typeof body.status === "string" || typeof body.status === "boolean" ? String(body.status).toLowerCase() : void 0;
      if (status && (FAILING.has(status) && isSuccess(response) || PASSING.has(status) && response.status >= 500)) {
        ctx.report({
          messageId: "statusMismatch",
          data: { path, status, code: String(response.status) },
          response,
          evidence: `HTTP ${response.status} with status "${status}"`,
          confidence: "high"
        });
      }
      const keys = Object.keys(body);
      if (keys.length > 0 && keys.every((key) => BARE_STATUS_KEYS.has(key.toLowerCase()) && !isRecord(body[key]) && !Array.isArray(body[key]))) {
        ctx.report({ messageId: "bareBody", data: { path, body: JSON.stringify(body).slice(0, 60) }, response, evidence: `HTTP ${response.status} ${JSON.stringify(body).slice(0, 60)}` });
      }
      return;
    }
    const text = response.body.trim();
    if (isSuccess(response) && text.length <= 16 && !text.includes("{")) {
      ctx.report({ messageId: "bareBody", data: { path, body: JSON.stringify(text) }, response, evidence: `HTTP ${response.status} ${JSON.stringify(text)}` });
    }
  }
});

// dist/src/probe/http-types.js
var ProbeTransportError = class extends Error {
  failure;
  name = "ProbeTransportError";
  constructor(failure, message) {
    super(message);
    this.failure = failure;
  }
};
var ProbeStop = class extends Error {
  reason;
  name = "ProbeStop";
  constructor(reason, message) {
    super(message);
    this.reason = reason;
  }
};
var READ_ONLY_METHODS = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS"]);
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 3;

// dist/src/probe/checks/unbounded-request-input.js
var UPLOAD_BYTES = 2 * 1024 * 1024;
var unbounded_request_input_default = defineProbe({
  id: "unbounded-request-input",
  category: "security",
  severity: "medium",
  confidence: "medium",
  summary: "A request body of 2 MiB is refused",
  messages: { accepted: "POST {{path}} read a 2 MiB body before answering {{status}}; nothing limits request size" },
  fixHint: "Cap request bodies (express.json({ limit }), Fastify bodyLimit, a proxy client_max_body_size or an ASGI middleware) and answer 413.",
  maxRequests: 2,
  async run(target, http, ctx) {
    for (const path of postTargets(ctx.state, ctx.options).slice(0, 2)) {
      let response;
      try {
        response = await http.request({
          method: "POST",
          path,
          // A declared length lets a well-configured server refuse with 413 before reading a byte.
          headers: { "content-type": "application/json", "content-length": String(UPLOAD_BYTES) },
          body: { prefix: '{"input": "', fill: "agent-harden-probe ", totalBytes: UPLOAD_BYTES },
          bodyCannotValidate: true
        });
      } catch (error) {
        if (error instanceof ProbeTransportError && error.failure === "reset")
          return ctx.note(`${path}: connection closed during the upload (body refused)`);
        throw error;
      }
      if (!response.sent)
        continue;
      if (NOT_FOUND_STATUSES.has(response.status))
        continue;
      if (response.status === 411)
        continue;
      if (response.status === 413)
        return ctx.note(`${path} \u2192 413`);
      if (response.status === 401 || response.status === 403) {
        return ctx.warn(`${path} answered ${response.status} before the body limit could be tested; pass credentials with --header`);
      }
      ctx.report({ messageId: "accepted", data: { path: pathOf(response.url), status: String(response.status) }, response, evidence: `HTTP ${response.status} after a 2 MiB upload` });
      return;
    }
    ctx.skip('no route took a POST; name one with --endpoint "POST /path"');
  }
});

// dist/src/probe/checks/probe-a2a-agent-card.js
var CARD_PATHS = ["/.well-known/agent-card.json", "/.well-known/agent.json"];
var REQUIRED_FIELDS = ["name", "url", "version", "capabilities", "skills"];
var LOCAL_HOSTS = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;
var probe_a2a_agent_card_default = defineProbe({
  id: "probe-a2a-agent-card",
  category: "operations",
  severity: "low",
  confidence: "high",
  summary: "The A2A agent card is valid JSON with the required fields and a reachable URL",
  messages: {
    notJson: "{{path}} is not a JSON agent card",
    missingFields: "the agent card at {{path}} lacks {{fields}}",
    localUrl: "the agent card advertises {{url}}, which clients elsewhere cannot reach",
    insecureUrl: "the agent card advertises the plain-http URL {{url}} on an https server"
  },
  fixHint: "Serve a complete agent card whose url is the public https address of the agent (set it from configuration, not a literal).",
  maxRequests: CARD_PATHS.length,
  async run(target, http, ctx) {
    for (const path of CARD_PATHS) {
      const response = await http.get(path, { anonymous: true });
      if (!isSuccess(response))
        continue;
      const card = jsonBody(response);
      if (!isRecord(card)) {
        ctx.report({ messageId: "notJson", data: { path: pathOf(response.url) }, response, evidence: `HTTP ${response.status} ${response.headers["content-type"] ?? "no content type"}` });
        return;
      }
      const missing = REQUIRED_FIELDS.filter((field) => card[field] === void 0);
      if (missing.length > 0)
        ctx.report({ messageId: "missingFields", data: { path, fields: missing.join(", ") }, response, evidence: `HTTP ${response.status} card without ${missing.join(", ")}` });
      if (typeof card.url === "string" && URL.canParse(card.url)) {
        const advertised = new URL(card.url);
        if (LOCAL_HOSTS.test(advertised.hostname) && !LOCAL_HOSTS.test(new URL(target.url).hostname)) {
          ctx.report({ messageId: "localUrl", data: { url: card.url }, response, evidence: `card url ${card.url}` });
        } else if (target.https && advertised.protocol === "http:") {
          ctx.report({ messageId: "insecureUrl", data: { url: card.url }, response, evidence: `card url ${card.url}` });
        }
      }
      return ctx.note(`card at ${path}`);
    }
    ctx.skip("no agent card (not an A2A server)");
  }
});

// dist/src/probe/checks/probe-https-redirect.js
var probe_https_redirect_default = defineProbe({
  id: "probe-https-redirect",
  category: "security",
  severity: "low",
  confidence: "high",
  summary: "Plain http on the same host redirects to https",
  messages: { noRedirect: "http://{{host}}/ answers {{status}} instead of redirecting to https" },
  fixHint: "Redirect every plain-http request to https with 301 or 308 (at the load balancer or proxy), and send HSTS.",
  maxRequests: 1,
  async run(target, http, ctx) {
    if (!target.https)
      return ctx.skip("the target is not https");
    const url = `http://${new URL(target.url).hostname}/`;
    try {
      const response = await http.get(url, { followRedirects: false, anonymous: true });
      const location = response.headers.location ?? "";
      if ([301, 302, 307, 308].includes(response.status) && location.startsWith("https://"))
        return ctx.note(`${response.status} to https`);
      ctx.report({ messageId: "noRedirect", data: { host: new URL(target.url).hostname, status: String(response.status) }, response, evidence: `HTTP ${response.status}` });
    } catch (error) {
      if (error instanceof ProbeTransportError && (error.failure === "refused" || error.failure === "timeout"))
        return ctx.note("port 80 does not answer");
      throw error;
    }
  }
});

// dist/src/probe/checks/probe-reachability.js
var probe_reachability_default = defineProbe({
  id: "probe-reachability",
  category: "reliability",
  severity: "low",
  confidence: "high",
  summary: "The base URL answers HTTP on the same host",
  messages: { serverError: "the base URL answers {{status}}: the server fails before any route runs" },
  fixHint: "Make the base URL answer without a server error (a 404 is fine); check the logs for the failure.",
  maxRequests: 4,
  async run(target, http, ctx) {
    const response = await http.get("/");
    if (response.offHostRedirect) {
      throw new ProbeTransportError("other", `it redirects to another host (${response.offHostRedirect}); probe that URL directly`);
    }
    if (response.redirectLimitReached)
      throw new ProbeTransportError("other", "it redirects more than 3 times (a redirect loop?)");
    ctx.state.root = response;
    if (!response.sent)
      return;
    const server = response.headers.server ?? response.headers["x-powered-by"];
    ctx.note(`HTTP ${response.status}${server ? `, ${server}` : ""}${response.truncated ? `, body cut at ${ctx.options.maxBodyBytes} bytes` : ""}`);
    if (response.status >= 500)
      ctx.report({ messageId: "serverError", data: { status: String(response.status) }, response, evidence: `HTTP ${response.status}` });
  }
});

// dist/src/probe/checks/probe-security-headers.js
var probe_security_headers_default = defineProbe({
  id: "probe-security-headers",
  category: "security",
  severity: "low",
  confidence: "high",
  summary: "JSON answers send nosniff and no-store, https sends HSTS, HTML sends a CSP",
  messages: {
    noNosniff: "JSON from {{path}} comes without X-Content-Type-Options: nosniff",
    cacheable: "JSON from {{path}} comes without Cache-Control: no-store, so proxies and browsers may keep it",
    noHsts: "https answers from {{path}} come without Strict-Transport-Security",
    noCsp: "the HTML page {{path}} comes without a Content-Security-Policy"
  },
  fixHint: "Add the headers in one middleware (helmet for Node, secure or a Starlette middleware for Python), with Cache-Control: no-store on API answers.",
  maxRequests: 0,
  async run(target, http, ctx) {
    const seen = ctx.state.responses.filter((response) => response.sent && isSuccess(response));
    const json = seen.filter(isJsonResponse);
    const html = seen.filter(isHtmlResponse);
    if (json.length === 0 && html.length === 0)
      return ctx.skip("no successful JSON or HTML answer to read");
    const first = (responses, missing) => responses.find(missing);
    const noSniff = first(json, (r) => !/nosniff/i.test(r.headers["x-content-type-options"] ?? ""));
    if (noSniff)
      ctx.report({ messageId: "noNosniff", data: { path: pathOf(noSniff.url) }, response: noSniff, evidence: `HTTP ${noSniff.status} without x-content-type-options` });
    const cacheable = first(json, (r) => !/no-store/i.test(r.headers["cache-control"] ?? ""));
    if (cacheable) {
      ctx.report({ messageId: "cacheable", data: { path: pathOf(cacheable.url) }, response: cacheable, evidence: `HTTP ${cacheable.status} cache-control: ${cacheable.headers["cache-control"] ?? "(none)"}`, confidence: "medium" });
    }
    if (target.https) {
      const noHsts = first(seen, (r) => r.url.startsWith("https:") && !r.headers["strict-transport-security"]);
      if (noHsts)
        ctx.report({ messageId: "noHsts", data: { path: pathOf(noHsts.url) }, response: noHsts, evidence: `HTTP ${noHsts.status} without strict-transport-security` });
    }
    const noCsp = first(html, (r) => !r.headers["content-security-policy"]);
    if (noCsp)
      ctx.report({ messageId: "noCsp", data: { path: pathOf(noCsp.url) }, response: noCsp, evidence: `HTTP ${noCsp.status} text/html without content-security-policy` });
  }
});

// dist/src/probe/checks/probe-server-banner.js
var probe_server_banner_default = defineProbe({
  id: "probe-server-banner",
  category: "security",
  severity: "info",
  confidence: "high",
  summary: "Answers do not name the server software and its version",
  messages: {
    versioned: "the Server header names software and version ({{banner}})",
    poweredBy: "the X-Powered-By header names the framework ({{banner}})",
    product: "the Server header names the software ({{banner}})"
  },
  fixHint: 'Drop X-Powered-By (app.disable("x-powered-by") or helmet) and the Server version (uvicorn --no-server-header, proxy server_tokens off).',
  maxRequests: 0,
  async run(target, http, ctx) {
    const seen = ctx.state.responses.filter((response) => response.sent);
    if (seen.length === 0)
      return ctx.skip("no answer to read");
    const server = seen.map((response) => ({ response, banner: response.headers.server })).find((entry) => entry.banner);
    if (server?.banner) {
      const versioned = /\d+\.\d+/.test(server.banner);
      ctx.report({
        messageId: versioned ? "versioned" : "product",
        data: { banner: server.banner },
        response: server.response,
        evidence: `server: ${server.banner}`,
        ...versioned ? { severity: "low" } : {}
      });
    }
    const powered = seen.map((response) => ({ response, banner: response.headers["x-powered-by"] })).find((entry) => entry.banner);
    if (powered?.banner)
      ctx.report({ messageId: "poweredBy", data: { banner: powered.banner }, response: powered.response, evidence: `x-powered-by: ${powered.banner}`, severity: "low" });
  }
});

// dist/src/probe/checks/index.js
var PROBE_CHECKS = [
  probe_reachability_default,
  missing_health_endpoint_default,
  missing_readiness_endpoint_default,
  static_health_check_default,
  health_leaks_internals_default,
  api_docs_exposed_default,
  missing_auth_default,
  cors_wildcard_default,
  error_detail_leak_default,
  unbounded_request_input_default,
  probe_a2a_agent_card_default,
  probe_https_redirect_default,
  probe_security_headers_default,
  probe_server_banner_default,
  insecure_cookie_default,
  missing_rate_limit_default
];

// dist/src/probe/session.js
function userAgent() {
  return `agent-harden-probe/${toolVersion()} (+${TOOL_URI})`;
}
function semaphore(limit) {
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= limit)
      await new Promise((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
function bodyBytes(body) {
  if (body === void 0)
    return 0;
  return typeof body === "string" ? Buffer.byteLength(body) : body.totalBytes;
}
function staysOnHost(from, to) {
  return to.hostname === from.hostname && !(from.protocol === "https:" && to.protocol === "http:") && /^https?:$/.test(to.protocol);
}
function createSession(target, options, transport, signal, dryRun) {
  const limit = semaphore(options.concurrency);
  const cache = /* @__PURE__ */ new Map();
  const planned = [];
  const responses = [];
  let used = 0;
  let sighting;
  function isNamedEndpoint(method, url) {
    const path = new URL(url).pathname;
    return options.endpoints.some((endpoint2) => endpoint2.method === method && target.resolve(endpoint2.path) === `${target.origin}${path}`);
  }
  function assertAllowed(method, request, url) {
    if (READ_ONLY_METHODS.has(method))
      return;
    if (method === "POST" && request.bodyCannotValidate)
      return;
    if (options.allowMutating && isNamedEndpoint(method, url))
      return;
    throw new TypeError(`refusing ${method} ${url}: state-changing requests need --allow-mutating and a named --endpoint`);
  }
  async function exchange(check, method, url, request) {
    if (signal.aborted)
      throw new ProbeStop("deadline", "the run deadline passed");
    if (used >= options.budget)
      throw new ProbeStop("budget", `the run's request budget (${options.budget}) is spent`);
    if (check.used >= check.maxRequests)
      throw new ProbeStop("budget", `this check's declared maximum of ${check.maxRequests} requests is spent`);
    used++;
    check.used++;
    const headers = {
      ...request.anonymous ? {} : options.headers,
      ...request.headers,
      "user-agent": userAgent()
    };
    planned.push({ check: check.id, method, url, headerNames: Object.keys(headers).sort(), bodyBytes: bodyBytes(request.body) });
    const started = performance.now();
    if (dryRun) {
      return { method, url, status: 404, headers: {}, setCookies: [], body: "", truncated: false, durationMs: 0, redirectLimitReached: false, sent: false };
    }
    const raw = await limit(() => transport.send({ method, url, headers, body: request.body, signal, maxBodyBytes: options.maxBodyBytes }));
    return { method, url, ...raw, durationMs: Math.round(performance.now() - started), redirectLimitReached: false, sent: true };
  }
  async function follow(check, request) {
    const method = (request.method ?? "GET").toUpperCase();
    let url = target.resolve(request.path);
    if (new URL(url).hostname !== new URL(target.url).hostname)
      throw new TypeError(`refusing ${url}: checks only call the target host`);
    assertAllowed(method, request, url);
    const canFollow = request.followRedirects !== false && READ_ONLY_METHODS.has(method);
    for (let hop = 0; ; hop++) {
      const response = await exchange(check, method, url, request);
      const location = response.headers.location;
      if (!canFollow || !REDIRECT_STATUSES.has(response.status) || !location)
        return response;
      const next = new URL(location, url);
      if (!staysOnHost(new URL(url), next))
        return { ...response, offHostRedirect: next.href };
      if (hop === MAX_REDIRECTS)
        return { ...response, redirectLimitReached: true };
      url = next.href;
    }
  }
  return {
    get used() {
      return used;
    },
    planned,
    responses,
    get rateLimitSighting() {
      return sighting;
    },
    clientFor(check) {
      const counter = { id: check.id, maxRequests: check.maxRequests, used: 0 };
      async function request(request2) {
        const method = (request2.method ?? "GET").toUpperCase();
        const cacheable = (method === "GET" || method === "HEAD") && request2.body === void 0;
        const key = JSON.stringify([method, target.resolve(request2.path), request2.headers ?? {}, !!request2.anonymous, request2.followRedirects !== false]);
        let pending = cacheable ? cache.get(key) : void 0;
        if (!pending) {
          pending = follow(counter, request2);
          if (cacheable) {
            cache.set(key, pending);
            pending.catch(() => cache.delete(key));
          }
          const response = await pending;
          responses.push(response);
          if (response.sent && !check.expectsRateLimit && (response.status === 429 || response.headers["retry-after"] !== void 0)) {
            sighting ??= { check: check.id, url: response.url, status: response.status };
            throw new ProbeStop("backoff", `the server answered ${response.status}${response.headers["retry-after"] ? " with Retry-After" : ""}; backed off`);
          }
          return response;
        }
        return pending;
      }
      return {
        request,
        get: (path, options2) => request({ ...options2, path, method: "GET" }),
        get used() {
          return counter.used;
        },
        get remaining() {
          return Math.max(0, Math.min(counter.maxRequests - counter.used, options.budget - used));
        }
      };
    }
  };
}

// dist/src/probe/target.js
function parseTarget(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`"${raw}" is not a URL; give the server's base URL, e.g. http://127.0.0.1:8000`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`only http:// and https:// targets can be probed, not ${url.protocol}//`);
  }
  if (url.username || url.password) {
    throw new UsageError("remove the credentials from the URL and pass them with --header (they are never printed)");
  }
  url.hash = "";
  url.search = "";
  const basePath = url.pathname.replace(/\/+$/, "");
  return {
    url: url.href,
    origin: url.origin,
    basePath,
    https: url.protocol === "https:",
    host: url.host,
    resolve(path) {
      if (/^https?:\/\//.test(path))
        return path;
      return `${url.origin}${basePath}${path.startsWith("/") ? path : `/${path}`}`;
    }
  };
}

// dist/src/probe/transport.js
import { Readable } from "node:stream";
var CHUNK = 64 * 1024;
async function* generate(body) {
  yield Buffer.from(body.prefix);
  const chunk = Buffer.from(body.fill.repeat(Math.ceil(CHUNK / body.fill.length)).slice(0, CHUNK));
  for (let sent = body.prefix.length; sent < body.totalBytes; sent += chunk.length) {
    yield sent + chunk.length <= body.totalBytes ? chunk : chunk.subarray(0, body.totalBytes - sent);
  }
}
function normaliseHeaders(raw) {
  const headers = {};
  let setCookies = [];
  for (const [name, value] of Object.entries(raw)) {
    if (value === void 0)
      continue;
    const key = name.toLowerCase();
    if (key === "set-cookie")
      setCookies = Array.isArray(value) ? value : [value];
    else
      headers[key] = Array.isArray(value) ? value.join(", ") : value;
  }
  return { headers, setCookies };
}
function errorCodes(error) {
  const codes = [];
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === "string")
      codes.push(current.code);
    if (typeof current.name === "string")
      codes.push(current.name);
    current = current.cause;
  }
  return codes;
}
function classify(error, url, timedOut, deadline) {
  const codes = errorCodes(error);
  const has = (pattern) => codes.some((code) => pattern.test(code));
  const where = new URL(url).host;
  const fail = (failure, message2) => new ProbeTransportError(failure, message2);
  if (deadline)
    return fail("deadline", "the run deadline passed before the server answered");
  if (timedOut || has(/^UND_ERR_(HEADERS|BODY|CONNECT)_TIMEOUT$/))
    return fail("timeout", `${where} did not answer within the per-request timeout`);
  if (has(/^ECONNREFUSED$/))
    return fail("refused", `connection refused by ${where}; is the server running and listening on that port?`);
  if (has(/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/))
    return fail("dns", `cannot resolve ${new URL(url).hostname}; check the host name`);
  if (has(/^HPE_HEADER_OVERFLOW$/) || has(/^UND_ERR_HEADERS_OVERFLOW$/)) {
    return fail("not-http", `${where} answered with more header bytes than a client accepts (16 KiB)`);
  }
  if (has(/^HPE_/) || has(/^HTTPParserError$/)) {
    return fail("not-http", `${where} answered with something that is not HTTP (a TLS port probed with http://, or another protocol)`);
  }
  if (has(/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/))
    return fail("tls-certificate", `the TLS certificate of ${where} is not trusted`);
  if (has(/^ERR_SSL_|^EPROTO$/))
    return fail("tls", `TLS handshake with ${where} failed; if the port serves plain HTTP, use http://`);
  if (has(/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/))
    return fail("reset", `${where} closed or reset the connection before a complete answer`);
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return fail("other", `request to ${where} failed (${codes[0] ?? "error"}: ${message})`);
}
async function createUndiciTransport(options) {
  const { Agent, request } = await import("undici");
  const agent = new Agent({
    connections: options.concurrency,
    pipelining: 1,
    connect: { timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    keepAliveTimeout: 2e3
  });
  return {
    async send({ method, url, headers, body, signal, maxBodyBytes }) {
      const timeout = AbortSignal.timeout(options.timeoutMs);
      const combined = AbortSignal.any([signal, timeout]);
      try {
        const response = await request(url, {
          method,
          headers,
          body: body === void 0 ? void 0 : typeof body === "string" ? body : Readable.from(generate(body)),
          signal: combined,
          dispatcher: agent
        });
        const { headers: responseHeaders, setCookies } = normaliseHeaders(response.headers);
        const chunks = [];
        let size = 0;
        let truncated = false;
        if (method !== "HEAD") {
          for await (const chunk of response.body) {
            const room = maxBodyBytes - size;
            if (chunk.length > room) {
              chunks.push(chunk.subarray(0, room));
              truncated = true;
              break;
            }
            chunks.push(chunk);
            size += chunk.length;
          }
        }
        if (!response.body.readableEnded)
          response.body.destroy();
        return { status: response.statusCode, headers: responseHeaders, setCookies, body: Buffer.concat(chunks).toString("utf8"), truncated };
      } catch (error) {
        throw classify(error, url, timeout.aborted && !signal.aborted, signal.aborted);
      }
    },
    async close() {
      await agent.destroy();
    }
  };
}

// dist/src/probe/run.js
var GATE_CHECK = "probe-reachability";
var NO_TRANSPORT = {
  send: () => Promise.reject(new Error("--dry-run sends nothing")),
  close: async () => {
  }
};
function describeProbe(check) {
  const shared = !check.id.startsWith("probe-");
  return {
    id: check.id,
    category: check.category,
    severity: check.severity,
    confidence: check.confidence,
    summary: check.summary,
    fixHint: check.fixHint,
    seeds: [],
    languages: [],
    helpUri: shared ? `${DOCS_BASE_URL}/${check.id}.md` : `${DOCS_BASE_URL.replace(/\/rules$/, "/docs")}/probe.md#checks`
  };
}
function toFinding(check, report) {
  const template = check.messages[report.messageId];
  if (template === void 0)
    throw new TypeError(`probe ${check.id} reported unknown messageId "${report.messageId}"`);
  const data = report.data ?? {};
  const { method, url } = report.response;
  return {
    ruleId: check.id,
    messageId: report.messageId,
    data,
    message: interpolate(template, data, check.id),
    severity: report.severity ? maxSeverity(check.severity, report.severity) : check.severity,
    confidence: report.confidence ?? check.confidence,
    category: check.category,
    location: { file: url, line: 1, column: 1, endLine: 1, endColumn: 1 },
    snippet: `${method} ${url} \u2192 ${report.evidence}`,
    fixHint: check.fixHint,
    fixable: false,
    fingerprint: "",
    source: "probe",
    http: { method, url }
  };
}
function statusOf(findings, warned) {
  if (findings.some((finding) => atLeast(finding.severity, "medium")))
    return "fail";
  return findings.length > 0 || warned ? "warn" : "pass";
}
var SCORE_STATUS = {
  pass: "pass",
  warn: "pass",
  fail: "fail",
  skipped: "not-applicable",
  incomplete: "not-applicable"
};
async function probe({ url, options, dryRun = false }) {
  const started = performance.now();
  const target = parseTarget(url);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), options.deadlineMs);
  const deadlinePassed = new Promise((_, reject) => {
    deadline.signal.addEventListener("abort", () => reject(new ProbeStop("deadline", "the run deadline passed")), { once: true });
  });
  deadlinePassed.catch(() => {
  });
  const transport = dryRun ? NO_TRANSPORT : await createUndiciTransport({ concurrency: options.concurrency, timeoutMs: options.timeoutMs });
  const session = createSession(target, options, transport, deadline.signal, dryRun);
  const state = { routes: [], responses: session.responses };
  const findings = [];
  const outcomes = [];
  try {
    for (const check of PROBE_CHECKS) {
      const maxRequests = maxRequestsOf(check, options);
      const outcome = { id: check.id, summary: check.summary, status: "pass", requests: 0, maxRequests };
      outcomes.push(outcome);
      if (options.disabledChecks.has(check.id)) {
        Object.assign(outcome, { status: "skipped", note: "turned off in the config file" });
        continue;
      }
      if (deadline.signal.aborted) {
        Object.assign(outcome, { status: "incomplete", note: "not run: the run deadline passed" });
        continue;
      }
      const http = session.clientFor({ id: check.id, maxRequests, expectsRateLimit: check.expectsRateLimit });
      const reported = [];
      const notes = [];
      let skipped;
      let warned = false;
      const ctx = {
        report: (report) => reported.push(toFinding(check, report)),
        skip: (reason) => {
          skipped = reason;
        },
        warn: (note) => {
          warned = true;
          notes.push(note);
        },
        note: (text) => notes.push(text),
        sleep: (ms) => Promise.race([new Promise((resolve) => setTimeout(resolve, ms)), deadlinePassed]),
        state,
        options
      };
      try {
        await Promise.race([check.run(target, http, ctx), deadlinePassed]);
        outcome.status = skipped !== void 0 ? "skipped" : statusOf(reported, warned);
        if (skipped !== void 0)
          notes.unshift(skipped);
      } catch (error) {
        if (check.id === GATE_CHECK && (error instanceof ProbeTransportError || error instanceof ProbeStop)) {
          throw new UsageError(`cannot probe ${target.url}: ${error.message}`);
        }
        if (!(error instanceof ProbeStop || error instanceof ProbeTransportError))
          throw error;
        outcome.status = "incomplete";
        notes.unshift(error.message);
      }
      outcome.requests = http.used;
      if (notes.length > 0)
        outcome.note = notes.join("; ");
      findings.push(...reported);
    }
  } finally {
    clearTimeout(timer);
    await transport.close();
  }
  findings.sort(compareFindings);
  assignFingerprints(findings);
  const rules = PROBE_CHECKS.map((check) => describeProbe(check));
  const checks = Object.fromEntries(outcomes.map((outcome) => [outcome.id, SCORE_STATUS[outcome.status]]));
  const result = {
    kind: "probe",
    findings,
    score: computeScore(rules, checks, findings),
    rules,
    checks,
    summary: {
      target: target.url,
      requests: session.used,
      budget: options.budget,
      durationMs: Math.round(performance.now() - started),
      probeChecks: outcomes
    }
  };
  return { result, planned: session.planned };
}

// dist/src/cli/probe-action.js
function formatPlan(target, planned, budget) {
  const rows = [];
  for (const request of planned) {
    const last = rows.at(-1);
    if (last && last.request.check === request.check && last.request.method === request.method && last.request.url === request.url)
      last.times++;
    else
      rows.push({ request, times: 1 });
  }
  const width = Math.max(0, ...planned.map((request) => request.check.length));
  const lines = rows.map(({ request, times }) => {
    const body = request.bodyBytes > 0 ? `  (${request.bodyBytes} byte body)` : "";
    return `  ${request.check.padEnd(width)}  ${request.method.padEnd(7)} ${request.url}${times > 1 ? ` \xD7${times}` : ""}${body}`;
  });
  const headerNames = [...new Set(planned.flatMap((request) => request.headerNames))].sort();
  return [
    `Dry run: at most ${planned.length} requests to ${target} (budget ${budget}); nothing was sent.`,
    ...lines,
    `Headers sent (names only): ${headerNames.join(", ")}`,
    ""
  ].join("\n");
}
async function runProbeCommand(url, flags) {
  const render = await rendererFor(flags.format);
  const loaded = await loadAuditConfig({ paths: ["."], configFile: flags.config });
  const options = resolveProbeOptions(flags, parseProbeConfig(loaded.config.probe, loaded.file));
  const { result, planned } = await probe({ url, options, dryRun: flags.dryRun });
  if (flags.dryRun) {
    process.stdout.write(formatPlan(result.summary.target, planned, options.budget));
    return EXIT.ok;
  }
  const gate = evaluateGate(result, {
    failOn: flags.failOn ?? loaded.config.failOn ?? "high",
    minConfidence: flags.minConfidence ?? loaded.config.minConfidence ?? "medium"
  });
  const report = render(result, { color: !flags.output && useColor(flags.color) });
  if (flags.output)
    writeFileAtomic(flags.output, report);
  else
    await writeToStdout(report);
  return gate.passed ? EXIT.ok : EXIT.gateFailed;
}
export {
  runProbeCommand
};
//# sourceMappingURL=chunk-WPWMHJES.js.map
