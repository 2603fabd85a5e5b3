/** The part of the generated module each of its exported names belongs to. */
export const PART_OF_NAME = {
    http_session: 'requests',
    retrying_session: 'requests',
    RetryingTransport: 'httpx',
    AsyncRetryingTransport: 'httpx',
    GEMINI_RETRY_OPTIONS: 'gemini',
    GEMINI_HTTP_OPTIONS: 'geminiClient',
    fetchWithRetry: 'fetch',
    withRetries: 'axios',
};
