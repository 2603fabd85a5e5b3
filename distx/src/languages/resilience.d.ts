/**
 * What counts as retry/backoff or circuit-breaker code, in both languages:
 * the libraries, and the names projects give their own helpers. Shared by the
 * rules about outbound-call resilience.
 */
export declare const PYTHON_RESILIENCE_MODULES: string[];
export declare const URLLIB3_RETRY: RegExp;
export declare const TS_RESILIENCE_MODULES: string[];
/** True for a function or decorator name that says it retries with backoff. */
export declare function isRetryHelperName(name: string): boolean;
/** True for a class or object name that says it is a circuit breaker. */
export declare function isBreakerName(name: string): boolean;
export declare function namesRetryCounter(text: string): boolean;
export declare const RETRY_NAME_WORDS: string[];
export declare const RETRY_COUNTER_WORDS: string[];
/**
 * The first of `modules` (in list order) that `qualified` is or names something inside (`tenacity.retry`,
 * `p-retry.default`): a prefix of `qualified` that ends it or ends before a `.` (or, with separator `/`, a `/`).
 * Compiled once per list; rules ask it of every call.
 */
export declare function moduleMatcher(modules: readonly string[], separator: '.' | '/'): (qualified: string) => string | undefined;
export declare const PYTHON_RETRYING_LLM_CLIENTS: RegExp;
export declare const TS_RETRYING_LLM_CLIENTS: RegExp;
export declare const TS_AI_SDK_CALLS: RegExp;
export declare const PYTHON_SINGLE_ATTEMPT_LLM: {
    pattern: RegExp;
    label: string;
}[];
export declare const TS_SINGLE_ATTEMPT_LLM: {
    module: string;
    exports: string[];
    label: string;
}[];
/** The single-attempt LLM client a resolved callee (`@google/genai.GoogleGenAI`) constructs, if any. */
export declare function tsSingleAttemptLlm(callee: string): (typeof TS_SINGLE_ATTEMPT_LLM)[number] | undefined;
export declare const PYTHON_RETRY_KEYWORDS: string[];
export declare const TS_RETRY_OPTIONS: string[];
