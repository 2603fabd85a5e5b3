import { escapeRegExp } from '../util/escape-regexp.js';
/**
 * What counts as retry/backoff or circuit-breaker code, in both languages:
 * the libraries, and the names projects give their own helpers. Shared by the
 * rules about outbound-call resilience.
 */
// tenacity, backoff, stamina, retrying/retry, google.api_core.retry, aiohttp-retry, httpx-retries,
// and the breakers pybreaker, aiobreaker, purgatory, circuitbreaker.
export const PYTHON_RESILIENCE_MODULES = [
    'tenacity',
    'backoff',
    'stamina',
    'retrying',
    'retry',
    'google.api_core.retry',
    'google.api_core.retry_async',
    'aiohttp_retry',
    'httpx_retries',
    'pybreaker',
    'aiobreaker',
    'purgatory',
    'circuitbreaker',
];
// urllib3's Retry, also reached through requests' vendored paths, mounted on an HTTPAdapter.
export const URLLIB3_RETRY = /^(?:urllib3(?:\.util)?(?:\.retry)?|requests\.adapters|requests\.packages\.urllib3(?:\.util)?(?:\.retry)?)\.Retry$/;
export const TS_RESILIENCE_MODULES = [
    'p-retry',
    'async-retry',
    'promise-retry',
    'retry',
    'exponential-backoff',
    'fetch-retry',
    'axios-retry',
    'retry-axios',
    '@lifeomic/attempt',
    'ts-retry-promise',
    'cockatiel',
    'opossum',
    'mollitia',
];
/** `retry_with_backoff` / `retryWithBackoff` → `retry_with_backoff`. */
function snake(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}
// A project's own helpers: `with_retry`, `retry_async`, `fetchWithRetry`, `call_with_backoff`, `CircuitBreaker`.
// `retry_after` (a header value) and `max_retries` (a setting) name no retrying code.
const RETRY_HELPER = /^(?:(?:with|run|call|do)_)?retr(?:y|ies|ying)(?:_(?:with_\w+|async|call|request|operation|on_\w+|policy|wrapper|decorator))?$|_with_(?:retr(?:y|ies)|backoff)$|^(?:with_)?(?:exponential_)?backoff$/;
const BREAKER = /(?:^|_)(?:circuit_?)?breaker$/;
// Snake-casing only lower-cases and inserts `_`, so every name the patterns above accept already holds
// one of these words; the test rejects the other names (nearly every call's) before building a string.
// `u` makes `i` fold as `toLowerCase` does (the Kelvin sign `K` is a `k`).
const RETRY_WORD = /retr|backoff/iu;
const BREAKER_WORD = /breaker/iu;
/** True for a function or decorator name that says it retries with backoff. */
export function isRetryHelperName(name) {
    return RETRY_WORD.test(name) && RETRY_HELPER.test(snake(name));
}
/** True for a class or object name that says it is a circuit breaker. */
export function isBreakerName(name) {
    return BREAKER_WORD.test(name) && BREAKER.test(snake(name));
}
// Loop variables and counters of a hand-written retry loop: `for attempt in range(3)`, `while retries < max_retries`.
const RETRY_COUNTER = /\b(?:attempts?|attempt_\w+|retr(?:y|ies)|retry_\w+|tries|try_count|n_tries|\w*Attempts?|\w*Retr(?:y|ies))\b/i;
export function namesRetryCounter(text) {
    return RETRY_COUNTER.test(text);
}
// Plain words for prefilters (TypeScriptPrefilter.words): one of the first is in every name isRetryHelperName or
// isBreakerName accepts (their own word tests, flags included), one of the second in every text namesRetryCounter
// accepts (each alternative of RETRY_COUNTER holds one). Apart, because `tries` is in every `Object.entries`.
export const RETRY_NAME_WORDS = [...RETRY_WORD.source.split('|'), BREAKER_WORD.source];
export const RETRY_COUNTER_WORDS = ['attempt', 'retr', 'tries', 'try_count'];
/**
 * The first of `modules` (in list order) that `qualified` is or names something inside (`tenacity.retry`,
 * `p-retry.default`): a prefix of `qualified` that ends it or ends before a `.` (or, with separator `/`, a `/`).
 * Compiled once per list; rules ask it of every call.
 */
export function moduleMatcher(modules, separator) {
    const names = modules.map(escapeRegExp);
    // One anchored pattern, tried at the start of the name only (a lookup of each prefix of the name that ends at a
    // separator cost three times as much, building the prefixes). Alternatives keep the list's order, so the first
    // listed module that matches is the one returned.
    const pattern = names.length === 0 ? /(?!)/ : new RegExp(`^(${names.join('|')})(?:$|${separator === '/' ? '[./]' : '\\.'})`);
    // A name from a module starts with the module's first two characters; most names asked start otherwise, and
    // a set lookup lets them go without running the pattern.
    const starts = modules.every((module) => module.length >= 2) ? new Set(modules.map(firstTwo)) : undefined;
    return (qualified) => (starts && !starts.has(firstTwo(qualified)) ? undefined : pattern.exec(qualified)?.[1]);
}
function firstTwo(text) {
    return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}
// LLM SDK clients that retry on their own (2 retries with exponential backoff and jitter on connection
// errors, 408/409/429/5xx for the Stainless-built openai/anthropic/groq SDKs; LangChain chat models pass
// `max_retries` through, 2 by default, 6 for Google's). `max_retries=0` turns that off.
export const PYTHON_RETRYING_LLM_CLIENTS = /^(?:(?:openai|anthropic|groq)(?:\.\w+)*\.(?:Async)?(?:OpenAI|AzureOpenAI|Anthropic|AnthropicBedrock|AnthropicVertex|Groq)|langchain_(?:openai|anthropic|google_genai|google_vertexai|groq)\.\w*Chat\w*)$/;
export const TS_RETRYING_LLM_CLIENTS = /^(?:openai(?:\.OpenAI|\.AzureOpenAI)?|@anthropic-ai\/sdk(?:\.Anthropic|\.default)?|groq-sdk(?:\.Groq|\.default)?|@langchain\/(?:openai|anthropic|google-genai|google-vertexai|groq)\.\w*Chat\w*)$/;
// Vercel AI SDK calls retry twice by default (`maxRetries`).
export const TS_AI_SDK_CALLS = /^ai\.(?:generateText|streamText|generateObject|streamObject|embed|embedMany)$/;
// Gemini through google-genai and ADK makes one attempt unless given `HttpRetryOptions`
// (google-genai `retry_args(None)` stops after the first attempt); litellm retries only with `num_retries`.
export const PYTHON_SINGLE_ATTEMPT_LLM = [
    { pattern: /^google\.genai(?:\.client)?\.Client$/, label: 'a google-genai Client (one attempt by default)' },
    { pattern: /^google\.adk(?:\.agents)?(?:\.llm_agent)?\.(?:Llm)?Agent$/, label: 'an ADK LlmAgent (Gemini through google-genai, one attempt by default)' },
    { pattern: /^google\.adk\.models(?:\.google_llm)?\.Gemini$/, label: 'an ADK Gemini model without retry_options' },
    { pattern: /^google\.adk\.models(?:\.lite_llm)?\.LiteLlm$/, label: 'an ADK LiteLlm model without num_retries' },
    { pattern: /^litellm\.a?completion$/, label: 'litellm completion without num_retries' },
];
// By module (what a file must import for them, for prefilters) and the names it exports.
export const TS_SINGLE_ATTEMPT_LLM = [
    { module: '@google/genai', exports: ['GoogleGenAI'], label: 'a @google/genai client (one attempt by default)' },
    { module: '@google/generative-ai', exports: ['GoogleGenerativeAI'], label: 'a @google/generative-ai client (one attempt)' },
    { module: '@google/adk', exports: ['Agent', 'LlmAgent'], label: 'an ADK LlmAgent (Gemini, one attempt by default)' },
];
/** The single-attempt LLM client a resolved callee (`@google/genai.GoogleGenAI`) constructs, if any. */
export function tsSingleAttemptLlm(callee) {
    return TS_SINGLE_ATTEMPT_LLM.find(({ module, exports }) => callee.startsWith(module) && callee[module.length] === '.' && exports.includes(callee.slice(module.length + 1)));
}
// Keyword arguments / options that configure retries when set to anything but 0, None or false.
export const PYTHON_RETRY_KEYWORDS = ['max_retries', 'num_retries', 'retries', 'retry_options', 'retry_config', 'retry_policy'];
export const TS_RETRY_OPTIONS = ['maxRetries', 'retries', 'retry', 'retryOptions', 'retryConfig'];
