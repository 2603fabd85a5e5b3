/**
 * Whether a variable, attribute, dict key or header name holds a secret or
 * payment value, judged by its words (`openai_api_key`, `authToken`,
 * `X-API-Key`, `card_number`). Language-neutral; shared by rules about logging,
 * hard-coded secrets and leaks.
 */
export type SensitiveKind = 'password' | 'token' | 'API key' | 'secret' | 'credentials' | 'authorization header' | 'card data' | 'payment data';
export declare function sensitiveValueKind(name: string): SensitiveKind | undefined;
