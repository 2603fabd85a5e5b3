/**
 * Splits an identifier into lower-case words for name heuristics: `OPENAI_API_KEY`, `openaiAPIKey`,
 * `x-api-key` → [openai, api, key] / [x, api, key]; `createPaymentIntent` → [create, payment, intent].
 */
export declare const nameWords: (name: string) => readonly string[];
