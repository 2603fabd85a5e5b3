/**
 * What a secret looks like, for every language and text reader: provider key
 * formats, secret-bearing names, placeholders that are not secrets, and masking
 * so a finding never repeats the secret it found.
 */
import { escapeRegExp } from '../util/escape-regexp.js';
import { lastPathMemo } from '../util/last-path-memo.js';
import { nameWords } from './name-words.js';
// Formats from the providers' docs and gitleaks' rule set; Anthropic before OpenAI (both start `sk-`).
export const PROVIDER_KEYS = [
    { provider: 'Anthropic API', pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/ },
    { provider: 'OpenAI API', pattern: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/ },
    { provider: 'Google API', pattern: /\bAIza[0-9A-Za-z_-]{35}/ },
    { provider: 'AWS access', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { provider: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/ },
    { provider: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
    { provider: 'Stripe live', pattern: /\b[rs]k_live_[A-Za-z0-9]{16,}/ },
    { provider: 'Groq API', pattern: /\bgsk_[A-Za-z0-9]{40,}/ },
    { provider: 'Hugging Face', pattern: /\bhf_[A-Za-z0-9]{30,}/ },
    { provider: 'xAI API', pattern: /\bxai-[A-Za-z0-9]{40,}/ },
    { provider: 'private key', pattern: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----/ },
];
/**
 * A fixed part of every format above, one of which every key holds: asked of every string literal, so one scan rules
 * most out, and the words a TypeScript file must hold to have a key in a literal (TypeScriptPrefilter.words).
 */
export const PROVIDER_KEY_MARKERS = [
    'sk-', 'AIza', 'AKIA', 'ASIA', ...[...'pousr'].map((kind) => `gh${kind}_`), 'github_pat_', ...[...'abposr'].map((kind) => `xox${kind}-`),
    'k_live_', 'gsk_', 'hf_', 'xai-', '-----BEGIN ',
];
const PROVIDER_KEY_MARKER = new RegExp(PROVIDER_KEY_MARKERS.map(escapeRegExp).join('|'));
/** The provider whose key format `value` contains, with the matched key. */
export function providerKeyIn(value) {
    if (!PROVIDER_KEY_MARKER.test(value))
        return undefined;
    for (const { provider, pattern } of PROVIDER_KEYS) {
        const match = pattern.exec(value);
        if (match && !isPlaceholderSecret(match[0]))
            return { provider, key: match[0] };
    }
    return undefined;
}
// The last word(s) of a name that carries a secret: `OPENAI_API_KEY`, `jwtSecret`, `db_password`, `GITHUB_TOKEN`.
const SECRET_LAST_WORDS = new Set(['secret', 'password', 'passwd', 'pwd', 'token', 'apikey', 'passphrase', 'credential', 'credentials']);
const SECRET_KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'access', 'signing', 'encryption', 'master', 'auth', 'client', 'service', 'license', 'jwt', 'session', 'hmac', 'webhook']);
// Names whose last word is secret-like but that hold metadata about secrets, not secrets.
const NOT_SECRET_FIRST_WORDS = new Set(['max', 'min', 'num', 'count', 'total', 'next', 'page', 'prev', 'previous', 'input', 'output', 'completion', 'prompt', 'reasoning', 'cached', 'csrf', 'xsrf', 'cancel', 'cancellation', 'pagination', 'continuation', 'sync']);
/** True for names that hold a secret: `api_key`, `SECRET_KEY`, `clientSecret`, `DB_PASSWORD`, `auth_token`. */
export function isSecretName(name) {
    const words = nameWords(name);
    const last = words.at(-1);
    if (!last)
        return false;
    if (words.some((word) => NOT_SECRET_FIRST_WORDS.has(word)))
        return false;
    if (SECRET_LAST_WORDS.has(last))
        return !(last === 'token' && words.length > 1 && ['id', 'type', 'name', 'limit', 'url', 'endpoint'].includes(words.at(-2)));
    if (last === 'key' && words.length > 1)
        return SECRET_KEY_QUALIFIERS.has(words.at(-2));
    return false;
}
const PLACEHOLDER_WORDS = /changeme|change[-_ ]me|your[-_ ]|placeholder|example|dummy|sample|replace|insert|redacted|todo|fixme|xxxx|\*\*\*|\.\.\.|<[^>]*>|\$\{|\{\{|^\$|%\(|^fake|^mock|^test[-_]?|_here$|-here$/i;
// Short identifier segments joined by dots (`auth.jwtSecret`, `config.openai.api_key`); a JWT's segments are far longer.
const SECRET_LOOKUP_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,30}(?:\.[A-Za-z][A-Za-z0-9_-]{0,30})+$/;
const LOCAL_SERVER_KEYS = /^(?:unused|not[-_ ]?(?:needed|used|required)|no[-_]?key|(?:sk-)?no[-_]key[-_]required|ollama|lm[-_]?studio|anything|ignored)$/i;
/** Shorter than this, trimmed, a value is a placeholder (isPlaceholderSecret), not a secret. */
export const MIN_SECRET_LENGTH = 6;
/**
 * True for values that are clearly not a real secret: empty, too short,
 * templated (`${X}`, `<key>`, `{{x}}`), "changeme"/"your-api-key"/"xxx",
 * a single repeated character, or an environment variable's name.
 */
export function isPlaceholderSecret(value) {
    const trimmed = value.trim();
    if (trimmed.length < MIN_SECRET_LENGTH)
        return true;
    if (PLACEHOLDER_WORDS.test(trimmed))
        return true;
    if (/^(.)\1+$/.test(trimmed))
        return true;
    // `API_KEY = "OPENAI_API_KEY"`: the name of the variable to read, not the secret.
    if (/^[A-Z][A-Z0-9_]+$/.test(trimmed) && trimmed.includes('_'))
        return true;
    // Prose ("Enter your password") is not a secret; a short phrase ("keyboard cat") can be.
    if (trimmed.split(/\s+/).length >= 4 && !trimmed.startsWith('-----BEGIN'))
        return true;
    if (/^(?:none|null|nil|undefined|true|false|password|secret|token|apikey|api_key|api-key|default|development|dev|local|localhost)$/i.test(trimmed))
        return true;
    // `AUDIT_SECRET_KEY = 'marshal.auditSecret'`: the dotted key a secret is stored under, not the secret.
    if (SECRET_LOOKUP_KEY.test(trimmed) && /secret|token|password|passwd|credential|api_?key/i.test(trimmed))
        return true;
    // The key an OpenAI-compatible client needs but a local server (Ollama, LM Studio, vLLM, llama.cpp)
    // ignores, or a client built only to verify webhooks: `api_key="ollama"`, `apiKey: "unused"`.
    return LOCAL_SERVER_KEYS.test(trimmed);
}
/** At most a four-character prefix, never more than a quarter of the value, then `****`. */
export function maskSecret(value) {
    return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}****`;
}
/** Replaces every occurrence of each secret in `text` with its mask. */
export function redactSecrets(text, secrets) {
    let result = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length > 0)
            result = result.split(secret).join(maskSecret(secret));
    }
    return result;
}
const TEST_PATH = /(?:^|\/)(?:tests?|__tests__|__mocks__|spec|testdata|test_data)\/|(?:^|\/)(?:test_[^/]*|[^/]*_test|conftest)\.py$|\.(?:test|spec)\.[cm]?[jt]sx?$/;
/** Test code holds fake credentials on purpose; secret rules skip it. */
export const isTestPath = lastPathMemo((path) => TEST_PATH.test(path));
