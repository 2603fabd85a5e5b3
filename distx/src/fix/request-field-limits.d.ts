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
export declare const PROMPT_CHARS = 10000;
export declare const IDENTIFIER_CHARS = 256;
export declare const URL_CHARS = 2048;
export declare const OTHER_CHARS = 1000;
export declare const LIST_ITEMS = 100;
/** The cap for one field, by what its name says it holds: characters for a string, items for a list. */
export declare function fieldLimit(name: string, shape: 'string' | 'list'): number;
/** `10_000`: a limit as a numeric literal with digit separators (valid in Python and TypeScript). */
export declare function limitLiteral(limit: number): string;
/** What the limits are, for fixer summaries and docs. */
export declare const LIMITS_SUMMARY = "prompt text 10000, ids 256, URLs 2048, other strings 1000, lists 100 items";
