import {
  nameWords
} from "./chunk-V6FMGJSC.js";
import {
  __export
} from "./chunk-PZ5AY32C.js";

// dist/src/languages/sensitive-names.js
var DESCRIPTIVE_WORDS = /* @__PURE__ */ new Set([
  "id",
  "ids",
  "name",
  "names",
  "arn",
  "path",
  "file",
  "filename",
  "url",
  "uri",
  "endpoint",
  "type",
  "types",
  "kind",
  "count",
  "counts",
  "len",
  "length",
  "size",
  "limit",
  "limits",
  "expiry",
  "expires",
  "expiration",
  "exp",
  "ttl",
  "field",
  "fields",
  "env",
  "var",
  "hash",
  "hashed",
  "digest",
  "sha",
  "sha256",
  "fingerprint",
  "prefix",
  "suffix",
  "last4",
  "masked",
  "redacted",
  "mask",
  "hint",
  "present",
  "provided",
  "required",
  "enabled",
  "configured",
  "valid",
  "invalid",
  "missing",
  "exists",
  "usage",
  "used",
  "policy",
  "rotation",
  "version",
  "format",
  "encoding",
  "budget",
  "max",
  "min",
  "num",
  "total",
  "param",
  "label",
  "placeholder",
  "error",
  "errors",
  "status",
  "scope",
  "scopes",
  "source",
  "location",
  "strength",
  "reset",
  "changed",
  "set",
  "age",
  "issuer",
  "audience",
  "algorithm"
]);
var DESCRIPTIVE_PREFIXES = /* @__PURE__ */ new Set(["is", "has", "use", "should", "needs", "require", "requires", "with", "no", "num", "max", "min"]);
var NON_SECRET_TOKEN_WORDS = /* @__PURE__ */ new Set([
  "page",
  "next",
  "continuation",
  "cursor",
  "pagination",
  "sync",
  "cancellation",
  "cancel",
  "stop",
  "eos",
  "bos",
  "pad",
  "sep",
  "unk",
  "cls",
  "special",
  "start",
  "end",
  "new",
  "first",
  "last",
  "stream",
  "streamed",
  "streaming",
  "generated",
  "output",
  "input",
  "completion",
  "prompt",
  "llm",
  "chunk",
  "text",
  "word",
  "mask",
  "image",
  "audio",
  "reasoning",
  "cached",
  "thinking",
  "vocab",
  "bpe"
]);
var KEY_QUALIFIERS = /* @__PURE__ */ new Set(["api", "secret", "private", "signing", "encryption", "master", "access", "client", "webhook", "hmac", "auth", "service", "admin"]);
var CARD_DETAILS = /* @__PURE__ */ new Set(["number", "no", "num", "data", "details", "info", "cvv", "cvc", "pan", "expiry"]);
var PAYMENT_DETAILS = /* @__PURE__ */ new Set(["data", "info", "details", "instrument", "instruments", "credentials", "card"]);
function sensitiveValueKind(name) {
  const parts = nameWords(name);
  if (parts.length === 0)
    return void 0;
  if (parts.some((part) => DESCRIPTIVE_WORDS.has(part)) || DESCRIPTIVE_PREFIXES.has(parts[0]))
    return void 0;
  const has = (word) => parts.includes(word);
  if (has("password") || has("passwd") || has("passphrase"))
    return "password";
  if (has("cvv") || has("cvv2") || has("cvc"))
    return "card data";
  if (has("cardnumber") || parts.some((part, i) => part === "card" && (i > 0 && parts[i - 1] === "credit" || CARD_DETAILS.has(parts[i + 1] ?? ""))))
    return "card data";
  if (parts.some((part, i) => part === "payment" && PAYMENT_DETAILS.has(parts[i + 1] ?? "")))
    return "payment data";
  if (has("apikey") || parts.some((part, i) => part === "key" && KEY_QUALIFIERS.has(parts[i - 1] ?? "")))
    return "API key";
  if (has("authorization") || has("bearer") || has("auth") && has("header"))
    return "authorization header";
  if (has("token") || has("jwt"))
    return parts.some((part) => NON_SECRET_TOKEN_WORDS.has(part)) ? void 0 : "token";
  if (has("secret") || has("privatekey"))
    return "secret";
  if (has("credentials") || has("credential") || has("creds"))
    return "credentials";
  return void 0;
}

// dist/src/languages/python/field-bounds.js
var field_bounds_exports = {};
__export(field_bounds_exports, {
  flaskBodyLimitValue: () => flaskBodyLimitValue,
  modelFields: () => modelFields
});
var BOUND = /\bmax_length\b|\bmax_items\b|\bmax_len\b|\bMaxLen\(|\bLen\(|\bconstr\([^)]*max_length|\bconlist\([^)]*max_(?:length|items)/;
var WRAPPER = /^(?:typing\.)?(?:Optional|Annotated|Union|Required|NotRequired)\[(.*)\]$/s;
var STRING = /^(?:str|bytes|Text|AnyStr|SecretStr|SecretBytes|constr\(.*\))$/s;
var LIST = /^(?:list|List|Sequence|set|Set|frozenset|FrozenSet|Iterable|conlist\(.*\))(?:\[.*\])?$|^(?:tuple|Tuple)\[.*,\s*\.\.\.\]$/s;
function splitTopLevel(text, separator) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "[" || char === "(")
      depth++;
    else if (char === "]" || char === ")")
      depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}
function fieldShape(annotation) {
  const options = splitTopLevel(annotation, "|").filter((part) => part !== "None");
  for (const option of options) {
    const wrapped = WRAPPER.exec(option);
    if (wrapped) {
      const inner = /^(?:typing\.)?Annotated\[/.test(option) ? [splitTopLevel(wrapped[1], ",")[0]] : splitTopLevel(wrapped[1], ",");
      const shape = inner.filter((part) => part !== "None").map(fieldShape).find(Boolean);
      if (shape)
        return shape;
    } else if (STRING.test(option))
      return "str";
    else if (LIST.test(option))
      return "list";
  }
  return void 0;
}
function resolveAliases(text, file) {
  return text.replace(/\b[A-Za-z_][A-Za-z0-9_]*\b/g, (name) => {
    const assigned = file.moduleAssignments.get(name);
    return assigned && /^(?:subscript|call)$/.test(assigned.type) && assigned.text.length < 400 ? assigned.text : name;
  });
}
function validatedFieldNames(definition, file) {
  const names = /* @__PURE__ */ new Set();
  for (const decorator of file.decorators(definition)) {
    if (decorator.type !== "call" || !/(?:^|\.)(?:field_validator|validator)$/.test(file.calleeName(decorator) ?? ""))
      continue;
    for (const argument of file.positionalArguments(decorator)) {
      const name = file.stringValue(argument);
      if (name)
        names.add(name);
    }
  }
  return names;
}
function modelFields(classDefinition, file) {
  const body = classDefinition.childForFieldName("body");
  if (!body)
    return [];
  let stringsBounded = false;
  const validated = /* @__PURE__ */ new Set();
  const fields = [];
  for (const statement of body.namedChildren) {
    if (!statement)
      continue;
    if (statement.type === "decorated_definition") {
      const inner = statement.namedChildren.find((child) => child?.type === "function_definition");
      if (inner)
        for (const field of validatedFieldNames(inner, file))
          validated.add(field);
      continue;
    }
    if (statement.type === "class_definition" && /\bmax_anystr_length\b/.test(statement.text))
      stringsBounded = true;
    const assignment = statement.type === "expression_statement" ? statement.namedChild(0) : void 0;
    if (!assignment || assignment.type !== "assignment")
      continue;
    const left = assignment.childForFieldName("left")?.text ?? "";
    const value = assignment.childForFieldName("right")?.text ?? "";
    if (left === "model_config" && /\bstr_max_length\b/.test(value))
      stringsBounded = true;
    const type = assignment.childForFieldName("type");
    if (!type || left.startsWith("_") || /\bClassVar\b/.test(type.text))
      continue;
    fields.push({ name: left, assignment, annotation: resolveAliases(type.text, file) });
  }
  return fields.map((field) => {
    const shape = fieldShape(field.annotation);
    const value = field.assignment.childForFieldName("right")?.text ?? "";
    const bounded = validated.has(field.name) || BOUND.test(`${field.annotation} ${value}`) || shape === "str" && stringsBounded;
    return { ...field, shape, bounded };
  });
}
function flaskBodyLimitValue(node, file) {
  if (node.type === "assignment") {
    const left = node.childForFieldName("left");
    if (left?.type !== "subscript" || !/\.config$/.test(left.childForFieldName("value")?.text ?? "") || file.stringValue(left.childForFieldName("subscript")) !== "MAX_CONTENT_LENGTH")
      return void 0;
    return node.childForFieldName("right") ?? void 0;
  }
  if (node.type === "call" && /\.config\.update$/.test(node.childForFieldName("function")?.text ?? ""))
    return file.keywordArgument(node, "MAX_CONTENT_LENGTH") ?? void 0;
  return void 0;
}

// dist/src/languages/request-size.js
var request_size_exports = {};
__export(request_size_exports, {
  JSON_STRING_BOUNDS: () => JSON_STRING_BOUNDS,
  ZOD_BOUNDED_FORMATS: () => ZOD_BOUNDED_FORMATS,
  ZOD_BOUNDS: () => ZOD_BOUNDS,
  ZOD_OBJECTS: () => ZOD_OBJECTS,
  sizeInBytes: () => sizeInBytes
});
var MIB = 1024 * 1024;
var UNITS = { b: 1, kb: 1024, mb: MIB, gb: 1024 * MIB, tb: 1024 * 1024 * MIB };
function sizeInBytes(value) {
  if (typeof value === "number")
    return value;
  if (typeof value !== "string")
    return void 0;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i.exec(value);
  if (!match)
    return void 0;
  return Math.floor(Number(match[1]) * UNITS[(match[2] ?? "b").toLowerCase()]);
}
var ZOD_BOUNDS = /* @__PURE__ */ new Set(["max", "length", "size"]);
var ZOD_BOUNDED_FORMATS = /* @__PURE__ */ new Set(["uuid", "cuid", "cuid2", "ulid", "datetime", "date", "time", "ip", "ipv4", "ipv6", "cidr", "nanoid", "duration"]);
var ZOD_OBJECTS = /* @__PURE__ */ new Set(["object", "strictObject", "looseObject"]);
var JSON_STRING_BOUNDS = ["maxLength", "enum", "const", "format"];

// dist/src/languages/money-actions.js
var money_actions_exports = {};
__export(money_actions_exports, {
  IDEMPOTENCY_EVIDENCE: () => IDEMPOTENCY_EVIDENCE,
  IDEMPOTENCY_WORDS: () => IDEMPOTENCY_WORDS,
  moneyActionOfName: () => moneyActionOfName,
  moneyActionOfPath: () => moneyActionOfPath
});
var MONEY_NOUNS = /* @__PURE__ */ new Map([
  ["order", "order"],
  ["orders", "order"],
  ["payment", "payment"],
  ["payments", "payment"],
  ["charge", "charge"],
  ["charges", "charge"],
  ["checkout", "checkout"],
  ["checkouts", "checkout"],
  ["booking", "booking"],
  ["bookings", "booking"],
  ["reservation", "reservation"],
  ["reservations", "reservation"],
  ["transfer", "transfer"],
  ["transfers", "transfer"],
  ["payout", "payout"],
  ["payouts", "payout"],
  ["refund", "refund"],
  ["refunds", "refund"],
  ["purchase", "purchase"],
  ["purchases", "purchase"],
  ["reimbursement", "reimbursement"],
  ["reimbursements", "reimbursement"]
]);
var MONEY_VERBS = /* @__PURE__ */ new Map([
  ["pay", "payment"],
  ["charge", "charge"],
  ["refund", "refund"],
  ["purchase", "purchase"],
  ["buy", "purchase"],
  ["checkout", "checkout"],
  ["book", "booking"],
  ["reserve", "reservation"],
  ["reimburse", "reimbursement"]
]);
var CREATE_VERBS = /* @__PURE__ */ new Set([
  "create",
  "place",
  "submit",
  "make",
  "start",
  "open",
  "initiate",
  "init",
  "begin",
  "new",
  "add",
  "complete",
  "confirm",
  "finalize",
  "finalise",
  "process",
  "execute",
  "capture",
  "send",
  "issue",
  "request",
  "perform",
  "settle",
  "authorize",
  "authorise"
]);
var TRANSFER_VERBS = /* @__PURE__ */ new Set(["transfer", "send", "wire", "move", "withdraw", "deposit"]);
var TRANSFER_OBJECTS = /* @__PURE__ */ new Set(["funds", "money", "cash", "balance", "payment", "payout"]);
var NOT_CREATING = /* @__PURE__ */ new Set([
  "get",
  "list",
  "lookup",
  "look",
  "find",
  "search",
  "fetch",
  "read",
  "load",
  "show",
  "view",
  "check",
  "status",
  "track",
  "tracking",
  "history",
  "cancel",
  "cancellation",
  "update",
  "edit",
  "modify",
  "remove",
  "delete",
  "validate",
  "validation",
  "verify",
  "estimate",
  "calculate",
  "compute",
  "quote",
  "preview",
  "summary",
  "summarize",
  "details",
  "detail",
  "info",
  "webhook",
  "webhooks",
  "callback",
  "notify",
  "notification",
  "count",
  "export",
  "report",
  "is",
  "has",
  "can",
  "should",
  "format",
  "parse",
  "render",
  "mock",
  "fake",
  "test",
  "schema",
  "model",
  "options",
  "methods"
]);
var CALLING_PREFIXES = /* @__PURE__ */ new Set(["handle", "on", "api", "do", "tool", "async", "run", "route", "endpoint", "action"]);
function actionOf(words) {
  if (words.some((word) => NOT_CREATING.has(word)))
    return void 0;
  let start = 0;
  while (start < words.length - 1 && CALLING_PREFIXES.has(words[start]))
    start++;
  const rest = words.slice(start);
  if (rest.length === 0)
    return void 0;
  const byVerb = MONEY_VERBS.get(rest[0]);
  if (byVerb)
    return byVerb;
  if (TRANSFER_VERBS.has(rest[0]) && rest.some((word) => TRANSFER_OBJECTS.has(word)))
    return "transfer";
  const noun = rest.map((word) => MONEY_NOUNS.get(word)).find(Boolean);
  return noun && rest.some((word) => CREATE_VERBS.has(word)) ? noun : void 0;
}
function moneyActionOfName(name) {
  return actionOf(nameWords(name));
}
function moneyActionOfPath(path) {
  const segments = path.split("/").filter((segment) => segment && !/^[:{<*]/.test(segment) && !/^\[.*\]$/.test(segment));
  const last = segments.at(-1);
  if (!last)
    return void 0;
  const all = segments.flatMap(nameWords);
  if (all.some((word) => NOT_CREATING.has(word)))
    return void 0;
  const lastWords = nameWords(last);
  const byName = actionOf(lastWords);
  if (byName)
    return byName;
  const collection = lastWords.map((word) => MONEY_NOUNS.get(word)).find(Boolean);
  if (collection)
    return collection;
  if (lastWords.some((word) => CREATE_VERBS.has(word)))
    return all.map((word) => MONEY_NOUNS.get(word)).find(Boolean);
  return void 0;
}
var IDEMPOTENCY_WORDS = ["idempot", "dedup"];
var IDEMPOTENCY_EVIDENCE = new RegExp(IDEMPOTENCY_WORDS.join("|"), "i");

export {
  sensitiveValueKind,
  modelFields,
  flaskBodyLimitValue,
  field_bounds_exports,
  sizeInBytes,
  ZOD_BOUNDS,
  ZOD_BOUNDED_FORMATS,
  ZOD_OBJECTS,
  JSON_STRING_BOUNDS,
  request_size_exports,
  moneyActionOfName,
  money_actions_exports
};
//# sourceMappingURL=chunk-X5CN6JYH.js.map
