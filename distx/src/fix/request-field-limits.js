import { nameWords } from '../languages/name-words.js';
/**
 * Size limits for request-body fields, chosen from the field's name (shared by the Python and
 * TypeScript request-limit fixers so a field gets the same bound in either language):
 * - prompt-sized text (query, prompt, message, …): 10 000 characters, the bound seed review 004
 *   recommends; about 2 500 tokens, room for a long question while capping what one request costs;
 * - identifiers and short labels (`user_id`, `name`, `email`, `model`, …): 256, which holds UUIDs,
 *   ULIDs, e-mail addresses (254 at most) and slugs;
 * - URLs: 2 048, the length browsers and most proxies accept;
 * - any other string: 1 000;
 * - lists: 100 items (a chat history or batch longer than that belongs in server-side state).
 */
export const PROMPT_CHARS = 10_000;
export const IDENTIFIER_CHARS = 256;
export const URL_CHARS = 2_048;
export const OTHER_CHARS = 1_000;
export const LIST_ITEMS = 100;
const PROMPT_WORDS = new Set([
    'query', 'prompt', 'message', 'text', 'content', 'input', 'question', 'instruction', 'instructions', 'body', 'context', 'description',
    'comment', 'comments', 'note', 'notes', 'answer', 'feedback', 'summary', 'document', 'system', 'request', 'task', 'goal', 'details',
]);
const IDENTIFIER_WORDS = new Set([
    'id', 'ids', 'uuid', 'key', 'name', 'username', 'user', 'email', 'session', 'thread', 'conversation', 'model', 'role', 'type', 'kind',
    'language', 'lang', 'locale', 'slug', 'code', 'status', 'sku', 'currency', 'country', 'phone', 'title', 'tag', 'label', 'mode', 'version',
]);
const URL_WORDS = new Set(['url', 'uri', 'link', 'href', 'endpoint', 'callback', 'webhook']);
/** The cap for one field, by what its name says it holds: characters for a string, items for a list. */
export function fieldLimit(name, shape) {
    if (shape === 'list')
        return LIST_ITEMS;
    const words = nameWords(name);
    const last = words.at(-1) ?? '';
    if (URL_WORDS.has(last))
        return URL_CHARS;
    if (IDENTIFIER_WORDS.has(last))
        return IDENTIFIER_CHARS;
    if (words.some((word) => PROMPT_WORDS.has(word)))
        return PROMPT_CHARS;
    return OTHER_CHARS;
}
/** `10_000`: a limit as a numeric literal with digit separators (valid in Python and TypeScript). */
export function limitLiteral(limit) {
    return limit.toLocaleString('en-US').replace(/,/g, '_');
}
/** What the limits are, for fixer summaries and docs. */
export const LIMITS_SUMMARY = `prompt text ${PROMPT_CHARS}, ids ${IDENTIFIER_CHARS}, URLs ${URL_CHARS}, other strings ${OTHER_CHARS}, lists ${LIST_ITEMS} items`;
