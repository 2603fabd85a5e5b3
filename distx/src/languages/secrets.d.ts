/**
 * What a secret looks like, for every language and text reader: provider key
 * formats, secret-bearing names, placeholders that are not secrets, and masking
 * so a finding never repeats the secret it found.
 */
export interface ProviderKey {
    provider: string;
    pattern: RegExp;
}
export declare const PROVIDER_KEYS: readonly ProviderKey[];
/**
 * A fixed part of every format above, one of which every key holds: asked of every string literal, so one scan rules
 * most out, and the words a TypeScript file must hold to have a key in a literal (TypeScriptPrefilter.words).
 */
export declare const PROVIDER_KEY_MARKERS: readonly string[];
/** The provider whose key format `value` contains, with the matched key. */
export declare function providerKeyIn(value: string): {
    provider: string;
    key: string;
} | undefined;
/** True for names that hold a secret: `api_key`, `SECRET_KEY`, `clientSecret`, `DB_PASSWORD`, `auth_token`. */
export declare function isSecretName(name: string): boolean;
/** Shorter than this, trimmed, a value is a placeholder (isPlaceholderSecret), not a secret. */
export declare const MIN_SECRET_LENGTH = 6;
/**
 * True for values that are clearly not a real secret: empty, too short,
 * templated (`${X}`, `<key>`, `{{x}}`), "changeme"/"your-api-key"/"xxx",
 * a single repeated character, or an environment variable's name.
 */
export declare function isPlaceholderSecret(value: string): boolean;
/** At most a four-character prefix, never more than a quarter of the value, then `****`. */
export declare function maskSecret(value: string): string;
/** Replaces every occurrence of each secret in `text` with its mask. */
export declare function redactSecrets(text: string, secrets: readonly string[]): string;
/** Test code holds fake credentials on purpose; secret rules skip it. */
export declare const isTestPath: (path: string) => boolean;
