import {
  ownString
} from "./chunk-JQ7ZJZHD.js";
import {
  __export
} from "./chunk-PZ5AY32C.js";

// dist/src/rule-kit/define-rule.js
var ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
var PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
function defineRule(definition) {
  if (!ID_PATTERN.test(definition.id))
    throw new TypeError(`rule id "${definition.id}" is not kebab-case`);
  if (!definition.summary || definition.summary.endsWith(".")) {
    throw new TypeError(`rule ${definition.id}: summary must be one line without a final period`);
  }
  if (Object.keys(definition.messages).length === 0)
    throw new TypeError(`rule ${definition.id}: no messages`);
  const languages = [];
  if (definition.python)
    languages.push("python");
  if (definition.typescript)
    languages.push("typescript");
  if (definition.text)
    languages.push("text");
  return { ...definition, languages };
}
function interpolate(template, data, ruleId) {
  return template.replace(PLACEHOLDER, (_, key) => {
    if (!(key in data))
      throw new TypeError(`rule ${ruleId}: message needs data "${key}"`);
    return data[key].replace(/\s*\n\s*(?=\??\.)/g, "").replace(/\s*\n\s*/g, " ");
  });
}

// dist/src/util/string-memo.js
function memoByString(compute, limit) {
  const known = /* @__PURE__ */ new Map();
  return (key) => {
    const value = known.get(key);
    if (value !== void 0 || known.has(key))
      return value;
    const own = ownString(key);
    const computed = compute(own);
    if (known.size >= limit)
      known.clear();
    known.set(own, computed);
    return computed;
  };
}

// dist/src/languages/name-words.js
var MAX_REMEMBERED_NAMES = 2e4;
var OTHER = 0;
var LOWER = 1;
var UPPER = 2;
var DIGIT = 3;
function charKind(code) {
  if (code >= 97 && code <= 122)
    return LOWER;
  if (code >= 65 && code <= 90)
    return UPPER;
  if (code >= 48 && code <= 57)
    return DIGIT;
  return OTHER;
}
function splitByPatterns(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function splitAscii(name) {
  const words = [];
  let start = -1;
  let previous = OTHER;
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code > 127)
      return void 0;
    const kind = charKind(code);
    if (kind === OTHER) {
      if (start >= 0)
        words.push(name.slice(start, index).toLowerCase());
      start = -1;
    } else if (start < 0) {
      start = index;
    } else if (kind === UPPER && (previous !== UPPER || charKind(name.charCodeAt(index + 1)) === LOWER)) {
      words.push(name.slice(start, index).toLowerCase());
      start = index;
    }
    previous = kind;
  }
  if (start >= 0)
    words.push(name.slice(start).toLowerCase());
  return words;
}
var nameWords = memoByString((name) => splitAscii(name) ?? splitByPatterns(name), MAX_REMEMBERED_NAMES);

// dist/src/languages/secrets.js
var secrets_exports = {};
__export(secrets_exports, {
  MIN_SECRET_LENGTH: () => MIN_SECRET_LENGTH,
  PROVIDER_KEYS: () => PROVIDER_KEYS,
  PROVIDER_KEY_MARKERS: () => PROVIDER_KEY_MARKERS,
  isPlaceholderSecret: () => isPlaceholderSecret,
  isSecretName: () => isSecretName,
  isTestPath: () => isTestPath,
  maskSecret: () => maskSecret,
  providerKeyIn: () => providerKeyIn,
  redactSecrets: () => redactSecrets
});

// dist/src/util/escape-regexp.js
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// dist/src/util/last-path-memo.js
function lastPathMemo(test) {
  let lastPath;
  let lastAnswer = false;
  return (path) => {
    if (path !== lastPath) {
      lastAnswer = test(path);
      lastPath = path;
    }
    return lastAnswer;
  };
}

// dist/src/languages/secrets.js
var PROVIDER_KEYS = [
  { provider: "Anthropic API", pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/ },
  { provider: "OpenAI API", pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/ },
  { provider: "Google API", pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
  { provider: "AWS access", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { provider: "GitHub token", pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/ },
  { provider: "Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { provider: "Stripe live", pattern: /\b[rs]k_live_[A-Za-z0-9]{16,}/ },
  { provider: "Groq API", pattern: /\bgsk_[A-Za-z0-9]{40,}/ },
  { provider: "Hugging Face", pattern: /\bhf_[A-Za-z0-9]{30,}/ },
  { provider: "xAI API", pattern: /\bxai-[A-Za-z0-9]{40,}/ },
  { provider: "private key", pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ }
];
var PROVIDER_KEY_MARKERS = [
  "sk-",
  "AIza",
  "AKIA",
  "ASIA",
  ...[..."pousr"].map((kind) => `gh${kind}_`),
  "github_pat_",
  ...[..."abposr"].map((kind) => `xox${kind}-`),
  "k_live_",
  "gsk_",
  "hf_",
  "xai-",
  "-----BEGIN "
];
var PROVIDER_KEY_MARKER = new RegExp(PROVIDER_KEY_MARKERS.map(escapeRegExp).join("|"));
function providerKeyIn(value) {
  if (!PROVIDER_KEY_MARKER.test(value))
    return void 0;
  for (const { provider, pattern } of PROVIDER_KEYS) {
    const match = pattern.exec(value);
    if (match && !isPlaceholderSecret(match[0]))
      return { provider, key: match[0] };
  }
  return void 0;
}
var SECRET_LAST_WORDS = /* @__PURE__ */ new Set(["secret", "password", "passwd", "pwd", "token", "apikey", "passphrase", "credential", "credentials"]);
var SECRET_KEY_QUALIFIERS = /* @__PURE__ */ new Set(["api", "secret", "private", "access", "signing", "encryption", "master", "auth", "client", "service", "license", "jwt", "session", "hmac", "webhook"]);
var NOT_SECRET_FIRST_WORDS = /* @__PURE__ */ new Set(["max", "min", "num", "count", "total", "next", "page", "prev", "previous", "input", "output", "completion", "prompt", "reasoning", "cached", "csrf", "xsrf", "cancel", "cancellation", "pagination", "continuation", "sync"]);
function isSecretName(name) {
  const words = nameWords(name);
  const last = words.at(-1);
  if (!last)
    return false;
  if (words.some((word) => NOT_SECRET_FIRST_WORDS.has(word)))
    return false;
  if (SECRET_LAST_WORDS.has(last))
    return !(last === "token" && words.length > 1 && ["id", "type", "name", "limit", "url", "endpoint"].includes(words.at(-2)));
  if (last === "key" && words.length > 1)
    return SECRET_KEY_QUALIFIERS.has(words.at(-2));
  return false;
}
var PLACEHOLDER_WORDS = /changeme|change[-_ ]me|your[-_ ]|placeholder|example|dummy|sample|replace|insert|redacted|todo|fixme|xxxx|\*\*\*|\.\.\.|<[^>]*>|\$\{|\{\{|^\$|%\(|^fake|^mock|^test[-_]?|_here$|-here$/i;
var SECRET_LOOKUP_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,30}(?:\.[A-Za-z][A-Za-z0-9_-]{0,30})+$/;
var LOCAL_SERVER_KEYS = /^(?:unused|not[-_ ]?(?:needed|used|required)|no[-_]?key|(?:sk-)?no[-_]key[-_]required|ollama|lm[-_]?studio|anything|ignored)$/i;
var MIN_SECRET_LENGTH = 6;
function isPlaceholderSecret(value) {
  const trimmed = value.trim();
  if (trimmed.length < MIN_SECRET_LENGTH)
    return true;
  if (PLACEHOLDER_WORDS.test(trimmed))
    return true;
  if (/^(.)\1+$/.test(trimmed))
    return true;
  if (/^[A-Z][A-Z0-9_]+$/.test(trimmed) && trimmed.includes("_"))
    return true;
  if (trimmed.split(/\s+/).length >= 4 && !trimmed.startsWith("-----BEGIN"))
    return true;
  if (/^(?:none|null|nil|undefined|true|false|password|secret|token|apikey|api_key|api-key|default|development|dev|local|localhost)$/i.test(trimmed))
    return true;
  if (SECRET_LOOKUP_KEY.test(trimmed) && /secret|token|password|passwd|credential|api_?key/i.test(trimmed))
    return true;
  return LOCAL_SERVER_KEYS.test(trimmed);
}
function maskSecret(value) {
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}****`;
}
function redactSecrets(text, secrets) {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length > 0)
      result = result.split(secret).join(maskSecret(secret));
  }
  return result;
}
var TEST_PATH = /(?:^|\/)(?:tests?|__tests__|__mocks__|spec|testdata|test_data)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$/;
var isTestPath = lastPathMemo((path) => TEST_PATH.test(path));

export {
  defineRule,
  interpolate,
  escapeRegExp,
  lastPathMemo,
  memoByString,
  nameWords,
  providerKeyIn,
  isSecretName,
  isPlaceholderSecret,
  redactSecrets,
  secrets_exports
};
//# sourceMappingURL=chunk-V6FMGJSC.js.map
