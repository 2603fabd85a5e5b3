/**
 * Whether a variable, attribute, dict key or header name holds a secret or
 * payment value, judged by its words (`openai_api_key`, `authToken`,
 * `X-API-Key`, `card_number`). Language-neutral; shared by rules about logging,
 * hard-coded secrets and leaks.
 */
import { nameWords } from './name-words.js';
// Names that describe a secret without holding it: `token_count`, `api_key_env`, `password_hash`, `has_token`.
const DESCRIPTIVE_WORDS = new Set([
    'id', 'ids', 'name', 'names', 'arn', 'path', 'file', 'filename', 'url', 'uri', 'endpoint', 'type', 'types', 'kind', 'count', 'counts',
    'len', 'length', 'size', 'limit', 'limits', 'expiry', 'expires', 'expiration', 'exp', 'ttl', 'field', 'fields', 'env', 'var', 'hash',
    'hashed', 'digest', 'sha', 'sha256', 'fingerprint', 'prefix', 'suffix', 'last4', 'masked', 'redacted', 'mask', 'hint', 'present',
    'provided', 'required', 'enabled', 'configured', 'valid', 'invalid', 'missing', 'exists', 'usage', 'used', 'policy', 'rotation',
    'version', 'format', 'encoding', 'budget', 'max', 'min', 'num', 'total', 'param', 'label', 'placeholder', 'error',
    'errors', 'status', 'scope', 'scopes', 'source', 'location', 'strength', 'reset', 'changed', 'set', 'age', 'issuer', 'audience', 'algorithm',
]);
const DESCRIPTIVE_PREFIXES = new Set(['is', 'has', 'use', 'should', 'needs', 'require', 'requires', 'with', 'no', 'num', 'max', 'min']);
// LLM and pagination tokens are not credentials: `eos_token`, `next_page_token`, `for token in stream`.
const NON_SECRET_TOKEN_WORDS = new Set([
    'page', 'next', 'continuation', 'cursor', 'pagination', 'sync', 'cancellation', 'cancel', 'stop', 'eos', 'bos', 'pad', 'sep', 'unk', 'cls',
    'special', 'start', 'end', 'new', 'first', 'last', 'stream', 'streamed', 'streaming', 'generated', 'output', 'input', 'completion',
    'prompt', 'llm', 'chunk', 'text', 'word', 'mask', 'image', 'audio', 'reasoning', 'cached', 'thinking', 'vocab', 'bpe',
]);
const KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'signing', 'encryption', 'master', 'access', 'client', 'webhook', 'hmac', 'auth', 'service', 'admin']);
const CARD_DETAILS = new Set(['number', 'no', 'num', 'data', 'details', 'info', 'cvv', 'cvc', 'pan', 'expiry']);
const PAYMENT_DETAILS = new Set(['data', 'info', 'details', 'instrument', 'instruments', 'credentials', 'card']);
export function sensitiveValueKind(name) {
    const parts = nameWords(name);
    if (parts.length === 0)
        return undefined;
    if (parts.some((part) => DESCRIPTIVE_WORDS.has(part)) || DESCRIPTIVE_PREFIXES.has(parts[0]))
        return undefined;
    const has = (word) => parts.includes(word);
    if (has('password') || has('passwd') || has('passphrase'))
        return 'password';
    if (has('cvv') || has('cvv2') || has('cvc'))
        return 'card data';
    if (has('cardnumber') || parts.some((part, i) => part === 'card' && (i > 0 && parts[i - 1] === 'credit' || CARD_DETAILS.has(parts[i + 1] ?? ''))))
        return 'card data';
    if (parts.some((part, i) => part === 'payment' && PAYMENT_DETAILS.has(parts[i + 1] ?? '')))
        return 'payment data';
    if (has('apikey') || parts.some((part, i) => part === 'key' && KEY_QUALIFIERS.has(parts[i - 1] ?? '')))
        return 'API key';
    if (has('authorization') || has('bearer') || (has('auth') && has('header')))
        return 'authorization header';
    if (has('token') || has('jwt'))
        return parts.some((part) => NON_SECRET_TOKEN_WORDS.has(part)) ? undefined : 'token';
    if (has('secret') || has('privatekey'))
        return 'secret';
    if (has('credentials') || has('credential') || has('creds'))
        return 'credentials';
    return undefined;
}
