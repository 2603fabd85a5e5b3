import { memoByString } from '../util/string-memo.js';
import { sensitiveValueKind } from './sensitive-names.js';
// Optional integrations: an unset DSN or tracing key turns the integration off, by design of those SDKs.
const OPTIONAL_INTEGRATIONS = /^(?:SENTRY|LANGSMITH|LANGCHAIN|LANGFUSE|OTEL|OTLP|HONEYCOMB|DD|DATADOG|NEW_RELIC|NEWRELIC|HELICONE|PHOENIX|ARIZE|WANDB|LOGFIRE|MLFLOW|BRAINTRUST|TRACELOOP)_/;
// LLM SDK endpoint overrides: unset means the provider's own endpoint, by design of those SDKs.
const PROVIDER_ENDPOINT_OVERRIDES = /^(?:OPENAI|ANTHROPIC|GEMINI|GOOGLE_GENAI|GROQ|MISTRAL|COHERE|DEEPSEEK|XAI|TOGETHER|FIREWORKS|PERPLEXITY|HF|HUGGINGFACE)_(?:API_)?BASE(?:_URL)?$/;
// Build-time public values inlined into browser bundles, and the runtime mode switch.
const NOT_SERVER_SETTINGS = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|EXPO_PUBLIC_|PUBLIC_)|^NODE_ENV$/;
const SERVICE_URL = /(?:^|_)(?:URL|URI|DSN|ENDPOINT|CONNECTION_STRING|CONN_STR|CONN_STRING)$/;
const RESOURCE_ID = /(?:^|_)(?:PROJECT|PROJECT_ID|PROJECT_NUMBER|BUCKET|BUCKET_NAME)$|.(?:_ID)$/;
/** `openaiApiKey` → `OPENAI_API_KEY`, so camelCase property names read like env names. */
export function settingKey(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
        .replace(/[^A-Za-z0-9]+/g, '_')
        .toUpperCase();
}
// Rules ask of every identifier in every condition; a name's kind never changes, so the regexes run once per
// distinct name.
const KIND_MEMO_LIMIT = 10_000;
export const requiredSettingKind = memoByString(judgeSetting, KIND_MEMO_LIMIT);
function judgeSetting(name) {
    const key = settingKey(name);
    if (OPTIONAL_INTEGRATIONS.test(key) || NOT_SERVER_SETTINGS.test(key) || PROVIDER_ENDPOINT_OVERRIDES.test(key))
        return undefined;
    if (SERVICE_URL.test(key))
        return 'service URL';
    if (sensitiveValueKind(key))
        return 'secret';
    if (RESOURCE_ID.test(key))
        return 'resource id';
    return undefined;
}
/** One spelling for matching a check to a read: `OPENAI_API_KEY`, `openai_api_key` and `openaiApiKey` are one setting. */
export function settingMatchKey(name) {
    return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
