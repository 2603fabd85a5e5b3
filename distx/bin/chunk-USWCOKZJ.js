import {
  METADATA_FILE,
  PYTHON_FIXERS,
  TYPESCRIPT_FIXERS,
  applyChanges,
  applyEdits,
  confirm,
  conflictMessage,
  defineFixer,
  ensureImport,
  importInsertionOffset,
  lineEndAfter,
  readMetadata,
  recoverInterruptedApply,
  resolveInside,
  resolvePlan,
  tsSourceFile,
  unifiedDiff,
  withPythonTree
} from "./chunk-UORI6Y4J.js";
import {
  audit,
  isCodeKind
} from "./chunk-XIWPFLSK.js";
import "./chunk-KNFCEM4Y.js";
import "./chunk-WRLAY6UH.js";
import {
  firstSyntaxError,
  firstSyntaxError2,
  loadPythonParser,
  parsePython,
  parseTypeScript
} from "./chunk-PPTL4YM3.js";
import {
  loadRules
} from "./chunk-WYGLH33U.js";
import "./chunk-JA4UPIMU.js";
import {
  EXIT,
  UsageError
} from "./chunk-MTL4NPGF.js";
import {
  JSON_STRING_BOUNDS,
  ZOD_BOUNDED_FORMATS,
  ZOD_BOUNDS,
  ZOD_OBJECTS,
  flaskBodyLimitValue,
  modelFields,
  moneyActionOfName,
  sensitiveValueKind,
  sizeInBytes
} from "./chunk-X5CN6JYH.js";
import {
  agentCallKind,
  constantNumber,
  inMainGuard,
  isLogCall,
  underDeadline
} from "./chunk-PPZQD3HO.js";
import {
  nameWords
} from "./chunk-V6FMGJSC.js";
import {
  lineFeedStarts,
  loadTypeScript
} from "./chunk-JQ7ZJZHD.js";
import {
  toolVersion
} from "./chunk-X2RKU2FG.js";
import "./chunk-AOFGELH4.js";
import "./chunk-6B4KTA3T.js";
import "./chunk-PZ5AY32C.js";

// dist/src/fix/run.js
import { posix as posix3, resolve } from "node:path";
import { readFileSync, existsSync } from "node:fs";

// dist/src/fix/python-hardening-fixers.js
var REDACTED = "[REDACTED]";
var AGENT_RUN_TIMEOUT = "AGENT_RUN_TIMEOUT_SECONDS";
var AGENT_MAX_OUTPUT_TOKENS = "AGENT_MAX_OUTPUT_TOKENS";
var ADK_AGENTS = /* @__PURE__ */ new Set(["google.adk.agents.Agent", "google.adk.agents.LlmAgent", "google.adk.agents.llm_agent.LlmAgent", "google.adk.agents.llm_agent.Agent", "google.adk.Agent"]);
var SERVER_STARTERS = /* @__PURE__ */ new Set(["uvicorn.run", "hypercorn.run", "waitress.serve"]);
var BIND_ALL = /* @__PURE__ */ new Set(["0.0.0.0", "::", "[::]", ""]);
function line(node) {
  return node.startPosition.row + 1;
}
function calls(root) {
  return root.descendantsOfType("call").filter((node) => !!node);
}
function statementOf(node) {
  let current = node;
  while (current && current.parent && current.parent.type !== "block" && current.parent.type !== "module")
    current = current.parent;
  return current && current.parent ? current : void 0;
}
function enclosingFunction(node) {
  for (let current = node.parent; current; current = current.parent)
    if (current.type === "function_definition")
      return current;
  return void 0;
}
function moduleDefinition(tree, file, text, name, definition) {
  if (file.moduleAssignments.has(name) || tree.rootNode.namedChildren.some((child) => child?.type === "function_definition" && child.childForFieldName("name")?.text === name))
    return [];
  const at = importInsertionOffset(tree, text);
  return [{ start: at, end: at, text: `
${definition}
` }];
}
function ensureFromImport(tree, file, text, module, name) {
  if (file.imports.get(name) === `${module}.${name}`)
    return [];
  const at = importInsertionOffset(tree, text);
  return [{ start: at, end: at, text: `from ${module} import ${name}
` }];
}
function hasMultilineString(statement) {
  return statement.descendantsOfType("string").some((node) => !!node && node.startPosition.row !== node.endPosition.row);
}
var pythonAgentDeadline = defineFixer({
  id: "python-agent-run-deadline",
  ruleId: "agent-run-without-timeout",
  language: "python",
  summary: `agent run in a request handler \u2192 inside \`async with asyncio.timeout(${AGENT_RUN_TIMEOUT})\` (env, default 120 s; Python 3.11+)`,
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      const wrapped = /* @__PURE__ */ new Set();
      for (const call of calls(tree.rootNode)) {
        if (agentCallKind(call, file) !== "agent")
          continue;
        const fn = enclosingFunction(call);
        if (!fn || fn.child(0)?.type !== "async" || underDeadline(call, file, fn))
          continue;
        const statement = statementOf(call);
        if (!statement || statement.parent?.type === "module" || wrapped.has(statement.id) || hasMultilineString(statement))
          continue;
        wrapped.add(statement.id);
        const lineStart = text.lastIndexOf("\n", statement.startIndex - 1) + 1;
        const end = lineEndAfter(text, statement.endIndex);
        const indent = text.slice(lineStart, statement.startIndex);
        const body = text.slice(lineStart, end).split("\n").map((row) => row.trim() === "" ? row : `    ${row}`).join("\n");
        repairs.push({
          line: line(call),
          description: `deadline ${AGENT_RUN_TIMEOUT} (asyncio.timeout)`,
          edits: [
            { start: lineStart, end, text: `${indent}async with asyncio.timeout(${AGENT_RUN_TIMEOUT}):
${body}${end === text.length && !body.endsWith("\n") ? "\n" : ""}` },
            ...moduleDefinition(tree, file, text, AGENT_RUN_TIMEOUT, `# Upper bound on one agent run; a looping agent or stuck tool fails the request instead of holding it.
${AGENT_RUN_TIMEOUT} = float(os.getenv("${AGENT_RUN_TIMEOUT}", "120"))`),
            ...ensureImport(tree, file, text, "os"),
            ...ensureImport(tree, file, text, "asyncio")
          ]
        });
      }
      return repairs;
    });
  }
});
function genaiTypes(tree, file, text) {
  for (const [local, qualified] of file.imports)
    if (qualified === "google.genai.types")
      return { name: local, edits: [] };
  const at = importInsertionOffset(tree, text);
  return { name: "genai_types", edits: [{ start: at, end: at, text: "from google.genai import types as genai_types\n" }] };
}
var pythonAgentOutputCap = defineFixer({
  id: "python-agent-output-cap",
  ruleId: "unbounded-llm-output",
  language: "python",
  summary: `ADK Agent without a generation config \u2192 \`generate_content_config\` with \`max_output_tokens\` from ${AGENT_MAX_OUTPUT_TOKENS} (default 2048)`,
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (!ADK_AGENTS.has(file.calleeName(call) ?? "") || file.hasSplatKeywords(call) || file.hasKeywordArgument(call, "generate_content_config"))
          continue;
        const types = genaiTypes(tree, file, text);
        const argumentList = call.childForFieldName("arguments");
        const last = argumentList.namedChildren.filter((child) => !!child && child.type !== "comment").pop();
        const value = `generate_content_config=${types.name}.GenerateContentConfig(max_output_tokens=int(os.getenv("${AGENT_MAX_OUTPUT_TOKENS}", "2048")))`;
        let edit;
        if (last && last.startPosition.row !== call.startPosition.row) {
          const indent = text.slice(text.lastIndexOf("\n", last.startIndex - 1) + 1, last.startIndex);
          const trailingComma = text.slice(last.endIndex, argumentList.endIndex).trimStart().startsWith(",");
          edit = trailingComma ? { start: lineEndAfter(text, last.endIndex), end: lineEndAfter(text, last.endIndex), text: `${indent}${value},
` } : { start: last.endIndex, end: last.endIndex, text: `,
${indent}${value}` };
        } else {
          edit = last ? { start: last.endIndex, end: last.endIndex, text: `, ${value}` } : { start: argumentList.endIndex - 1, end: argumentList.endIndex - 1, text: value };
        }
        repairs.push({ line: line(call), description: `max_output_tokens from ${AGENT_MAX_OUTPUT_TOKENS}`, edits: [edit, ...types.edits, ...ensureImport(tree, file, text, "os")] });
      }
      return repairs;
    });
  }
});
function sensitiveName(node, file) {
  if (node.type === "identifier")
    return !!sensitiveValueKind(node.text);
  if (node.type === "attribute")
    return !!sensitiveValueKind(node.childForFieldName("attribute")?.text ?? "");
  if (node.type === "subscript") {
    const key = file.stringValue(node.childForFieldName("subscript"));
    return key !== void 0 && !!sensitiveValueKind(key);
  }
  return false;
}
var pythonRedactLogged = defineFixer({
  id: "python-redact-logged-secret",
  ruleId: "sensitive-data-logged",
  language: "python",
  summary: "a credential or card value in a log message \u2192 `[REDACTED]` (f-string field or argument)",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (!isLogCall(call, file))
          continue;
        const edits = [];
        for (const argument of call.childForFieldName("arguments")?.namedChildren ?? []) {
          if (!argument)
            continue;
          if (argument.type === "string") {
            const fields = argument.namedChildren.filter((child) => child?.type === "interpolation");
            const secret = fields.filter((field) => {
              const expression = field.childForFieldName("expression") ?? field.namedChild(0);
              return !!expression && sensitiveName(expression, file);
            });
            for (const field of secret)
              edits.push({ start: field.startIndex, end: field.endIndex, text: REDACTED });
            if (secret.length > 0 && secret.length === fields.length && !/\{\{|\}\}/.test(argument.text)) {
              const prefix = /^[A-Za-z]*/.exec(argument.text)[0];
              const f = prefix.search(/[fF]/);
              if (f !== -1)
                edits.push({ start: argument.startIndex + f, end: argument.startIndex + f + 1, text: "" });
            }
          } else if (sensitiveName(argument, file)) {
            edits.push({ start: argument.startIndex, end: argument.endIndex, text: JSON.stringify(REDACTED) });
          }
        }
        if (edits.length > 0)
          repairs.push({ line: line(call), description: "sensitive values redacted from the log line", edits });
      }
      return repairs;
    });
  }
});
var OUTBOUND_GUARD = "is_allowed_outbound_url";
var HTTP_CALL = /^(?:requests|httpx)\.(?:get|post|put|patch|delete|head|options|request|stream)$|(?:client|session|http)\.(?:get|post|put|patch|delete|head|options|stream)$/i;
var OUTBOUND_HELPER = `# Hosts the server may fetch on a caller's behalf (SSRF guard); empty by default: nothing is fetched until configured.
OUTBOUND_URL_ALLOWLIST = frozenset(host.strip().lower() for host in os.getenv("OUTBOUND_URL_ALLOWLIST", "").split(",") if host.strip())


def ${OUTBOUND_GUARD}(url: object) -> bool:
    """https URLs whose host is in OUTBOUND_URL_ALLOWLIST; private and metadata addresses are refused unless listed."""
    if not isinstance(url, str):
        return False
    parts = urlsplit(url)
    return parts.scheme == "https" and (parts.hostname or "") in OUTBOUND_URL_ALLOWLIST
`;
var pythonOutboundAllowlist = defineFixer({
  id: "python-outbound-url-allowlist",
  ruleId: "unvalidated-outbound-url",
  language: "python",
  summary: "request-supplied URL fetched without a check \u2192 refused unless https and its host is in OUTBOUND_URL_ALLOWLIST",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      const guarded = /* @__PURE__ */ new Set();
      for (const call of calls(tree.rootNode)) {
        const url = file.keywordArgument(call, "url") ?? file.positionalArguments(call)[0];
        if (url?.type !== "identifier" || !HTTP_CALL.test(file.calleeName(call) ?? ""))
          continue;
        const statement = statementOf(call);
        if (!statement || statement.parent?.type !== "block" || guarded.has(statement.id))
          continue;
        const scope = enclosingFunction(call) ?? tree.rootNode;
        if (calls(scope).some((candidate) => file.calleeName(candidate) === OUTBOUND_GUARD && candidate.childForFieldName("arguments")?.namedChildren.some((argument) => argument?.text === url.text)))
          continue;
        guarded.add(statement.id);
        const lineStart = text.lastIndexOf("\n", statement.startIndex - 1) + 1;
        const indent = text.slice(lineStart, statement.startIndex);
        repairs.push({
          line: line(call),
          description: "URL checked against OUTBOUND_URL_ALLOWLIST before the request",
          edits: [
            { start: lineStart, end: lineStart, text: `${indent}if not ${OUTBOUND_GUARD}(${url.text}):
${indent}    raise ValueError("refusing to fetch a URL whose host is not in OUTBOUND_URL_ALLOWLIST")
` },
            ...moduleDefinition(tree, file, text, OUTBOUND_GUARD, OUTBOUND_HELPER),
            ...ensureImport(tree, file, text, "os"),
            ...ensureFromImport(tree, file, text, "urllib.parse", "urlsplit")
          ]
        });
      }
      return repairs;
    });
  }
});
var pythonBindFromEnv = defineFixer({
  id: "python-bind-from-env",
  ruleId: "hardcoded-bind-config",
  language: "python",
  summary: "`uvicorn.run(host=\u2026, port=\u2026)` literals \u2192 HOST / PORT / LOG_LEVEL from the environment, the literal as default",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (!SERVER_STARTERS.has(file.calleeName(call) ?? ""))
          continue;
        const edits = [];
        const host = file.keywordArgument(call, "host");
        const hostValue = file.literal(host);
        if (host && typeof hostValue === "string" && !BIND_ALL.has(hostValue))
          edits.push({ start: host.startIndex, end: host.endIndex, text: `os.getenv("HOST", ${host.text})` });
        const port = file.keywordArgument(call, "port");
        if (port && typeof file.literal(port) === "number")
          edits.push({ start: port.startIndex, end: port.endIndex, text: `int(os.getenv("PORT", ${port.text}))` });
        const level = file.keywordArgument(call, "log_level");
        if (level && typeof file.literal(level) === "string")
          edits.push({ start: level.startIndex, end: level.endIndex, text: `os.getenv("LOG_LEVEL", ${level.text})` });
        if (edits.length > 0)
          repairs.push({ line: line(call), description: "bind settings from the environment", edits: [...edits, ...ensureImport(tree, file, text, "os")] });
      }
      return repairs;
    });
  }
});
var pythonDocsOff = defineFixer({
  id: "python-api-docs-off",
  ruleId: "api-docs-exposed",
  language: "python",
  summary: '`FastAPI()` serving /docs everywhere \u2192 docs and schema only when APP_DOCS is "true"',
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const call of calls(tree.rootNode)) {
        if (!/^fastapi(?:\.applications)?\.FastAPI$/.test(file.calleeName(call) ?? "") || file.hasSplatKeywords(call) || inMainGuard(call))
          continue;
        if (["openapi_url", "docs_url", "redoc_url"].some((name) => file.hasKeywordArgument(call, name)))
          continue;
        const argumentList = call.childForFieldName("arguments");
        const last = argumentList.namedChildren.filter((child) => !!child && child.type !== "comment").pop();
        const value = 'openapi_url="/openapi.json" if os.getenv("APP_DOCS", "false").lower() == "true" else None';
        const at = last ? last.endIndex : argumentList.endIndex - 1;
        repairs.push({ line: line(call), description: 'API docs only when APP_DOCS is "true"', edits: [{ start: at, end: at, text: last ? `, ${value}` : value }, ...ensureImport(tree, file, text, "os")] });
      }
      return repairs;
    });
  }
});
var PYTHON_HARDENING_FIXERS = [pythonAgentDeadline, pythonAgentOutputCap, pythonRedactLogged, pythonOutboundAllowlist, pythonBindFromEnv, pythonDocsOff];

// dist/src/fix/python-idempotency.js
import { posix } from "node:path";
var DECORATOR = "idempotent_tool";
function moduleSpecifier(path, module) {
  const name = posix.basename(module.path, ".py");
  if (!module.inPackage)
    return name;
  if (posix.dirname(path) === posix.dirname(module.path))
    return `.${name}`;
  return module.path.replace(/\.py$/, "").split("/").join(".");
}
function decoratorImport(path, module, file, tree, text) {
  const bound = file.imports.get(DECORATOR);
  if (bound !== void 0)
    return bound.endsWith(`.${DECORATOR}`) ? [] : void 0;
  const at = importInsertionOffset(tree, text);
  return [{ start: at, end: at, text: `from ${moduleSpecifier(path, module)} import ${DECORATOR}
` }];
}
var pythonIdempotentTool = defineFixer({
  id: "python-idempotent-tool",
  ruleId: "missing-idempotency",
  language: "python",
  summary: "`scaffold idempotency` first; an ADK agent tool that pays or orders \u2192 `@idempotent_tool`: a repeated call in the same session with the same arguments returns the first result",
  async find({ path, text, idempotencyModule }) {
    if (!idempotencyModule || idempotencyModule.path === path)
      return [];
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      const imports = decoratorImport(path, idempotencyModule, file, tree, text);
      if (!imports)
        return repairs;
      for (const statement of tree.rootNode.namedChildren) {
        const definition = statement?.type === "function_definition" ? statement : statement?.type === "decorated_definition" ? statement.namedChildren.find((child) => child?.type === "function_definition") : void 0;
        const name = definition?.childForFieldName("name")?.text;
        if (!definition || !name || !moneyActionOfName(name))
          continue;
        if (file.decorators(definition).some((decorator) => (decorator.type === "call" ? decorator.childForFieldName("function") : decorator)?.text === DECORATOR))
          continue;
        const lineStart = text.lastIndexOf("\n", definition.startIndex - 1) + 1;
        repairs.push({
          line: file.definitionAnchor(definition).startPosition.row + 1,
          description: `${name}: repeated calls with the same arguments in a session return the first result`,
          edits: [{ start: lineStart, end: lineStart, text: `@${DECORATOR}
` }, ...imports]
        });
      }
      return repairs;
    });
  }
});
var PYTHON_IDEMPOTENCY_FIXERS = [pythonIdempotentTool];

// dist/src/fix/request-field-limits.js
var PROMPT_CHARS = 1e4;
var IDENTIFIER_CHARS = 256;
var URL_CHARS = 2048;
var OTHER_CHARS = 1e3;
var LIST_ITEMS = 100;
var PROMPT_WORDS = /* @__PURE__ */ new Set([
  "query",
  "prompt",
  "message",
  "text",
  "content",
  "input",
  "question",
  "instruction",
  "instructions",
  "body",
  "context",
  "description",
  "comment",
  "comments",
  "note",
  "notes",
  "answer",
  "feedback",
  "summary",
  "document",
  "system",
  "request",
  "task",
  "goal",
  "details"
]);
var IDENTIFIER_WORDS = /* @__PURE__ */ new Set([
  "id",
  "ids",
  "uuid",
  "key",
  "name",
  "username",
  "user",
  "email",
  "session",
  "thread",
  "conversation",
  "model",
  "role",
  "type",
  "kind",
  "language",
  "lang",
  "locale",
  "slug",
  "code",
  "status",
  "sku",
  "currency",
  "country",
  "phone",
  "title",
  "tag",
  "label",
  "mode",
  "version"
]);
var URL_WORDS = /* @__PURE__ */ new Set(["url", "uri", "link", "href", "endpoint", "callback", "webhook"]);
function fieldLimit(name, shape) {
  if (shape === "list")
    return LIST_ITEMS;
  const words = nameWords(name);
  const last = words.at(-1) ?? "";
  if (URL_WORDS.has(last))
    return URL_CHARS;
  if (IDENTIFIER_WORDS.has(last))
    return IDENTIFIER_CHARS;
  if (words.some((word) => PROMPT_WORDS.has(word)))
    return PROMPT_CHARS;
  return OTHER_CHARS;
}
function limitLiteral(limit) {
  return limit.toLocaleString("en-US").replace(/,/g, "_");
}
var LIMITS_SUMMARY = `prompt text ${PROMPT_CHARS}, ids ${IDENTIFIER_CHARS}, URLs ${URL_CHARS}, other strings ${OTHER_CHARS}, lists ${LIST_ITEMS} items`;

// dist/src/fix/python-request-limits.js
var FIELD_FUNCTIONS = /^(?:pydantic(?:\.fields)?|sqlmodel)\.Field$/;
var MIB = 1024 * 1024;
function fieldName(tree, file, text) {
  for (const [local, qualified] of file.imports)
    if (FIELD_FUNCTIONS.test(qualified))
      return { name: local, edits: [] };
  for (const [local, qualified] of file.imports)
    if (qualified === "pydantic")
      return { name: `${local}.Field`, edits: [] };
  if (file.imports.has("Field") || file.moduleAssignments.has("Field"))
    return void 0;
  const fromPydantic = tree.rootNode.namedChildren.find((child) => child?.type === "import_from_statement" && child.childForFieldName("module_name")?.text === "pydantic" && !child.namedChildren.some((name) => name?.type === "wildcard_import"));
  const names = fromPydantic?.childrenForFieldName("name").filter((child) => !!child) ?? [];
  if (names.length > 0) {
    const last = names[names.length - 1];
    return { name: "Field", edits: [{ start: last.endIndex, end: last.endIndex, text: ", Field" }] };
  }
  const at = importInsertionOffset(tree, text);
  return { name: "Field", edits: [{ start: at, end: at, text: "from pydantic import Field\n" }] };
}
function usesPydanticV1(file) {
  const qualified = [...file.imports.values()];
  return qualified.some((name) => name.startsWith("pydantic.v1") || name === "pydantic.validator" || name === "pydantic.root_validator") && !qualified.includes("pydantic.field_validator");
}
function fieldCall(field, file) {
  const value = field.assignment.childForFieldName("right");
  if (value?.type === "call" && FIELD_FUNCTIONS.test(file.calleeName(value) ?? ""))
    return value;
  const type = field.assignment.childForFieldName("type");
  return type?.descendantsOfType("call").find((call) => !!call && FIELD_FUNCTIONS.test(file.calleeName(call) ?? ""));
}
function limitOf(field) {
  return fieldLimit(field.name, field.shape === "list" ? "list" : "string");
}
function boundField(field, file, spelling, keyword) {
  const bound = `${keyword}=${limitLiteral(limitOf(field))}`;
  const call = fieldCall(field, file);
  if (call) {
    if (file.hasSplatKeywords(call))
      return void 0;
    const argumentList = call.childForFieldName("arguments");
    const last = argumentList.namedChildren.filter((child) => !!child && child.type !== "comment").pop();
    return last ? { start: last.endIndex, end: last.endIndex, text: `, ${bound}` } : { start: argumentList.endIndex - 1, end: argumentList.endIndex - 1, text: bound };
  }
  const value = field.assignment.childForFieldName("right");
  if (value)
    return { start: value.startIndex, end: value.endIndex, text: `${spelling}(default=${value.text}, ${bound})` };
  const type = field.assignment.childForFieldName("type");
  return { start: type.endIndex, end: type.endIndex, text: ` = ${spelling}(${bound})` };
}
var pythonRequestFieldLimits = defineFixer({
  id: "python-request-field-limits",
  ruleId: "unbounded-request-input",
  language: "python",
  summary: `request body model field without a size bound \u2192 \`Field(max_length=\u2026)\` (${LIMITS_SUMMARY}), default and Field arguments kept`,
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      const spelling = fieldName(tree, file, text);
      if (!spelling)
        return repairs;
      const listKeyword = usesPydanticV1(file) ? "max_items" : "max_length";
      for (const definition of tree.rootNode.descendantsOfType("class_definition")) {
        if (!definition || !definition.childForFieldName("superclasses"))
          continue;
        const edits = [];
        const bounded = [];
        for (const field of modelFields(definition, file)) {
          if (!field.shape || field.bounded)
            continue;
          const edit = boundField(field, file, spelling.name, field.shape === "list" ? listKeyword : "max_length");
          if (!edit)
            continue;
          edits.push(edit);
          bounded.push(`${field.name} \u2264 ${limitOf(field)}${field.shape === "list" ? " items" : ""}`);
        }
        if (edits.length === 0)
          continue;
        const anchor = file.definitionAnchor(definition);
        const needsImport = edits.some((edit) => edit.text.includes(`${spelling.name}(`));
        repairs.push({ line: anchor.startPosition.row + 1, description: `size limits: ${bounded.join(", ")}`, edits: [...edits, ...needsImport ? spelling.edits : []] });
      }
      return repairs;
    });
  }
});
var pythonFlaskBodyLimit = defineFixer({
  id: "python-flask-body-limit",
  ruleId: "unbounded-request-input",
  language: "python",
  summary: "Flask `MAX_CONTENT_LENGTH` above 1 MiB \u2192 `1024 * 1024` (raise it only on an app that takes uploads)",
  async find({ text }) {
    return withPythonTree(text, (tree, file) => {
      const repairs = [];
      for (const node of [...tree.rootNode.descendantsOfType("assignment"), ...tree.rootNode.descendantsOfType("call")]) {
        const value = node && flaskBodyLimitValue(node, file);
        const bytes = value ? constantNumber(value, file) : void 0;
        if (!node || !value || bytes === void 0 || bytes <= MIB)
          continue;
        repairs.push({ line: node.startPosition.row + 1, description: "MAX_CONTENT_LENGTH back to 1 MiB", edits: [{ start: value.startIndex, end: value.endIndex, text: "1024 * 1024" }] });
      }
      return repairs;
    });
  }
});
var PYTHON_REQUEST_LIMIT_FIXERS = [pythonRequestFieldLimits, pythonFlaskBodyLimit];

// dist/src/fix/typescript-hardening-fixers.js
import { posix as posix2 } from "node:path";
var REDACTED2 = "'[REDACTED]'";
var GENERIC_ERROR = "'Internal server error'";
var CONSOLE_LEVELS = /* @__PURE__ */ new Map([["log", "info"], ["info", "info"], ["debug", "debug"], ["trace", "trace"], ["warn", "warn"], ["error", "error"]]);
var RESPONSE_MEMBERS = /* @__PURE__ */ new Set(["json", "send", "end", "write", "text", "html", "body"]);
var LEAKING_PROPERTIES = /* @__PURE__ */ new Set(["message", "stack", "cause"]);
var DROPPED_PROPERTIES = /* @__PURE__ */ new Set(["stack", "cause"]);
var NOISE_KEYS = /* @__PURE__ */ new Set(["secret", "key", "password", "token"]);
function lineOf(file, position) {
  return file.getLineAndColumnAtPos(position).line;
}
function indentOf(file, node) {
  const text = file.getFullText();
  const lineStart = text.lastIndexOf("\n", node.getStart() - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))[0];
}
function loggerImport(input, file, morph) {
  if (!input.loggerModule || input.loggerModule === input.path)
    return void 0;
  const relative = posix2.relative(posix2.dirname(input.path), input.loggerModule).replace(/\.[cm]?tsx?$/, "");
  const local = relative.startsWith(".") ? relative : `./${relative}`;
  const relativeImports = file.getImportDeclarations().map((declaration) => declaration.getModuleSpecifierValue()).filter((specifier2) => specifier2.startsWith("."));
  const specifier = relativeImports.length > 0 && !relativeImports.some((value) => /\.[cm]?js$/.test(value)) ? local : `${local}.js`;
  const existing = file.getImportDeclarations().find((declaration) => declaration.getModuleSpecifierValue() === specifier);
  const named = existing?.getNamedImports() ?? [];
  if (named.some((specifier2) => specifier2.getName() === "logger" && !specifier2.getAliasNode()))
    return { edits: [] };
  if (file.getDescendantsOfKind(morph.SyntaxKind.Identifier).some((identifier) => identifier.getText() === "logger"))
    return void 0;
  if (named.length > 0)
    return { edits: [{ start: named[0].getStart(), end: named[0].getStart(), text: "logger, " }] };
  const imports = file.getImportDeclarations();
  const at = imports.length > 0 ? imports[imports.length - 1].getEnd() : 0;
  return { edits: [{ start: at, end: at, text: imports.length > 0 ? `
import { logger } from '${specifier}';` : `import { logger } from '${specifier}';
` }] };
}
function isConsoleCall(call, morph) {
  const callee = call.getExpression();
  if (!morph.Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== "console")
    return void 0;
  return CONSOLE_LEVELS.get(callee.getName());
}
var typescriptConsoleToLogger = defineFixer({
  id: "typescript-console-to-logger",
  ruleId: "print-logging",
  language: "typescript",
  summary: "`console.*(...)` \u2192 the pino `logger` that `scaffold logging` wrote (format arguments as `%o`)",
  async find(input) {
    const { file, morph } = await tsSourceFile(input.path, input.text);
    const logger = loggerImport(input, file, morph);
    if (!logger)
      return [];
    const repairs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      const level = isConsoleCall(call, morph);
      const args = call.getArguments();
      if (!level || args.length === 0 || args.some((argument) => morph.Node.isSpreadElement(argument)))
        continue;
      const [first, ...rest] = args;
      let argumentsText;
      if (rest.length === 0)
        argumentsText = first.getText();
      else if (morph.Node.isStringLiteral(first) || morph.Node.isNoSubstitutionTemplateLiteral(first)) {
        const message = first.getLiteralText().replace(/%/g, "%%");
        argumentsText = [`'${`${message}${" %o".repeat(rest.length)}`.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`, ...rest.map((argument) => argument.getText())].join(", ");
      } else
        continue;
      repairs.push({ line: lineOf(file, call.getStart()), description: `console \u2192 logger.${level}`, edits: [{ start: call.getStart(), end: call.getEnd(), text: `logger.${level}(${argumentsText})` }, ...logger.edits] });
    }
    return repairs;
  }
});
function sensitiveExpression(node, morph) {
  if (morph.Node.isIdentifier(node))
    return !!sensitiveValueKind(node.getText());
  if (morph.Node.isPropertyAccessExpression(node))
    return node.getName() === "headers" ? /^(?:req|request|ctx\.request|c\.req)$/.test(node.getExpression().getText()) : !!sensitiveValueKind(node.getName());
  if (morph.Node.isElementAccessExpression(node)) {
    const key = node.getArgumentExpression();
    return !!key && (morph.Node.isStringLiteral(key) || morph.Node.isNoSubstitutionTemplateLiteral(key)) && !!sensitiveValueKind(key.getLiteralText());
  }
  return false;
}
function isLogOrConsole(call, morph) {
  const callee = call.getExpression();
  if (!morph.Node.isPropertyAccessExpression(callee))
    return false;
  const receiver = callee.getExpression().getText();
  return (receiver === "console" || /(?:^|\.)(?:log|logger|_logger)$/i.test(receiver)) && ["log", "info", "warn", "error", "debug", "trace", "fatal"].includes(callee.getName());
}
var typescriptRedactLogged = defineFixer({
  id: "typescript-redact-logged-secret",
  ruleId: "sensitive-data-logged",
  language: "typescript",
  summary: "a credential, header set or card value passed to a log call \u2192 `'[REDACTED]'`",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      if (!isLogOrConsole(call, morph))
        continue;
      const edits = [];
      for (const argument of call.getArguments()) {
        if (sensitiveExpression(argument, morph))
          edits.push({ start: argument.getStart(), end: argument.getEnd(), text: REDACTED2 });
        else if (morph.Node.isTemplateExpression(argument)) {
          for (const span of argument.getTemplateSpans()) {
            const expression = span.getExpression();
            if (sensitiveExpression(expression, morph))
              edits.push({ start: text.lastIndexOf("${", expression.getStart()), end: text.indexOf("}", expression.getEnd()) + 1, text: "[REDACTED]" });
          }
        }
      }
      if (edits.length > 0)
        repairs.push({ line: lineOf(file, call.getStart()), description: "sensitive values redacted from the log line", edits });
    }
    return repairs;
  }
});
function errorScopes(file, morph) {
  const scopes = [];
  for (const clause of file.getDescendantsOfKind(morph.SyntaxKind.CatchClause)) {
    const declaration = clause.getVariableDeclaration();
    const name = declaration && morph.Node.isIdentifier(declaration.getNameNode()) ? declaration.getName() : void 0;
    scopes.push({ name, body: clause.getBlock(), clause });
  }
  for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    const member = morph.Node.isPropertyAccessExpression(callee) ? callee.getName() : void 0;
    const handler = call.getArguments().find((argument) => morph.Node.isArrowFunction(argument) || morph.Node.isFunctionExpression(argument));
    if (!handler || !(morph.Node.isArrowFunction(handler) || morph.Node.isFunctionExpression(handler)))
      continue;
    const parameters = handler.getParameters();
    const isErrorHandler = member === "setErrorHandler" || member === "onError" || member === "use" && parameters.length === 4;
    if (isErrorHandler && parameters[0] && morph.Node.isIdentifier(parameters[0].getNameNode()))
      scopes.push({ name: parameters[0].getName(), body: handler.getBody() });
  }
  return scopes;
}
function isLeak(node, name, morph) {
  const inner = morph.Node.isAsExpression(node) || morph.Node.isParenthesizedExpression(node) || morph.Node.isNonNullExpression(node) ? node.getExpression() : node;
  if (morph.Node.isIdentifier(inner))
    return inner.getText() === name;
  if (morph.Node.isPropertyAccessExpression(inner))
    return inner.getExpression().getText() === name && LEAKING_PROPERTIES.has(inner.getName());
  if (morph.Node.isCallExpression(inner)) {
    const callee = inner.getExpression().getText();
    return callee === "String" && inner.getArguments().some((argument) => argument.getText() === name) || callee === `${name}.toString`;
  }
  if (morph.Node.isTemplateExpression(inner))
    return inner.getTemplateSpans().some((span) => isLeak(span.getExpression(), name, morph));
  return false;
}
function isClientError(call, morph) {
  for (let current = call.getExpression(); morph.Node.isPropertyAccessExpression(current); ) {
    const inner = current.getExpression();
    if (!morph.Node.isCallExpression(inner))
      break;
    const callee = inner.getExpression();
    if (morph.Node.isPropertyAccessExpression(callee) && ["status", "code"].includes(callee.getName())) {
      const code = Number(inner.getArguments()[0]?.getText());
      if (code >= 400 && code < 500)
        return true;
    }
    current = callee;
  }
  return call.getArguments().slice(1).some((argument) => {
    const code = Number(argument.getText());
    return code >= 400 && code < 500;
  });
}
function removeProperty(object, index) {
  const properties = object.getProperties();
  const property = properties[index];
  if (index < properties.length - 1)
    return { start: property.getStart(), end: properties[index + 1].getStart(), text: "" };
  if (index > 0)
    return { start: properties[index - 1].getEnd(), end: property.getEnd(), text: "" };
  return { start: property.getStart(), end: property.getEnd(), text: "" };
}
var typescriptGenericErrorBody = defineFixer({
  id: "typescript-generic-error-body",
  ruleId: "error-detail-leak",
  language: "typescript",
  summary: "`res.json({ error: err.message, stack: err.stack })` \u2192 `{ error: 'Internal server error' }` (stack and cause dropped)",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    for (const scope of errorScopes(file, morph)) {
      if (!scope.name)
        continue;
      for (const call of scope.body.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
        const callee = call.getExpression();
        if (!morph.Node.isPropertyAccessExpression(callee) || !RESPONSE_MEMBERS.has(callee.getName()) || isClientError(call, morph))
          continue;
        const edits = [];
        let first;
        for (const argument of call.getArguments()) {
          if (isLeak(argument, scope.name, morph)) {
            first ??= argument.getStart();
            edits.push({ start: argument.getStart(), end: argument.getEnd(), text: GENERIC_ERROR });
            continue;
          }
          if (!morph.Node.isObjectLiteralExpression(argument))
            continue;
          argument.getProperties().forEach((property, index) => {
            if (!morph.Node.isPropertyAssignment(property))
              return;
            const value = property.getInitializerOrThrow();
            if (!isLeak(value, scope.name, morph))
              return;
            first ??= value.getStart();
            edits.push(DROPPED_PROPERTIES.has(property.getName()) && index > 0 ? removeProperty(argument, index) : { start: value.getStart(), end: value.getEnd(), text: GENERIC_ERROR });
          });
        }
        if (first !== void 0)
          repairs.push({ line: lineOf(file, first), description: "generic error message", edits });
      }
    }
    return repairs;
  }
});
var typescriptCatchLogged = defineFixer({
  id: "typescript-catch-logged",
  ruleId: "broad-exception-handler",
  language: "typescript",
  summary: "a `catch` that neither logs nor rethrows (or is empty) \u2192 `logger.error({ err }, \u2026)` first, through the generated logger",
  async find(input) {
    const { file, morph } = await tsSourceFile(input.path, input.text);
    const logger = loggerImport(input, file, morph);
    if (!logger)
      return [];
    const repairs = [];
    for (const clause of file.getDescendantsOfKind(morph.SyntaxKind.CatchClause)) {
      const block = clause.getBlock();
      const logs = block.getDescendantsOfKind(morph.SyntaxKind.CallExpression).some((call) => isLogOrConsole(call, morph));
      if (logs || block.getDescendantsOfKind(morph.SyntaxKind.ThrowStatement).length > 0)
        continue;
      const declaration = clause.getVariableDeclaration();
      if (declaration && !morph.Node.isIdentifier(declaration.getNameNode()))
        continue;
      const name = declaration?.getName() ?? "error";
      const indent = indentOf(file, clause.getParentOrThrow());
      const log = `logger.error({ ${name === "err" ? "err" : `err: ${name}`} }, 'request failed');`;
      const edits = [...logger.edits];
      if (!declaration) {
        const open = block.getStart();
        edits.push({ start: open, end: open, text: `(${name}) ` });
      }
      const statements = block.getStatements();
      if (statements.length === 0)
        edits.push({ start: block.getStart(), end: block.getEnd(), text: `{
${indent}  ${log}
${indent}}` });
      else {
        const first = statements[0];
        edits.push({ start: first.getStart(), end: first.getStart(), text: `${log}
${indentOf(file, first)}` });
      }
      repairs.push({ line: lineOf(file, clause.getStart()), description: "the error is logged", edits });
    }
    return repairs;
  }
});
function environmentName(key, call) {
  const snake = key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase();
  const callee = call?.getExpression().getText().split(".").pop();
  return NOISE_KEYS.has(key.toLowerCase()) && callee && /^[A-Za-z_]\w*$/.test(callee) ? `${callee.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}_${snake}` : snake;
}
var REQUIRED_ENV = `/** A setting that must come from the environment; missing, the process fails at start-up rather than run with a default. */
function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(\`\${name} must be set\`);
  return value;
}`;
var typescriptSecretFromEnv = defineFixer({
  id: "typescript-secret-from-env",
  ruleId: "hardcoded-secret",
  language: "typescript",
  summary: "a literal secret in an options object (`secret: 'keyboard cat'`) \u2192 `requiredEnv('SESSION_SECRET')`, failing at start-up when unset",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    const helperDeclared = file.getFunctions().some((fn) => fn.getName() === "requiredEnv");
    const imports = file.getImportDeclarations();
    const at = imports.length > 0 ? imports[imports.length - 1].getEnd() : 0;
    const helper = helperDeclared ? [] : [{ start: at, end: at, text: at === 0 ? `${REQUIRED_ENV}

` : `

${REQUIRED_ENV}` }];
    for (const property of file.getDescendantsOfKind(morph.SyntaxKind.PropertyAssignment)) {
      const value = property.getInitializer();
      if (!value || !(morph.Node.isStringLiteral(value) || morph.Node.isNoSubstitutionTemplateLiteral(value)))
        continue;
      const key = property.getName().replace(/^['"]|['"]$/g, "");
      if (!sensitiveValueKind(key))
        continue;
      const call = property.getParent()?.getParent();
      const name = environmentName(key, call && morph.Node.isCallExpression(call) ? call : void 0);
      repairs.push({ line: lineOf(file, value.getStart()), description: `read from ${name}`, edits: [{ start: value.getStart(), end: value.getEnd(), text: `requiredEnv('${name}')` }, ...helper] });
    }
    return repairs;
  }
});
function portExpression(node, morph) {
  return morph.Node.isNumericLiteral(node) || (morph.Node.isStringLiteral(node) || morph.Node.isNoSubstitutionTemplateLiteral(node)) && /^\d+$/.test(node.getLiteralText());
}
var typescriptListenFromEnv = defineFixer({
  id: "typescript-port-from-env",
  ruleId: "hardcoded-bind-config",
  language: "typescript",
  summary: "`app.listen(3000)` / `listen({ port: 3000 })` / `serve({ port: 3000 })` \u2192 `Number(process.env.PORT ?? 3000)`",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      const callee = call.getExpression();
      const isListen = morph.Node.isPropertyAccessExpression(callee) && callee.getName() === "listen";
      const isServe = morph.Node.isIdentifier(callee) && callee.getText() === "serve";
      if (!isListen && !isServe)
        continue;
      const first = call.getArguments()[0];
      let port;
      if (first && morph.Node.isObjectLiteralExpression(first)) {
        const property = first.getProperty("port");
        port = property && morph.Node.isPropertyAssignment(property) ? property.getInitializer() : void 0;
      } else if (isListen)
        port = first;
      if (!port || !portExpression(port, morph))
        continue;
      repairs.push({ line: lineOf(file, call.getStart()), description: "port from PORT", edits: [{ start: port.getStart(), end: port.getEnd(), text: `Number(process.env.PORT ?? ${port.getText()})` }] });
    }
    return repairs;
  }
});
var typescriptOutputCap = defineFixer({
  id: "typescript-llm-output-cap",
  ruleId: "unbounded-llm-output",
  language: "typescript",
  summary: "`*.chat.completions.create({...})` without a token cap \u2192 `max_completion_tokens` from LLM_MAX_OUTPUT_TOKENS (default 1024)",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      if (!/\.chat\.completions\.create$/.test(call.getExpression().getText()))
        continue;
      const options = call.getArguments()[0];
      if (!options || !morph.Node.isObjectLiteralExpression(options))
        continue;
      const properties = options.getProperties();
      if (properties.some((property) => morph.Node.isSpreadAssignment(property) || ["max_tokens", "max_completion_tokens"].includes(property.getName?.() ?? "")))
        continue;
      const value = "max_completion_tokens: Number(process.env.LLM_MAX_OUTPUT_TOKENS ?? 1024)";
      const last = properties.at(-1);
      let edit;
      if (!last)
        edit = { start: options.getStart() + 1, end: options.getStart() + 1, text: ` ${value} ` };
      else if (lineOf(file, last.getStart()) !== lineOf(file, options.getStart())) {
        const trailing = text.slice(last.getEnd(), options.getEnd()).trimStart().startsWith(",");
        const comma = text.indexOf(",", last.getEnd()) + 1;
        edit = trailing ? { start: comma, end: comma, text: `
${indentOf(file, last)}${value},` } : { start: last.getEnd(), end: last.getEnd(), text: `,
${indentOf(file, last)}${value},` };
      } else
        edit = { start: last.getEnd(), end: last.getEnd(), text: `, ${value}` };
      repairs.push({ line: lineOf(file, call.getStart()), description: "output-token cap", edits: [edit] });
    }
    return repairs;
  }
});
var TYPESCRIPT_HARDENING_FIXERS = [typescriptRedactLogged, typescriptGenericErrorBody, typescriptCatchLogged, typescriptConsoleToLogger, typescriptSecretFromEnv, typescriptListenFromEnv, typescriptOutputCap];

// dist/src/fix/typescript-schema-limits.js
var MAX_DEPTH = 5;
function zodNames(file) {
  const names = /* @__PURE__ */ new Set();
  for (const declaration of file.getImportDeclarations()) {
    if (!/^zod(?:\/v[34])?$/.test(declaration.getModuleSpecifierValue()))
      continue;
    for (const named of declaration.getNamedImports())
      if (named.getName() === "z")
        names.add(named.getAliasNode()?.getText() ?? "z");
    const namespace = declaration.getNamespaceImport() ?? declaration.getDefaultImport();
    if (namespace)
      names.add(namespace.getText());
  }
  return names;
}
function zodChain(expression, zod, morph) {
  const calls2 = [];
  let current = expression;
  while (morph.Node.isCallExpression(current)) {
    calls2.unshift(current);
    const callee = current.getExpression();
    if (!morph.Node.isPropertyAccessExpression(callee))
      return void 0;
    const receiver = callee.getExpression();
    if (morph.Node.isIdentifier(receiver) && zod.has(receiver.getText()))
      return { kind: callee.getName(), calls: calls2 };
    current = receiver;
  }
  return void 0;
}
function memberName(call, morph) {
  const callee = call.getExpression();
  return morph.Node.isPropertyAccessExpression(callee) ? callee.getName() : "";
}
function zodEdits(expression, name, zod, morph, depth) {
  const chain = depth <= MAX_DEPTH ? zodChain(expression, zod, morph) : void 0;
  if (!chain)
    return [];
  const [root, ...members] = chain.calls;
  if (ZOD_OBJECTS.has(chain.kind)) {
    const shape2 = root.getArguments()[0];
    if (!shape2 || !morph.Node.isObjectLiteralExpression(shape2))
      return [];
    return shape2.getProperties().flatMap((property) => {
      if (!morph.Node.isPropertyAssignment(property))
        return [];
      return zodEdits(property.getInitializerOrThrow(), property.getName().replace(/^['"]|['"]$/g, ""), zod, morph, depth + 1);
    });
  }
  const edits = [];
  if (chain.kind === "array" && root.getArguments()[0])
    edits.push(...zodEdits(root.getArguments()[0], name, zod, morph, depth + 1));
  if (chain.kind !== "string" && chain.kind !== "array")
    return edits;
  let shape = chain.kind === "string" ? "string" : "list";
  let start = root;
  let bounded = false;
  const close = () => {
    if (!bounded)
      edits.push({ start: start.getEnd(), end: start.getEnd(), text: `.max(${limitLiteral(fieldLimit(name, shape))})` });
  };
  for (const call of members) {
    const member = memberName(call, morph);
    if (member === "array") {
      close();
      shape = "list";
      start = call;
      bounded = false;
    } else if (ZOD_BOUNDS.has(member) || shape === "string" && ZOD_BOUNDED_FORMATS.has(member))
      bounded = true;
  }
  close();
  return edits;
}
function resolveObject(node, file, morph) {
  let current = node;
  for (let hops = 0; current && hops < 3; hops++) {
    if (morph.Node.isAsExpression(current) || morph.Node.isSatisfiesExpression(current) || morph.Node.isParenthesizedExpression(current))
      current = current.getExpression();
    else if (morph.Node.isIdentifier(current))
      current = file.getVariableDeclaration(current.getText())?.getInitializer();
    else
      break;
  }
  if (current && (morph.Node.isAsExpression(current) || morph.Node.isSatisfiesExpression(current)))
    current = current.getExpression();
  return current && morph.Node.isObjectLiteralExpression(current) ? current : void 0;
}
function literalProperty(object, name, morph) {
  const property = object.getProperty(name);
  const value = property && morph.Node.isPropertyAssignment(property) ? property.getInitializer() : void 0;
  return value && (morph.Node.isStringLiteral(value) || morph.Node.isNoSubstitutionTemplateLiteral(value)) ? value.getLiteralText() : void 0;
}
function addProperty(object, text) {
  const properties = object.getProperties();
  if (properties.length === 0)
    return { start: object.getStart() + 1, end: object.getEnd() - 1, text: ` ${text} ` };
  const last = properties[properties.length - 1];
  return { start: last.getEnd(), end: last.getEnd(), text: `, ${text}` };
}
function jsonSchemaEdits(node, name, file, morph, depth) {
  if (!node || depth > MAX_DEPTH)
    return [];
  if (morph.Node.isCallExpression(node)) {
    const callee = node.getExpression();
    if (!morph.Node.isPropertyAccessExpression(callee) || callee.getExpression().getText() !== "Type")
      return [];
    const [first, second] = node.getArguments();
    switch (callee.getName()) {
      case "Object": {
        const shape2 = first && morph.Node.isObjectLiteralExpression(first) ? first : void 0;
        return shape2 ? shape2.getProperties().flatMap((property) => morph.Node.isPropertyAssignment(property) ? jsonSchemaEdits(property.getInitializer(), property.getName().replace(/^['"]|['"]$/g, ""), file, morph, depth + 1) : []) : [];
      }
      case "Optional":
        return jsonSchemaEdits(first, name, file, morph, depth + 1);
      case "String": {
        const limit = `maxLength: ${limitLiteral(fieldLimit(name, "string"))}`;
        if (!first)
          return [{ start: node.getEnd() - 1, end: node.getEnd() - 1, text: `{ ${limit} }` }];
        return morph.Node.isObjectLiteralExpression(first) && !first.getProperty("maxLength") && !first.getProperty("format") ? [addProperty(first, limit)] : [];
      }
      case "Array": {
        const edits = jsonSchemaEdits(first, name, file, morph, depth + 1);
        const limit = `maxItems: ${limitLiteral(fieldLimit(name, "list"))}`;
        if (!second)
          edits.push({ start: first.getEnd(), end: first.getEnd(), text: `, { ${limit} }` });
        else if (morph.Node.isObjectLiteralExpression(second) && !second.getProperty("maxItems"))
          edits.push(addProperty(second, limit));
        return edits;
      }
      default:
        return [];
    }
  }
  const schema = morph.Node.isObjectLiteralExpression(node) ? node : void 0;
  if (!schema)
    return [];
  const type = literalProperty(schema, "type", morph);
  if (type === "string")
    return JSON_STRING_BOUNDS.some((key) => schema.getProperty(key)) ? [] : [addProperty(schema, `maxLength: ${limitLiteral(fieldLimit(name, "string"))}`)];
  if (type === "array") {
    const items = schema.getProperty("items");
    const edits = items && morph.Node.isPropertyAssignment(items) ? jsonSchemaEdits(items.getInitializer(), name, file, morph, depth + 1) : [];
    if (!schema.getProperty("maxItems"))
      edits.push(addProperty(schema, `maxItems: ${limitLiteral(fieldLimit(name, "list"))}`));
    return edits;
  }
  const properties = schema.getProperty("properties");
  const shape = properties && morph.Node.isPropertyAssignment(properties) ? properties.getInitializer() : void 0;
  if (!shape || !morph.Node.isObjectLiteralExpression(shape))
    return [];
  return shape.getProperties().flatMap((property) => morph.Node.isPropertyAssignment(property) ? jsonSchemaEdits(property.getInitializer(), property.getName().replace(/^['"]|['"]$/g, ""), file, morph, depth + 1) : []);
}
var typescriptSchemaLimits = defineFixer({
  id: "typescript-request-schema-limits",
  ruleId: "unbounded-request-input",
  language: "typescript",
  summary: `zod request schema (\`z.string()\`, \`z.array()\`) \u2192 \`.max(\u2026)\`; Fastify JSON schema / TypeBox body \u2192 \`maxLength\`/\`maxItems\` (${LIMITS_SUMMARY})`,
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    const line2 = (node) => file.getLineAndColumnAtPos(node.getStart()).line;
    const zod = zodNames(file);
    if (zod.size > 0) {
      for (const declaration of file.getVariableDeclarations()) {
        const initializer = declaration.getInitializer();
        const edits = initializer ? zodEdits(initializer, declaration.getName(), zod, morph, 0) : [];
        if (edits.length > 0)
          repairs.push({ line: line2(declaration), description: `${declaration.getName()}: .max() on unbounded strings and arrays`, edits });
      }
    }
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      const options = call.getArguments().map((argument) => resolveObject(argument, file, morph)).find((object) => object?.getProperty("schema"));
      const schemaProperty = options?.getProperty("schema");
      const schema = schemaProperty && morph.Node.isPropertyAssignment(schemaProperty) ? resolveObject(schemaProperty.getInitializer(), file, morph) : void 0;
      const bodyProperty = schema?.getProperty("body");
      const body = bodyProperty && morph.Node.isPropertyAssignment(bodyProperty) ? bodyProperty.getInitializer() : void 0;
      const edits = jsonSchemaEdits(body && (morph.Node.isIdentifier(body) ? resolveObject(body, file, morph) : body), "body", file, morph, 0);
      if (edits.length > 0)
        repairs.push({ line: line2(call), description: "request body schema: maxLength/maxItems on unbounded fields", edits });
    }
    return repairs;
  }
});

// dist/src/fix/typescript-request-limits.js
var MIB2 = 1024 * 1024;
var DEFAULTS = {
  express: { limit: "'100kb'" },
  "body-parser": { limit: "'100kb'" },
  koa: { jsonLimit: "'1mb'", formLimit: "'56kb'", textLimit: "'1mb'" },
  fastify: { bodyLimit: "1_048_576" },
  hono: { maxSize: "1024 * 1024" }
};
var EXPRESS_PARSERS = /* @__PURE__ */ new Set(["json", "urlencoded", "raw", "text"]);
var KOA_MODULES = /* @__PURE__ */ new Set(["koa-bodyparser", "@koa/bodyparser", "koa-body"]);
function literalBytes(node, morph) {
  if (!node)
    return void 0;
  if (morph.Node.isParenthesizedExpression(node))
    return literalBytes(node.getExpression(), morph);
  if (morph.Node.isNumericLiteral(node))
    return Number(node.getText().replace(/_/g, ""));
  if (morph.Node.isBinaryExpression(node) && node.getOperatorToken().getKind() === morph.SyntaxKind.AsteriskToken) {
    const left = literalBytes(node.getLeft(), morph);
    const right = literalBytes(node.getRight(), morph);
    return left !== void 0 && right !== void 0 ? left * right : void 0;
  }
  if (morph.Node.isStringLiteral(node) || morph.Node.isNoSubstitutionTemplateLiteral(node))
    return sizeInBytes(node.getLiteralText());
  return void 0;
}
function importOf(file, local) {
  for (const declaration of file.getImportDeclarations()) {
    if (declaration.getDefaultImport()?.getText() === local || declaration.getNamespaceImport()?.getText() === local)
      return { declaration, imported: "default" };
    const named = declaration.getNamedImports().find((specifier) => (specifier.getAliasNode()?.getText() ?? specifier.getName()) === local);
    if (named)
      return { declaration, imported: named.getName() };
  }
  return void 0;
}
function parserKind(call, file, morph) {
  const callee = call.getExpression();
  const local = morph.Node.isPropertyAccessExpression(callee) ? callee.getExpression().getText() : callee.getText();
  const source = importOf(file, local);
  const module = source?.declaration.getModuleSpecifierValue();
  if (!source || !module)
    return void 0;
  if (morph.Node.isPropertyAccessExpression(callee)) {
    if (!EXPRESS_PARSERS.has(callee.getName()))
      return void 0;
    return module === "express" ? "express" : module === "body-parser" ? "body-parser" : void 0;
  }
  if (module === "express")
    return EXPRESS_PARSERS.has(source.imported) ? "express" : void 0;
  if (module === "body-parser")
    return source.imported === "default" ? void 0 : EXPRESS_PARSERS.has(source.imported) ? "body-parser" : void 0;
  if (KOA_MODULES.has(module))
    return "koa";
  if (module === "fastify")
    return "fastify";
  if (module === "hono/body-limit" && source.imported === "bodyLimit")
    return "hono";
  return void 0;
}
function resetOptions(options, defaults, morph) {
  const edits = [];
  for (const [option, value] of Object.entries(defaults)) {
    const property = options.getProperty(option);
    if (!property || !morph.Node.isPropertyAssignment(property))
      continue;
    const initializer = property.getInitializer();
    const bytes = literalBytes(initializer, morph);
    if (!initializer || !(bytes !== void 0 ? bytes > MIB2 : morph.Node.isIdentifier(initializer)))
      continue;
    edits.push({ start: initializer.getStart(), end: initializer.getEnd(), text: value });
  }
  return edits;
}
var typescriptBodySizeLimit = defineFixer({
  id: "typescript-body-size-limit",
  ruleId: "unbounded-request-input",
  language: "typescript",
  summary: "body-size limit raised above 1 MiB \u2192 the framework default (express/body-parser '100kb', koa '1mb'/'56kb', Fastify and Next.js 1 MiB, Hono 1 MiB)",
  async find({ path, text }) {
    const { file, morph } = await tsSourceFile(path, text);
    const repairs = [];
    for (const call of file.getDescendantsOfKind(morph.SyntaxKind.CallExpression)) {
      const kind = parserKind(call, file, morph);
      const options = call.getArguments()[0];
      if (!kind || !options || !morph.Node.isObjectLiteralExpression(options))
        continue;
      const edits = resetOptions(options, DEFAULTS[kind], morph);
      if (edits.length > 0)
        repairs.push({ line: file.getLineAndColumnAtPos(call.getStart()).line, description: `${kind} body limit back to ${Object.values(DEFAULTS[kind])[0]}`, edits });
    }
    const config = file.getVariableDeclaration("config");
    const api = config?.getInitializer();
    const parser = api && morph.Node.isObjectLiteralExpression(api) ? api.getProperty("api") : void 0;
    const apiObject = parser && morph.Node.isPropertyAssignment(parser) ? parser.getInitializer() : void 0;
    const bodyParser = apiObject && morph.Node.isObjectLiteralExpression(apiObject) ? apiObject.getProperty("bodyParser") : void 0;
    const bodyObject = bodyParser && morph.Node.isPropertyAssignment(bodyParser) ? bodyParser.getInitializer() : void 0;
    if (config && bodyObject && morph.Node.isObjectLiteralExpression(bodyObject)) {
      const edits = resetOptions(bodyObject, { sizeLimit: "'1mb'" }, morph);
      if (edits.length > 0)
        repairs.push({ line: file.getLineAndColumnAtPos(config.getStart()).line, description: "Next.js bodyParser.sizeLimit back to '1mb'", edits });
    }
    return repairs;
  }
});
var TYPESCRIPT_REQUEST_LIMIT_FIXERS = [typescriptBodySizeLimit, typescriptSchemaLimits];

// dist/src/fix/run.js
var FIXERS = [...PYTHON_FIXERS, ...PYTHON_HARDENING_FIXERS, ...PYTHON_REQUEST_LIMIT_FIXERS, ...PYTHON_IDEMPOTENCY_FIXERS, ...TYPESCRIPT_FIXERS, ...TYPESCRIPT_HARDENING_FIXERS, ...TYPESCRIPT_REQUEST_LIMIT_FIXERS];
var ENV_RULE = "env-file-committed";
var ENV_IGNORE_LINES = [".env", ".env.*", "!.env.example"];
function ignoreEnvFiles(text) {
  const present = new Set((text ?? "").split(/\r?\n/).map((line2) => line2.trim()));
  const missing = ENV_IGNORE_LINES.filter((line2) => !present.has(line2));
  if (missing.length === 0)
    return text;
  const prefix = text === void 0 || text === "" ? "" : text.endsWith("\n") ? `${text}
` : `${text}

`;
  return `${prefix}# Local environment files hold secrets (added by agent-harden fix).
${missing.join("\n")}
`;
}
function uniqueEdits(edits) {
  const seen = /* @__PURE__ */ new Set();
  return edits.filter((edit) => {
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}
function lineShift(text, edits) {
  const lineStarts = lineFeedStarts(text);
  return (line2) => {
    const offset = lineStarts[line2 - 1] ?? text.length;
    let added = 0;
    for (const edit of edits) {
      if (edit.end <= offset && !(edit.start === edit.end && edit.start === offset && !edit.text.endsWith("\n"))) {
        added += (edit.text.match(/\n/g)?.length ?? 0) - (text.slice(edit.start, edit.end).match(/\n/g)?.length ?? 0);
      }
    }
    return line2 + added;
  };
}
async function parsesCleanly(path, text, language) {
  if (language === "python") {
    return !firstSyntaxError(parsePython(await loadPythonParser(), text));
  }
  await loadTypeScript();
  return !firstSyntaxError2(parseTypeScript(path, text));
}
function generatedFiles(root) {
  const metadataPath = resolveInside(root, METADATA_FILE);
  if (!existsSync(metadataPath))
    return [];
  return Object.entries(readMetadata(readFileSync(metadataPath, "utf8"), toolVersion()).files).filter(([path]) => existsSync(resolveInside(root, path)));
}
function generatedTsLogger(files) {
  return files.find(([path, record]) => record.generator === "logging" && /\.[cm]?ts$/.test(path))?.[0];
}
function generatedIdempotencyModule(root, files) {
  const path = files.find(([file, record]) => record.generator === "idempotency" && file.endsWith(".py") && readFileSync(resolveInside(root, file), "utf8").includes("\ndef idempotent_tool("))?.[0];
  return path ? { path, inPackage: existsSync(resolveInside(root, posix3.join(posix3.dirname(path), "__init__.py"))) } : void 0;
}
async function planFix(options) {
  const root = resolve(options.dir ?? ".");
  if (!existsSync(root))
    throw new UsageError(`project directory ${root} does not exist; pass --dir <path>`);
  const known = /* @__PURE__ */ new Set([...FIXERS.map((fixer) => fixer.ruleId), ENV_RULE]);
  for (const id of options.rules ?? [])
    if (!known.has(id))
      throw new UsageError(`no fix for rule "${id}"; fixable rules: ${[...known].sort().join(", ")}`);
  const recovered = recoverInterruptedApply(root);
  const registered = new Set((await loadRules()).map((rule) => rule.id));
  const generated = generatedFiles(root);
  const loggerModule = generatedTsLogger(generated);
  const idempotencyModule = generatedIdempotencyModule(root, generated);
  let model;
  const result = await audit({ paths: ["."], cwd: root, onProject: (project) => model = project });
  const scope = (options.paths ?? []).map((path) => path.replace(/\\/g, "/").replace(/^\.\/|\/$/g, ""));
  const files = model.files.filter((file) => isCodeKind(file.kind) && (scope.length === 0 || scope.some((prefix) => prefix === "." || file.path === prefix || file.path.startsWith(`${prefix}/`))));
  const fixers = FIXERS.filter((fixer) => !options.rules || options.rules.includes(fixer.ruleId));
  const flagged = (ruleId, file) => new Set(result.findings.filter((finding) => finding.ruleId === ruleId && finding.location.file === file).map((finding) => finding.location.line));
  const actions = [];
  const repairs = [];
  const unconfirmed = /* @__PURE__ */ new Set();
  for (const file of files) {
    const original = readFileSync(resolveInside(root, file.path), "utf8");
    let text = original;
    let toCurrent = (line2) => line2;
    const fileRepairs = [];
    for (const fixer of fixers.filter((candidate) => candidate.language === file.kind)) {
      const confirmed = registered.has(fixer.ruleId);
      const lines = new Set([...flagged(fixer.ruleId, file.path)].map(toCurrent));
      const kept = (await fixer.find({ path: file.path, text, loggerModule, idempotencyModule })).filter((repair) => !confirmed || lines.has(repair.line));
      if (kept.length === 0)
        continue;
      if (!confirmed)
        unconfirmed.add(fixer.ruleId);
      const edits = uniqueEdits(kept.flatMap((repair) => repair.edits));
      const shift = lineShift(text, edits);
      const previous = toCurrent;
      toCurrent = (line2) => shift(previous(line2));
      text = applyEdits(text, edits);
      fileRepairs.push(...kept.map((repair) => ({ file: file.path, line: repair.line, ruleId: fixer.ruleId, description: repair.description })));
    }
    if (text === original)
      continue;
    if (!await parsesCleanly(file.path, text, file.kind))
      continue;
    actions.push({ kind: "patch", path: file.path, before: original, after: text, reason: [...new Set(fileRepairs.map((repair) => repair.ruleId))].join(", ") });
    repairs.push(...fileRepairs);
  }
  if (!options.rules || options.rules.includes(ENV_RULE)) {
    const envFiles = result.findings.filter((finding) => finding.ruleId === ENV_RULE).map((finding) => finding.location.file);
    const gitignore = existsSync(resolveInside(root, ".gitignore")) ? readFileSync(resolveInside(root, ".gitignore"), "utf8") : void 0;
    const after = envFiles.length > 0 ? ignoreEnvFiles(gitignore) : gitignore;
    if (after !== void 0 && after !== gitignore) {
      actions.push({ kind: "patch", path: ".gitignore", before: gitignore, after, reason: `${ENV_RULE}; the values were committed: rotate them and \`git rm --cached\` the file` });
      repairs.push(...envFiles.map((file) => ({ file, line: 1, ruleId: ENV_RULE, description: "ignored by .gitignore (rotate the secrets it held)" })));
    }
  }
  return { ...resolvePlan("fix", actions, (path) => {
    const absolute = resolveInside(root, path);
    return existsSync(absolute) ? readFileSync(absolute, "utf8") : void 0;
  }, false), root, repairs, before: result.findings, unconfirmed: [...unconfirmed].sort(), recovered };
}

// dist/src/cli/fix-action.js
async function runFixCommand(paths, flags) {
  const plan = await planFix({ dir: flags.dir, paths, rules: flags.rule });
  if (plan.recovered)
    process.stderr.write(`fix: ${plan.recovered}
`);
  if (plan.conflicts.length > 0)
    throw new UsageError(conflictMessage(plan));
  if (plan.changes.length === 0) {
    process.stdout.write("fix: nothing to fix safely.\n");
    return EXIT.ok;
  }
  const lines = plan.repairs.map((repair) => `  ${repair.file}:${repair.line}  ${repair.ruleId}: ${repair.description}
`).join("");
  process.stdout.write(`fix: ${plan.repairs.length} repair(s) in ${plan.changes.length} file(s):
${lines}
${await unifiedDiff(plan.changes)}`);
  if (plan.unconfirmed.length > 0)
    process.stdout.write(`
note: ${plan.unconfirmed.join(", ")} not in this build; those repairs target every matching call, not audit findings.
`);
  if (flags.dryRun) {
    process.stdout.write("\n--dry-run: nothing was written.\n");
    return EXIT.ok;
  }
  if (!await confirm("Apply these fixes?", flags.yes)) {
    process.stdout.write("Nothing was written.\n");
    return EXIT.ok;
  }
  applyChanges(plan.root, plan.changes);
  const after = await audit({ paths: ["."], cwd: plan.root });
  const fixedIds = new Set(plan.repairs.map((repair) => repair.ruleId));
  const remaining = after.findings.filter((finding) => fixedIds.has(finding.ruleId)).length;
  process.stdout.write(`
Wrote ${plan.changes.length} file(s). Re-audit: ${plan.before.length} \u2192 ${after.findings.length} finding(s); ${remaining} left for the fixed rules. Score ${after.score.overall ?? "n/a"}.
`);
  return EXIT.ok;
}
export {
  runFixCommand
};
//# sourceMappingURL=chunk-USWCOKZJ.js.map
