import { type RetryRewrite } from './types.js';
/**
 * Rewrites a Python file's single-attempt outbound calls to retry, using the
 * generated module imported as `specifier`:
 * `requests.get(...)` → `http_session.get(...)`, `requests.Session()` → `retrying_session()`,
 * `httpx.AsyncClient(...)` → `httpx.AsyncClient(..., transport=AsyncRetryingTransport())`,
 * ADK `Agent(model="gemini-…")` → `model=Gemini(model="gemini-…", retry_options=GEMINI_RETRY_OPTIONS)`,
 * `Gemini(...)` and `genai.Client(...)` get the retry options. Calls it cannot rewrite safely
 * (`**kwargs`, a transport of their own, a model that is not a Gemini literal) are left as they are.
 */
export declare function rewritePythonCalls(text: string, specifier: string): Promise<RetryRewrite>;
